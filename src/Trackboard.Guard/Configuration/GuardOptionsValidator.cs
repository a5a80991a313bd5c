using Microsoft.Extensions.Options;

namespace Trackboard.Guard.Configuration;

/// <summary>Range and consistency checks over the bound options; every problem is reported, not just the first.</summary>
internal sealed class GuardOptionsValidator : IValidateOptions<GuardOptions>
{
    public ValidateOptionsResult Validate(string? name, GuardOptions options)
    {
        var errors = Check(options);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors.Select(e => e.ToString()));
    }

    public static List<ConfigError> Check(GuardOptions o)
    {
        var errors = new List<ConfigError>();
        void Require(bool ok, string path, string message, string fix)
        {
            if (!ok)
            {
                errors.Add(new ConfigError(path, message, fix));
            }
        }

        Require(o.ContractFile.Length > 0 || o.ContractPull.Enabled, "contract_file", "No contract file is configured.",
            "Set contract_file to a trackboard.contract.v1 JSON file, or contract_url to pull the contract from a Trackboard Server.");
        ContractPullRules.Check(o, Require);
        Push.PushConfig.Check(o, Require);
        Tracing.TracingConfig.Check(o, Require);
        Require(o.StoreFile.Length > 0, "store_file", "No store file is configured.", "Set store_file to a path such as guard.db.");
        Require(o.WorkerCount is >= 1 and <= 64, "worker_count", $"{o.WorkerCount} is out of range.", "Use 1 to 64 concurrent forwarders.");
        Require(o.Destination.Url.Length == 0 || (Uri.TryCreate(o.Destination.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"),
            "destination", $"'{o.Destination.Url}' is not an http(s) URL.", "Write an absolute URL such as https://api.segment.io/v1/batch.");
        Require(o.Destination.BatchSize is >= 1 and <= 2500, "destination.batch_size", $"{o.Destination.BatchSize} is out of range.", "Use 1 to 2500 events per batch.");
        Require(o.Destination.Timeout > TimeSpan.Zero, "destination.timeout", "The timeout must be positive.", "Write a duration such as 10s.");
        Require(o.Limits.MaxBodyBytes is >= 1024, "limits.max_body_bytes", $"{o.Limits.MaxBodyBytes} is too small.", "Use at least 1024 (default 524288).");
        Require(o.Limits.MaxEventBytes >= 256 && o.Limits.MaxEventBytes <= o.Limits.MaxBodyBytes, "limits.max_event_bytes",
            $"{o.Limits.MaxEventBytes} must be between 256 and limits.max_body_bytes.", "Use a value such as 32768.");
        Require(o.Limits.MaxDepth is >= 2 and <= 64, "limits.max_depth", $"{o.Limits.MaxDepth} is out of range.", "Use 2 to 64.");
        Require(o.Limits.MaxBatchEvents >= 1, "limits.max_batch_events", $"{o.Limits.MaxBatchEvents} is out of range.", "Use a positive number such as 2500.");
        Require(o.Limits.MaxStoreBytes >= 0, "limits.max_store_bytes", "The cap cannot be negative.", "Use 0 (no cap) or a size in bytes.");
        Require(o.Retry.InitialDelay > TimeSpan.Zero, "retry.initial_delay", "The delay must be positive.", "Write a duration such as 1s.");
        Require(o.Retry.MaxDelay >= o.Retry.InitialDelay, "retry.max_delay", "max_delay is shorter than initial_delay.", "Make max_delay at least initial_delay.");
        Require(o.Retry.MaxAttempts >= 1, "retry.max_attempts", $"{o.Retry.MaxAttempts} is out of range.", "Use 1 or more.");
        Require(o.Retry.MaxAge > TimeSpan.Zero, "retry.max_age", "The age must be positive.", "Write a duration such as 24h.");
        Require(o.DedupeWindow >= TimeSpan.Zero, "dedupe_window", "The window cannot be negative.", "Write a duration such as 24h (0 disables deduplication).");
        foreach (var d in o.Destinations)
        {
            CheckDestination(d, "destinations." + d.Name, Require);
        }

        Require(o.Destination.Url.Length == 0 || o.Destinations.All(d => d.Name != DestinationOptions.DefaultName), "destinations.default",
            "The name 'default' belongs to the `destination` key, which is also set.", "Rename this destination, or move `destination` into `destinations`.");
        var hashing = o.AllDestinations().Where(d => (d.Pii ?? o.Pii.Mode) == PiiMode.Hash).Select(d => d.Name).ToList();
        Require(hashing.Count == 0 || o.Pii.Salt.Length > 0, "pii.salt", $"PII is hashed for {string.Join(", ", hashing)} but no salt is set.",
            "Set pii.salt to a long random secret (TRACKBOARD_GUARD__PII__SALT keeps it out of the file).");
        foreach (var (key, source) in o.WriteKeys)
        {
            Require(source.Length > 0, "write_keys." + key, "The write key has no source label.", "Write `KEY: source-name`.");
        }

        return errors;
    }

    private static void CheckDestination(DestinationOptions d, string path, Action<bool, string, string, string> require)
    {
        require(d.Name.Length > 0 && d.Name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'), path,
            $"'{d.Name}' is not a usable destination name.", "Use letters, digits, '_' and '-'.");
        require(d.BatchSize is >= 1 and <= 2500, path + ".batch_size", $"{d.BatchSize} is out of range.", "Use 1 to 2500 events per batch.");
        require(d.Timeout > TimeSpan.Zero, path + ".timeout", "The timeout must be positive.", "Write a duration such as 10s.");
        if (d.Kind == DestinationKind.Http)
        {
            require(Uri.TryCreate(d.Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https", path + ".url",
                $"'{d.Url}' is not an http(s) URL.", "Write an absolute URL such as https://api.segment.io/v1/batch.");
            require(d.Subject.Length == 0, path + ".subject", "subject is a NATS setting.", "Remove it, or set type: nats.");
            require(d.Stream.Length == 0, path + ".stream", "stream is a NATS setting.", "Remove it, or set type: nats.");
            return;
        }

        require(Uri.TryCreate(d.Url, UriKind.Absolute, out var nats) && nats.Scheme is "nats" or "tls", path + ".url",
            $"'{d.Url}' is not a NATS URL.", "Write a server URL such as nats://127.0.0.1:4222.");
        require(d.Subject.Length > 0 && !d.Subject.Any(c => char.IsWhiteSpace(c) || c is '*' or '>') && !d.Subject.StartsWith('.') && !d.Subject.EndsWith('.'),
            path + ".subject", $"'{d.Subject}' is not a subject to publish to.", "Write a subject without wildcards or spaces, such as events.tracked.");
        require(d.Stream.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'), path + ".stream", $"'{d.Stream}' is not a stream name.",
            "Use letters, digits, '_' and '-', or leave it out when the stream exists already.");
        require(d.WriteKey.Length == 0, path + ".write_key", "write_key is an HTTP setting.", "Remove it for a NATS destination.");
    }
}
