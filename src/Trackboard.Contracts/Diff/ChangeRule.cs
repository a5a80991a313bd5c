namespace Trackboard.Contracts.Diff;

/// <summary>A change code with its fixed severity and its rule id.</summary>
/// <param name="Code">The snake_case code, as in <see cref="ChangeCodes"/>.</param>
/// <param name="RuleId">The SCREAMING_SNAKE rule id an ignore rule may name.</param>
/// <param name="Severity">The severity every change with this code has.</param>
/// <param name="Summary">One line saying what the code means.</param>
public sealed record ChangeRule(string Code, string RuleId, ChangeSeverity Severity, string Summary);
