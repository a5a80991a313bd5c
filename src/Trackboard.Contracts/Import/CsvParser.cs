using System.Text;

namespace Trackboard.Contracts.Import;

/// <summary>
/// RFC 4180 CSV: comma-separated, fields in double quotes may hold commas, quotes (doubled) and line
/// breaks. Each record keeps the line it starts on, so problems can name it.
/// </summary>
internal static class CsvParser
{
    public static List<CsvRecord> Parse(string text, List<ImportProblem> problems)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        long line = 1;
        long recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    Emit(records, recordLine, fields);
                    field.Clear();
                    fields = [];
                    wasQuoted = false;
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (quoted)
        {
            problems.Add(new ImportProblem($"line {recordLine}", "a quoted field is not closed; add the closing double quote."));
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            Emit(records, recordLine, fields);
        }

        return records;
    }

    // Blank lines are skipped.
    private static void Emit(List<CsvRecord> records, long line, List<string> fields)
    {
        if (fields.Count == 1 && fields[0].Length == 0)
        {
            return;
        }

        records.Add(new CsvRecord(line, fields));
    }
}
