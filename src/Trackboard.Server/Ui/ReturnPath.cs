namespace Trackboard.Server.Ui;

/// <summary>Where a sign-in or sign-up goes next: only a path on this site, never an absolute or protocol-relative address (an open redirect).</summary>
internal static class ReturnPath
{
    public static string Resolve(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] != '/' && !url.Contains("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal)
            ? "/" + url
            : "/plans";

    public static string Query(string? returnUrl) =>
        string.IsNullOrEmpty(returnUrl) ? "" : "?returnUrl=" + Uri.EscapeDataString(returnUrl);
}
