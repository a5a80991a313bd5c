using System.Globalization;
using System.Text.Json;
using Trackboard.Contracts.Versioning;

namespace Trackboard.Guard.ContractSource;

/// <summary>
/// The versions Guard holds, swapped as one: the latest, older published versions by number and the app-version map.
/// Picks the version each event is validated against.
/// </summary>
internal sealed class ContractSet(LoadedContract latest, IReadOnlyDictionary<long, LoadedContract> byNumber, IReadOnlyList<AppVersionRule> rules)
{
    public LoadedContract Latest { get; } = latest;

    public IReadOnlyDictionary<long, LoadedContract> ByNumber { get; } = byNumber;

    public IReadOnlyList<AppVersionRule> Rules { get; } = rules;

    /// <summary>A set of one contract (a contract file): stamps naming it still select it.</summary>
    public static ContractSet Single(LoadedContract contract) => new(contract,
        contract.Compiled.Contract.VersionNumber is { } n ? new Dictionary<long, LoadedContract> { [n] = contract } : new Dictionary<long, LoadedContract>(), []);

    /// <summary>
    /// The stamped version when held (codegen stamps the version number as a JSON number; a string "3", "v3" or the
    /// version id is accepted too), else the version the app build maps to when held, else the latest.
    /// </summary>
    public (LoadedContract Contract, string SelectedBy) Select(JsonElement payload)
    {
        if (ByNumber.Count <= 1 && Rules.Count == 0)
        {
            return (Latest, ContractSelection.Latest);
        }

        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty("context", out var context) || context.ValueKind != JsonValueKind.Object)
        {
            return (Latest, ContractSelection.Latest);
        }

        if (context.TryGetProperty("trackboard", out var trackboard) && trackboard.ValueKind == JsonValueKind.Object
            && trackboard.TryGetProperty("contract_version", out var stamp) && FindStamped(stamp) is { } stamped)
        {
            return (stamped, ContractSelection.Stamp);
        }

        if (Rules.Count > 0 && context.TryGetProperty("app", out var app) && app.ValueKind == JsonValueKind.Object
            && app.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
            && AppVersion.TryParse(version.GetString(), out var build)
            && Rules.FirstOrDefault(r => build.IsInRange(r.From, r.To)) is { } rule
            && ByNumber.TryGetValue(rule.ContractVersion, out var mapped))
        {
            return (mapped, ContractSelection.AppVersion);
        }

        return (Latest, ContractSelection.Latest);
    }

    private LoadedContract? FindStamped(JsonElement stamp)
    {
        if (stamp.ValueKind == JsonValueKind.Number)
        {
            return stamp.TryGetInt64(out var n) && ByNumber.TryGetValue(n, out var byNumber) ? byNumber : null;
        }

        if (stamp.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = stamp.GetString()!;
        var digits = text.StartsWith('v') ? text[1..] : text;
        if (long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return ByNumber.GetValueOrDefault(number);
        }

        return ByNumber.Values.FirstOrDefault(c => string.Equals(c.Version, text, StringComparison.OrdinalIgnoreCase));
    }
}
