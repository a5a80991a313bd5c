using System.Text.Json;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Diff;

/// <summary>
/// Runs every case in TestData/diff: <c>{description, before, after, options?, expected: {breaking, changes, ignored?}}</c>.
/// Expected changes are compared in order on severity, code, event, path, property, before and after
/// (a missing key means null).
/// </summary>
public sealed class DiffConformanceTests
{
    public static TheoryData<string> Cases() => new(CaseNames());

    [Fact]
    public void Cases_Count_AtLeastSixty() => Assert.True(CaseNames().Count >= 60, $"Only {CaseNames().Count} diff cases.");

    [Fact]
    public void Cases_CoverEveryCode()
    {
        var covered = CaseNames()
            .Select(Read)
            .SelectMany(c => Entries(c.RootElement.GetProperty("expected"), "changes").Concat(Entries(c.RootElement.GetProperty("expected"), "ignored")))
            .Select(line => line.Split(' ')[1])
            .ToHashSet(StringComparer.Ordinal);

        var missing = ChangeRules.All.Select(r => r.Code).Where(code => !covered.Contains(code));
        Assert.Equal("", string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_Case_MatchesExpected(string name)
    {
        using var document = Read(name);
        var root = document.RootElement;

        var result = ContractDiff.Compare(Load(root, "before"), Load(root, "after"), Options(root));

        var expected = root.GetProperty("expected");
        Assert.Equal(string.Join("\n", Entries(expected, "changes")), string.Join("\n", result.Changes.Select(Line)));
        if (expected.TryGetProperty("ignored", out _))
        {
            Assert.Equal(string.Join("\n", Entries(expected, "ignored")), string.Join("\n", result.Ignored.Select(Line)));
        }
        else
        {
            Assert.Empty(result.Ignored);
        }

        Assert.Equal(expected.GetProperty("breaking").GetBoolean(), result.Breaking);
        Assert.Equal(result.Changes.Count, result.Summary.Total);
    }

    private static List<string> CaseNames() =>
    [
        .. Directory.GetFiles(TestPaths.TestData("diff"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal),
    ];

    private static JsonDocument Read(string name) => JsonDocument.Parse(File.ReadAllBytes(TestPaths.TestData("diff", name + ".json")));

    private static Contract Load(JsonElement root, string key)
    {
        var result = ContractLoader.Load(root.GetProperty(key).GetRawText());
        Assert.True(result.Success, $"{key} does not load:\n" + string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    private static DiffOptions? Options(JsonElement root)
    {
        if (!root.TryGetProperty("options", out var options))
        {
            return null;
        }

        var rules = options.GetProperty("ignore").EnumerateArray()
            .Select(r => new IgnoreRule(r.GetProperty("rule").GetString()!, r.TryGetProperty("event", out var e) ? e.GetString() : null));
        return new DiffOptions { Ignore = [.. rules] };
    }

    private static IEnumerable<string> Entries(JsonElement expected, string key) =>
        expected.TryGetProperty(key, out var list)
            ? list.EnumerateArray().Select(e => Format(
                e.GetProperty("severity").GetString()!, e.GetProperty("code").GetString()!, e.GetProperty("event").GetString()!,
                e.GetProperty("path").GetString()!, Optional(e, "property"), Optional(e, "before"), Optional(e, "after")))
            : [];

    private static string? Optional(JsonElement element, string key) => element.TryGetProperty(key, out var value) ? value.GetString() : null;

    private static string Line(Change c) => Format(c.Severity.ToString().ToLowerInvariant(), c.Code, c.Event, c.Path, c.Property, c.Before, c.After);

    private static string Format(string severity, string code, string eventName, string path, string? property, string? before, string? after) =>
        $"{severity} {code} event={eventName} path={path} property={property ?? "-"} before={before ?? "-"} after={after ?? "-"}";
}
