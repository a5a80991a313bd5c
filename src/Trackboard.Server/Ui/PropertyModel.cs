using System.Text.Json.Nodes;

namespace Trackboard.Server.Ui;

/// <summary>A property as the editor's form holds it; converts to and from the contract-format fragment.</summary>
public sealed class PropertyModel
{
    public static IReadOnlyList<string> Types { get; } = ["string", "integer", "float", "boolean", "array", "object"];

    public Guid? Id { get; set; }
    public string? Name { get; set; }
    public string Type { get; set; } = "string";
    public bool Required { get; set; }
    public string? Description { get; set; }
    public bool Pii { get; set; }
    public string? Examples { get; set; }
    public string? EnumValues { get; set; }
    public double? Min { get; set; }
    public double? Max { get; set; }
    public int? MinLength { get; set; }
    public int? MaxLength { get; set; }
    public string? Pattern { get; set; }
    public string? Format { get; set; }
    public int? MinItems { get; set; }
    public int? MaxItems { get; set; }

    /// <summary>The schema of every array element (arrays only).</summary>
    public PropertyModel? Items { get; set; }

    /// <summary>Declared sub-properties; an object that declares them is closed.</summary>
    public List<PropertyModel> Properties { get; } = [];

    public bool DeclaresProperties { get; set; }

    /// <summary>The fragment; with <paramref name="patch"/> every optional key is present, null when empty, so a merge patch removes it.</summary>
    public JsonObject ToJson(bool includeName = true, bool patch = false)
    {
        var node = new JsonObject();
        if (includeName)
        {
            node["name"] = Name ?? "";
        }
        node["type"] = Type;
        if (includeName)
        {
            node["required"] = Required;
        }
        Put(node, "description", string.IsNullOrWhiteSpace(Description) ? null : JsonValue.Create(Description), patch);
        Put(node, "pii", Pii ? JsonValue.Create(true) : null, patch);
        Put(node, "examples", JsonText.Values(Examples, Type), patch);
        Put(node, "constraints", Constraints(), patch);
        Put(node, "items", Type == "array" && Items is not null ? Items.ToJson(includeName: false) : null, patch);
        Put(node, "properties", Type == "object" && (DeclaresProperties || Properties.Count > 0)
            ? new JsonArray([.. Properties.Select(p => (JsonNode)p.ToJson())]) : null, patch);
        return node;
    }

    public static PropertyModel FromJson(JsonObject node)
    {
        var constraints = node["constraints"] as JsonObject ?? [];
        var model = new PropertyModel
        {
            Id = Guid.TryParse(JsonText.Text(node["id"]), out var id) ? id : null,
            Name = JsonText.Text(node["name"]),
            Type = JsonText.Text(node["type"]) is { } type ? (type == "number" ? "float" : type) : "string",
            Required = JsonText.Flag(node["required"]),
            Description = JsonText.Text(node["description"]),
            Pii = JsonText.Flag(node["pii"]),
            Examples = JsonText.Show(node["examples"]),
            EnumValues = JsonText.Show(constraints["enum_values"] ?? constraints["enum"]),
            Min = JsonText.Number(constraints["min"]),
            Max = JsonText.Number(constraints["max"]),
            MinLength = JsonText.Integer(constraints["min_length"]),
            MaxLength = JsonText.Integer(constraints["max_length"]),
            Pattern = JsonText.Text(constraints["pattern"]),
            Format = JsonText.Text(constraints["format"]),
            MinItems = JsonText.Integer(constraints["min_items"]),
            MaxItems = JsonText.Integer(constraints["max_items"]),
            Items = node["items"] is JsonObject items ? FromJson(items) : null,
            DeclaresProperties = node["properties"] is JsonArray,
        };
        foreach (var child in (node["properties"] as JsonArray ?? []).OfType<JsonObject>())
        {
            model.Properties.Add(FromJson(child));
        }
        return model;
    }

    /// <summary>A one-line summary of the constraints for tables.</summary>
    public string Summary()
    {
        var parts = new List<string>();
        if (EnumValues is not null)
        {
            parts.Add($"one of {EnumValues}");
        }
        if (Min is not null || Max is not null)
        {
            parts.Add($"{Min?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}..{Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (MinLength is not null || MaxLength is not null)
        {
            parts.Add($"length {MinLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "0"}..{MaxLength?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…"}");
        }
        if (Pattern is not null)
        {
            parts.Add($"matches {Pattern}");
        }
        if (Format is not null)
        {
            parts.Add(Format);
        }
        if (Properties.Count > 0)
        {
            parts.Add($"{{{string.Join(", ", Properties.Select(p => p.Name))}}}");
        }
        if (Items is not null)
        {
            parts.Add($"items: {Items.Type}");
        }
        return string.Join("; ", parts);
    }

    private JsonObject? Constraints()
    {
        var constraints = new JsonObject();
        if (JsonText.Values(EnumValues, Type) is { } values)
        {
            constraints["enum_values"] = values;
        }
        Add(constraints, "min", Min);
        Add(constraints, "max", Max);
        Add(constraints, "min_length", MinLength);
        Add(constraints, "max_length", MaxLength);
        if (!string.IsNullOrEmpty(Pattern))
        {
            constraints["pattern"] = Pattern;
        }
        if (!string.IsNullOrEmpty(Format))
        {
            constraints["format"] = Format;
        }
        Add(constraints, "min_items", MinItems);
        Add(constraints, "max_items", MaxItems);
        return constraints.Count == 0 ? null : constraints;
    }

    private static void Add(JsonObject node, string key, double? value)
    {
        if (value is { } number)
        {
            node[key] = number == Math.Floor(number) && Math.Abs(number) < 1e15 ? JsonValue.Create((long)number) : JsonValue.Create(number);
        }
    }

    private static void Put(JsonObject node, string key, JsonNode? value, bool patch)
    {
        if (value is not null || patch)
        {
            node[key] = value;
        }
    }
}
