namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>Checks a namespace or package name from <see cref="CodegenOptions.Namespace"/> before it is emitted.</summary>
internal static class TypedNamespace
{
    /// <summary>The dotted name when every segment is a legal, unreserved identifier.</summary>
    /// <exception cref="CodegenException">A segment is empty, not an identifier or a reserved word.</exception>
    public static string Check(string name, TargetNaming naming)
    {
        foreach (var segment in name.Split('.'))
        {
            var legal = segment.Length > 0
                && (char.IsAsciiLetter(segment[0]) || segment[0] == '_')
                && segment.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
                && !naming.ReservedWords.Contains(segment);
            if (!legal)
            {
                throw new CodegenException(CodegenException.InvalidIdentifier, naming.Target, [name],
                    $"The namespace \"{name}\" is not a legal {naming.Target} name: \"{segment}\" must be an ASCII identifier and not a reserved word.");
            }
        }

        return name;
    }
}
