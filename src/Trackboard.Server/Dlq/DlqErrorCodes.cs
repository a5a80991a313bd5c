namespace Trackboard.Server.Dlq;

/// <summary>Stable <c>code</c>s of the DLQ endpoints, in problems and in per-line import errors; docs/api.md lists them.</summary>
internal static class DlqErrorCodes
{
    public const string ImportTooLarge = "import_too_large";
    public const string InvalidLine = "invalid_line";
    public const string InvalidJson = "invalid_json";
    public const string InvalidFingerprint = "invalid_fingerprint";
}
