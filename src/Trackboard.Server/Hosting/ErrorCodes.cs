namespace Trackboard.Server.Hosting;

/// <summary>Stable <c>code</c>s of the Server's ProblemDetails; docs/api.md lists them.</summary>
internal static class ErrorCodes
{
    public const string InvalidJson = "invalid_json";
    public const string UnknownField = "unknown_field";
    public const string MissingField = "missing_field";
    public const string InvalidField = "invalid_field";
    public const string NameTooLong = "name_too_long";
    public const string PayloadTooLarge = "payload_too_large";
    public const string InvalidContract = "invalid_contract";
    public const string StaleRevision = "stale_revision";
    public const string NotFound = "not_found";
    public const string Unauthorized = "unauthorized";
    public const string Forbidden = "forbidden";
    public const string MethodNotAllowed = "method_not_allowed";
    public const string RateLimited = "rate_limited";
    public const string InvalidCredentials = "invalid_credentials";
    public const string AccountLocked = "account_locked";
    public const string EmailTaken = "email_taken";
    public const string InvalidToken = "invalid_token";
    public const string InvalidApiKey = "invalid_api_key";
    public const string InvitationInvalid = "invitation_invalid";
    public const string AlreadyMember = "already_member";
    public const string LastOwner = "last_owner";
    public const string PlanArchived = "plan_archived";
    public const string BreakingChange = "breaking_change";
    public const string NoPublishedVersion = "no_published_version";
    public const string BatchTooLarge = "batch_too_large";
    public const string UnknownTarget = "unknown_target";
    public const string Conflict = "conflict";
    public const string NotMain = "not_main";
    public const string InvalidWebhookUrl = "invalid_webhook_url";
    public const string WebhookTargetBlocked = "webhook_target_blocked";
    public const string NotBranch = "not_branch";
    public const string MergeConflict = "merge_conflict";
    public const string MergeRequestNotOpen = "merge_request_not_open";
    public const string SelfApproval = "self_approval";
    public const string ApprovalsRequired = "approvals_required";
    public const string ImportTooLarge = "import_too_large";
    public const string UnsupportedImportFormat = "unsupported_import_format";
    public const string ImportFailed = "import_failed";
    public const string AntiforgeryFailed = "antiforgery_failed";
    public const string InternalError = "internal_error";
    public const string AppVersionOverlap = "app_version_overlap";
    public const string LiveFeedUnavailable = "live_feed_unavailable";
}
