using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Dart;

/// <summary>
/// Dart identifiers: camelCase members and enum values, reserved words and built-in identifiers suffixed
/// (<c>class_</c>). A leading digit gets <c>$</c>, not <c>_</c>, which would make the name library-private.
/// </summary>
internal static class DartNaming
{
    public const string Target = "dart";
    public const string DefaultLibrary = "trackboard_plan";
    public const string ClientClass = "TrackboardClient";
    public const string PropertiesMethod = "toProperties";
    public const string WireField = "wireValue";
    public const string VersionConstant = "contractVersion";
    public const string ContextFunction = "withContractVersion";

    public static TargetNaming Naming { get; } = new(Target, TargetNamings.Words(
        "assert", "break", "case", "catch", "class", "const", "continue", "default", "do", "else", "enum", "extends", "false", "final",
        "finally", "for", "if", "in", "is", "new", "null", "rethrow", "return", "super", "switch", "this", "throw", "true", "try",
        "var", "void", "while", "with", "abstract", "as", "covariant", "deferred", "dynamic", "export", "extension", "external",
        "factory", "Function", "get", "implements", "import", "interface", "late", "library", "mixin", "operator", "part", "required",
        "set", "static", "typedef", "async", "await", "yield", "hide", "on", "show", "sync", "base", "sealed", "when"),
        word => word + "_", LeadingDigitPrefix: "$");

    public static TypedStyle Style { get; } = new()
    {
        Naming = Naming,
        // Object's members and the generated method cannot be fields of a different type.
        FieldNaming = TargetNamings.With(Naming, "hashCode", "runtimeType", "toString", "noSuchMethod", PropertiesMethod),
        // Every enum has these members already (values is the list of all of them).
        EnumMemberNaming = TargetNamings.With(Naming, "values", "index", "name", "hashCode", "runtimeType", "toString", "noSuchMethod", WireField),
        FieldCasing = NameWords.Camel,
        EnumMemberCasing = NameWords.Camel,
        TrackHelperCasing = TypedCasing.CamelTrackHelper,
        CallHelperName = kind => kind.ToString().ToLowerInvariant(),
        ReservedTypeNames = [ClientClass, "String", "Map", "List", "Object", "Deprecated", "Enum"],
        ReservedHelperNames = [VersionConstant, ContextFunction],
    };
}
