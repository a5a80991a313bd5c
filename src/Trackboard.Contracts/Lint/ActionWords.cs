using System.Collections.Frozen;

namespace Trackboard.Contracts.Lint;

/// <summary>
/// Words that name an action in an event name: past tenses and participles (<c>completed</c>, <c>viewed</c>,
/// <c>sent</c>). Present-tense verbs are left out on purpose: <c>order</c>, <c>search</c> or <c>view</c> are
/// nouns as often as verbs. docs/lint.md prints this list; change both together.
/// </summary>
internal static class ActionWords
{
    public static FrozenSet<string> All { get; } = new[]
    {
        "accepted", "added", "applied", "approved", "began", "begun", "bought", "cancelled", "canceled", "changed",
        "clicked", "closed", "completed", "confirmed", "connected", "copied", "created", "declined", "deleted",
        "delivered", "disabled", "disconnected", "dismissed", "displayed", "done", "downloaded", "earned", "edited",
        "enabled", "entered", "exited", "expired", "failed", "finished", "followed", "hidden", "initiated", "invited",
        "joined", "liked", "loaded", "logged", "opened", "ordered", "paid", "paused", "played", "pressed", "printed",
        "purchased", "rated", "reached", "received", "redeemed", "refunded", "registered", "rejected", "removed",
        "renewed", "requested", "resumed", "returned", "reviewed", "saved", "scrolled", "searched", "seen", "selected",
        "sent", "shared", "shipped", "shown", "signed", "skipped", "started", "stopped", "submitted", "subscribed",
        "succeeded", "tapped", "triggered", "unfollowed", "unsubscribed", "updated", "uploaded", "verified", "viewed",
        "visited", "won",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Particles that belong to the action before them: <c>signed up</c>, <c>logged in</c>, <c>opted out</c>.</summary>
    public static FrozenSet<string> Particles { get; } = new[] { "up", "in", "out", "on", "off" }.ToFrozenSet(StringComparer.Ordinal);
}
