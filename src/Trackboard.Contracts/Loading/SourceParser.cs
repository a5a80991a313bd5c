using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Trackboard.Contracts.Loading;

/// <summary>
/// Parses JSON into <see cref="SourceNode"/>s with line and column, iteratively enough that a deep or
/// huge file fails with a diagnostic instead of a stack overflow.
/// </summary>
internal static class SourceParser
{
    public const int MaxDepth = 64;

    public static SourceNode? Parse(ReadOnlySpan<byte> utf8, List<ContractDiagnostic> diagnostics)
    {
        if (utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            utf8 = utf8[3..];
        }

        var lines = new LineMap(utf8);
        if (!Utf8.IsValid(utf8))
        {
            var offset = FirstInvalidUtf8(utf8);
            var (line, column) = lines.Locate(utf8, offset);
            diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidUtf8, "$", line, column,
                $"The file is not valid UTF-8 (byte offset {offset}). Save it as UTF-8."));
            return null;
        }

        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            if (!reader.Read())
            {
                diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidJson, "$", 1, 1, "The file is empty; a contract is a JSON object."));
                return null;
            }

            var root = ReadValue(ref reader, utf8, lines, diagnostics);
            if (root is not null && reader.Read())
            {
                var (line, column) = lines.Locate(utf8, reader.TokenStartIndex);
                diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidJson, "$", line, column, "Unexpected data after the end of the JSON document."));
                return null;
            }

            return root;
        }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            var column = (int)(ex.BytePositionInLine ?? 0) + 1;
            diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidJson, "$", line, column,
                $"Not valid JSON at line {line}, column {column}: {FirstSentence(ex.Message)}"));
            return null;
        }
    }

    private static SourceNode? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, LineMap lines, List<ContractDiagnostic> diagnostics)
    {
        var (line, column) = lines.Locate(utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                if (reader.CurrentDepth >= MaxDepth)
                {
                    diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.MaxDepthExceeded, "$", line, column,
                        $"JSON nesting is deeper than {MaxDepth} levels."));
                    return null;
                }

                return reader.TokenType == JsonTokenType.StartObject
                    ? ReadObject(ref reader, utf8, lines, diagnostics, line, column)
                    : ReadArray(ref reader, utf8, lines, diagnostics, line, column);
            case JsonTokenType.String:
                return new SourceNode { Kind = SourceKind.String, Line = line, Column = column, Text = reader.GetString() };
            case JsonTokenType.Number:
                var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray();
                long? integer = reader.TryGetInt64(out var i) ? i : Model.NumberRules.TryGetIntegerLiteral(raw, out var exact, out _) ? exact : null;
                if (!reader.TryGetDouble(out var d) || !double.IsFinite(d))
                {
                    diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidJson, "$", line, column, "A number is too large to represent."));
                    return null;
                }

                return new SourceNode { Kind = SourceKind.Number, Line = line, Column = column, Number = d, Integer = integer, RawNumber = raw };
            case JsonTokenType.True:
                return new SourceNode { Kind = SourceKind.True, Line = line, Column = column };
            case JsonTokenType.False:
                return new SourceNode { Kind = SourceKind.False, Line = line, Column = column };
            default:
                return new SourceNode { Kind = SourceKind.Null, Line = line, Column = column };
        }
    }

    private static SourceNode? ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, LineMap lines, List<ContractDiagnostic> diagnostics, int line, int column)
    {
        var members = new List<SourceMember>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (keyLine, keyColumn) = lines.Locate(utf8, reader.TokenStartIndex);
            var key = reader.GetString()!;
            reader.Read();
            var value = ReadValue(ref reader, utf8, lines, diagnostics);
            if (value is null)
            {
                return null;
            }

            members.Add(new SourceMember(key, value, keyLine, keyColumn));
        }

        return new SourceNode { Kind = SourceKind.Object, Line = line, Column = column, Members = members };
    }

    private static SourceNode? ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, LineMap lines, List<ContractDiagnostic> diagnostics, int line, int column)
    {
        var items = new List<SourceNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var value = ReadValue(ref reader, utf8, lines, diagnostics);
            if (value is null)
            {
                return null;
            }

            items.Add(value);
        }

        return new SourceNode { Kind = SourceKind.Array, Line = line, Column = column, Items = items };
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var buffer = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long offset = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(utf8, buffer, out var read, out _, replaceInvalidSequences: false);
                offset += read;
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return offset;
                }

                utf8 = utf8[read..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return end > 0 ? message[..end].TrimEnd() : message;
    }

    /// <summary>Maps byte offsets to 1-based line and code-point column.</summary>
    private sealed class LineMap
    {
        private readonly List<int> _lineStarts = [0];

        public LineMap(ReadOnlySpan<byte> utf8)
        {
            var start = 0;
            int index;
            while ((index = utf8[start..].IndexOf((byte)'\n')) >= 0)
            {
                start += index + 1;
                _lineStarts.Add(start);
            }
        }

        private int _lastLine = -1;
        private long _lastOffset;
        private int _lastColumn;

        // Tokens arrive in file order, so counting resumes from the previous token on the same line;
        // a 50 MB single-line file stays linear.
        public (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, long offset)
        {
            var position = _lineStarts.BinarySearch((int)offset);
            var lineIndex = position >= 0 ? position : ~position - 1;
            long from = _lineStarts[lineIndex];
            var column = 1;
            if (lineIndex == _lastLine && offset >= _lastOffset)
            {
                from = _lastOffset;
                column = _lastColumn;
            }

            var prefix = utf8[(int)from..(int)Math.Min(offset, utf8.Length)];
            foreach (var b in prefix)
            {
                if ((b & 0xC0) != 0x80)
                {
                    column++;
                }
            }

            _lastLine = lineIndex;
            _lastOffset = offset;
            _lastColumn = column;
            return (lineIndex + 1, column);
        }
    }
}
