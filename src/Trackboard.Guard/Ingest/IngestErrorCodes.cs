namespace Trackboard.Guard.Ingest;

/// <summary>Stable codes of request-level refusals (the <c>code</c> member of the problem body).</summary>
internal static class IngestErrorCodes
{
    public const string EmptyBody = "empty_body";
    public const string InvalidJson = "invalid_json";
    public const string InvalidUtf8 = "invalid_utf8";
    public const string DepthExceeded = "depth_exceeded";
    public const string InvalidPayloadShape = "invalid_payload_shape";
    public const string BodyTooLarge = "body_too_large";
    public const string EventTooLarge = "event_too_large";
    public const string TooManyEvents = "too_many_events";
    public const string InvalidGzip = "invalid_gzip";
    public const string UnsupportedMediaType = "unsupported_media_type";
    public const string UnsupportedContentEncoding = "unsupported_content_encoding";
    public const string MissingWriteKey = "missing_write_key";
    public const string InvalidWriteKey = "invalid_write_key";
    public const string InvalidAuthorization = "invalid_authorization";
    public const string ContractNotLoaded = "contract_not_loaded";
    public const string StoreFull = "store_full";
    public const string StoreUnavailable = "store_unavailable";
}
