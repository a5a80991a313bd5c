namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>How a typed target names things, and which identifiers its own emitted code takes.</summary>
internal sealed record TypedStyle
{
    /// <summary>Reserved words and their escaping.</summary>
    public required TargetNaming Naming { get; init; }

    /// <summary>Naming of record fields: <see cref="Naming"/> plus member names a record has built in, escaped the same way.</summary>
    public TargetNaming? FieldNaming { get; init; }

    /// <summary>Naming of enum members: <see cref="Naming"/> plus member names an enum has built in, escaped the same way.</summary>
    public TargetNaming? EnumMemberNaming { get; init; }

    /// <summary>Field casing (<see cref="NameWords.Pascal"/> in C#, <see cref="NameWords.Camel"/> elsewhere).</summary>
    public required Func<IReadOnlyList<string>, string> FieldCasing { get; init; }

    /// <summary>Enum member casing.</summary>
    public required Func<IReadOnlyList<string>, string> EnumMemberCasing { get; init; }

    /// <summary>Track helper casing (<see cref="TypedCasing.PascalTrackHelper"/> or <see cref="TypedCasing.CamelTrackHelper"/>).</summary>
    public required Func<IReadOnlyList<string>, string> TrackHelperCasing { get; init; }

    /// <summary>The identify/group/page/screen helper names.</summary>
    public required Func<CallKind, string> CallHelperName { get; init; }

    /// <summary>Type names the generated code declares itself (client interface, helper class).</summary>
    public IReadOnlyList<string> ReservedTypeNames { get; init; } = [];

    /// <summary>Names beside the helpers (version constant, context builder).</summary>
    public IReadOnlyList<string> ReservedHelperNames { get; init; } = [];

    /// <summary>Member names every record has that escaping cannot free (C# <c>ToString</c>): a field mapping to one is a collision.</summary>
    public IReadOnlyList<string> ReservedFieldNames { get; init; } = [];

    /// <summary>Member names every enum has that escaping cannot free: a member mapping to one is a collision.</summary>
    public IReadOnlyList<string> ReservedEnumMemberNames { get; init; } = [];
}
