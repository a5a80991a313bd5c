using System.Buffers;
using System.Text.Json;
using System.Text.Unicode;

namespace Trackboard.Contracts.Loading;

/// <summary>
/// Parses JSON into <see cref="SourceNode"/>s with line and column. Nesting is limited to
/// <see cref="MaxDepth"/> levels before recursing, so a deep or huge file fails with a diagnostic
/// instead of a stack overflow, and the work stays linear in the file size.
/// </summary>
internal sealed class SourceParser
{
    public const int MaxDepth = 64;

    // Strings up to this many UTF-16 units are interned per document: keys and enum-like values repeat
    // thousands of times in a large plan.
    private const int MaxInternedLength = 64;

    private readonly LineMap _lines;
    private readonly List<ContractDiagnostic> _diagnostics;
    private readonly List<SourceMember> _memberStack = [];
    private readonly List<SourceNode> _itemStack = [];
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stringLookup;

    private SourceParser(LineMap lines, List<ContractDiagnostic> diagnostics)
    {
        _lines = lines;
        _diagnostics = diagnostics;
        _stringLookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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

        if (IsBlank(utf8))
        {
            diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidJson, "$", 1, 1, "The file is empty; a contract is a JSON object."));
            return null;
        }

        var parser = new SourceParser(lines, diagnostics);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth + 2, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Read();
            var root = parser.ReadValue(ref reader, utf8);
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
            // The reader counts lines by '\n' and positions in bytes; diagnostics use code points.
            var offset = lines.Offset((int)(ex.LineNumber ?? 0), ex.BytePositionInLine ?? 0);
            var (line, column) = lines.Locate(utf8, offset);
            var message = IsBlank(utf8[(int)Math.Min(offset, utf8.Length)..])
                ? $"The file ends at line {line}, column {column} before the JSON document is complete; it is truncated or half-written."
                : $"Not valid JSON at line {line}, column {column}: {FirstSentence(ex.Message)}";
            diagnostics.Add(ContractDiagnostic.Error(ContractErrorCodes.InvalidJson, "$", line, column, message));
            return null;
        }
    }

    private SourceNode? ReadValue(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8)
    {
        var (line, column) = _lines.Locate(utf8, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            case JsonTokenType.StartArray:
                if (reader.CurrentDepth >= MaxDepth)
                {
                    Error(line, column, ContractErrorCodes.MaxDepthExceeded, $"JSON nesting is deeper than {MaxDepth} levels.");
                    return null;
                }

                return reader.TokenType == JsonTokenType.StartObject
                    ? ReadObject(ref reader, utf8, line, column)
                    : ReadArray(ref reader, utf8, line, column);
            case JsonTokenType.String:
                var text = ReadString(ref reader, line, column);
                return text is null ? null : new SourceNode { Kind = SourceKind.String, Line = line, Column = column, Text = text };
            case JsonTokenType.Number:
                var raw = reader.ValueSpan.ToArray();
                long? integer = reader.TryGetInt64(out var i) ? i : Model.NumberRules.TryGetIntegerLiteral(raw, out var exact, out _) ? exact : null;
                if (!reader.TryGetDouble(out var d) || !double.IsFinite(d))
                {
                    Error(line, column, ContractErrorCodes.InvalidJson,
                        $"The number {System.Text.Encoding.UTF8.GetString(raw)} is outside the range of a 64-bit floating-point number.");
                    return null;
                }

                return new SourceNode { Kind = SourceKind.Number, Line = line, Column = column, NumberValue = new SourceNumber(d, integer, raw) };
            case JsonTokenType.True:
                return new SourceNode { Kind = SourceKind.True, Line = line, Column = column };
            case JsonTokenType.False:
                return new SourceNode { Kind = SourceKind.False, Line = line, Column = column };
            default:
                return new SourceNode { Kind = SourceKind.Null, Line = line, Column = column };
        }
    }

    // Members and items collect on shared stacks and are copied into exact-size arrays when their
    // container closes: no list growth per object.
    private SourceNode? ReadObject(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int line, int column)
    {
        var start = _memberStack.Count;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var (keyLine, keyColumn) = _lines.Locate(utf8, reader.TokenStartIndex);
            var key = ReadString(ref reader, keyLine, keyColumn);
            if (key is null)
            {
                return null;
            }

            reader.Read();
            var value = ReadValue(ref reader, utf8);
            if (value is null)
            {
                return null;
            }

            _memberStack.Add(new SourceMember(key, value, keyLine, keyColumn));
        }

        var members = new SourceMember[_memberStack.Count - start];
        _memberStack.CopyTo(start, members, 0, members.Length);
        _memberStack.RemoveRange(start, members.Length);
        return new SourceNode { Kind = SourceKind.Object, Line = line, Column = column, Members = members };
    }

    private SourceNode? ReadArray(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8, int line, int column)
    {
        var start = _itemStack.Count;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var value = ReadValue(ref reader, utf8);
            if (value is null)
            {
                return null;
            }

            _itemStack.Add(value);
        }

        var items = new SourceNode[_itemStack.Count - start];
        _itemStack.CopyTo(start, items, 0, items.Length);
        _itemStack.RemoveRange(start, items.Length);
        return new SourceNode { Kind = SourceKind.Array, Line = line, Column = column, Items = items };
    }

    private string? ReadString(ref Utf8JsonReader reader, int line, int column)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length <= MaxInternedLength)
        {
            Span<char> buffer = stackalloc char[MaxInternedLength];
            int written;
            try
            {
                written = reader.CopyString(buffer);
            }
            catch (InvalidOperationException)
            {
                return UnpairedSurrogate(line, column);
            }

            var chars = buffer[..written];
            if (_stringLookup.TryGetValue(chars, out var existing))
            {
                return existing;
            }

            var text = new string(chars);
            _strings.Add(text);
            return text;
        }

        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return UnpairedSurrogate(line, column);
        }
    }

    // The reader accepts \u escapes of unpaired surrogates but cannot turn them into a string.
    private string? UnpairedSurrogate(int line, int column)
    {
        Error(line, column, ContractErrorCodes.InvalidJson,
            "A string contains a \\u escape of an unpaired UTF-16 surrogate, which is not text; remove or fix the escape.");
        return null;
    }

    private void Error(int line, int column, string code, string message) =>
        _diagnostics.Add(ContractDiagnostic.Error(code, "$", line, column, message));

    private static bool IsBlank(ReadOnlySpan<byte> utf8) => utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0;

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
}
