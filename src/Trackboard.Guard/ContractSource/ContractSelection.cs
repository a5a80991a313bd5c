namespace Trackboard.Guard.ContractSource;

/// <summary>Why an event was validated against the version it was: reported in verbose answers and metrics.</summary>
internal static class ContractSelection
{
    /// <summary>The event's <c>context.trackboard.contract_version</c> names a held version.</summary>
    public const string Stamp = "stamp";

    /// <summary>The event's <c>context.app.version</c> falls in a mapped range whose version is held.</summary>
    public const string AppVersion = "app_version";

    /// <summary>Neither applies: the latest version.</summary>
    public const string Latest = "latest";
}
