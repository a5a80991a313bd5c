namespace Trackboard.Server.Hosting;

/// <summary>Section <c>Trackboard</c>.</summary>
internal sealed class ServerOptions
{
    public const string Section = "Trackboard";

    /// <summary>Folder for the SQLite file and keys, relative to the content root unless absolute.</summary>
    public string DataDirectory { get; init; } = "data";

    /// <summary>Load the example contract as a demo workspace on start.</summary>
    public bool Demo { get; init; }

    /// <summary>Contract file for the demo; by default the repository's examples/contracts/web-analytics.v1.json.</summary>
    public string? DemoContract { get; init; }

    /// <summary>Base64 key (≥ 32 bytes) for the HMAC of tokens and API keys; generated into the data folder when absent.</summary>
    public string? TokenKey { get; init; }

    /// <summary>Days that validation results are kept.</summary>
    public int ValidationRetentionDays { get; init; } = 30;

    /// <summary>
    /// Reverse proxies (IP addresses) whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed, so the
    /// client's address (auth rate limits) and scheme are the caller's, not the proxy's. None by default: the headers
    /// are ignored.
    /// </summary>
    public string[] KnownProxies { get; init; } = [];

    /// <summary>Networks of trusted reverse proxies in CIDR notation, such as <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; init; } = [];
}
