using System.Text.Json;
using Trackboard.Contracts.Versioning;

namespace Trackboard.Guard.ContractSource;

/// <summary>Reads the Server's <c>/plans/{id}/app-versions</c> body into rules; any bad entry refuses the whole map.</summary>
internal static class AppVersionMap
{
    public static (IReadOnlyList<AppVersionRule>? Rules, string? Error) Parse(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("mappings", out var mappings) || mappings.ValueKind != JsonValueKind.Array)
            {
                return (null, "the app-version map is not {\"mappings\": [...]}");
            }

            var rules = new List<AppVersionRule>();
            foreach (var m in mappings.EnumerateArray())
            {
                if (m.ValueKind != JsonValueKind.Object
                    || !m.TryGetProperty("app_version_from", out var from) || from.ValueKind != JsonValueKind.String || !AppVersion.TryParse(from.GetString(), out var fromVersion)
                    || !m.TryGetProperty("contract_version", out var number) || number.ValueKind != JsonValueKind.Number || !number.TryGetInt64(out var contractVersion))
                {
                    return (null, $"mapping {rules.Count} has no valid app_version_from and contract_version");
                }

                AppVersion? toVersion = null;
                if (m.TryGetProperty("app_version_to", out var to) && to.ValueKind != JsonValueKind.Null
                    && (to.ValueKind != JsonValueKind.String || !AppVersion.TryParse(to.GetString(), out toVersion)))
                {
                    return (null, $"mapping {rules.Count} has an invalid app_version_to");
                }

                rules.Add(new AppVersionRule(fromVersion, toVersion, contractVersion));
            }

            return (rules, null);
        }
        catch (JsonException ex)
        {
            return (null, "the app-version map is not JSON: " + ex.Message);
        }
    }
}
