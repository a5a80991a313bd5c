using System.Text.Json.Nodes;

namespace Trackboard.Contracts.Tests.JsonSchema;

/// <summary>
/// One change to a valid payload: set the value at <paramref name="Path"/> (object keys and array indexes
/// below the root; empty replaces the whole payload) or remove the member there.
/// </summary>
internal sealed record Mutation(string Label, bool? Intended, IReadOnlyList<object> Path, JsonNode? Value, bool Remove = false)
{
    public static Mutation Set(IReadOnlyList<object> path, string what, bool? intended, JsonNode? value) =>
        new($"{what} at {Describe(path)}", intended, path, value);

    public static Mutation Delete(IReadOnlyList<object> path, bool intended) =>
        new($"remove {Describe(path)}", intended, path, null, Remove: true);

    public JsonNode? ApplyTo(JsonNode root)
    {
        if (Path.Count == 0)
        {
            return Value?.DeepClone();
        }

        var clone = root.DeepClone();
        var parent = clone;
        foreach (var segment in Path.Take(Path.Count - 1))
        {
            parent = segment is int index ? parent[index]! : parent[(string)segment]!;
        }

        switch (Path[^1])
        {
            case int index:
                parent.AsArray()[index] = Value?.DeepClone();
                break;
            case string key when Remove:
                parent.AsObject().Remove(key);
                break;
            case string key:
                parent.AsObject()[key] = Value?.DeepClone();
                break;
        }

        return clone;
    }

    public static string Describe(IReadOnlyList<object> path) =>
        path.Count == 0 ? "$" : string.Concat(path.Select(s => s is int i ? $"[{i}]" : "." + s)).TrimStart('.');
}
