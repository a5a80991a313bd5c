using System.Net.Http.Headers;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Forwarding;

namespace Trackboard.Guard.Push;

/// <summary>POSTs to the Server's Guard-link endpoints with the push token; never throws for the network's or the Server's faults.</summary>
internal sealed class PushClient(GuardOptions options, HttpClient http)
{
    private readonly string _planUrl = options.Push.PlanUrl(options.ContractPull.Url);
    private readonly string _token = options.Push.Token.Length > 0 ? options.Push.Token : options.ContractPull.Token;
    private readonly RetryOptions _retry = new() { InitialDelay = options.Push.RetryInitialDelay, MaxDelay = options.Push.RetryMaxDelay };

    /// <summary>The answer's status (0: no answer) and body, or the error that kept it from arriving.</summary>
    public async Task<(int Status, string Body, string? Error)> PostAsync(string path, byte[] body, string contentType, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _planUrl + path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.Push.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var text = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return ((int)response.StatusCode, text, null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (0, "", $"no answer within {options.Push.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            return (0, "", e.Message);
        }
    }

    /// <summary>The wait before retry <paramref name="attempt"/> (exponential, equal jitter, capped by <c>push.retry_max_delay</c>).</summary>
    public TimeSpan Delay(int attempt) => Backoff.Delay(attempt, _retry, Random.Shared.NextDouble());
}
