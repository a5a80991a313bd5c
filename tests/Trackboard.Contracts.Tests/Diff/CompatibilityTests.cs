using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Tests.Diff;

public sealed class CompatibilityTests
{
    private static Contract Version(int? number, string events, string? versionId = null)
    {
        var metadata = (number is null ? "" : $"\"version_number\": {number},") + (versionId is null ? "" : $"\"version_id\": \"{versionId}\",");
        var result = ContractLoader.Load($$"""{"format_version": "trackboard.contract.v1", {{metadata}} "events": [{{events}}]}""");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    private const string A = """{"event_name": "a", "properties": [{"name": "x", "type": "string"}]}""";
    private const string AWithoutX = """{"event_name": "a", "properties": []}""";
    private const string AWithY = """{"event_name": "a", "properties": [{"name": "x", "type": "string"}, {"name": "y", "type": "string"}]}""";
    private const string B = """{"event_name": "b"}""";

    [Fact]
    public void CheckCompatibility_BackwardWithAddedEvent_Compatible()
    {
        var report = ContractDiff.CheckCompatibility([Version(1, A)], Version(2, A + "," + B), CompatibilityMode.Backward);

        Assert.True(report.Compatible);
        var check = Assert.Single(report.Checks);
        Assert.Equal(CompatibilityDirection.Backward, check.Direction);
        Assert.Equal(ChangeCodes.EventAdded, Assert.Single(check.Result.Changes).Code);
    }

    [Fact]
    public void CheckCompatibility_ForwardWithAddedEvent_IncompatibleAgainstEarlier()
    {
        var report = ContractDiff.CheckCompatibility([Version(1, A)], Version(2, A + "," + B), CompatibilityMode.Forward);

        Assert.False(report.Compatible);
        var issue = Assert.Single(report.Issues);
        Assert.Equal((0, "version 1", CompatibilityDirection.Forward), (issue.EarlierIndex, issue.Against, issue.Direction));
        Assert.Equal((ChangeCodes.EventRemoved, "b"), (issue.Change.Code, issue.Change.Event));
    }

    [Fact]
    public void CheckCompatibility_ForwardWithRemovedOptionalProperty_Compatible()
    {
        var earlier = Version(1, A);
        var candidate = Version(2, AWithoutX);

        var forward = ContractDiff.CheckCompatibility([earlier], candidate, CompatibilityMode.Forward);
        var backward = ContractDiff.CheckCompatibility([earlier], candidate, CompatibilityMode.Backward);

        Assert.True(forward.Compatible);
        Assert.Equal(ChangeCodes.OptionalPropertyAdded, Assert.Single(Assert.Single(forward.Checks).Result.Changes).Code);
        Assert.False(backward.Compatible);
        Assert.Equal(ChangeCodes.PropertyRemoved, Assert.Single(backward.Issues).Change.Code);
    }

    [Fact]
    public void CheckCompatibility_FullWithAddedOptionalProperty_IncompatibleForwardOnly()
    {
        var report = ContractDiff.CheckCompatibility([Version(1, A)], Version(2, AWithY), CompatibilityMode.Full);

        Assert.False(report.Compatible);
        Assert.Equal([CompatibilityDirection.Backward, CompatibilityDirection.Forward], report.Checks.Select(c => c.Direction));
        Assert.False(report.Checks[0].Result.Breaking);
        var issue = Assert.Single(report.Issues);
        Assert.Equal(CompatibilityDirection.Forward, issue.Direction);
        Assert.Equal((ChangeCodes.PropertyRemoved, "y"), (issue.Change.Code, issue.Change.Property));
    }

    [Fact]
    public void CheckCompatibility_FullWithDescriptionChangeOnly_Compatible()
    {
        var candidate = Version(2, """{"event_name": "a", "description": "new", "properties": [{"name": "x", "type": "string"}]}""");

        var report = ContractDiff.CheckCompatibility([Version(1, A)], candidate, CompatibilityMode.Full);

        Assert.True(report.Compatible);
        Assert.Equal(2, report.Checks.Count);
        Assert.All(report.Checks, c => Assert.Equal(ChangeCodes.EventDescriptionChanged, Assert.Single(c.Result.Changes).Code));
    }

    [Fact]
    public void CheckCompatibility_BackwardNotTransitive_ChecksLatestEarlierOnly()
    {
        var history = new[] { Version(1, A + "," + B), Version(2, A) };

        var report = ContractDiff.CheckCompatibility(history, Version(3, A), CompatibilityMode.Backward);

        Assert.True(report.Compatible);
        Assert.Equal("version 2", Assert.Single(report.Checks).Against);
    }

    [Fact]
    public void CheckCompatibility_BackwardTransitive_NamesTheVersionItBreaks()
    {
        var history = new[] { Version(1, A + "," + B), Version(2, A) };

        var report = ContractDiff.CheckCompatibility(history, Version(3, A), CompatibilityMode.BackwardTransitive);

        Assert.False(report.Compatible);
        var issue = Assert.Single(report.Issues);
        Assert.Equal((0, "version 1", ChangeCodes.EventRemoved, "b"), (issue.EarlierIndex, issue.Against, issue.Change.Code, issue.Change.Event));
    }

    [Fact]
    public void CheckCompatibility_ForwardTransitive_ChecksEveryEarlierVersion()
    {
        var history = new[] { Version(1, A), Version(2, A + "," + B) };

        var plain = ContractDiff.CheckCompatibility(history, Version(3, A + "," + B), CompatibilityMode.Forward);
        var transitive = ContractDiff.CheckCompatibility(history, Version(3, A + "," + B), CompatibilityMode.ForwardTransitive);

        Assert.True(plain.Compatible);
        Assert.False(transitive.Compatible);
        Assert.Equal(("version 1", CompatibilityDirection.Forward), (Assert.Single(transitive.Issues).Against, transitive.Issues[0].Direction));
    }

    [Fact]
    public void CheckCompatibility_FullTransitive_RunsBothDirectionsPerVersionInOrder()
    {
        var history = new[] { Version(1, A), Version(2, A) };

        var report = ContractDiff.CheckCompatibility(history, Version(3, AWithoutX), CompatibilityMode.FullTransitive);

        Assert.Equal(
            [(0, CompatibilityDirection.Backward), (0, CompatibilityDirection.Forward), (1, CompatibilityDirection.Backward), (1, CompatibilityDirection.Forward)],
            report.Checks.Select(c => (c.EarlierIndex, c.Direction)));
        Assert.Equal([0, 1], report.Issues.Select(i => i.EarlierIndex));
        Assert.All(report.Issues, i => Assert.Equal(CompatibilityDirection.Backward, i.Direction));
    }

    [Fact]
    public void CheckCompatibility_EmptyHistory_CompatibleWithoutChecks()
    {
        var report = ContractDiff.CheckCompatibility([], Version(1, A), CompatibilityMode.FullTransitive);

        Assert.True(report.Compatible);
        Assert.Empty(report.Checks);
    }

    [Fact]
    public void CheckCompatibility_ModeNone_CompatibleWithoutChecks()
    {
        var report = ContractDiff.CheckCompatibility([Version(1, A + "," + B)], Version(2, A), CompatibilityMode.None);

        Assert.True(report.Compatible);
        Assert.Empty(report.Checks);
    }

    [Fact]
    public void CheckCompatibility_WithIgnoreRule_IgnoresInEveryCheck()
    {
        var options = new DiffOptions { Ignore = [new IgnoreRule("EVENT_NO_DELETE")] };

        var report = ContractDiff.CheckCompatibility([Version(1, A)], Version(2, A + "," + B), CompatibilityMode.Full, options);

        Assert.True(report.Compatible);
        Assert.Equal(ChangeCodes.EventRemoved, Assert.Single(report.Checks[1].Result.Ignored).Code);
    }

    [Fact]
    public void CheckCompatibility_Labels_UseVersionNumberThenIdThenIndex()
    {
        var history = new[] { Version(null, A), Version(null, A, versionId: "ver_abc"), Version(7, A) };

        var report = ContractDiff.CheckCompatibility(history, Version(8, A), CompatibilityMode.BackwardTransitive);

        Assert.Equal(["earlier[0]", "ver_abc", "version 7"], report.Checks.Select(c => c.Against));
    }

    [Theory]
    [InlineData("backward", CompatibilityMode.Backward)]
    [InlineData("BACKWARD_TRANSITIVE", CompatibilityMode.BackwardTransitive)]
    [InlineData("forward", CompatibilityMode.Forward)]
    [InlineData("forward_transitive", CompatibilityMode.ForwardTransitive)]
    [InlineData("Full", CompatibilityMode.Full)]
    [InlineData("FULL_TRANSITIVE", CompatibilityMode.FullTransitive)]
    [InlineData("none", CompatibilityMode.None)]
    public void TryParse_KnownName_ReturnsMode(string name, CompatibilityMode expected)
    {
        Assert.True(CompatibilityModes.TryParse(name, out var mode));

        Assert.Equal(expected, mode);
        Assert.Equal(name.ToLowerInvariant(), CompatibilityModes.Name(mode));
    }

    [Theory]
    [InlineData("sideways")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_UnknownName_ReturnsFalse(string? name) => Assert.False(CompatibilityModes.TryParse(name, out _));
}
