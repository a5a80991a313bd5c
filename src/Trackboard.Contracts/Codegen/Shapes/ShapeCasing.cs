namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>
/// The casings that name types and helpers. Each is a distinct named method because <see cref="NameScope"/>
/// remembers a name per source and casing method.
/// </summary>
internal static class ShapeCasing
{
    /// <summary><c>SignupCompletedCart</c>: a nested object.</summary>
    public static string NestedType(IReadOnlyList<string> words) => NameWords.Pascal(words);

    /// <summary><c>CheckoutCompletedProductsItem</c>: the object items of an array.</summary>
    public static string ItemType(IReadOnlyList<string> words) => NameWords.Pascal(words) + "Item";

    /// <summary><c>SignupCompletedProperties</c>, <c>PageProperties</c>.</summary>
    public static string PropertiesType(IReadOnlyList<string> words) => NameWords.Pascal(words) + "Properties";

    /// <summary><c>IdentifyTraits</c>, <c>GroupTraits</c>.</summary>
    public static string TraitsType(IReadOnlyList<string> words) => NameWords.Pascal(words) + "Traits";

    /// <summary><c>trackSignupCompleted</c> (TypeScript, JavaScript).</summary>
    public static string CamelTrackHelper(IReadOnlyList<string> words) => "track" + NameWords.Pascal(words);

    /// <summary><c>track_signup_completed</c> (Python).</summary>
    public static string SnakeTrackHelper(IReadOnlyList<string> words) => "track_" + NameWords.Snake(words);

    /// <summary><c>TrackSignupCompleted</c> (Go).</summary>
    public static string PascalTrackHelper(IReadOnlyList<string> words) => "Track" + NameWords.Pascal(words);

    /// <summary><c>SignupCompletedSignupMethod</c>: a named enum type (Go).</summary>
    public static string EnumType(IReadOnlyList<string> words) => NameWords.Pascal(words);

    /// <summary><c>SignupCompletedSignupMethodEmail</c>: an enum constant (Go).</summary>
    public static string EnumConstant(IReadOnlyList<string> words) => NameWords.Pascal(words);

    /// <summary><c>SignupMethod</c>: a struct field (Go).</summary>
    public static string Field(IReadOnlyList<string> words) => NameWords.Pascal(words);
}
