namespace Trackboard.Guard.Configuration;

/// <summary>Pulling the contract from a Trackboard Server instead of reading <c>contract_file</c>.</summary>
internal sealed record ContractPullOptions
{
    /// <summary>The Server's <c>/api/v1/plans/{id}/contract</c> URL; empty: read <c>contract_file</c> instead.</summary>
    public string Url { get; init; } = "";

    /// <summary>A read-only personal access token, sent as a bearer token.</summary>
    public string Token { get; init; } = "";

    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How many of the latest published versions are held for stamped events (versions the app-version map names are held too).</summary>
    public int KeepVersions { get; init; } = 5;

    /// <summary>Where pulled versions are cached; empty: <c>store_file</c> + <c>.contracts</c>, next to the store.</summary>
    public string CacheDirectory { get; init; } = "";

    public bool Enabled => Url.Length > 0;

    public string CacheDirectoryFor(string storeFile) => CacheDirectory.Length > 0 ? CacheDirectory : storeFile + ".contracts";

    /// <summary>The sibling <c>app-versions</c> resource of the contract URL.</summary>
    public Uri AppVersionsUrl => new(new Uri(Url), "app-versions");

    public Uri VersionUrl(long number) => new(Url + "?version=" + number.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
