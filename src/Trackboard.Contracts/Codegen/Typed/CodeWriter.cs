using System.Text;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>Writes generated source: LF line endings, no trailing spaces, UTF-8 without a byte order mark.</summary>
internal sealed class CodeWriter(string indentUnit)
{
    private readonly StringBuilder _text = new();
    private int _depth;

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
