using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>
/// What a target emits for a contract, named through one module-level <see cref="NameScope"/>: call
/// sections, events (ordinal order) and every nested object type (children before their parents).
/// </summary>
internal sealed class ContractShape
{
    private readonly Dictionary<string, string> _objectTypes = new(StringComparer.Ordinal);
    private readonly List<ObjectShape> _objects = [];

    private ContractShape(Contract contract, NameScope scope)
    {
        Contract = contract;
        Scope = scope;
    }

    public Contract Contract { get; }

    /// <summary>The module-level scope: targets name further module-level things (Go enums) through it.</summary>
    public NameScope Scope { get; }

    public IReadOnlyList<CallShape> Calls { get; private set; } = [];

    public IReadOnlyList<EventShape> Events { get; private set; } = [];

    /// <summary>Nested object types, each before the types that use it.</summary>
    public IReadOnlyList<ObjectShape> Objects => _objects;

    /// <summary>The version stamped as <c>context.trackboard.contract_version</c>: the string Guard stamps too (<see cref="ContractVersionLabel"/>).</summary>
    public string ContractVersion => ContractVersionLabel.Of(Contract);

    /// <summary>
    /// Names everything. <paramref name="reserved"/> are the identifiers the target emits itself
    /// (client type, version constant, call helpers) with a description of what owns them.
    /// </summary>
    public static ContractShape Build(Contract contract, TargetNaming naming, Func<IReadOnlyList<string>, string> trackHelperCasing,
        IEnumerable<(string Identifier, string Owner)> reserved)
    {
        var shape = new ContractShape(contract, new NameScope(naming, "contract", 16 + (contract.Events.Count * 4)));
        foreach (var (identifier, owner) in reserved)
        {
            shape.Scope.Reserve(identifier, owner);
        }

        shape.Calls = [.. CallKinds.Defined(contract).Select(c =>
        {
            var path = ShapePaths.Section(c.Kind);
            var typeName = shape.Scope.Get(path, c.Kind is CallKinds.Identify or CallKinds.Group ? ShapeCasing.TraitsType : ShapeCasing.PropertiesType);
            return new CallShape(c.Kind, typeName, path, SharedFacts.ByName(c.Section.Properties));
        })];
        shape.Events = [.. contract.Events.OrderBy(e => e.EventName, StringComparer.Ordinal).Select(e =>
        {
            var path = ShapePaths.Root(e.EventName);
            return new EventShape(e, shape.Scope.Get(path, ShapeCasing.PropertiesType), shape.Scope.Get(path, trackHelperCasing), path,
                SharedFacts.MergedProperties(contract, e));
        })];

        foreach (var call in shape.Calls)
        {
            shape.AddNested(call.Path, call.Properties);
        }

        foreach (var e in shape.Events)
        {
            shape.AddNested(e.Path, e.Properties);
        }

        return shape;
    }

    /// <summary>The named type of the object with declared properties at <paramref name="path"/>.</summary>
    public string ObjectTypeName(string path) => _objectTypes[path];

    /// <summary>True when a property is an object with declared properties (so it has a named type).</summary>
    public static bool IsClosedObject(PropertyDefinition property) => property is { Type: PropertyType.Object, Properties: not null };

    private void AddNested(string parentPath, IReadOnlyList<PropertyDefinition> properties)
    {
        foreach (var property in properties)
        {
            AddValue(ShapePaths.Child(parentPath, property.Name), property, isItem: false);
        }
    }

    private void AddValue(string path, PropertyDefinition property, bool isItem)
    {
        if (IsClosedObject(property))
        {
            var name = Scope.Get(path, isItem ? ShapeCasing.ItemType : ShapeCasing.NestedType);
            var shape = new ObjectShape(name, path, property);
            AddNested(path, shape.Properties);
            _objectTypes[path] = name;
            _objects.Add(shape);
        }
        else if (property is { Type: PropertyType.Array, Items: { } items })
        {
            AddValue(ShapePaths.Items(path), items, isItem: true);
        }
    }
}
