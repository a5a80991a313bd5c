namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>
/// The casings that name types and helpers. Each is a distinct named method because <see cref="NameScope"/>
/// remembers a name per source and casing method.
/// </summary>
internal static class TypedCasing
{
    /// <summary><c>SignupCompletedProperties</c>, <c>PageProperties</c>.</summary>
    public static string PropertiesType(IReadOnlyList<string> words) => NameWords.Pascal(words) + "Properties";

    /// <summary><c>IdentifyTraits</c>, <c>GroupTraits</c>.</summary>
    public static string TraitsType(IReadOnlyList<string> words) => NameWords.Pascal(words) + "Traits";

    /// <summary><c>CheckoutCompletedCart</c>: a nested object.</summary>
    public static string NestedType(IReadOnlyList<string> words) => NameWords.Pascal(words);

    /// <summary><c>CheckoutCompletedCartItemsItem</c>: the object items of an array.</summary>
    public static string ItemType(IReadOnlyList<string> words) => NameWords.Pascal(words) + "Item";

    /// <summary><c>SignupCompletedSignupMethod</c>: an enum.</summary>
    public static string EnumType(IReadOnlyList<string> words) => NameWords.Pascal(words);

    /// <summary><c>TrackSignupCompleted</c> (C#).</summary>
    public static string PascalTrackHelper(IReadOnlyList<string> words) => "Track" + NameWords.Pascal(words);

    /// <summary><c>trackSignupCompleted</c> (Java, Kotlin, Swift, Dart).</summary>
    public static string CamelTrackHelper(IReadOnlyList<string> words) => "track" + NameWords.Pascal(words);
}
