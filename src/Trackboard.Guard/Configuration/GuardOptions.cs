namespace Trackboard.Guard.Configuration;

/// <summary>Everything Guard reads from its YAML file and TRACKBOARD_GUARD__ environment variables.</summary>
internal sealed record GuardOptions
{
    /// <summary>Kestrel URL built from <c>http_addr</c> (":8080" listens on every interface).</summary>
    public string HttpUrl { get; init; } = "http://0.0.0.0:8080";

    public string ContractFile { get; init; } = "";

    public string StoreFile { get; init; } = "guard.db";

    public DestinationOptions Destination { get; init; } = new();

    public int WorkerCount { get; init; } = 1;

    /// <summary>The original Guard's readiness gate: false keeps <c>/health/ready</c> at 503.</summary>
    public bool Ready { get; init; } = true;

    public Durability Durability { get; init; } = Durability.Process;

    public TimeSpan DedupeWindow { get; init; } = TimeSpan.FromHours(24);

    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public PolicyOptions Policy { get; init; } = new();

    /// <summary>Per-source policies by source label.</summary>
    public IReadOnlyDictionary<string, PolicyOptions> Sources { get; init; } = new Dictionary<string, PolicyOptions>();

    /// <summary>Write key → source label. Empty: unauthenticated calls are accepted (source "default").</summary>
    public IReadOnlyDictionary<string, string> WriteKeys { get; init; } = new Dictionary<string, string>();

    public LimitsOptions Limits { get; init; } = new();

    public RetryOptions Retry { get; init; } = new();

    /// <summary>Named destinations besides the legacy <see cref="Destination"/>; each has its own outbox rows and delivery state.</summary>
    public IReadOnlyList<DestinationOptions> Destinations { get; init; } = [];

    public PiiOptions Pii { get; init; } = new();

    /// <summary>
    /// Every destination events are queued for: the legacy <c>destination</c> (when it has a URL) and the named ones.
    /// With none, events are queued for <c>default</c> and wait until one is configured.
    /// </summary>
    public IReadOnlyList<DestinationOptions> AllDestinations()
    {
        var all = new List<DestinationOptions>(Destinations.Count + 1);
        if (Destination.Url.Length > 0 || Destinations.Count == 0)
        {
            all.Add(Destination with { Name = DestinationOptions.DefaultName });
        }

        all.AddRange(Destinations);
        return all;
    }
    /// <summary>Pulling the contract from a Trackboard Server (<c>contract_url</c> and its siblings).</summary>
    public ContractPullOptions ContractPull { get; init; } = new();

    /// <summary>Pushing DLQ rows and counts back to the Server (<c>push.*</c>).</summary>
    public Push.PushOptions Push { get; init; } = new();

    /// <summary>OpenTelemetry traces over OTLP (<c>tracing.*</c>); off unless <c>tracing.otlp_endpoint</c> is set.</summary>
    public Tracing.TracingOptions Tracing { get; init; } = new();

    /// <summary>The policy for a source: its own block, or the global one.</summary>
    public PolicyOptions PolicyFor(string source) => Sources.TryGetValue(source, out var policy) ? policy : Policy;
}
