using System.Text.Json.Nodes;
using Trackboard.Server.Live;

namespace Trackboard.Server.Ui;

/// <summary>
/// What a review page hears from its main plan's live feed: merge-request activity (<c>event: review</c>) by anyone,
/// through the API or another browser, on any Server instance. The page reacts once per batch of wanted messages.
/// </summary>
internal sealed class ReviewListener : IAsyncDisposable
{
    private readonly LiveSubscription _subscription;
    private readonly CancellationTokenSource _stop = new();

    private ReviewListener(LiveSubscription subscription) => _subscription = subscription;

    /// <summary>
    /// Starts listening. <paramref name="react"/> runs through <paramref name="invoke"/> (the component's
    /// <c>InvokeAsync</c>, so it runs on the page's renderer) after review messages that <paramref name="wanted"/> accepts.
    /// </summary>
    public static ReviewListener Start(LiveFeed feed, Guid orgId, Guid planId, Func<JsonNode, bool> wanted, Func<Func<Task>, Task> invoke, Func<Task> react)
    {
        var listener = new ReviewListener(feed.Subscribe(orgId, planId));
        _ = listener.ListenAsync(wanted, invoke, react);
        return listener;
    }

    private async Task ListenAsync(Func<JsonNode, bool> wanted, Func<Func<Task>, Task> invoke, Func<Task> react)
    {
        try
        {
            while (await _subscription.Reader.WaitToReadAsync(_stop.Token))
            {
                var any = false;
                while (_subscription.Reader.TryRead(out var message))
                {
                    any |= message.Kind == LiveMessage.ReviewKind && JsonNode.Parse(message.Json) is { } node && wanted(node);
                }
                if (any)
                {
                    await invoke(react);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
            // The page closed while a reload was on its way.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _subscription.Dispose();
        _stop.Dispose();
    }
}
