using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Canonical;

public sealed partial class CanonicalJsonTests
{
    private const string Header = "{\"format_version\":\"trackboard.contract.v1\"";

    // Every seed contract, every contract under examples/ and every loader case that loads: the corpus
    // for the determinism and fixed-point checks.
    public static TheoryData<string> Corpus()
    {
        var data = new TheoryData<string>();
        foreach (var seed in new[] { "contracts/web-analytics.v1.json", "contracts/web-analytics.breaking.json", "fixtures/cli/contract.v1.json",
                     "fixtures/cli/contract.v2.breaking.json", "fixtures/cli/contract.consistency.json", "fixtures/mcp/web-analytics.v1.json",
                     "fixtures/mcp/unsafe-guidance.v1.json" })
        {
            data.Add("seed:" + seed);
        }

        foreach (var path in Directory.EnumerateFiles(TestPaths.Examples("contracts"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add("example:" + Path.GetFileName(path));
        }

        foreach (var path in Directory.EnumerateFiles(TestPaths.TestData("loader"), "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.GetProperty("expected").GetProperty("success").GetBoolean()
                && document.RootElement.TryGetProperty("contract", out _))
            {
                data.Add("loader:" + Path.GetFileName(path));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Export_Twice_IdenticalBytes(string source)
    {
        var contract = Load(source);

        Assert.Equal(CanonicalJson.Export(contract), CanonicalJson.Export(contract));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Export_LoadedAgain_IsAFixedPoint(string source)
    {
        var first = CanonicalJson.Export(Load(source));

        var reloaded = ContractLoader.Load(first);
        var second = CanonicalJson.Export(reloaded.Contract!);

        Assert.All(reloaded.Diagnostics, d => Assert.Equal(ContractErrorCodes.EnumValueKindMismatch, d.Code));
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Export_EveryObject_KeysInOrdinalOrderWithoutWhitespace(string source)
    {
        var bytes = CanonicalJson.Export(Load(source));

        using var document = JsonDocument.Parse(bytes);
        AssertKeysSorted(document.RootElement, "$");
        AssertNoWhitespaceBetweenTokens(bytes);
    }

    [Fact]
    public void Export_ExampleKeys_SortedByUtf16CodeUnit()
    {
        var contract = Loaded(Header + ",\"events\":[{\"event_name\":\"e\",\"properties\":[{\"name\":\"p\",\"type\":\"object\",\"examples\":[{\"a\":1,\"_\":2,\"B\":3,\"é\":4,\"\":5,\"aa\":6}]}]}]}");

        var text = Encoding.UTF8.GetString(CanonicalJson.Export(contract));

        Assert.Contains("\"examples\":[{\"\":5,\"B\":3,\"_\":2,\"a\":1,\"aa\":6,\"é\":4}]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EventsAndPropertiesInAnyOrder_SameBytesAndHash()
    {
        var ordered = Loaded(Header + ",\"events\":[{\"event_name\":\"A\",\"properties\":[{\"name\":\"B\",\"type\":\"string\"},{\"name\":\"_\",\"type\":\"string\"},{\"name\":\"a\",\"type\":\"string\"}]},"
            + "{\"event_name\":\"a\"},{\"event_name\":\"b\"}]}");
        var shuffled = Loaded(Header + ",\"events\":[{\"event_name\":\"b\"},{\"event_name\":\"a\"},"
            + "{\"event_name\":\"A\",\"properties\":[{\"name\":\"a\",\"type\":\"string\"},{\"name\":\"B\",\"type\":\"string\"},{\"name\":\"_\",\"type\":\"string\"}]}]}");

        var bytes = CanonicalJson.Export(shuffled);

        Assert.Equal(CanonicalJson.Export(ordered), bytes);
        Assert.Equal(ContractHasher.Hash(ordered), ContractHasher.Hash(shuffled));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.True(text.IndexOf("\"event_name\":\"A\"", StringComparison.Ordinal) < text.IndexOf("\"event_name\":\"a\"", StringComparison.Ordinal));
        Assert.Contains("{\"constraints\":{},\"name\":\"B\",\"required\":false,\"type\":\"string\"},{\"constraints\":{},\"name\":\"_\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EnumValues_OrderKeptRepeatsDropped()
    {
        var contract = Loaded(Header + ",\"global_properties\":[{\"name\":\"plan\",\"type\":\"string\",\"constraints\":{\"enum_values\":[\"pro\",\"free\",\"pro\",\"team\",\"free\"]}}]}");

        Assert.Contains("\"enum_values\":[\"pro\",\"free\",\"team\"]", Encoding.UTF8.GetString(CanonicalJson.Export(contract)), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_EnumValuesWithRepeatsBuiltInCode_RepeatsDropped()
    {
        var contract = new Contract
        {
            GlobalProperties =
            [
                new PropertyDefinition
                {
                    Name = "n",
                    Type = PropertyType.Float,
                    Constraints = new Constraints { EnumValues = [ScalarValue.FromInteger(2), ScalarValue.FromDouble(2.0), ScalarValue.FromDouble(0.5)] },
                },
            ],
        };

        Assert.Contains("\"enum_values\":[2,0.5]", Encoding.UTF8.GetString(CanonicalJson.Export(contract)), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NumberAliasAndLegacyEnum_WrittenAsFloatAndEnumValues()
    {
        var contract = Loaded(Header + ",\"global_properties\":[{\"name\":\"amount\",\"type\":\"number\",\"constraints\":{\"enum\":[1.50,2e0]}}]}");

        Assert.Contains("{\"constraints\":{\"enum_values\":[1.5,2]},\"name\":\"amount\",\"required\":false,\"type\":\"float\"}",
            Encoding.UTF8.GetString(CanonicalJson.Export(contract)), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaHash_OnlyMetadataChanged_EqualWhileHashDiffers()
    {
        var v1 = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", "web-analytics.v1.json")).Contract!;
        var republished = v1 with
        {
            VersionId = "version_9",
            VersionNumber = 9,
            PublishedAt = "2027-01-01T00:00:00Z",
            Name = "Renamed",
            Description = "Other words",
            PlanId = "plan_other",
        };

        Assert.Equal(ContractHasher.SchemaHash(v1), ContractHasher.SchemaHash(republished));
        Assert.NotEqual(ContractHasher.Hash(v1), ContractHasher.Hash(republished));
    }

    [Fact]
    public void SchemaHash_RuleChanged_Differs()
    {
        var v1 = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", "web-analytics.v1.json")).Contract!;
        var breaking = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", "web-analytics.breaking.json")).Contract!;

        Assert.NotEqual(ContractHasher.SchemaHash(v1), ContractHasher.SchemaHash(breaking));
    }

    [Fact]
    public void Export_HashFields_MatchHasherAndTheBytesWithoutThem()
    {
        var contract = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", "web-analytics.v1.json")).Contract!;

        using var exported = JsonDocument.Parse(CanonicalJson.Export(contract));
        var hash = exported.RootElement.GetProperty("hash").GetString()!;
        var schemaHash = exported.RootElement.GetProperty("schema_hash").GetString()!;

        Assert.Matches(HashFormat(), hash);
        Assert.Matches(HashFormat(), schemaHash);
        Assert.Equal(ContractHasher.Hash(contract), hash);
        Assert.Equal(ContractHasher.SchemaHash(contract), schemaHash);
        Assert.Equal("sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(CanonicalJson.WithoutHashes(contract))), hash);
    }

    [Fact]
    public void Export_WrittenHashInTheFile_IgnoredAndRecomputed()
    {
        var contract = Loaded(Header + ",\"name\":\"x\"}");
        var stale = ContractLoader.Load(Header + ",\"name\":\"x\",\"hash\":\"sha256:" + new string('0', 64) + "\"}");

        Assert.Equal(CanonicalJson.Export(contract), CanonicalJson.Export(stale.Contract!));
    }

    [Fact]
    public void Export_Strings_EscapeOnlyWhatJsonRequires()
    {
        var contract = new Contract { Name = "q\" b\\ s/ \b\f\n\r\t \u0000\u0001\u001f \u007f é 😀 <a href='x'>&amp;</a> \u2028" };

        var text = Encoding.UTF8.GetString(CanonicalJson.Export(contract));

        Assert.Contains("\"name\":\"q\\\" b\\\\ s/ \\b\\f\\n\\r\\t \\u0000\\u0001\\u001f \u007f é 😀 <a href='x'>&amp;</a> \u2028\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_NonAsciiText_WrittenAsUtf8Bytes()
    {
        byte[] expected = [.. "\"name\":\""u8, 0xC3, 0xA9, 0xF0, 0x9F, 0x98, 0x80, (byte)'"'];

        var bytes = CanonicalJson.Export(new Contract { Name = "é😀" });

        Assert.True(bytes.AsSpan().IndexOf(expected) >= 0, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Export_WebAnalyticsV1_MatchesGoldenFile()
    {
        var contract = ContractLoader.LoadFile(TestPaths.SeedExamples("contracts", "web-analytics.v1.json")).Contract!;

        Snapshot.Match("canonical/web-analytics.v1.json", CanonicalJson.Export(contract));
    }

    [Fact]
    public void Export_ConsistencyFixture_MatchesGoldenFile()
    {
        var contract = ContractLoader.LoadFile(TestPaths.SeedExamples("fixtures", "cli", "contract.consistency.json")).Contract!;

        Snapshot.Match("canonical/contract.consistency.json", CanonicalJson.Export(contract));
    }

    // The worked example of docs/contract-format.md: its input, canonical bytes and hashes come from here.
    [Fact]
    public void Export_WorkedExample_MatchesGoldenFileAndDocumentedHashes()
    {
        var input = File.ReadAllBytes(TestPaths.TestData("canonical", "worked-example.input.json"));
        var contract = ContractLoader.Load(input).Contract!;

        var canonical = CanonicalJson.WithoutHashes(contract);

        Snapshot.Match("canonical/worked-example.without-hashes.json", canonical);
        Snapshot.Match("canonical/worked-example.json", CanonicalJson.Export(contract));
        Snapshot.Match("canonical/worked-example.hashes.txt", $"hash {ContractHasher.Hash(contract)}\nschema_hash {ContractHasher.SchemaHash(contract)}\n");
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "contract-format.md"));
        Assert.Contains(Encoding.UTF8.GetString(canonical), doc, StringComparison.Ordinal);
        Assert.Contains(ContractHasher.Hash(contract), doc, StringComparison.Ordinal);
        Assert.Contains(ContractHasher.SchemaHash(contract), doc, StringComparison.Ordinal);
    }

    private static Contract Load(string source)
    {
        if (source.StartsWith("seed:", StringComparison.Ordinal))
        {
            return ContractLoader.LoadFile(TestPaths.SeedExamples(source["seed:".Length..])).Contract!;
        }

        if (source.StartsWith("example:", StringComparison.Ordinal))
        {
            var result = ContractLoader.LoadFile(TestPaths.Examples("contracts", source["example:".Length..]));
            Assert.Empty(result.Diagnostics);
            return result.Contract!;
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(TestPaths.TestData("loader", source["loader:".Length..])));
        return Loaded(document.RootElement.GetProperty("contract").GetRawText());
    }

    private static Contract Loaded(string json)
    {
        var result = ContractLoader.Load(json);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    private static void AssertKeysSorted(JsonElement element, string path)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var keys = element.EnumerateObject().Select(p => p.Name).ToList();
            Assert.True(keys.SequenceEqual(keys.Order(StringComparer.Ordinal)), $"Keys of {path} are not in ordinal order: {string.Join(", ", keys)}");
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
            foreach (var property in element.EnumerateObject())
            {
                AssertKeysSorted(property.Value, path + "." + property.Name);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in element.EnumerateArray())
            {
                AssertKeysSorted(item, $"{path}[{index++}]");
            }
        }
    }

    private static void AssertNoWhitespaceBetweenTokens(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        long previousEnd = 0;
        while (reader.Read())
        {
            var gap = Encoding.UTF8.GetString(json.AsSpan((int)previousEnd, (int)(reader.TokenStartIndex - previousEnd)));
            Assert.True(gap is "" or "," or ":", $"Unexpected '{gap}' before offset {reader.TokenStartIndex}.");
            previousEnd = reader.BytesConsumed;
        }

        Assert.Equal(json.Length, previousEnd);
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex HashFormat();
}
