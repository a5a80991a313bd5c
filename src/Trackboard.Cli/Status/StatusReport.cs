using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Status;

/// <summary>
/// Per event of the contract (ordinal order): its status in the contract and its call sites. An active event
/// without a call site is missing; planned and deprecated events without one are expected.
/// </summary>
internal sealed class StatusReport(Contract contract, StatusScan scan)
{
    private readonly ILookup<string, CallSite> _sites = scan.CallSites
        .OrderBy(s => s.File, StringComparer.Ordinal).ThenBy(s => s.Line).ThenBy(s => s.Column)
        .ToLookup(s => s.Event, StringComparer.Ordinal);

    private IEnumerable<EventDefinition> Events => contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal);

    public IReadOnlyList<string> Missing =>
        [.. Events.Where(e => e.Status == EventStatus.Active && !_sites.Contains(e.EventName)).Select(e => e.EventName)];

    public string ToText()
    {
        var rows = new List<string[]> { new[] { "EVENT", "STATUS", "CALLS", "RESULT" } };
        foreach (var e in Events)
        {
            var sites = _sites[e.EventName].ToList();
            var result = sites.Count > 0
                ? $"{sites[0].File}:{sites[0].Line}:{sites[0].Column}" + (sites.Count > 1 ? $" (+{sites.Count - 1} more)" : "")
                : e.Status == EventStatus.Active ? "MISSING" : "not called (" + StatusName(e.Status) + ")";
            rows.Add([e.EventName, StatusName(e.Status), sites.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), result]);
        }

        var widths = Enumerable.Range(0, 3).Select(i => rows.Max(r => r[i].Length)).ToList();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            text.Append(row[0].PadRight(widths[0] + 2)).Append(row[1].PadRight(widths[1] + 2)).Append(row[2].PadRight(widths[2] + 2)).Append(row[3]).Append('\n');
        }

        return text.ToString();
    }

    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("events");
            foreach (var e in Events)
            {
                var sites = _sites[e.EventName].ToList();
                writer.WriteStartObject();
                writer.WriteString("event", e.EventName);
                writer.WriteString("status", StatusName(e.Status));
                writer.WriteBoolean("implemented", sites.Count > 0);
                writer.WriteBoolean("missing", sites.Count == 0 && e.Status == EventStatus.Active);
                writer.WriteStartArray("call_sites");
                foreach (var site in sites)
                {
                    writer.WriteStartObject();
                    writer.WriteString("file", site.File);
                    writer.WriteNumber("line", site.Line);
                    writer.WriteNumber("column", site.Column);
                    writer.WriteString("helper", site.Helper);
                    writer.WriteString("language", site.Language);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("summary");
            writer.WriteNumber("events", contract.Events.Count);
            writer.WriteNumber("implemented", Events.Count(e => _sites.Contains(e.EventName)));
            writer.WriteNumber("missing", Missing.Count);
            writer.WriteNumber("call_sites", scan.CallSites.Count);
            writer.WriteNumber("files_scanned", scan.FilesScanned);
            writer.WriteNumber("generated_files_skipped", scan.GeneratedFilesSkipped);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string StatusName(EventStatus status) => status switch
    {
        EventStatus.Deprecated => "deprecated",
        EventStatus.Planned => "planned",
        _ => "active",
    };
}
