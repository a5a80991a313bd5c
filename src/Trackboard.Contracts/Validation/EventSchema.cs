using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Validation;

/// <summary>An event (or a non-track call section) prepared for validation.</summary>
internal sealed class EventSchema(string name, EventStatus status, ObjectSchema properties)
{
    public string Name { get; } = name;

    public EventStatus Status { get; } = status;

    public ObjectSchema Properties { get; } = properties;
}
