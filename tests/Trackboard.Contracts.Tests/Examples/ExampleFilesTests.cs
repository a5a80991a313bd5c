using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Examples;

/// <summary>
/// The files under <c>examples/</c> are what the README and the docs show; they must stay correct.
/// Event files say their verdict in their name (<c>*.valid.json</c>, <c>*.invalid.json</c>); NDJSON
/// lines say it in their <c>messageId</c> (<c>msg_valid_..</c>, <c>msg_invalid_..</c>).
/// </summary>
public sealed class ExampleFilesTests
{
    private static readonly Lazy<Contract> s_webAnalytics = new(() => LoadExample("web-analytics.v1.json"));

    public static TheoryData<string> ContractFiles() => FileNames("contracts", "*.json");

    public static TheoryData<string> EventFiles() => FileNames("events", "*.json");

    public static TheoryData<int, string> NdjsonLines()
    {
        var data = new TheoryData<int, string>();
        var lines = File.ReadAllLines(TestPaths.Examples("events", "events.ndjson"), Encoding.UTF8);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                data.Add(i + 1, lines[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ContractFiles))]
    public void LoadFile_ExampleContract_LoadsWithoutDiagnostics(string fileName)
    {
        var result = ContractLoader.LoadFile(TestPaths.Examples("contracts", fileName));

        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(EventFiles))]
    public void Validate_ExampleEventFile_GivesTheVerdictInItsName(string fileName)
    {
        var expectedValid = fileName.EndsWith(".valid.json", StringComparison.Ordinal);
        Assert.True(expectedValid || fileName.EndsWith(".invalid.json", StringComparison.Ordinal),
            $"examples/events/{fileName} must end in .valid.json or .invalid.json.");
        var bytes = File.ReadAllBytes(TestPaths.Examples("events", fileName));

        var results = ValidateBothWays(bytes);

        Assert.All(results, r => Assert.True(r.Valid == expectedValid, Describe(fileName, r)));
    }

    [Theory]
    [MemberData(nameof(NdjsonLines))]
    public void Validate_NdjsonLine_GivesTheVerdictInItsMessageId(int lineNumber, string line)
    {
        using var document = JsonDocument.Parse(line);
        var messageId = document.RootElement.GetProperty("messageId").GetString()!;
        var expectedValid = messageId.StartsWith("msg_valid_", StringComparison.Ordinal);
        Assert.True(expectedValid || messageId.StartsWith("msg_invalid_", StringComparison.Ordinal),
            $"events.ndjson line {lineNumber}: messageId must start with msg_valid_ or msg_invalid_.");

        var results = ValidateBothWays(Encoding.UTF8.GetBytes(line));

        Assert.All(results, r => Assert.True(r.Valid == expectedValid, Describe($"events.ndjson line {lineNumber}", r)));
    }

    [Theory]
    [InlineData("signup_completed.invalid.json", "enum_violation properties.signup_method", "unknown_property properties.utm_source")]
    [InlineData("checkout_completed.invalid.json", "min_violation properties.cart.items[0].quantity", "missing_required_property properties.cart.items[1].sku")]
    public void Validate_InvalidExampleEvent_ReportsTheBrokenRules(string fileName, params string[] expected)
    {
        var bytes = File.ReadAllBytes(TestPaths.Examples("events", fileName));

        var results = ValidateBothWays(bytes);

        Assert.All(results, r => Assert.Equal(expected, r.Violations.Select(v => $"{v.Code} {v.Path}")));
    }

    [Fact]
    public void Compare_SafeRevision_IsNotBreaking()
    {
        var after = LoadExample("web-analytics.v2.safe.json");

        var diff = ContractDiff.Compare(s_webAnalytics.Value, after);

        Assert.False(diff.Breaking);
        Assert.Equal(
            ["enum_value_added signup_completed signup_method", "event_added search_performed ", "optional_property_added signup_completed referral_code"],
            diff.Changes.Select(c => $"{c.Code} {c.Event} {c.Property}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Compare_BreakingRevision_ReportsEachBreakingChange()
    {
        var after = LoadExample("web-analytics.v2.breaking.json");

        var diff = ContractDiff.Compare(s_webAnalytics.Value, after);

        Assert.True(diff.Breaking);
        var breaking = diff.Changes.Where(c => c.Severity == ChangeSeverity.Breaking)
            .Select(c => $"{c.Code} {c.Event} {c.Property}").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "enum_value_removed checkout_completed currency",
                "enum_value_removed signup_completed signup_method",
                "event_removed page_viewed_legacy ",
                "property_type_changed signup_completed signup_method",
                "required_property_added checkout_completed payment_method",
            ],
            breaking);
    }

    [Fact]
    public void Hash_WebAnalyticsExample_IsTheOneTheReadmeShows()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "README.md"));

        var hash = ContractHasher.Hash(s_webAnalytics.Value);
        var schemaHash = ContractHasher.SchemaHash(s_webAnalytics.Value);

        Assert.Contains($"hash        {hash}\n", readme, StringComparison.Ordinal);
        Assert.Contains($"schema_hash {schemaHash}\n", readme, StringComparison.Ordinal);
    }

    private static Contract LoadExample(string fileName) =>
        ContractLoader.LoadFile(TestPaths.Examples("contracts", fileName)).Contract
            ?? throw new InvalidOperationException($"examples/contracts/{fileName} does not load.");

    private static ValidationResult[] ValidateBothWays(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        return
        [
            EventValidator.Validate(s_webAnalytics.Value, document.RootElement),
            CompiledContract.Compile(s_webAnalytics.Value).Validate(utf8),
        ];
    }

    private static string Describe(string source, ValidationResult result) =>
        $"{source}: valid={result.Valid}; " + string.Join("; ", result.Violations.Select(v => $"{v.Code} at {v.Path}: {v.Message}"));

    private static TheoryData<string> FileNames(string folder, string pattern)
    {
        var names = Directory.GetFiles(TestPaths.Examples(folder), pattern)
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal);
        return [.. names];
    }
}
