using System.Text;

namespace Trackboard.Contracts.Codegen;

/// <summary>A code writer's text and its current indentation, for <see cref="IndentedLine"/>.</summary>
internal interface IIndentedText
{
    /// <summary>The text written so far.</summary>
    StringBuilder Text { get; }

    /// <summary>Appends the current indentation.</summary>
    void WriteIndent();
}
