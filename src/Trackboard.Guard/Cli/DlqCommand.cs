using System.CommandLine;
using System.Globalization;
using Trackboard.Guard.Replay;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Cli;

/// <summary><c>trackboard-guard dlq list|export --format ndjson</c>.</summary>
internal sealed class DlqCommand : Command
{
    public DlqCommand()
        : base("dlq", "Inspect the dead-letter queue.")
    {
        var listConfig = CliOptions.Config();
        var list = new Command("list", "One line per DLQ row: id, kind, received, source, event, reasons, messageId.") { listConfig };
        list.SetAction(parse =>
        {
            var options = CliOptions.Load(parse.GetValue(listConfig)!, Console.Error);
            if (options is null)
            {
                return ExitCodes.ConfigInvalid;
            }

            using var connection = StoreSchema.Open(options.StoreFile, options.Durability);
            var rows = DlqReader.Read(connection, new DlqFilter(PendingOnly: false));
            foreach (var row in rows)
            {
                var received = DateTimeOffset.FromUnixTimeMilliseconds(row.ReceivedAt).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
                var state = row.Forwarded ? "forwarded" : row.ReplayedAt is null ? "pending" : "replayed";
                Console.Out.WriteLine($"{row.Id}\t{row.Kind}\t{state}\t{received}\t{row.Source}\t{row.EventName}\t{row.Reasons}\t{row.MessageId}");
            }

            Console.Error.WriteLine($"{rows.Count} DLQ row(s).");
            return ExitCodes.Success;
        });

        var exportConfig = CliOptions.Config();
        var format = new Option<string>("--format") { Description = "Output format.", DefaultValueFactory = _ => "ndjson" };
        format.AcceptOnlyFromAmong("ndjson");
        var export = new Command("export", "Write every DLQ row as NDJSON to stdout.") { exportConfig, format };
        export.SetAction(parse =>
        {
            var options = CliOptions.Load(parse.GetValue(exportConfig)!, Console.Error);
            if (options is null)
            {
                return ExitCodes.ConfigInvalid;
            }

            using var connection = StoreSchema.Open(options.StoreFile, options.Durability);
            using var stdout = Console.OpenStandardOutput();
            var count = DlqExporter.Export(connection, new DlqFilter(PendingOnly: false), stdout);
            Console.Error.WriteLine($"{count} DLQ row(s) exported.");
            return ExitCodes.Success;
        });

        Subcommands.Add(list);
        Subcommands.Add(export);
    }
}
