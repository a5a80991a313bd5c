namespace Trackboard.Contracts.Model;

/// <summary>Human-authored context for developers and AI assistants. Never a runtime rule; part of the hash.</summary>
public sealed record ImplementationGuidance
{
    /// <summary>Locations guidance may prefer.</summary>
    public static IReadOnlyList<string> Locations { get; } = ["client", "server", "edge", "mobile", "backend_job", "unknown"];

    /// <summary>When to send the event.</summary>
    public IReadOnlyList<string> TriggerWhen { get; init; } = [];

    /// <summary>When not to send the event.</summary>
    public IReadOnlyList<string> DoNotTriggerWhen { get; init; } = [];

    /// <summary>Privacy notes.</summary>
    public IReadOnlyList<string> PrivacyNotes { get; init; } = [];

    /// <summary>Where the event should be sent from; one of <see cref="Locations"/>.</summary>
    public string PreferredLocation { get; init; } = "unknown";

    /// <summary>The system that should send the event.</summary>
    public string? RequiredSource { get; init; }

    /// <summary>Lifecycle stage the event marks.</summary>
    public string? LifecycleStage { get; init; }

    /// <summary>The property that makes the event idempotent.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Code snippets.</summary>
    public IReadOnlyList<CodeExample> CodeExamples { get; init; } = [];
}
