namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>The Segment calls besides track that a contract can define, in the order targets emit them.</summary>
internal enum CallKind
{
    /// <summary>identify(userId, traits).</summary>
    Identify,

    /// <summary>group(groupId, traits).</summary>
    Group,

    /// <summary>page(name, properties).</summary>
    Page,

    /// <summary>screen(name, properties).</summary>
    Screen,
}
