using System.Net;

namespace Trackboard.Server.Webhooks;

internal sealed class WebhookTargetBlockedException(string host, IReadOnlyList<IPAddress> addresses)
    : IOException($"Webhook target {host} resolves only to refused addresses ({string.Join(", ", addresses)}): loopback, private, link-local and metadata targets are not allowed.");
