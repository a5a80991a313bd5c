namespace Trackboard.Server.Webhooks;

internal sealed record WebhookCreate(string? Url, List<string>? Events);

internal sealed record OrgSettingsRequest(bool? AllowPrivateWebhookTargets);
