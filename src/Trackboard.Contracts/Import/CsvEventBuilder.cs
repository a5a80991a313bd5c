using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Import;

/// <summary>An event being assembled from CSV rows; event columns may repeat on every row but must agree.</summary>
internal sealed class CsvEventBuilder(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public string? Category { get; set; }

    public string? Owner { get; set; }

    public EventStatus Status { get; set; } = EventStatus.Active;

    public bool StatusSet { get; set; }

    public List<CsvPropertyBuilder> Properties { get; } = [];

    public EventDefinition Build() => new()
    {
        EventName = Name,
        Description = Description,
        Category = Category,
        Owner = Owner,
        Status = Status,
        Properties = [.. Properties.Select(p => p.Build())],
    };
}
