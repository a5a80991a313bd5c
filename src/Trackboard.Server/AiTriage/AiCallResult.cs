using System.Text.Json.Nodes;

namespace Trackboard.Server.AiTriage;

/// <summary>The checked answer of one provider call, or the error code (<see cref="AiErrorCodes"/>) and what went wrong.</summary>
internal sealed record AiCallResult(JsonObject? Output, string? Code, string? Detail, int? ProviderStatus = null);
