using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.CSharp;

/// <summary>C# identifiers: PascalCase members, keywords escaped as <c>@class</c>.</summary>
internal static class CSharpNaming
{
    public const string Target = "csharp";
    public const string DefaultNamespace = "Trackboard.Generated";
    public const string ClientInterface = "ITrackboardClient";
    public const string HelperClass = "TrackingPlan";
    public const string PropertiesMethod = "ToProperties";
    public const string WireMethod = "ToWire";
    public const string VersionConstant = "ContractVersion";
    public const string ContextMethod = "WithContractVersion";

    public static TargetNaming Naming { get; } = new(Target, new HashSet<string>(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock", "long",
        "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected", "public",
        "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string", "struct", "switch",
        "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void",
        "volatile", "while",
    }, word => "@" + word);

    public static TypedStyle Style { get; } = new()
    {
        Naming = Naming,
        FieldCasing = NameWords.Pascal,
        EnumMemberCasing = NameWords.Pascal,
        TrackHelperCasing = TypedCasing.PascalTrackHelper,
        CallHelperName = kind => kind.ToString(),
        ReservedTypeNames = [ClientInterface, HelperClass],
        ReservedHelperNames = [VersionConstant, ContextMethod, WireMethod],
        ReservedFieldNames =
        [
            PropertiesMethod, "ToString", "Equals", "GetHashCode", "GetType", "EqualityContract", "PrintMembers",
            "MemberwiseClone", "Finalize", "Deconstruct",
        ],
        ReservedEnumMemberNames = ["value__"],
    };
}
