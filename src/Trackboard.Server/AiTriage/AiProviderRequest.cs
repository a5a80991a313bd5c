namespace Trackboard.Server.AiTriage;

/// <summary>
/// <c>PUT /org/ai-provider</c>: fields left out keep their value. <c>api_key</c> replaces the stored key (it is never returned);
/// <c>clear_api_key: true</c> removes it.
/// </summary>
internal sealed record AiProviderRequest(
    bool? Enabled, string? BaseUrl, string? Model, string? ApiKey, bool? ClearApiKey, bool? AllowPrivateAddress, int? TimeoutSeconds);
