using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Trackboard.Server.Data;

namespace Trackboard.Server.Plans;

/// <summary>
/// The serialized answer of <c>GET /plans/{id}</c>, kept per plan and stamped with everything it is built from
/// that can change (the draft revision every draft write moves, the plan row's fields, the current version):
/// materializing and serializing a large draft costs far more than the two queries that check the stamp.
/// </summary>
internal sealed class PlanReadCache
{
    private const int MaxPlans = 256;
    private readonly ConcurrentDictionary<Guid, (string Stamp, byte[] Body)> _entries = new();

    public static string Stamp(Plan plan, long? currentVersion) =>
        JsonSerializer.Serialize(new object?[]
        {
            plan.DraftRevision, plan.Name, plan.Description, plan.ArchivedAt?.Ticks, plan.UpdatedAt.Ticks, plan.BranchName, currentVersion,
        });

    public byte[]? TryGet(Guid planId, string stamp) =>
        _entries.TryGetValue(planId, out var entry) && entry.Stamp == stamp ? entry.Body : null;

    public byte[] Add(Guid planId, string stamp, JsonObject body, JsonSerializerOptions options)
    {
        if (_entries.Count >= MaxPlans)
        {
            _entries.Clear();
        }
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, options);
        _entries[planId] = (stamp, bytes);
        return bytes;
    }
}
