using System.Text;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>Builds a generated file: LF line endings, a fixed indent unit, UTF-8 without BOM, one final newline.</summary>
internal sealed class CodeWriter(string indentUnit)
{
    private readonly StringBuilder _text = new();
    private int _depth;

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

    /// <summary>The file's bytes; trailing blank lines collapse into one final newline.</summary>
    public byte[] ToBytes()
    {
        var text = _text.ToString().TrimEnd('\n') + "\n";
        return Encoding.UTF8.GetBytes(text);
    }
}
