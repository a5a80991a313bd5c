namespace Trackboard.Server.Plans;

internal sealed record RevisionRequest(long? DraftRevision);
