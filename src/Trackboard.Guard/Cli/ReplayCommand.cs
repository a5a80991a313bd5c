using System.CommandLine;
using System.Globalization;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.ContractSource;
using Trackboard.Guard.Metrics;
using Trackboard.Guard.Policy;
using Trackboard.Guard.Replay;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Cli;

/// <summary><c>trackboard-guard replay [--dry-run] [--limit N] [--since T] [--event E]</c>.</summary>
internal sealed class ReplayCommand : Command
{
    public ReplayCommand()
        : base("replay", "Re-validate DLQ rows against the current contract and queue the ones that now pass (once).")
    {
        var config = CliOptions.Config();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be queued; change nothing." };
        var limit = new Option<int?>("--limit") { Description = "Look at no more than N rows." };
        var since = new Option<string?>("--since") { Description = "Only rows received at or after this RFC 3339 time, or this long ago (24h)." };
        var eventName = new Option<string?>("--event") { Description = "Only rows of this event." };
        Options.Add(config);
        Options.Add(dryRun);
        Options.Add(limit);
        Options.Add(since);
        Options.Add(eventName);
        SetAction(parse =>
        {
            var options = CliOptions.Load(parse.GetValue(config)!, Console.Error);
            if (options is null)
            {
                return ExitCodes.ConfigInvalid;
            }

            DateTimeOffset? sinceTime = null;
            if (parse.GetValue(since) is { } sinceText)
            {
                if (DateTimeOffset.TryParse(sinceText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                {
                    sinceTime = at;
                }
                else if (Durations.TryParse(sinceText, out var ago))
                {
                    sinceTime = TimeProvider.System.GetUtcNow() - ago;
                }
                else
                {
                    Console.Error.WriteLine($"--since: '{sinceText}' is neither an RFC 3339 time nor a duration such as 24h.");
                    return ExitCodes.UsageError;
                }
            }

            var (contract, error) = options.ContractPull.Enabled ? ContractCache.For(options).Latest() : ContractHolder.TryLoad(options.ContractFile);
            if (contract is null)
            {
                Console.Error.WriteLine($"contract_file: {options.ContractFile} cannot be loaded: {error}");
                return ExitCodes.ContractInvalid;
            }

            using var connection = StoreSchema.Open(options.StoreFile, options.Durability);
            var runner = new ReplayRunner(options, contract, new EventProcessor(new GuardMetrics(), new Fanout(options)), TimeProvider.System);
            var dry = parse.GetValue(dryRun);
            var result = runner.Run(connection, new DlqFilter(true, sinceTime, parse.GetValue(eventName), parse.GetValue(limit)), dry, Console.Out);
            Console.Error.WriteLine($"replay{(dry ? " (dry run)" : "")}: {result.Queued} {(dry ? "would be queued" : "queued")}, " +
                $"{result.StillInvalid} still invalid, {result.Corrupt} corrupt (skipped), {result.AlreadyForwarded} warn-mode rows already forwarded (never re-sent); contract {contract.Version}.");
            return ExitCodes.Success;
        });
    }
}
