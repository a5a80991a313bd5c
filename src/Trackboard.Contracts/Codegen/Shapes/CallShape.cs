using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>An identify, group, page or screen call the contract defines, with the name of its root type.</summary>
/// <param name="Kind">identify, group, page or screen.</param>
/// <param name="TypeName">The root type of its traits or properties (<c>IdentifyTraits</c>, <c>PageProperties</c>).</param>
/// <param name="Path">The path its nested types are named from (<c>$identify</c>).</param>
/// <param name="Properties">Its traits or properties, in ordinal name order.</param>
internal sealed record CallShape(string Kind, string TypeName, string Path, IReadOnlyList<PropertyDefinition> Properties)
{
    /// <summary>True for identify and group, whose payload member is <c>traits</c>.</summary>
    public bool HasTraits => Kind is CallKinds.Identify or CallKinds.Group;

    /// <summary>The call's key argument: identify has a user id, group a group id, page and screen a name.</summary>
    public string KeyArgument => Kind switch
    {
        CallKinds.Identify => "user id",
        CallKinds.Group => "group id",
        _ => "name",
    };
}
