using System.Text;
using System.Text.RegularExpressions;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>A property prepared for validation: constraints unpacked, texts for violations computed once.</summary>
internal sealed class PropertySchema
{
    public PropertySchema(PropertyDefinition definition, int requiredIndex)
    {
        Definition = definition;
        Name = definition.Name;
        Type = definition.Type;
        TypeName = TypeRules.Name(definition.Type);
        RequiredIndex = requiredIndex;
        var c = definition.Constraints;
        EnumValues = c.EnumValues is { } values ? [.. values] : null;
        EnumUtf8 = EnumValues?.Select(v => v.Kind == ScalarKind.String ? Encoding.UTF8.GetBytes(v.Text!) : null).ToArray();
        EnumExpected = EnumValues is null ? null : Encoding.UTF8.GetString(CanonicalJsonWriter.ToBytes(EnumValues));
        Min = c.Min;
        Max = c.Max;
        MinLength = c.MinLength;
        MaxLength = c.MaxLength;
        Pattern = c.Pattern;
        Format = c.Format;
        MinItems = c.MinItems;
        MaxItems = c.MaxItems;
        HasStringChecks = EnumValues is not null || MinLength is not null || MaxLength is not null || Pattern is not null || Format is not null;
        NeedsChars = Pattern is not null || Format is not null;
        Items = definition.Items is { } items ? new PropertySchema(items, -1) : null;
        Object = definition.Properties is { } nested ? new ObjectSchema(nested) : null;
    }

    public PropertyDefinition Definition { get; }

    public string Name { get; }

    public PropertyType Type { get; }

    public string TypeName { get; }

    /// <summary>Index among its object's required properties, or -1.</summary>
    public int RequiredIndex { get; }

    public ScalarValue[]? EnumValues { get; }

    /// <summary>UTF-8 bytes of string enum values (null entries for other kinds), for allocation-free comparison.</summary>
    public byte[]?[]? EnumUtf8 { get; }

    public string? EnumExpected { get; }

    public double? Min { get; }

    public double? Max { get; }

    public long? MinLength { get; }

    public long? MaxLength { get; }

    public string? Pattern { get; }

    public string? Format { get; }

    public long? MinItems { get; }

    public long? MaxItems { get; }

    public bool HasStringChecks { get; }

    /// <summary>True when checking a string needs its characters (pattern or format).</summary>
    public bool NeedsChars { get; }

    public PropertySchema? Items { get; }

    /// <summary>Declared sub-properties; null when the object is open.</summary>
    public ObjectSchema? Object { get; }

    public Regex? Regex => Pattern is null ? null : PatternRules.Get(Pattern);
}
