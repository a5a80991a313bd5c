namespace Trackboard.Contracts.Import;

/// <summary>A data row with cells looked up by column name (absent columns read as empty).</summary>
internal sealed class CsvRow
{
    private readonly CsvRecord _record;
    private readonly Dictionary<string, int> _columns;

    public CsvRow(CsvRecord record, Dictionary<string, int> columns, int width, List<string> errors)
    {
        _record = record;
        _columns = columns;
        if (record.Fields.Count != width)
        {
            errors.Add($"the row has {record.Fields.Count} field(s) but the header has {width}; quote cells that contain commas.");
        }
    }

    public long Line => _record.Line;

    public string this[string column] =>
        _columns.TryGetValue(column, out var index) && index < _record.Fields.Count ? _record.Fields[index] : "";
}
