using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Trackboard.Guard.Configuration;
using Trackboard.Guard.Storage;

namespace Trackboard.Guard.Forwarding;

/// <summary>A Segment-compatible endpoint: one POST per batch in Segment batch format, the destination's write key as Basic auth.</summary>
internal sealed class HttpDestinationSender(DestinationOptions destination, HttpClient http, TimeProvider time) : DestinationSender
{
    private readonly AuthenticationHeaderValue? _authorization = destination.WriteKey.Length == 0
        ? null
        : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(destination.WriteKey + ":")));

    public override async Task<SendResult> SendAsync(IReadOnlyList<OutboxRow> rows, CancellationToken abort)
    {
        int status;
        TimeSpan? retryAfter;
        try
        {
            using var timeout = new CancellationTokenSource(destination.Timeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, abort);
            using var request = new HttpRequestMessage(HttpMethod.Post, destination.Url) { Content = BatchContent(rows) };
            request.Headers.Authorization = _authorization;
            using var response = await http.SendAsync(request, linked.Token).ConfigureAwait(false);
            status = (int)response.StatusCode;
            retryAfter = Backoff.RetryAfter(response.Headers.RetryAfter, time.GetUtcNow());
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            return new SendResult([], rows) { Failure = ex, Aborted = abort.IsCancellationRequested };
        }

        if (status is >= 200 and < 300)
        {
            return SendResult.AllDelivered(rows, status);
        }

        var reject = status is >= 400 and < 500 and not 408 and not 429 ? "destination_rejected_" + status.ToString(CultureInfo.InvariantCulture) : null;
        return new SendResult([], rows) { Status = status, RetryAfter = retryAfter, RejectReason = reject };
    }

    private ByteArrayContent BatchContent(IReadOnlyList<OutboxRow> rows)
    {
        var sentAt = Encoding.UTF8.GetBytes(time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
        var size = rows.Sum(r => r.Body.Length + 1) + sentAt.Length + 32;
        var buffer = new byte[size];
        var at = 0;
        void Put(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(buffer.AsSpan(at));
            at += bytes.Length;
        }

        Put("{\"batch\":["u8);
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                Put(","u8);
            }

            Put(rows[i].Body);
        }

        Put("],\"sentAt\":\""u8);
        Put(sentAt);
        Put("\"}"u8);
        var content = new ByteArrayContent(buffer, 0, at);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
