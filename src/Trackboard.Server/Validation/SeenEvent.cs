namespace Trackboard.Server.Validation;

/// <summary>One event's counts and last-seen times in the implementation status, from the validate API or from Guard counts.</summary>
internal sealed record SeenEvent(string Name, long Valid, long Invalid, DateTime LastSeen, DateTime? LastValid, DateTime? LastInvalid)
{
    public static SeenEvent Merge(SeenEvent a, SeenEvent b) => new(
        a.Name, a.Valid + b.Valid, a.Invalid + b.Invalid, Max(a.LastSeen, b.LastSeen)!.Value, Max(a.LastValid, b.LastValid), Max(a.LastInvalid, b.LastInvalid));

    private static DateTime? Max(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
