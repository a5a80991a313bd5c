using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Trackboard.Cli.Status;

/// <summary>Finds calls of helper names in C# with Roslyn's parser: every invocation whose method name is a helper.</summary>
internal static class CSharpCallSites
{
    /// <summary>Each call: the helper name, and its 1-based line and column.</summary>
    public static IReadOnlyList<(string Name, int Line, int Column)> Find(string text, IReadOnlySet<string> helpers)
    {
        var root = CSharpSyntaxTree.ParseText(text).GetRoot();
        var calls = new List<(string, int, int)>();
        foreach (var invocation in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var name = invocation.Expression switch
            {
                SimpleNameSyntax simple => simple.Identifier,
                MemberAccessExpressionSyntax member => member.Name.Identifier,
                MemberBindingExpressionSyntax binding => binding.Name.Identifier,
                _ => default,
            };
            if (name.RawKind != 0 && helpers.Contains(name.ValueText))
            {
                var start = name.GetLocation().GetLineSpan().StartLinePosition;
                calls.Add((name.ValueText, start.Line + 1, start.Character + 1));
            }
        }

        return calls;
    }
}
