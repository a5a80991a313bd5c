namespace Trackboard.Contracts.Lint;

/// <summary>A naming convention for event or property names; <see cref="NameCasings"/> gives their names.</summary>
public enum NameCasing
{
    /// <summary><c>snake_case</c>: lower-case words joined by <c>_</c>, such as <c>order_completed</c>.</summary>
    SnakeCase,

    /// <summary><c>camelCase</c>: <c>orderCompleted</c>.</summary>
    CamelCase,

    /// <summary><c>PascalCase</c>: <c>OrderCompleted</c>.</summary>
    PascalCase,

    /// <summary><c>Title Case</c>: capitalized words joined by spaces, such as <c>Order Completed</c> (acronyms allowed).</summary>
    TitleCase,

    /// <summary><c>lower case</c>: lower-case words joined by spaces, such as <c>order completed</c>.</summary>
    LowerCase,
}
