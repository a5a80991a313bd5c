namespace Trackboard.Server.AiTriage;

/// <summary>An organization's OpenAI-compatible provider for the optional AI triage of DLQ groups; off until an admin enables it.</summary>
internal sealed class AiProviderSettings
{
    public Guid OrgId { get; set; }
    public bool Enabled { get; set; }

    /// <summary>The API root, such as <c>https://api.openai.com/v1</c>; Trackboard POSTs to <c>{BaseUrl}/chat/completions</c>.</summary>
    public string BaseUrl { get; set; } = "";

    public string Model { get; set; } = "";

    /// <summary>The API key under ASP.NET Data Protection; never returned by the API.</summary>
    public string? ProtectedApiKey { get; set; }

    /// <summary>Allows a base URL on a loopback or private address (a model served inside the network).</summary>
    public bool AllowPrivateAddress { get; set; }

    public int TimeoutSeconds { get; set; } = 30;
    public DateTime UpdatedAt { get; set; }
}
