using System.Runtime.CompilerServices;
using System.Text;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>Builds a generated file: LF line endings, a fixed indent unit, UTF-8 without BOM, one final newline.</summary>
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

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            for (var i = 0; i < _depth; i++)
            {
                _text.Append(indentUnit);
            }

            _text.Append(line);
        }

        _text.Append('\n');
        return this;
    }

    public CodeWriter Indent()
    {
        _depth++;
        return this;
    }

    public CodeWriter Dedent()
    {
        _depth--;
        return this;
    }

    /// <summary>The current end, to insert text there later (<see cref="InsertAt"/>).</summary>
    public int Mark => _text.Length;

    /// <summary>Inserts finished lines at a <see cref="Mark"/>, such as imports known only once the body is written.</summary>
    public void InsertAt(int mark, CodeWriter lines) => _text.Insert(mark, lines._text.ToString());

    /// <summary>The file's bytes; trailing blank lines collapse into one final newline.</summary>
    public byte[] ToBytes()
    {
        while (_text.Length > 0 && _text[^1] == '\n')
        {
            _text.Length--;
        }

        _text.Append('\n');
        return Utf8Text.Encode(_text);
    }
}
