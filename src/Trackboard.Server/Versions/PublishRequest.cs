namespace Trackboard.Server.Versions;

internal sealed record PublishRequest(long? DraftRevision, string? Summary, bool? AllowBreaking);
