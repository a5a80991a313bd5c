namespace Trackboard.Contracts.Diff;

/// <summary>
/// The one order of changes: event name, property path (event-level changes first), code, path, before,
/// after, all ordinal.
/// </summary>
internal sealed class ChangeOrder : IComparer<Change>
{
    public static ChangeOrder Instance { get; } = new();

    public int Compare(Change? x, Change? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var result = string.CompareOrdinal(x.Event, y.Event);
        if (result == 0)
        {
            result = string.CompareOrdinal(x.Property, y.Property);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Code, y.Code);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Path, y.Path);
        }

        if (result == 0)
        {
            result = string.CompareOrdinal(x.Before, y.Before);
        }

        return result == 0 ? string.CompareOrdinal(x.After, y.After) : result;
    }
}
