using System.Runtime.CompilerServices;
using System.Text;

namespace Trackboard.Contracts.Codegen;

/// <summary>
/// Lets a code writer's <c>Line($"...")</c> format straight into its text, after the indentation, instead of
/// building each line as a string first (generated code runs to tens of megabytes per codegen run). The writer
/// takes the indentation back when the line came out empty, so an empty line stays unindented as before.
/// Formatting is the one string interpolation uses (<see cref="StringBuilder.AppendInterpolatedStringHandler"/>).
/// </summary>
[InterpolatedStringHandler]
internal ref struct IndentedLine
{
    private StringBuilder.AppendInterpolatedStringHandler _inner;

    public IndentedLine(int literalLength, int formattedCount, IIndentedText writer)
    {
        var text = writer.Text;
        Start = text.Length;
        writer.WriteIndent();
        ContentStart = text.Length;
        _inner = new StringBuilder.AppendInterpolatedStringHandler(literalLength, formattedCount, text);
    }

    /// <summary>Where the line (its indentation) starts.</summary>
    public int Start { get; }

    /// <summary>Where the line's text starts, after the indentation.</summary>
    public int ContentStart { get; }

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

    public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

    public void AppendFormatted<T>(T value, int alignment) => _inner.AppendFormatted(value, alignment);

    public void AppendFormatted<T>(T value, int alignment, string? format) => _inner.AppendFormatted(value, alignment, format);

    public void AppendFormatted(ReadOnlySpan<char> value) => _inner.AppendFormatted(value);

    public void AppendFormatted(string? value) => _inner.AppendFormatted(value);
}
