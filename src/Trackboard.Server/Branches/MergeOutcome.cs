using System.Text.Json.Nodes;

namespace Trackboard.Server.Branches;

internal sealed record MergeOutcome(JsonObject? Merged, IReadOnlyList<MergeConflict> Conflicts);
