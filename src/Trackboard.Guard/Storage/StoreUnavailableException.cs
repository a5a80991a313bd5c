namespace Trackboard.Guard.Storage;

/// <summary>A commit failed; nothing of the request was stored. <see cref="Code"/> is <c>store_full</c> or <c>store_unavailable</c>.</summary>
internal sealed class StoreUnavailableException(string code, Exception inner) : Exception($"The store could not commit ({code}).", inner)
{
    public string Code { get; } = code;
}
