using System.Text.Json;
using Trackboard.Contracts.Lint;

namespace Trackboard.Contracts.Tests.Lint;

/// <summary>
/// Lint conformance: every file under <c>TestData/lint/</c> is one case for one rule. Only that rule's findings
/// are compared, so a case shows exactly what its rule does. Adding a case means adding a file.
/// </summary>
public sealed class LintConformanceTests
{
    public static TheoryData<string> CaseFiles() => [.. LintCase.Files];

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Lint_ConformanceCase_MatchesExpected(string file)
    {
        var testCase = LintCase.Load(file);

        var report = ContractLinter.Lint(testCase.Contract, testCase.Options);

        var actual = report.Findings.Where(f => f.RuleId == testCase.Rule).ToList();
        var shown = string.Join("\n", actual.Select(f => $"{LintLevels.Name(f.Severity)} {f.Path} [{f.Event}|{f.Property}] {f.Message}"));
        Assert.True(testCase.Expected.Count == actual.Count, $"{file}: expected {testCase.Expected.Count} finding(s), got:\n{shown}");
        for (var i = 0; i < actual.Count; i++)
        {
            AssertFinding(file, i, testCase.Expected[i], actual[i]);
        }
    }

    [Fact]
    public void LintRules_EveryRule_HasATriggeringAndACleanCase()
    {
        var cases = LintCase.Files.Select(LintCase.Load).ToList();

        var missing = LintRules.All
            .SelectMany(rule => new[]
            {
                cases.Any(c => c.Rule == rule.Id && c.Expected.Count > 0) ? null : rule.Id + " (triggering)",
                cases.Any(c => c.Rule == rule.Id && c.Expected.Count == 0) ? null : rule.Id + " (clean)",
            })
            .OfType<string>()
            .ToList();

        Assert.Empty(missing);
        Assert.All(cases, c => Assert.NotNull(LintRules.Find(c.Rule)));
    }

    private static void AssertFinding(string file, int index, JsonElement expected, LintFinding actual)
    {
        var where = $"{file} finding {index}";
        Assert.True(expected.GetProperty("path").GetString() == actual.Path, $"{where}: path {actual.Path}");
        var severity = expected.TryGetProperty("severity", out var s) ? s.GetString() : LintLevels.Name(LintRules.Find(actual.RuleId)!.DefaultSeverity);
        Assert.True(severity == LintLevels.Name(actual.Severity), $"{where}: severity {LintLevels.Name(actual.Severity)}");
        if (expected.TryGetProperty("event", out var eventName))
        {
            Assert.True(eventName.GetString() == actual.Event, $"{where}: event {actual.Event}");
        }

        if (expected.TryGetProperty("property", out var property))
        {
            Assert.True(property.GetString() == actual.Property, $"{where}: property {actual.Property}");
        }

        if (expected.TryGetProperty("message", out var message))
        {
            Assert.Equal(message.GetString(), actual.Message);
        }

        if (expected.TryGetProperty("message_contains", out var part))
        {
            Assert.Contains(part.GetString()!, actual.Message, StringComparison.Ordinal);
        }
    }
}
