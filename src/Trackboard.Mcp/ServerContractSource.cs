using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Mcp;

/// <summary>
/// Reads the published versions of one plan from a Trackboard Server's REST API
/// (<c>GET /api/v1/plans/{id}/contract[?version=N]</c> with If-None-Match, <c>GET /api/v1/plans/{id}/versions</c>)
/// with a bearer token. It never reads drafts and talks to no other URL. Published versions are immutable, so each is
/// fetched once; the latest is revalidated by ETag on every call, which costs a 304 when nothing was published.
/// </summary>
public sealed class ServerContractSource : IContractSource
{
    /// <summary>The environment variable the CLI reads the token from.</summary>
    public const string TokenVariable = "TRACKBOARD_TOKEN";

    private readonly HttpClient _http;
    private readonly string _planUrl;
    private readonly string? _token;
    private readonly Lock _lock = new();
    private readonly Dictionary<long, Contract> _versions = [];
    private (Contract Contract, EntityTagHeaderValue ETag)? _latest;

    /// <summary>Creates a source for plan <paramref name="planId"/> on <paramref name="server"/>.</summary>
    /// <param name="http">The client to send with; the caller owns it and sets its timeout.</param>
    /// <param name="server">The Server's base URL.</param>
    /// <param name="planId">The plan id.</param>
    /// <param name="token">A personal access token with read scope, or null when none is configured.</param>
    public ServerContractSource(HttpClient http, Uri server, string planId, string? token)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentException.ThrowIfNullOrWhiteSpace(planId);
        _http = http;
        Server = server;
        PlanId = planId;
        _planUrl = server.AbsoluteUri.TrimEnd('/') + "/api/v1/plans/" + Uri.EscapeDataString(planId);
        _token = string.IsNullOrWhiteSpace(token) ? null : token.Trim();
    }

    /// <summary>The Server's base URL.</summary>
    public Uri Server { get; }

    /// <summary>The plan whose published versions this source serves.</summary>
    public string PlanId { get; }

    /// <inheritdoc />
    public async Task<Contract> GetCurrentAsync(CancellationToken cancellationToken)
    {
        var cached = Latest();
        using var response = await SendAsync("/contract", cached?.ETag, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && cached is { } hit)
        {
            return hit.Contract;
        }

        var body = await SuccessBodyAsync(response, cancellationToken).ConfigureAwait(false);
        var contract = Load(body, "the latest published version");
        var etag = response.Headers.ETag ?? new EntityTagHeaderValue($"\"{ContractHasher.Hash(contract)}\"");
        lock (_lock)
        {
            _latest = (contract, etag);
            if (contract.VersionNumber is { } number)
            {
                _versions[number] = contract;
            }
        }

        return contract;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ContractVersionInfo>> ListVersionsAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync("/versions", null, cancellationToken).ConfigureAwait(false);
        var body = await SuccessBodyAsync(response, cancellationToken).ConfigureAwait(false);
        try
        {
            using var document = JsonDocument.Parse(body);
            return [.. document.RootElement.EnumerateArray().Select(Describe).OrderByDescending(v => v.VersionNumber)];
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            throw new McpToolException("server_error", $"The Server at {Server} sent a version list this client does not understand: {failure.Message}");
        }
    }

    /// <inheritdoc />
    public async Task<Contract?> GetVersionAsync(long versionNumber, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_versions.TryGetValue(versionNumber, out var known))
            {
                return known;
            }
        }

        // The list tells an unknown version (null: the tool says unknown_version) from an unknown plan (plan_not_found).
        var versions = await ListVersionsAsync(cancellationToken).ConfigureAwait(false);
        if (!versions.Any(v => v.VersionNumber == versionNumber))
        {
            return null;
        }

        using var response = await SendAsync("/contract?version=" + versionNumber.ToString(CultureInfo.InvariantCulture), null, cancellationToken).ConfigureAwait(false);
        var contract = Load(await SuccessBodyAsync(response, cancellationToken).ConfigureAwait(false), $"version {versionNumber}");
        lock (_lock)
        {
            _versions[versionNumber] = contract;
        }

        return contract;
    }

    private (Contract Contract, EntityTagHeaderValue ETag)? Latest()
    {
        lock (_lock)
        {
            return _latest;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(string path, EntityTagHeaderValue? etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _planUrl + path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (_token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        }

        if (etag is not null)
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        try
        {
            return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new McpToolException("server_unavailable",
                $"The Trackboard Server at {Server} did not answer ({failure.Message}). Check the --server URL and that the Server is running; the tools work again as soon as it answers.");
        }
    }

    private async Task<byte[]> SuccessBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return body;
        }

        var (code, detail) = Problem(body);
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}{(detail is null ? "" : ": " + detail)}";
        throw response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when _token is null => new McpToolException("token_missing",
                $"The Server at {Server} needs a token ({status}). Create a personal access token with read scope and set {TokenVariable} in the MCP client's environment for this server."),
            HttpStatusCode.Unauthorized => new McpToolException("token_invalid",
                $"The Server at {Server} refused the token in {TokenVariable} ({status}): it is unknown, revoked or expired. Create a new personal access token with read scope."),
            HttpStatusCode.Forbidden => new McpToolException("forbidden",
                $"The token's user may not read plan {PlanId} ({status}). Check the token's organization and the user's role."),
            HttpStatusCode.NotFound when code == "no_published_version" => new McpToolException("no_published_version",
                $"Plan {PlanId} has no published version yet ({status}). The MCP tools serve published versions only: publish one first."),
            HttpStatusCode.NotFound => new McpToolException("plan_not_found",
                $"Plan {PlanId} was not found on {Server} ({status}). Check --plan: the plan must belong to the token's organization."),
            _ => new McpToolException("server_error", $"The Server at {Server} answered {status}. Try again later, or check the Server's logs."),
        };
    }

    private Contract Load(byte[] body, string what)
    {
        var result = ContractLoader.Load(body);
        if (result.Contract is not { } contract)
        {
            var first = result.Errors.FirstOrDefault();
            throw new McpToolException("contract_invalid", $"The Server sent {what} of plan {PlanId} that does not load: {first?.Code} at {first?.Path}: {first?.Message}");
        }

        // The Server always sends the hash; content that does not match it was changed in transit or storage.
        if (contract.Hash is { } stated && stated != ContractHasher.Hash(contract))
        {
            throw new McpToolException("contract_invalid", $"The Server sent {what} of plan {PlanId} whose hash {stated} does not match its content.");
        }

        return contract;
    }

    private static ContractVersionInfo Describe(JsonElement version) => new(
        version.GetProperty("version_number").GetInt64(),
        version.TryGetProperty("version_id", out var id) ? id.GetString() : null,
        version.TryGetProperty("created_at", out var at) && at.ValueKind == JsonValueKind.String ? Timestamp(at.GetString()!) : null,
        version.GetProperty("hash").GetString()!,
        null)
    {
        Breaking = version.TryGetProperty("breaking", out var breaking) && breaking.ValueKind is JsonValueKind.True or JsonValueKind.False ? breaking.GetBoolean() : null,
        Summary = version.TryGetProperty("change_summary", out var summary) && summary.ValueKind == JsonValueKind.String ? summary.GetString() : null,
    };

    // The Server stores UTC; its JSON may omit the offset, so it is read as UTC and written the contract's way (Z).
    private static string Timestamp(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
            : text;

    private static (string? Code, string? Detail) Problem(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            return root.ValueKind != JsonValueKind.Object
                ? (null, null)
                : (root.TryGetProperty("code", out var code) && code.ValueKind == JsonValueKind.String ? code.GetString() : null,
                   root.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String ? detail.GetString() : null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }
}
