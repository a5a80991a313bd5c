using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>A property being assembled from CSV rows; nested rows (<c>address.city</c>) add children.</summary>
internal sealed class CsvPropertyBuilder(PropertyDefinition definition)
{
    public PropertyDefinition Definition { get; } = definition;

    public List<CsvPropertyBuilder>? Children { get; set; }

    public PropertyDefinition Build() => Children is null
        ? Definition
        : Definition with { Properties = [.. Children.Select(c => c.Build())] };
}
