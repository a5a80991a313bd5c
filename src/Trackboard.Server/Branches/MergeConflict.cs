using System.Text.Json.Nodes;

namespace Trackboard.Server.Branches;

/// <summary>An item changed differently on both sides: the values at the base, on main and on the branch (null = absent).</summary>
internal sealed record MergeConflict(string Key, JsonNode? Base, JsonNode? Main, JsonNode? Branch);
