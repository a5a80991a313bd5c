using System.Reflection;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Diff;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Diff;

public sealed partial class ChangeRulesTests
{
    private static readonly string[] s_breaking =
    [
        "event_removed", "property_removed", "required_property_added", "property_became_required",
        "enum_value_removed", "enum_added", "constraint_tightened", "property_type_changed",
    ];

    private static readonly string[] s_safe =
    [
        "event_added", "optional_property_added", "property_became_optional", "enum_value_added",
        "enum_removed", "constraint_loosened", "property_type_widened",
    ];

    private static readonly string[] s_informational =
    [
        "event_deprecated", "event_status_changed", "event_description_changed", "event_category_changed",
        "property_description_changed", "property_examples_changed", "guidance_changed", "pii_changed", "owner_changed",
    ];

    [GeneratedRegex("^[A-Z]+(_[A-Z]+)*$")]
    private static partial Regex ScreamingSnake();

    [Fact]
    public void All_Severities_MatchTheDesignTable()
    {
        Assert.Equal(s_breaking, ChangeRules.All.Where(r => r.Severity == ChangeSeverity.Breaking).Select(r => r.Code));
        Assert.Equal(s_safe, ChangeRules.All.Where(r => r.Severity == ChangeSeverity.Safe).Select(r => r.Code));
        Assert.Equal(s_informational, ChangeRules.All.Where(r => r.Severity == ChangeSeverity.Informational).Select(r => r.Code));
    }

    [Fact]
    public void All_EveryCodeConstant_HasOneRule()
    {
        var constants = typeof(ChangeCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!);

        Assert.Equal(constants.Order(StringComparer.Ordinal), ChangeRules.All.Select(r => r.Code).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_RuleIds_AreUniqueScreamingSnake()
    {
        var ids = ChangeRules.All.Select(r => r.RuleId).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches(ScreamingSnake(), id));
        Assert.Contains("EVENT_NO_DELETE", ids);
        Assert.Contains("PROPERTY_NO_DELETE", ids);
        Assert.Contains("PROPERTY_SAME_TYPE", ids);
        Assert.Contains("ENUM_VALUE_NO_DELETE", ids);
        Assert.Contains("OPTIONAL_TO_REQUIRED", ids);
    }

    [Theory]
    [InlineData("enum_value_removed")]
    [InlineData("ENUM_VALUE_NO_DELETE")]
    [InlineData("enum_value_no_delete")]
    public void TryFind_CodeOrRuleIdAnyCase_FindsRule(string name)
    {
        Assert.True(ChangeRules.TryFind(name, out var rule));

        Assert.Equal(ChangeCodes.EnumValueRemoved, rule.Code);
    }

    [Fact]
    public void TryFind_UnknownName_ReturnsFalse() => Assert.False(ChangeRules.TryFind("NOT_A_RULE", out _));

    [Fact]
    public void ChangeCodesDoc_NamesEveryCodeAndRuleId()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "change-codes.md"));

        Assert.All(ChangeRules.All, rule =>
        {
            Assert.Contains($"`{rule.Code}`", doc, StringComparison.Ordinal);
            Assert.Contains($"`{rule.RuleId}`", doc, StringComparison.Ordinal);
        });
    }
}
