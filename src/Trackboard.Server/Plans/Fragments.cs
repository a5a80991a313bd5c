using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Plans;

/// <summary>Checks on request bodies that the contract format itself leaves open: unknown keys and lengths.</summary>
internal static class Fragments
{
    public const int MaxName = 200;
    public const int MaxText = 5000;

    public static readonly HashSet<string> EventKeys =
        ["event_name", "status", "description", "category", "sort_order", "implementation_guidance", "owner", "tags", "properties", "global_properties"];

    public static readonly HashSet<string> PropertyKeys =
        ["name", "type", "required", "constraints", "description", "examples", "pii", "items", "properties"];

    public static readonly HashSet<string> PlanKeys = ["name", "description"];

    /// <summary>Reads <c>draft_revision</c> and removes it from the body.</summary>
    public static FieldError? TakeRevision(JsonObject body, out long revision)
    {
        revision = 0;
        if (!body.TryGetPropertyValue("draft_revision", out var node) || node is null)
        {
            return new FieldError(ErrorCodes.MissingField, "$.draft_revision", "draft_revision is required: send the revision you last read.");
        }
        body.Remove("draft_revision");
        if (node is not JsonValue value || value.GetValueKind() != JsonValueKind.Number || !value.TryGetValue(out revision) || revision < 0)
        {
            return new FieldError(ErrorCodes.InvalidField, "$.draft_revision", "draft_revision must be a non-negative integer.");
        }
        return null;
    }

    public static FieldError? CheckEvent(JsonObject body, string path = "$")
    {
        if (Unknown(body, EventKeys, path) is { } unknown)
        {
            return unknown;
        }
        if ((Length(body, "event_name", MaxName, path) ?? Length(body, "description", MaxText, path)
            ?? Length(body, "category", MaxName, path) ?? Length(body, "owner", MaxName, path)) is { } tooLong)
        {
            return tooLong;
        }
        if (body["properties"] is JsonArray properties)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                if (properties[i] is JsonObject property && CheckProperty(property, $"{path}.properties[{i}]") is { } error)
                {
                    return error;
                }
            }
        }
        return null;
    }

    public static FieldError? CheckProperty(JsonObject body, string path = "$")
    {
        if (Unknown(body, PropertyKeys, path) is { } unknown)
        {
            return unknown;
        }
        if ((Length(body, "name", MaxName, path) ?? Length(body, "description", MaxText, path)) is { } tooLong)
        {
            return tooLong;
        }
        if (body["items"] is JsonObject items && CheckProperty(items, path + ".items") is { } itemError)
        {
            return itemError;
        }
        if (body["properties"] is JsonArray nested)
        {
            for (var i = 0; i < nested.Count; i++)
            {
                if (nested[i] is JsonObject child && CheckProperty(child, $"{path}.properties[{i}]") is { } error)
                {
                    return error;
                }
            }
        }
        return null;
    }

    public static FieldError? CheckPlan(JsonObject body) =>
        Unknown(body, PlanKeys, "$") ?? Length(body, "name", MaxName, "$") ?? Length(body, "description", MaxText, "$");

    /// <summary>RFC 7396 merge patch, one level deep: a null value removes the key, anything else replaces it.</summary>
    public static void MergePatch(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(key);
            }
            else
            {
                target[key] = value.DeepClone();
            }
        }
    }

    public static string? Text(JsonObject node, string key) =>
        node[key] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    private static FieldError? Unknown(JsonObject body, HashSet<string> allowed, string path)
    {
        foreach (var (key, _) in body)
        {
            if (!allowed.Contains(key))
            {
                return new FieldError(ErrorCodes.UnknownField, $"{path}.{key}", $"Unknown field '{key}'; allowed: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.");
            }
        }
        return null;
    }

    private static FieldError? Length(JsonObject body, string key, int max, string path) =>
        Text(body, key) is { } text && text.Length > max
            ? new FieldError(key is "event_name" or "name" ? ErrorCodes.NameTooLong : ErrorCodes.InvalidField, $"{path}.{key}", $"{key} is longer than {max} characters.")
            : null;
}
