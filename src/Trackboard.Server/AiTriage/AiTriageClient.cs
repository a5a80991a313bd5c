using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Trackboard.Server.Webhooks;

namespace Trackboard.Server.AiTriage;

/// <summary>
/// Calls an OpenAI-compatible <c>/chat/completions</c> endpoint with the redacted group summary. Connections go through the
/// webhook address guard (loopback, private and metadata addresses refused at connect time) unless the provider allows them.
/// </summary>
internal sealed class AiTriageClient : IDisposable
{
    public const string SystemPrompt =
        "You triage groups of analytics events that failed validation against a tracking plan. The user message is a JSON summary of one "
        + "group: the event, the contract version, which rules broke (code, path, expected, kind of the actual value), where it comes from "
        + "(source, app version, library), its spread and a rule-based report. It holds no raw values. Answer with one JSON object and nothing "
        + "else: {\"summary\": string, \"probable_causes\": [string], \"suggested_fixes\": [string], \"confidence\": \"low\"|\"medium\"|\"high\"}, "
        + "at most 10 causes and 10 fixes.";

    private readonly HttpClient _guarded = new(AddressGuard.CreateHandler(allowPrivate: false)) { Timeout = Timeout.InfiniteTimeSpan };
    private readonly HttpClient _open = new(AddressGuard.CreateHandler(allowPrivate: true)) { Timeout = Timeout.InfiniteTimeSpan };

    public async Task<AiCallResult> CompleteAsync(AiProviderSettings settings, string? apiKey, string input, CancellationToken ct)
    {
        var body = new JsonObject
        {
            ["model"] = settings.Model,
            ["temperature"] = 0,
            ["response_format"] = new JsonObject { ["type"] = "json_object" },
            ["messages"] = new JsonArray(
                new JsonObject { ["role"] = "system", ["content"] = SystemPrompt },
                new JsonObject { ["role"] = "user", ["content"] = input }),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.BaseUrl.TrimEnd('/') + "/chat/completions")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            using var response = await (settings.AllowPrivateAddress ? _open : _guarded).SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new AiCallResult(null, AiErrorCodes.ProviderError, $"The provider answered HTTP {(int)response.StatusCode}.", (int)response.StatusCode);
            }
            var (output, error) = AiTriageOutput.FromCompletion(text);
            return output is not null ? new AiCallResult(output, null, null) : new AiCallResult(null, AiErrorCodes.MalformedOutput, "The provider's answer does not fit the triage schema: " + error);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new AiCallResult(null, AiErrorCodes.Timeout, $"The provider did not answer within {settings.TimeoutSeconds} s.");
        }
        catch (HttpRequestException e) when (e.InnerException is WebhookTargetBlockedException blocked)
        {
            return new AiCallResult(null, AiErrorCodes.TargetBlocked, blocked.Message.Replace("Webhook target", "AI provider", StringComparison.Ordinal)
                + " An admin can allow it with allow_private_address.");
        }
        catch (HttpRequestException e)
        {
            return new AiCallResult(null, AiErrorCodes.ProviderError, "The provider could not be reached: " + e.Message);
        }
    }

    public void Dispose()
    {
        _guarded.Dispose();
        _open.Dispose();
    }
}
