using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Trackboard.Contracts.Versioning;

/// <summary>
/// An application build version as apps send it in <c>context.app.version</c> (<c>1.4.2</c>, <c>v2.0</c>,
/// <c>3.1.0-beta.2</c>, <c>5.2 (4120)</c>): dot-separated whole numbers compared one by one, missing ones counting
/// as 0 (<c>1.4</c> equals <c>1.4.0</c>). Whatever follows the numbers (a pre-release or build suffix) is ignored,
/// so the Server and Guard put a build into the same range however it is suffixed.
/// </summary>
public sealed class AppVersion : IComparable<AppVersion>, IEquatable<AppVersion>
{
    private const int MaxParts = 8;
    private const int MaxDigits = 18;
    private readonly long[] _parts;

    private AppVersion(long[] parts) => _parts = parts;

    /// <summary>Parses a version; false when the text does not start with a number (after an optional <c>v</c>).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AppVersion? version)
    {
        version = null;
        var s = (text ?? "").Trim();
        var i = s.Length > 0 && s[0] is 'v' or 'V' ? 1 : 0;
        var parts = new List<long>();
        while (true)
        {
            var start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }

            if (i == start || i - start > MaxDigits || parts.Count == MaxParts)
            {
                return false;
            }

            parts.Add(long.Parse(s.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture));
            if (i < s.Length && s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))
            {
                i++;
                continue;
            }

            break;
        }

        var end = parts.Count;
        while (end > 1 && parts[end - 1] == 0)
        {
            end--;
        }

        version = new AppVersion([.. parts.Take(end)]);
        return true;
    }

    /// <summary>Compares component by component, missing components counting as 0.</summary>
    public int CompareTo(AppVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (var i = 0; i < Math.Max(_parts.Length, other._parts.Length); i++)
        {
            var a = i < _parts.Length ? _parts[i] : 0;
            var b = i < other._parts.Length ? other._parts[i] : 0;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }

        return 0;
    }

    /// <summary>True when this version lies in [<paramref name="from"/>, <paramref name="to"/>); a null <paramref name="to"/> is open-ended.</summary>
    public bool IsInRange(AppVersion from, AppVersion? to)
    {
        ArgumentNullException.ThrowIfNull(from);
        return CompareTo(from) >= 0 && (to is null || CompareTo(to) < 0);
    }

    /// <inheritdoc/>
    public bool Equals(AppVersion? other) => other is not null && CompareTo(other) == 0;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AppVersion other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var part in _parts)
        {
            hash.Add(part);
        }

        return hash.ToHashCode();
    }

    /// <summary>The numeric components joined by dots, trailing zeros dropped (<c>1.4</c> for <c>1.4.0-beta</c>).</summary>
    public override string ToString() => string.Join('.', _parts.Select(p => p.ToString(CultureInfo.InvariantCulture)));
}
