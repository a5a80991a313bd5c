using Trackboard.Contracts.Model;
using static Trackboard.Contracts.Import.CsvColumns;

namespace Trackboard.Contracts.Import;

/// <summary>Imports the one-row-per-property CSV template of docs/import-csv.md.</summary>
public static class CsvImporter
{
    /// <summary>Imports the CSV text; each row that cannot be imported is a problem at <c>line N</c> and the rest still imports.</summary>
    /// <param name="text">The whole CSV file.</param>
    /// <param name="metadata">The contract to fill with the imported events.</param>
    public static ImportResult Import(string text, Contract metadata)
    {
        var problems = new List<ImportProblem>();
        var records = CsvParser.Parse(text, problems);
        if (records.Count == 0)
        {
            problems.Add(new ImportProblem("line 1", $"the file is empty; the first line must name the columns, at least {string.Join(", ", Mandatory)}."));
            return new ImportResult(metadata, problems);
        }

        var header = records[0].Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!All.Contains(header[i]))
            {
                problems.Add(new ImportProblem("line 1", $"unknown column '{header[i]}'; the columns are {string.Join(", ", All)}."));
            }
            else if (!columns.TryAdd(header[i], i))
            {
                problems.Add(new ImportProblem("line 1", $"column '{header[i]}' appears twice."));
            }
        }

        var missing = Mandatory.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new ImportProblem("line 1", $"missing column(s) {string.Join(", ", missing)}; the header needs at least {string.Join(", ", Mandatory)}."));
            return new ImportResult(metadata, problems);
        }

        var events = new List<CsvEventBuilder>();
        foreach (var record in records.Skip(1))
        {
            var errors = new List<string>();
            var row = new CsvRow(record, columns, header.Count, errors);
            CsvRowReader.Apply(row, events, errors);
            problems.AddRange(errors.Select(e => new ImportProblem($"line {record.Line}", e)));
        }

        return new ImportResult(metadata with { Events = [.. events.Select(e => e.Build())] }, problems);
    }
}
