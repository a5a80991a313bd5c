using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Swift;

/// <summary>
/// Swift identifiers: camelCase members and enum cases, keywords in backticks. The few words backticks do
/// not free (<c>self</c>, <c>init</c>, <c>Type</c>, …) and the members a type already has get a trailing underscore.
/// </summary>
internal static class SwiftNaming
{
    public const string Target = "swift";
    public const string ClientProtocol = "TrackboardClient";
    public const string HelperEnum = "TrackingPlan";
    public const string PropertiesMethod = "toProperties";
    public const string WireProperty = "rawValue";
    public const string VersionConstant = "contractVersion";
    public const string ContextFunction = "withContractVersion";

    private static readonly HashSet<string> s_suffixed = TargetNamings.Words(
        "self", "Self", "super", "init", "deinit", "subscript", "Type", "Protocol", "_",
        PropertiesMethod, WireProperty, "allCases");

    public static TargetNaming Naming { get; } = new(Target, TargetNamings.Words(
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init", "inout", "internal", "let",
        "open", "operator", "private", "precedencegroup", "protocol", "public", "rethrows", "static", "struct", "subscript", "typealias",
        "var", "break", "case", "catch", "continue", "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in",
        "repeat", "return", "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self", "super",
        "throws", "true", "try", "Type", "Protocol", "_"), Escape);

    public static TypedStyle Style { get; } = new()
    {
        Naming = Naming,
        FieldNaming = TargetNamings.With(Naming, PropertiesMethod),
        EnumMemberNaming = TargetNamings.With(Naming, WireProperty, "allCases"),
        FieldCasing = NameWords.Camel,
        EnumMemberCasing = NameWords.Camel,
        TrackHelperCasing = TypedCasing.CamelTrackHelper,
        CallHelperName = kind => kind.ToString().ToLowerInvariant(),
        ReservedTypeNames = [ClientProtocol, HelperEnum, "String", "Int64", "Double", "Bool", "Any", "Never"],
        ReservedHelperNames = [VersionConstant, ContextFunction],
    };

    private static string Escape(string word) => s_suffixed.Contains(word) ? word + "_" : "`" + word + "`";
}
