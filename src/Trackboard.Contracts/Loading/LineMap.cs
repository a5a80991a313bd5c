namespace Trackboard.Contracts.Loading;

/// <summary>Maps byte offsets of a UTF-8 document to 1-based lines and code-point columns.</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];
    private int _lastLine = -1;
    private long _lastOffset;
    private int _lastColumn;

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

    /// <summary>The byte offset of a 0-based line (lines end at '\n') and a byte position in it.</summary>
    public long Offset(int lineIndex, long bytePositionInLine) =>
        _lineStarts[Math.Clamp(lineIndex, 0, _lineStarts.Count - 1)] + bytePositionInLine;

    /// <summary>
    /// The line and column of a byte offset. Tokens arrive in file order, so counting resumes from the
    /// previous offset when it is on the same line: a 50 MB single-line file stays linear.
    /// </summary>
    public (int Line, int Column) Locate(ReadOnlySpan<byte> utf8, long offset)
    {
        offset = Math.Min(offset, utf8.Length);
        int lineIndex;
        if (_lastLine >= 0 && offset >= _lastOffset
            && (_lastLine == _lineStarts.Count - 1 || offset < _lineStarts[_lastLine + 1]))
        {
            lineIndex = _lastLine;
        }
        else
        {
            var position = _lineStarts.BinarySearch((int)offset);
            lineIndex = position >= 0 ? position : ~position - 1;
        }

        long from = _lineStarts[lineIndex];
        var column = 1;
        if (lineIndex == _lastLine && offset >= _lastOffset)
        {
            from = _lastOffset;
            column = _lastColumn;
        }

        // Every byte that is not a UTF-8 continuation byte starts a code point.
        var prefix = utf8[(int)from..(int)offset];
        column += prefix.Length - CountContinuationBytes(prefix);
        _lastLine = lineIndex;
        _lastOffset = offset;
        _lastColumn = column;
        return (lineIndex + 1, column);
    }

    private static int CountContinuationBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if ((b & 0xC0) == 0x80)
            {
                count++;
            }
        }

        return count;
    }
}
