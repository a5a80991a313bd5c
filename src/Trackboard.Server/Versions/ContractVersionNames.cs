using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Trackboard.Server.Data;

namespace Trackboard.Server.Versions;

/// <summary>
/// Guard names the contract it validated with by <c>ContractVersionLabel</c>: the version id of a contract pulled from
/// the Server, <c>v</c> + the version number, or the contract hash of a file. The Server names versions by number
/// everywhere (validate API records, DLQ groups, triage signals, counts), so what Guard pushes is stored under the
/// number when the label is the id or hash of one of the plan's published versions, and <c>v3</c> as <c>3</c>; any other
/// label is kept as it came.
/// </summary>
internal static class ContractVersionNames
{
    private const string HashPrefix = "sha256:";

    public static async Task<Func<string?, string?>> ForPlanAsync(TrackboardDbContext db, Guid planId, IEnumerable<string?> labels, CancellationToken ct)
    {
        var distinct = labels.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var ids = distinct.Select(l => Guid.TryParse(l, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        var hashes = distinct.Where(l => l.StartsWith(HashPrefix, StringComparison.Ordinal)).ToList();
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        if (ids.Count > 0 || hashes.Count > 0)
        {
            var versions = await db.Versions.AsNoTracking().Where(v => v.PlanId == planId && (ids.Contains(v.Id) || hashes.Contains(v.Hash)))
                .Select(v => new { v.Id, v.Hash, v.Number }).ToListAsync(ct);
            foreach (var v in versions)
            {
                numbers[v.Id.ToString()] = v.Number;
                numbers[v.Hash] = v.Number;
            }
        }
        return label => Name(label, numbers);
    }

    internal static string? Name(string? label, IReadOnlyDictionary<string, long> numbers)
    {
        if (label is null)
        {
            return null;
        }
        if (Guid.TryParse(label, out var id) && numbers.TryGetValue(id.ToString(), out var byId))
        {
            return byId.ToString(CultureInfo.InvariantCulture);
        }
        if (numbers.TryGetValue(label, out var byHash))
        {
            return byHash.ToString(CultureInfo.InvariantCulture);
        }
        if (label.Length > 1 && label[0] == 'v' && long.TryParse(label.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }
        return label;
    }
}
