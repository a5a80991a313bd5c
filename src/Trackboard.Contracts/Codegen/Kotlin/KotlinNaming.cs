using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Kotlin;

/// <summary>Kotlin identifiers: camelCase members, SCREAMING_SNAKE enum entries, hard keywords in backticks.</summary>
internal static class KotlinNaming
{
    public const string Target = "kotlin";
    public const string DefaultPackage = "trackboard.generated";
    public const string ClientInterface = "TrackboardClient";
    public const string PropertiesMethod = "toProperties";
    public const string WireProperty = "wireValue";
    public const string VersionConstant = "CONTRACT_VERSION";
    public const string ContextFunction = "withContractVersion";

    public static TargetNaming Naming { get; } = new(Target, TargetNamings.Words(
        "as", "break", "class", "continue", "do", "else", "false", "for", "fun", "if", "in", "interface", "is", "null", "object",
        "package", "return", "super", "this", "throw", "true", "try", "typealias", "typeof", "val", "var", "when", "while"),
        word => "`" + word + "`");

    public static TypedStyle Style { get; } = new()
    {
        Naming = Naming,
        FieldCasing = NameWords.Camel,
        EnumMemberCasing = NameWords.ScreamingSnake,
        TrackHelperCasing = TypedCasing.CamelTrackHelper,
        CallHelperName = kind => kind.ToString().ToLowerInvariant(),
        ReservedTypeNames = [ClientInterface, "Map", "List", "LinkedHashMap", "String", "Long", "Double", "Boolean", "Any", "Unit", "Deprecated"],
        ReservedHelperNames = [VersionConstant, ContextFunction],
    };
}
