using System.Text.Json.Serialization;

namespace Trackboard.Guard.Hosting;

/// <summary>The body of the health endpoints.</summary>
internal sealed record HealthStatus(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("contract_version")] string? ContractVersion,
    [property: JsonPropertyName("reasons")] IReadOnlyList<string>? Reasons);
