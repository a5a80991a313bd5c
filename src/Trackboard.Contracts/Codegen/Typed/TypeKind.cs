namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>What a value is in a typed target.</summary>
internal enum TypeKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A 64-bit integer.</summary>
    Integer,

    /// <summary>A double.</summary>
    Float,

    /// <summary>A boolean.</summary>
    Boolean,

    /// <summary>A generated enum (<see cref="TypeRef.Enum"/>).</summary>
    Enum,

    /// <summary>A generated record (<see cref="TypeRef.Record"/>): an object with declared properties.</summary>
    Record,

    /// <summary>An object without declared properties: any keys, any values.</summary>
    AnyObject,

    /// <summary>An array without an items schema: any values.</summary>
    AnyArray,

    /// <summary>An array of <see cref="TypeRef.Item"/>.</summary>
    Array,
}
