using System.Globalization;
using System.Runtime.CompilerServices;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Codegen.Typed;

/// <summary>
/// Names everything a typed target declares through <see cref="NameScope"/>s: one for types, one for
/// helpers, one per record's fields and one per enum's members. Top-level types are named first (calls,
/// then events in ordinal order), then nested types depth first, so errors are reported in a stable order.
/// </summary>
internal sealed class TypedModelBuilder
{
    private static readonly ConditionalWeakTable<PropertyDefinition, List<ScalarValue>> s_enumValues = new();

    private readonly Contract _contract;
    private readonly TypedStyle _style;
    private readonly NameScope _types;
    private readonly NameScope _helpers;
    private readonly List<TypedDeclaration> _declarations;

    private TypedModelBuilder(Contract contract, TypedStyle style)
    {
        _contract = contract;
        _style = style;
        _declarations = new List<TypedDeclaration>(contract.Events.Count * 2);
        _types = new NameScope(style.Naming, "type", style.ReservedTypeNames.Count + 4 + (contract.Events.Count * 2));
        _helpers = new NameScope(style.Naming, "helper", style.ReservedHelperNames.Count + 4 + contract.Events.Count);
        foreach (var name in style.ReservedTypeNames)
        {
            _types.Reserve(name, "the generated " + name);
        }

        foreach (var name in style.ReservedHelperNames.Concat(Enum.GetValues<CallKind>().Select(style.CallHelperName)))
        {
            _helpers.Reserve(name, "the generated " + name);
        }
    }

    /// <exception cref="CodegenException">A name cannot be an identifier, or two names collide.</exception>
    public static TypedModel Build(Contract contract, TypedStyle style, string target)
    {
        ArgumentNullException.ThrowIfNull(contract);
        return new TypedModelBuilder(contract, style).Build(target);
    }

    private TypedModel Build(string target)
    {
        var sections = DefinedSections().ToList();
        var callNames = sections.Select(s => _types.Get(TypedPaths.Section(s.Kind),
            s.Kind is CallKind.Identify or CallKind.Group ? TypedCasing.TraitsType : TypedCasing.PropertiesType)).ToList();
        var events = _contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal).ToList();
        var eventNames = events.Select(e => _types.Get(TypedPaths.Root(e.EventName), TypedCasing.PropertiesType)).ToList();
        var helperNames = events.Select(e => _helpers.Get(e.EventName, _style.TrackHelperCasing)).ToList();

        var calls = new List<TypedCall>(sections.Count);
        for (var i = 0; i < sections.Count; i++)
        {
            var (kind, section) = sections[i];
            var record = BuildRecord(callNames[i], TypedPaths.Section(kind), DocLines.CallRecord(kind), section.Properties);
            calls.Add(new TypedCall(kind, record, _style.CallHelperName(kind), DocLines.CallHelper(kind)));
        }

        var typedEvents = new List<TypedEvent>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var definition = events[i];
            var record = BuildRecord(eventNames[i], TypedPaths.Root(definition.EventName), DocLines.EventRecord(definition),
                SharedFacts.MergedProperties(_contract, definition));
            typedEvents.Add(new TypedEvent(definition, record, helperNames[i], DocLines.EventHelper(definition)));
        }

        return new TypedModel(_contract, _declarations, typedEvents, calls, DocLines.Header(_contract, target));
    }

    private IEnumerable<(CallKind Kind, CallSection Section)> DefinedSections()
    {
        if (_contract.Identify is { } identify)
        {
            yield return (CallKind.Identify, identify);
        }

        if (_contract.Group is { } group)
        {
            yield return (CallKind.Group, group);
        }

        if (_contract.Page is { } page)
        {
            yield return (CallKind.Page, page);
        }

        if (_contract.Screen is { } screen)
        {
            yield return (CallKind.Screen, screen);
        }
    }

    private TypedRecord BuildRecord(string name, string path, IReadOnlyList<string> doc, IReadOnlyList<PropertyDefinition> properties)
    {
        var scope = new NameScope(_style.FieldNaming ?? _style.Naming, "property", properties.Count + _style.ReservedFieldNames.Count + 1);
        scope.Reserve(name, "the type " + name);
        foreach (var reserved in _style.ReservedFieldNames)
        {
            scope.Reserve(reserved, "the generated " + reserved);
        }

        var ordered = SharedFacts.ByName(properties);
        var identifiers = ordered.Select(p => scope.Get(p.Name, _style.FieldCasing)).ToList();
        var fields = new List<TypedField>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var property = ordered[i];
            // Scalars (most fields) never use their path: it is built only for the enums and objects that name a type from it.
            var type = IsScalar(property) ? ScalarType(property.Type) : Resolve(property, TypedPaths.Child(path, property.Name), items: false);
            fields.Add(new TypedField(property.Name, identifiers[i], type, property.Required, DocLines.Property(property)));
        }

        var record = new TypedRecord(name, path, doc, fields);
        _declarations.Add(record);
        return record;
    }

    private static bool IsScalar(PropertyDefinition property) =>
        property.Type is PropertyType.String or PropertyType.Integer or PropertyType.Float or PropertyType.Boolean
        && EnumValues(property) is not { Count: > 0 };

    private static TypeRef ScalarType(PropertyType type) => type switch
    {
        PropertyType.String => TypeRef.String,
        PropertyType.Integer => TypeRef.Integer,
        PropertyType.Float => TypeRef.Float,
        _ => TypeRef.Boolean,
    };

    private TypeRef Resolve(PropertyDefinition property, string path, bool items)
    {
        if (EnumValues(property) is { Count: > 0 } values)
        {
            return TypeRef.ForEnum(BuildEnum(property, path, values));
        }

        switch (property.Type)
        {
            case PropertyType.String:
                return TypeRef.String;
            case PropertyType.Integer:
                return TypeRef.Integer;
            case PropertyType.Float:
                return TypeRef.Float;
            case PropertyType.Boolean:
                return TypeRef.Boolean;
            case PropertyType.Array:
                return property.Items is { } itemSchema
                    ? TypeRef.ArrayOf(Resolve(itemSchema, TypedPaths.Items(path), items: true))
                    : TypeRef.AnyArray;
            default:
                if (property.Properties is not { } nested)
                {
                    return TypeRef.AnyObject;
                }

                var name = _types.Get(path, items ? TypedCasing.ItemType : TypedCasing.NestedType);
                return TypeRef.ForRecord(BuildRecord(name, path, DocLines.NestedRecord(path, property), nested));
        }
    }

    // Values that can never match the property type (the loader warns about them) have no member: no payload could carry them.
    // Kept per property instance: every typed target asks for the same list.
    private static List<ScalarValue>? EnumValues(PropertyDefinition property) =>
        property.Constraints.EnumValues is null ? null
            : s_enumValues.GetValue(property, static p => [.. p.Constraints.EnumValues!.Where(v => TypeRules.CanMatch(p.Type, v))]);

    private TypedEnum BuildEnum(PropertyDefinition property, string path, List<ScalarValue> values)
    {
        var name = _types.Get(path, TypedCasing.EnumType);
        var scope = new NameScope(_style.EnumMemberNaming ?? _style.Naming, "enum value", values.Count + _style.ReservedEnumMemberNames.Count + 1);
        scope.Reserve(name, "the enum " + name);
        foreach (var reserved in _style.ReservedEnumMemberNames)
        {
            scope.Reserve(reserved, "the generated " + reserved);
        }

        var kind = property.Type switch
        {
            PropertyType.String => TypeKind.String,
            PropertyType.Integer => TypeKind.Integer,
            PropertyType.Float => TypeKind.Float,
            _ => TypeKind.Boolean,
        };
        var members = values.Select(v => new TypedEnumMember(scope.Get(MemberSource(v), _style.EnumMemberCasing, MemberWords(v)), v)).ToList();
        var typed = new TypedEnum(name, path, DocLines.Enum(path), kind, members);
        _declarations.Add(typed);
        return typed;
    }

    // A string value without letters or digits is spelled out ("-" → minus); its own text stays its name in errors.
    private static string? MemberWords(ScalarValue value) => value.Kind == ScalarKind.String ? NameWords.SpellEnumValue(value.Text!) : null;

    // Numbers are named from their text with the sign, point and exponent sign spelled out (Value1Point5, ValueMinus2).
    private static string MemberSource(ScalarValue value) => value.Kind switch
    {
        ScalarKind.String => value.Text!,
        ScalarKind.Boolean => value.Boolean ? "true" : "false",
        _ => "value " + (value.Integer is { } integer ? integer.ToString(CultureInfo.InvariantCulture) : NumberRules.Format(value.Number))
            .Replace("-", " minus ", StringComparison.Ordinal)
            .Replace("+", " plus ", StringComparison.Ordinal)
            .Replace(".", " point ", StringComparison.Ordinal),
    };
}
