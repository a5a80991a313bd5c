namespace Trackboard.Server.Dlq;

/// <summary>A triage rule's answer for one break: what it means, its probable cause and the suggested fix.</summary>
internal sealed record TriageRule(string Explanation, string ProbableCause, string SuggestedFix);
