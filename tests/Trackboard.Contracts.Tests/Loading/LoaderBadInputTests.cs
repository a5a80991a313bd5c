using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Xunit.Abstractions;

namespace Trackboard.Contracts.Tests.Loading;

/// <summary>Bad input of every kind gets one clear diagnostic with its code and path, never an exception.</summary>
public sealed class LoaderBadInputTests(ITestOutputHelper output)
{
    private const string Header = "{\"format_version\":\"trackboard.contract.v1\"";

    [Fact]
    public void Load_NotJson_ReportsInvalidJsonWithLineAndColumn()
    {
        var result = ContractLoader.Load("{\n  \"format_version\": \"trackboard.contract.v1\",\n  \"name\": plan\n}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((ContractErrorCodes.InvalidJson, DiagnosticSeverity.Error, "$", 3, 11),
            (diagnostic.Code, diagnostic.Severity, diagnostic.Path, diagnostic.Line, diagnostic.Column));
        Assert.Contains("line 3, column 11", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Success);
    }

    [Fact]
    public void Load_ErrorAfterNonAsciiText_ColumnCountsCodePoints()
    {
        var result = ContractLoader.Load("{\"name\":\"Grüße 😀\" ]");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((ContractErrorCodes.InvalidJson, 1, 19), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_TruncatedFile_ReportsInvalidJsonAtTheEnd()
    {
        var full = Encoding.UTF8.GetBytes(File.ReadAllText(Support.TestPaths.SeedExamples("contracts", "web-analytics.v1.json")));

        var result = ContractLoader.Load(full.AsSpan(0, full.Length / 2));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((ContractErrorCodes.InvalidJson, "$"), (diagnostic.Code, diagnostic.Path));
        Assert.Contains("truncated", diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Contract);
    }

    [Fact]
    public void Load_InvalidUtf8_ReportsInvalidUtf8AtTheFirstBadByte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(Header + ",\n\"name\":\"caf"), 0xE9, .. "\"}"u8];

        var result = ContractLoader.Load(bytes);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((ContractErrorCodes.InvalidUtf8, "$", 2, 12), (diagnostic.Code, diagnostic.Path, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Load_UnpairedSurrogateEscape_ReportsInvalidJsonInsteadOfThrowing()
    {
        var result = ContractLoader.Load(Header + ",\"events\":[{\"event_name\":\"e\",\"properties\":[{\"name\":\"p\",\"type\":\"string\",\"examples\":[\"\\udc00\"]}]}]}");

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((ContractErrorCodes.InvalidJson, "$"), (diagnostic.Code, diagnostic.Path));
    }

    [Theory]
    [InlineData(64, true)]
    [InlineData(65, false)]
    [InlineData(10_000, false)]
    public void Load_NestedArrays_LimitIs64Levels(int depth, bool loads)
    {
        var json = Header + ",\"deep\":" + new string('[', depth - 1) + new string(']', depth - 1) + "}";

        var result = ContractLoader.Load(json);

        Assert.Equal(loads, result.Success);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(loads ? ContractErrorCodes.UnknownKey : ContractErrorCodes.MaxDepthExceeded, diagnostic.Code);
    }

    [Fact]
    public void Load_FiftyMegabyteContractWithManyEvents_LoadsAndExports()
    {
        var bytes = ManyEvents(targetBytes: 50 << 20, out var eventCount);

        var stopwatch = Stopwatch.StartNew();
        var result = ContractLoader.Load(bytes);
        var loaded = stopwatch.Elapsed;
        var exported = CanonicalJson.Export(result.Contract!);
        output.WriteLine($"{bytes.Length >> 20} MB, {eventCount} events: load {loaded.TotalMilliseconds:F0} ms, load + export {stopwatch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(eventCount, result.Contract!.Events.Count);
        Assert.Equal(20, result.Contract.FindEvent("event_0000042")!.Properties.Count);
        Assert.True(exported.Length > 40 << 20);
    }

    [Fact]
    public void Load_FiftyMegabyteSingleLineNestedToDepth60_LoadsAndExports()
    {
        var bytes = DeepEvents(targetBytes: 50 << 20, out var eventCount);
        Assert.Equal(60, MaxDepth(bytes));
        Assert.Equal(-1, bytes.AsSpan().IndexOf((byte)'\n'));

        var stopwatch = Stopwatch.StartNew();
        var result = ContractLoader.Load(bytes);
        var exported = CanonicalJson.Export(result.Contract!);
        output.WriteLine($"{bytes.Length >> 20} MB, {eventCount} events nested to depth 60: load + export {stopwatch.Elapsed.TotalMilliseconds:F0} ms");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(eventCount, result.Contract!.Events.Count);
        Assert.Equal(60, MaxDepth(exported));
    }

    [Fact]
    public void Load_ErrorAtTheEndOfAHugeSingleLine_ReportsTheExactColumn()
    {
        var bytes = DeepEvents(targetBytes: 5 << 20, out _);
        var broken = bytes.AsSpan(0, bytes.Length - 2).ToArray().Concat("x]}"u8.ToArray()).ToArray();

        var result = ContractLoader.Load(broken);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((ContractErrorCodes.InvalidJson, 1, bytes.Length - 1), (diagnostic.Code, diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("\"trackboard.contract.v2\"", "$.format_version")]
    [InlineData("null", "$.format_version")]
    public void Load_WrongFormatVersion_ReportsUnsupportedFormatVersion(string value, string path)
    {
        var result = ContractLoader.Load("{\"format_version\":" + value + "}");

        AssertSingleError(result, ContractErrorCodes.UnsupportedFormatVersion, path);
    }

    [Fact]
    public void Load_MissingFormatVersion_ReportsUnsupportedFormatVersionAtTheRoot()
    {
        var result = ContractLoader.Load("{\"events\":[]}");

        AssertSingleError(result, ContractErrorCodes.UnsupportedFormatVersion, "$");
    }

    [Fact]
    public void Load_DuplicateEvents_ReportsTheSecond()
    {
        var result = ContractLoader.Load(Header + ",\"events\":[{\"event_name\":\"signup\"},{\"event_name\":\"login\"},{\"event_name\":\"signup\"}]}");

        AssertSingleError(result, ContractErrorCodes.DuplicateEvent, "$.events[2].event_name");
    }

    [Fact]
    public void Load_DuplicateProperties_ReportsTheSecond()
    {
        var result = ContractLoader.Load(Header + ",\"events\":[{\"event_name\":\"e\",\"properties\":["
            + "{\"name\":\"plan\",\"type\":\"string\"},{\"name\":\"plan\",\"type\":\"string\"}]}]}");

        AssertSingleError(result, ContractErrorCodes.DuplicateProperty, "$.events[0].properties[1].name");
    }

    [Fact]
    public void Load_UnknownGlobalLink_ReportsUnknownGlobalProperty()
    {
        var result = ContractLoader.Load(Header + ",\"events\":[{\"event_name\":\"e\",\"global_properties\":[\"user_id\"]}]}");

        AssertSingleError(result, ContractErrorCodes.UnknownGlobalProperty, "$.events[0].global_properties[0]");
    }

    [Fact]
    public void Load_DuplicateGlobalLink_ReportsDuplicateGlobalLink()
    {
        var result = ContractLoader.Load(Header + ",\"global_properties\":[{\"name\":\"user_id\",\"type\":\"string\"}],"
            + "\"events\":[{\"event_name\":\"e\",\"global_properties\":[\"user_id\",\"user_id\"]}]}");

        AssertSingleError(result, ContractErrorCodes.DuplicateGlobalLink, "$.events[0].global_properties[1]");
    }

    [Fact]
    public void Load_BadType_ReportsInvalidPropertyType()
    {
        var result = ContractLoader.Load(Header + ",\"global_properties\":[{\"name\":\"user_id\",\"type\":\"uuid\"}]}");

        AssertSingleError(result, ContractErrorCodes.InvalidPropertyType, "$.global_properties[0].type");
    }

    [Theory]
    [InlineData("integer", "{\"pattern\":\"^1\"}", "$.global_properties[0].constraints.pattern")]
    [InlineData("string", "{\"min\":1}", "$.global_properties[0].constraints.min")]
    [InlineData("boolean", "{\"max_length\":1}", "$.global_properties[0].constraints.max_length")]
    [InlineData("float", "{\"min_items\":1}", "$.global_properties[0].constraints.min_items")]
    [InlineData("array", "{\"enum_values\":[1]}", "$.global_properties[0].constraints.enum_values")]
    [InlineData("string", "{\"pattern\":\"(a\"}", "$.global_properties[0].constraints.pattern")]
    [InlineData("integer", "{\"min\":5,\"max\":4}", "$.global_properties[0].constraints.min")]
    [InlineData("string", "{\"format\":\"url\"}", "$.global_properties[0].constraints.format")]
    public void Load_ConstraintThatDoesNotFit_ReportsInvalidConstraint(string type, string constraints, string path)
    {
        var result = ContractLoader.Load(Header + ",\"global_properties\":[{\"name\":\"p\",\"type\":\"" + type + "\",\"constraints\":" + constraints + "}]}");

        AssertSingleError(result, ContractErrorCodes.InvalidConstraint, path);
    }

    [Fact]
    public void Load_UnknownGuidanceKey_ReportsInvalidImplementationGuidance()
    {
        var result = ContractLoader.Load(Header + ",\"events\":[{\"event_name\":\"e\",\"implementation_guidance\":{\"trigger\":[\"x\"]}}]}");

        AssertSingleError(result, ContractErrorCodes.InvalidImplementationGuidance, "$.events[0].implementation_guidance.trigger");
    }

    [Fact]
    public void Load_OverLongGuidance_ReportsGuidanceLimitExceeded()
    {
        var note = new string('n', 501);

        var result = ContractLoader.Load(Header + ",\"events\":[{\"event_name\":\"e\",\"implementation_guidance\":{\"privacy_notes\":[\"" + note + "\"]}}]}");

        AssertSingleError(result, ContractErrorCodes.GuidanceLimitExceeded, "$.events[0].implementation_guidance.privacy_notes[0]");
    }

    [Fact]
    public void Load_VersionNumberAtTheTopOf64Bits_KeepsTheExactValue()
    {
        var result = ContractLoader.Load(Header + ",\"version_number\":9223372036854775807}");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(long.MaxValue, result.Contract!.VersionNumber);
    }

    [Fact]
    public void Load_String_SameResultAsUtf8Bytes()
    {
        const string json = Header + ",\"name\":\"Grüße\",\"x\":1}";

        var fromString = ContractLoader.Load(json);
        var fromBytes = ContractLoader.Load(Encoding.UTF8.GetBytes(json));

        Assert.Equal(fromBytes.Diagnostics, fromString.Diagnostics);
        Assert.Equal("Grüße", fromString.Contract!.Name);
    }

    private static void AssertSingleError(ContractLoadResult result, string code, string path)
    {
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal((code, DiagnosticSeverity.Error, path), (diagnostic.Code, diagnostic.Severity, diagnostic.Path));
        Assert.True(diagnostic.Line > 0 && diagnostic.Column > 0, diagnostic.ToString());
        Assert.Null(result.Contract);
    }

    private static byte[] ManyEvents(int targetBytes, out int eventCount)
    {
        var text = new StringBuilder(targetBytes + (64 << 10));
        text.Append(Header).Append(",\n\"global_properties\":[{\"name\":\"user_id\",\"type\":\"string\",\"required\":true}],\n\"events\":[\n");
        eventCount = 0;
        while (text.Length < targetBytes)
        {
            text.Append(eventCount == 0 ? "" : ",\n").Append("{\"event_name\":\"event_").Append(eventCount.ToString("D7", System.Globalization.CultureInfo.InvariantCulture))
                .Append("\",\"status\":\"active\",\"description\":\"An event of the generated plan\",\"global_properties\":[\"user_id\"],\"properties\":[");
            for (var p = 0; p < 20; p++)
            {
                text.Append(p == 0 ? "" : ",").Append("{\"name\":\"property_").Append(p)
                    .Append("\",\"type\":\"string\",\"required\":").Append(p % 2 == 0 ? "true" : "false")
                    .Append(",\"constraints\":{\"enum_values\":[\"a\",\"b\",\"c\"],\"max_length\":40},\"examples\":[\"a\"]}");
            }

            text.Append("]}");
            eventCount++;
        }

        return Encoding.UTF8.GetBytes(text.Append("\n]}").ToString());
    }

    // Each event holds one chain of object properties whose innermost constraints object is at JSON
    // depth 60: root, events, event, properties, then 28 property/properties pairs, then constraints.
    private static byte[] DeepEvents(int targetBytes, out int eventCount)
    {
        const int chain = 28;
        var open = new StringBuilder();
        for (var level = 0; level < chain - 1; level++)
        {
            open.Append("{\"name\":\"level_").Append(level).Append("\",\"type\":\"object\",\"required\":true,\"properties\":[");
        }

        var chainText = open.Append("{\"name\":\"leaf\",\"type\":\"string\",\"constraints\":{}}")
            .Append(new StringBuilder().Insert(0, "]}", chain - 1)).ToString();
        var text = new StringBuilder(targetBytes + (16 << 10));
        text.Append(Header).Append(",\"events\":[");
        eventCount = 0;
        while (text.Length < targetBytes)
        {
            text.Append(eventCount == 0 ? "" : ",").Append("{\"event_name\":\"deep_").Append(eventCount).Append("\",\"properties\":[").Append(chainText).Append("]}");
            eventCount++;
        }

        return Encoding.UTF8.GetBytes(text.Append("]}").ToString());
    }

    private static int MaxDepth(byte[] json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1000 });
        var max = 0;
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                max = Math.Max(max, reader.CurrentDepth + 1);
            }
        }

        return max;
    }
}
