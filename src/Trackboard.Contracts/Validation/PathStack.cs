using System.Text;

namespace Trackboard.Contracts.Validation;

/// <summary>
/// The path of the value being checked, kept as frames so a valid event never builds a path string.
/// One instance per thread; the walkers push and pop around every nested value.
/// </summary>
internal sealed class PathStack
{
    [ThreadStatic]
    private static PathStack? t_current;

    private readonly string?[] _names = new string?[SourceDepthLimit + 2];
    private readonly int[] _indexes = new int[SourceDepthLimit + 2];

    public const int SourceDepthLimit = 64;

    public static PathStack Rent(string root)
    {
        var stack = t_current ??= new PathStack();
        stack.Root = root;
        stack.Depth = 0;
        return stack;
    }

    public string Root { get; private set; } = "properties";

    public int Depth { get; private set; }

    public void PushName(string name)
    {
        _names[Depth] = name;
        Depth++;
    }

    public void PushIndex(int index)
    {
        _names[Depth] = null;
        _indexes[Depth] = index;
        Depth++;
    }

    public void Pop() => Depth--;

    /// <summary>The full path, such as <c>properties.cart.items[2].sku</c>.</summary>
    public string FullPath() => Build(includeRoot: true);

    /// <summary>The path below the root, such as <c>cart.items[2].sku</c>.</summary>
    public string PropertyPath() => Build(includeRoot: false);

    private string Build(bool includeRoot)
    {
        var builder = new StringBuilder(64);
        if (includeRoot)
        {
            builder.Append(Root);
        }

        for (var i = 0; i < Depth; i++)
        {
            if (_names[i] is { } name)
            {
                AppendName(builder, name);
            }
            else
            {
                builder.Append('[').Append(_indexes[i]).Append(']');
            }
        }

        return builder.ToString();
    }

    internal static void AppendName(StringBuilder builder, string name)
    {
        if (name.Length == 0 || name.AsSpan().IndexOfAny(".[]'") >= 0)
        {
            builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
            return;
        }

        if (builder.Length > 0)
        {
            builder.Append('.');
        }

        builder.Append(name);
    }
}
