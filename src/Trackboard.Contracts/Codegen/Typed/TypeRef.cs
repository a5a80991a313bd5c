namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>The type of a field or of array items.</summary>
/// <param name="Kind">What the value is.</param>
internal sealed record TypeRef(TypeKind Kind)
{
    public static TypeRef String { get; } = new(TypeKind.String);

    public static TypeRef Integer { get; } = new(TypeKind.Integer);

    public static TypeRef Float { get; } = new(TypeKind.Float);

    public static TypeRef Boolean { get; } = new(TypeKind.Boolean);

    public static TypeRef AnyObject { get; } = new(TypeKind.AnyObject);

    public static TypeRef AnyArray { get; } = new(TypeKind.AnyArray);

    /// <summary>The enum when <see cref="Kind"/> is <see cref="TypeKind.Enum"/>.</summary>
    public TypedEnum? Enum { get; init; }

    /// <summary>The record when <see cref="Kind"/> is <see cref="TypeKind.Record"/>.</summary>
    public TypedRecord? Record { get; init; }

    /// <summary>The items when <see cref="Kind"/> is <see cref="TypeKind.Array"/>.</summary>
    public TypeRef? Item { get; init; }

    /// <summary>True for the kinds a target represents with a value type (no allocation, no null).</summary>
    public bool IsScalar => Kind is TypeKind.Integer or TypeKind.Float or TypeKind.Boolean or TypeKind.Enum;

    public static TypeRef ForEnum(TypedEnum value) => new(TypeKind.Enum) { Enum = value };

    public static TypeRef ForRecord(TypedRecord value) => new(TypeKind.Record) { Record = value };

    public static TypeRef ArrayOf(TypeRef item) => new(TypeKind.Array) { Item = item };
}
