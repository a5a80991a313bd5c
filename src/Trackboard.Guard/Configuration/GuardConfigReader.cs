using System.Collections;
using System.Globalization;

namespace Trackboard.Guard.Configuration;

/// <summary>
/// Reads Guard's YAML file, applies TRACKBOARD_GUARD__ environment overrides (<c>__</c> separates levels:
/// TRACKBOARD_GUARD__POLICY__MODE=warn) and reports every bad key at once with its path and the fix.
/// </summary>
internal static class GuardConfigReader
{
    public const string EnvPrefix = "TRACKBOARD_GUARD__";

    private static readonly string[] s_topKeys =
    [
        "http_addr", "contract_file", "store_file", "destination", "worker_count", "ready", "mode", "durability",
        "dedupe_window", "shutdown_timeout", "policy", "sources", "write_keys", "limits", "retry",
        "destinations", "pii",
        "contract_url", "contract_token", "contract_poll_interval", "contract_timeout", "contract_keep_versions", "contract_cache_dir",
        "push", "tracing",
    ];

    private static readonly string[] s_policyKeys = ["mode", "unplanned_events", "unplanned_properties"];
    private static readonly string[] s_destinationKeys = ["url", "write_key", "batch_size", "timeout", "pii"];
    private static readonly string[] s_namedDestinationKeys = ["type", "url", "write_key", "batch_size", "timeout", "subject", "stream", "pii"];
    private static readonly string[] s_piiKeys = ["mode", "salt"];
    private static readonly string[] s_limitKeys = ["max_body_bytes", "max_event_bytes", "max_depth", "max_batch_events", "max_store_bytes"];
    private static readonly string[] s_retryKeys = ["initial_delay", "max_delay", "max_attempts", "max_age"];

    /// <summary>Reads a config file (null: defaults only) plus the environment.</summary>
    public static GuardConfigResult Read(string? path, IDictionary? environment = null)
    {
        var values = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        var errors = new List<ConfigError>();
        if (path is not null)
        {
            if (!File.Exists(path))
            {
                errors.Add(new ConfigError(path, "The config file does not exist.", "Pass an existing file with --config, or omit --config to use defaults."));
                return new GuardConfigResult(null, errors);
            }

            YamlFlattener.Flatten(File.ReadAllText(path), Path.GetFileName(path), values, errors);
        }

        ApplyEnvironment(environment ?? Environment.GetEnvironmentVariables(), values);
        var options = Bind(values, errors);
        errors.AddRange(GuardOptionsValidator.Check(options));
        return new GuardConfigResult(errors.Count == 0 ? options : null, errors);
    }

    private static void ApplyEnvironment(IDictionary environment, Dictionary<string, ConfigValue> values)
    {
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && name.StartsWith(EnvPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var parts = name[EnvPrefix.Length..].Split("__");
                // Section and key names are lower snake case; a write key keeps its case.
                var keep = parts.Length == 2 && parts[0].Equals("write_keys", StringComparison.OrdinalIgnoreCase);
                var path = string.Join('.', parts.Select((p, i) => keep && i == 1 ? p : p.ToLowerInvariant()));
                if (path == "destination" && values.Keys.Any(k => k.StartsWith("destination.", StringComparison.Ordinal)))
                {
                    path = "destination.url";
                }

                values[path] = new ConfigValue((string?)entry.Value ?? "", "env " + name);
            }
        }
    }

    private static GuardOptions Bind(Dictionary<string, ConfigValue> values, List<ConfigError> errors)
    {
        var b = new Binder(values, errors);
        var globalMode = b.Enum("mode", PolicyMode.Block);
        var policy = b.Policy("policy", new PolicyOptions { Mode = globalMode });
        if (values.ContainsKey("mode") && values.ContainsKey("policy.mode") && policy.Mode != globalMode)
        {
            errors.Add(new ConfigError("policy.mode", "`mode` and `policy.mode` disagree.", "Set only one of them (they mean the same)."));
        }

        var sources = new Dictionary<string, PolicyOptions>(StringComparer.Ordinal);
        foreach (var name in b.Children("sources"))
        {
            sources[name] = b.Policy("sources." + name, policy);
        }

        var writeKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in b.Children("write_keys"))
        {
            writeKeys[key] = values["write_keys." + key].Text;
        }

        var destination = values.TryGetValue("destination", out var scalarDestination)
            ? new DestinationOptions { Url = scalarDestination.Text }
            : new DestinationOptions
            {
                Url = b.String("destination.url", ""),
                WriteKey = b.String("destination.write_key", ""),
                BatchSize = b.Int("destination.batch_size", 100),
                Timeout = b.Duration("destination.timeout", TimeSpan.FromSeconds(10)),
                Pii = values.ContainsKey("destination.pii") ? b.Enum("destination.pii", PiiMode.Keep) : null,
            };

        var destinations = b.Children("destinations").Select(name => new DestinationOptions
        {
            Name = name,
            Kind = b.Enum("destinations." + name + ".type", DestinationKind.Http),
            Url = b.String("destinations." + name + ".url", ""),
            WriteKey = b.String("destinations." + name + ".write_key", ""),
            BatchSize = b.Int("destinations." + name + ".batch_size", 100),
            Timeout = b.Duration("destinations." + name + ".timeout", TimeSpan.FromSeconds(10)),
            Subject = b.String("destinations." + name + ".subject", ""),
            Stream = b.String("destinations." + name + ".stream", ""),
            Pii = values.ContainsKey("destinations." + name + ".pii") ? b.Enum("destinations." + name + ".pii", PiiMode.Keep) : null,
        }).ToList();

        var options = new GuardOptions
        {
            HttpUrl = HttpAddress(b.String("http_addr", ":8080"), values, errors),
            ContractFile = b.String("contract_file", ""),
            StoreFile = b.String("store_file", "guard.db"),
            Destination = destination,
            WorkerCount = b.Int("worker_count", 1),
            Ready = b.Bool("ready", true),
            Durability = b.Enum("durability", Durability.Process),
            DedupeWindow = b.Duration("dedupe_window", TimeSpan.FromHours(24)),
            ShutdownTimeout = b.Duration("shutdown_timeout", TimeSpan.FromSeconds(10)),
            Policy = policy,
            Sources = sources,
            WriteKeys = writeKeys,
            Limits = new LimitsOptions
            {
                MaxBodyBytes = b.Int("limits.max_body_bytes", 512 * 1024),
                MaxEventBytes = b.Int("limits.max_event_bytes", 32 * 1024),
                MaxDepth = b.Int("limits.max_depth", 64),
                MaxBatchEvents = b.Int("limits.max_batch_events", 2500),
                MaxStoreBytes = b.Long("limits.max_store_bytes", 0),
            },
            Retry = new RetryOptions
            {
                InitialDelay = b.Duration("retry.initial_delay", TimeSpan.FromSeconds(1)),
                MaxDelay = b.Duration("retry.max_delay", TimeSpan.FromMinutes(5)),
                MaxAttempts = b.Int("retry.max_attempts", 20),
                MaxAge = b.Duration("retry.max_age", TimeSpan.FromHours(24)),
            },
            Destinations = destinations,
            Pii = new PiiOptions { Mode = b.Enum("pii.mode", PiiMode.Keep), Salt = b.String("pii.salt", "") },
            ContractPull = new ContractPullOptions
            {
                Url = b.String("contract_url", ""),
                Token = b.String("contract_token", ""),
                PollInterval = b.Duration("contract_poll_interval", TimeSpan.FromSeconds(30)),
                Timeout = b.Duration("contract_timeout", TimeSpan.FromSeconds(10)),
                KeepVersions = b.Int("contract_keep_versions", 5),
                CacheDirectory = b.String("contract_cache_dir", ""),
            },
            Push = Push.PushConfig.Bind(b),
            Tracing = Tracing.TracingConfig.Bind(b),
        };

        ReportUnknownKeys(values, errors);
        return options;
    }

    private static string HttpAddress(string text, Dictionary<string, ConfigValue> values, List<ConfigError> errors)
    {
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return text;
        }

        var colon = text.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port > 65535)
        {
            errors.Add(new ConfigError("http_addr", $"'{text}' is not host:port ({values.GetValueOrDefault("http_addr")?.Origin}).",
                "Write \":8080\" (every interface) or \"127.0.0.1:8080\"."));
            return "http://0.0.0.0:8080";
        }

        var host = colon == 0 ? "0.0.0.0" : text[..colon];
        return $"http://{host}:{port.ToString(CultureInfo.InvariantCulture)}";
    }

    private static void ReportUnknownKeys(Dictionary<string, ConfigValue> values, List<ConfigError> errors)
    {
        foreach (var (path, value) in values)
        {
            var parts = path.Split('.');
            string[]? known = parts[0] switch
            {
                _ when !s_topKeys.Contains(parts[0]) => s_topKeys,
                "policy" => parts.Length == 2 ? Check(parts[1], s_policyKeys) : s_policyKeys,
                "sources" => parts.Length == 3 ? Check(parts[2], s_policyKeys) : s_policyKeys,
                "write_keys" => parts.Length == 2 ? null : [],
                "destination" => parts.Length == 1 || (parts.Length == 2 && s_destinationKeys.Contains(parts[1])) ? null : s_destinationKeys,
                "limits" => parts.Length == 2 ? Check(parts[1], s_limitKeys) : s_limitKeys,
                "retry" => parts.Length == 2 ? Check(parts[1], s_retryKeys) : s_retryKeys,
                "destinations" => parts.Length == 3 ? Check(parts[2], s_namedDestinationKeys) : s_namedDestinationKeys,
                "pii" => parts.Length == 2 ? Check(parts[1], s_piiKeys) : s_piiKeys,
                "push" => parts.Length == 2 ? Check(parts[1], Push.PushConfig.Keys) : Push.PushConfig.Keys,
                "tracing" => parts.Length == 2 ? Check(parts[1], Tracing.TracingConfig.Keys) : Tracing.TracingConfig.Keys,
                _ => parts.Length == 1 ? null : [],
            };
            if (known is null)
            {
                continue;
            }

            var last = parts.Length == 1 || !s_topKeys.Contains(parts[0]) ? parts[0] : parts[^1];
            var suggestion = known.OrderBy(k => EditDistance(k, last)).FirstOrDefault(k => EditDistance(k, last) <= 2);
            var fix = known.Length == 0
                ? "Remove the nesting: this key takes a single value."
                : suggestion is not null ? $"Did you mean '{suggestion}'? Known keys here: {string.Join(", ", known)}." : $"Known keys here: {string.Join(", ", known)}.";
            errors.Add(new ConfigError(path, $"Unknown key ({value.Origin}).", fix));
        }
    }

    private static string[]? Check(string key, string[] known) => known.Contains(key) ? null : known;

    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }

        return d[a.Length, b.Length];
    }
}
