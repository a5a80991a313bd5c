using System.Runtime.CompilerServices;
using System.Text;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>Writes generated source: LF line endings, no trailing spaces, UTF-8 without a byte order mark.</summary>
internal sealed class CodeWriter(string indentUnit, int capacity = 16) : IIndentedText
{
    private readonly StringBuilder _text = new(capacity);
    private int _depth;

    StringBuilder IIndentedText.Text => _text;

    /// <summary>Writes one interpolated line at the current indentation, formatted straight into the text.</summary>
    public CodeWriter Line([InterpolatedStringHandlerArgument("")] ref IndentedLine line)
    {
        if (_text.Length == line.ContentStart)
        {
            // Nothing was written: an empty line has no indentation.
            _text.Length = line.Start;
        }

        _text.Append('\n');
        return this;
    }

    void IIndentedText.WriteIndent()
    {
        for (var i = 0; i < _depth; i++)
        {
            _text.Append(indentUnit);
        }
    }

    /// <summary>Writes an interpolated line and indents the lines after it.</summary>
    public CodeWriter Open([InterpolatedStringHandlerArgument("")] ref IndentedLine line)
    {
        Line(ref line);
        _depth++;
        return this;
    }

    /// <summary>Writes one line at the current indentation; an empty line has no indentation.</summary>
    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(indentUnit);
            }

            _text.Append(text);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes a line and indents the lines after it.</summary>
    public CodeWriter Open(string text)
    {
        Line(text);
        _depth++;
        return this;
    }

    /// <summary>Outdents, then writes a line.</summary>
    public CodeWriter Close(string text)
    {
        _depth--;
        Line(text);
        return this;
    }

    /// <summary>Indents the lines after this call.</summary>
    public CodeWriter Indent()
    {
        _depth++;
        return this;
    }

    /// <summary>Outdents the lines after this call.</summary>
    public CodeWriter Outdent()
    {
        _depth--;
        return this;
    }

    public byte[] ToBytes() => Utf8Text.Encode(_text);

    public override string ToString() => _text.ToString();
}
