namespace Trackboard.Server.AiTriage;

/// <summary>Stable codes of the AI triage endpoints; docs/api.md lists them.</summary>
internal static class AiErrorCodes
{
    public const string Disabled = "ai_triage_disabled";
    public const string TargetBlocked = "ai_target_blocked";
    public const string ProviderError = "ai_provider_error";
    public const string MalformedOutput = "ai_malformed_output";
    public const string Timeout = "ai_timeout";
}
