using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Java;

/// <summary>Java identifiers: camelCase members, SCREAMING_SNAKE enum constants, reserved words suffixed (<c>class_</c>).</summary>
internal static class JavaNaming
{
    public const string Target = "java";
    public const string DefaultPackage = "trackboard.generated";
    public const string ClientInterface = "TrackboardClient";
    public const string HelperClass = "TrackingPlan";
    public const string PropertiesMethod = "toProperties";
    public const string WireMethod = "wireValue";
    public const string VersionConstant = "CONTRACT_VERSION";
    public const string ContextMethod = "withContractVersion";

    public static TargetNaming Naming { get; } = new(Target, TargetNamings.Words(
        "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue", "default", "do",
        "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof",
        "int", "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
        "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile", "while",
        "true", "false", "null", "_", "var", "record", "yield", "sealed", "permits"), word => word + "_");

    public static TypedStyle Style { get; } = new()
    {
        Naming = Naming,
        // A record cannot have components with these names (JLS 8.10.1), and toProperties is the generated method.
        FieldNaming = TargetNamings.With(Naming, "clone", "finalize", "getClass", "hashCode", "notify", "notifyAll", "toString", "wait", PropertiesMethod),
        FieldCasing = NameWords.Camel,
        EnumMemberCasing = NameWords.ScreamingSnake,
        TrackHelperCasing = TypedCasing.CamelTrackHelper,
        CallHelperName = kind => kind.ToString().ToLowerInvariant(),
        ReservedTypeNames = [ClientInterface, HelperClass, "Map", "List", "LinkedHashMap", "Objects", "Object", "String", "Long", "Double", "Boolean", "Deprecated"],
        ReservedHelperNames = [VersionConstant, ContextMethod],
    };
}
