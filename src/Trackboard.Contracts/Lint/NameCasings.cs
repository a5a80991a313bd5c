namespace Trackboard.Contracts.Lint;

/// <summary>The names of <see cref="NameCasing"/> values as written in reports and <c>trackboard.yaml</c>.</summary>
public static class NameCasings
{
    /// <summary>Every casing, in the order that breaks ties when detecting a plan's casing.</summary>
    public static IReadOnlyList<NameCasing> All { get; } =
        [NameCasing.SnakeCase, NameCasing.CamelCase, NameCasing.PascalCase, NameCasing.TitleCase, NameCasing.LowerCase];

    /// <summary><c>snake_case</c>, <c>camelCase</c>, <c>PascalCase</c>, <c>Title Case</c> or <c>lower case</c>.</summary>
    public static string Name(NameCasing casing) => casing switch
    {
        NameCasing.SnakeCase => "snake_case",
        NameCasing.CamelCase => "camelCase",
        NameCasing.PascalCase => "PascalCase",
        NameCasing.TitleCase => "Title Case",
        NameCasing.LowerCase => "lower case",
        _ => throw new ArgumentOutOfRangeException(nameof(casing), casing, "Unknown casing."),
    };

    /// <summary>Reads a casing name exactly as <see cref="Name"/> writes it.</summary>
    public static bool TryParse(string? text, out NameCasing casing)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Name(candidate), text, StringComparison.Ordinal))
            {
                casing = candidate;
                return true;
            }
        }

        casing = default;
        return false;
    }
}
