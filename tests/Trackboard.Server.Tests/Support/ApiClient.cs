using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

/// <summary>An HTTP client for the API with an optional bearer token and the ids of the account behind it.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http { get; } = http;
    public string? Token { get; set; }
    public string? RefreshToken { get; set; }
    public Guid OrgId { get; set; }
    public Guid UserId { get; set; }
    public string Email { get; set; } = "";

    public Task<ApiResponse> Get(string url, IDictionary<string, string>? headers = null) => Send(HttpMethod.Get, url, null, headers);

    public Task<ApiResponse> Post(string url, object? body = null, IDictionary<string, string>? headers = null) => Send(HttpMethod.Post, url, body, headers);

    public Task<ApiResponse> Patch(string url, object? body) => Send(HttpMethod.Patch, url, body, null);

    public Task<ApiResponse> Delete(string url) => Send(HttpMethod.Delete, url, null, null);

    /// <summary>Sends <paramref name="body"/> as JSON: a string is sent verbatim (for malformed JSON), anything else is serialized.</summary>
    public async Task<ApiResponse> Send(HttpMethod method, string url, object? body, IDictionary<string, string>? headers)
    {
        using var request = new HttpRequestMessage(method, url.StartsWith('/') ? url : "/api/v1/" + url);
        if (Token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        }
        foreach (var (key, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(key, value);
        }
        if (body is not null)
        {
            var text = body is string s ? s : body is JsonNode node ? node.ToJsonString() : System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(text, Encoding.UTF8, "application/json");
        }
        using var response = await Http.SendAsync(request);
        return new ApiResponse(response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers, response.Content.Headers);
    }
}
