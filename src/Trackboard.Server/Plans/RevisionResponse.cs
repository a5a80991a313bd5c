namespace Trackboard.Server.Plans;

internal sealed record RevisionResponse(long DraftRevision);
