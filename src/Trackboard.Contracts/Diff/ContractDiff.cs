using System.Globalization;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Diff;

/// <summary>
/// The breaking-change diff of DESIGN §4 and compatibility checks over version histories. Pure and
/// deterministic: the same contracts give the same changes in the same order.
/// </summary>
public static class ContractDiff
{
    /// <summary>
    /// Compares two versions of a contract. Globals are merged into each event first, so a change to a
    /// global shows on every event that links it; nested properties are compared at their path; the
    /// identify, group, page and screen sections are compared as events named <c>$identify</c>,
    /// <c>$group</c>, <c>$page</c> and <c>$screen</c>.
    /// </summary>
    public static DiffResult Compare(Contract before, Contract after, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        options ??= DiffOptions.Default;
        if (options.Ignore is null || options.Ignore.Any(rule => rule is null))
        {
            throw new ArgumentException("Ignore rules must be a list without nulls.", nameof(options));
        }

        var old = EventView.Of(before);
        var now = EventView.Of(after);
        var changes = new List<Change>();
        foreach (var (name, view) in old)
        {
            var scope = new DiffScope(name, view.PayloadKey, changes);
            if (now.TryGetValue(name, out var current))
            {
                EventComparer.Compare(view, current, scope);
            }
            else
            {
                scope.Add(ChangeCodes.EventRemoved, null, "event", null, null,
                    $"Event '{name}' was removed; producers that still send it are rejected as unknown_event.");
            }
        }

        foreach (var (name, view) in now)
        {
            if (!old.ContainsKey(name))
            {
                new DiffScope(name, view.PayloadKey, changes).Add(ChangeCodes.EventAdded, null, "event", null, null, $"Event '{name}' was added.");
            }
        }

        changes.Sort(ChangeOrder.Instance);
        var kept = new List<Change>(changes.Count);
        var ignored = new List<Change>();
        foreach (var change in changes)
        {
            (options.Ignore.Any(rule => rule.Matches(change)) ? ignored : kept).Add(change);
        }

        return new DiffResult
        {
            Summary = DiffSummary.Of(kept),
            Changes = kept,
            Ignored = ignored,
            Events = [.. old.Keys.Union(now.Keys).Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// Checks a candidate version against earlier ones with Confluent Schema Registry semantics. The
    /// plain modes check the latest earlier version only (the last in <paramref name="earlier"/>, which
    /// is ordered oldest first); the <c>_transitive</c> modes check every one. An empty history is compatible.
    /// </summary>
    public static CompatibilityReport CheckCompatibility(IReadOnlyList<Contract> earlier, Contract candidate, CompatibilityMode mode, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        ArgumentNullException.ThrowIfNull(candidate);
        if (earlier.Any(c => c is null))
        {
            throw new ArgumentException("Earlier versions must not contain null.", nameof(earlier));
        }

        var indices = CompatibilityModes.IsTransitive(mode)
            ? Enumerable.Range(0, earlier.Count)
            : earlier.Count > 0 ? [earlier.Count - 1] : [];
        var directions = CompatibilityModes.Directions(mode);
        var checks = new List<CompatibilityCheck>();
        foreach (var index in indices)
        {
            var label = Label(earlier[index], index);
            foreach (var direction in directions)
            {
                var result = direction == CompatibilityDirection.Backward
                    ? Compare(earlier[index], candidate, options)
                    : Compare(candidate, earlier[index], options);
                checks.Add(new CompatibilityCheck(index, label, direction, result));
            }
        }

        return new CompatibilityReport
        {
            Mode = mode,
            Checks = checks,
            Issues =
            [
                .. checks.SelectMany(check => check.Result.Changes
                    .Where(change => change.Severity == ChangeSeverity.Breaking)
                    .Select(change => new CompatibilityIssue(check.EarlierIndex, check.Against, check.Direction, change))),
            ],
        };
    }

    private static string Label(Contract contract, int index) =>
        contract.VersionNumber is { } number ? "version " + number.ToString(CultureInfo.InvariantCulture)
        : contract.VersionId ?? "earlier[" + index.ToString(CultureInfo.InvariantCulture) + "]";
}
