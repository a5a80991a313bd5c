namespace Trackboard.Guard.Ingest;

/// <summary>A request-level refusal: nothing of the request was stored.</summary>
internal sealed record IngestError(int Status, string Code, string Detail);
