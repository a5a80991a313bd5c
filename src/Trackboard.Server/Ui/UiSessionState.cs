namespace Trackboard.Server.Ui;

/// <summary>
/// What one browser tab's circuit remembers between pages: the API key it just created, so the playground can
/// use it without the secret ever going into a URL. Gone when the tab closes, as show-once requires.
/// </summary>
internal sealed class UiSessionState
{
    public string? LastCreatedKey { get; set; }
}
