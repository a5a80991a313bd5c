using System.Collections.Generic;
using Trackboard.Generated;

// Records every call as the JSON the probes compare; methods for calls a contract does not define are simply unused.
public sealed class RecordingClient : ITrackboardClient
{
    public List<object?> Calls { get; } = new();

    public void Track(string eventName, IReadOnlyDictionary<string, object?> properties, IReadOnlyDictionary<string, object?> context) =>
        Calls.Add(new Dictionary<string, object?> { ["type"] = "track", ["event"] = eventName, ["properties"] = properties, ["context"] = context });

    public void Identify(string userId, IReadOnlyDictionary<string, object?> traits, IReadOnlyDictionary<string, object?> context) =>
        Calls.Add(new Dictionary<string, object?> { ["type"] = "identify", ["userId"] = userId, ["traits"] = traits, ["context"] = context });

    public void Group(string groupId, IReadOnlyDictionary<string, object?> traits, IReadOnlyDictionary<string, object?> context) =>
        Calls.Add(new Dictionary<string, object?> { ["type"] = "group", ["groupId"] = groupId, ["traits"] = traits, ["context"] = context });

    public void Page(string? name, IReadOnlyDictionary<string, object?> properties, IReadOnlyDictionary<string, object?> context) =>
        Calls.Add(new Dictionary<string, object?> { ["type"] = "page", ["name"] = name, ["properties"] = properties, ["context"] = context });

    public void Screen(string name, IReadOnlyDictionary<string, object?> properties, IReadOnlyDictionary<string, object?> context) =>
        Calls.Add(new Dictionary<string, object?> { ["type"] = "screen", ["name"] = name, ["properties"] = properties, ["context"] = context });
}
