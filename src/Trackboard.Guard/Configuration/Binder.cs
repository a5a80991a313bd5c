using System.Globalization;

namespace Trackboard.Guard.Configuration;

/// <summary>Typed reads of flattened config values; a bad value adds an error and yields the default so reading goes on.</summary>
internal sealed class Binder(Dictionary<string, ConfigValue> values, List<ConfigError> errors)
{
    public IEnumerable<string> Children(string section) =>
        values.Keys.Where(k => k.StartsWith(section + ".", StringComparison.Ordinal))
            .Select(k => k[(section.Length + 1)..].Split('.')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public string String(string path, string fallback) => values.TryGetValue(path, out var v) ? v.Text : fallback;

    public int Int(string path, int fallback) => (int)Number(path, fallback, int.MaxValue);

    public long Long(string path, long fallback) => Number(path, fallback, long.MaxValue);

    public bool Bool(string path, bool fallback)
    {
        if (!values.TryGetValue(path, out var v))
        {
            return fallback;
        }

        if (bool.TryParse(v.Text, out var result))
        {
            return result;
        }

        errors.Add(new ConfigError(path, $"'{v.Text}' is not a boolean ({v.Origin}).", "Write true or false."));
        return fallback;
    }

    public TimeSpan Duration(string path, TimeSpan fallback)
    {
        if (!values.TryGetValue(path, out var v))
        {
            return fallback;
        }

        if (Durations.TryParse(v.Text, out var result))
        {
            return result;
        }

        errors.Add(new ConfigError(path, $"'{v.Text}' is not a duration ({v.Origin}).", "Write a number with a unit: 250ms, 5s, 10m, 24h."));
        return fallback;
    }

    public double Double(string path, double fallback)
    {
        if (!values.TryGetValue(path, out var v))
        {
            return fallback;
        }

        if (double.TryParse(v.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var result))
        {
            return result;
        }

        errors.Add(new ConfigError(path, $"'{v.Text}' is not a number ({v.Origin}).", "Write a decimal number without quotes, such as 0.25."));
        return fallback;
    }

    /// <summary>One of a fixed set of words that are not C# names (<c>http/protobuf</c>); anything else is reported like a bad enum value.</summary>
    public string Choice(string path, string fallback, IReadOnlyList<string> allowed)
    {
        if (!values.TryGetValue(path, out var v))
        {
            return fallback;
        }

        if (allowed.Contains(v.Text))
        {
            return v.Text;
        }

        errors.Add(new ConfigError(path, $"'{v.Text}' is not allowed ({v.Origin}).", $"Use one of: {string.Join(", ", allowed)}."));
        return fallback;
    }

    public T Enum<T>(string path, T fallback)
        where T : struct, System.Enum
    {
        if (!values.TryGetValue(path, out var v))
        {
            return fallback;
        }

        var names = System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()).ToArray();
        if (names.Contains(v.Text) && System.Enum.TryParse<T>(v.Text, ignoreCase: true, out var result))
        {
            return result;
        }

        errors.Add(new ConfigError(path, $"'{v.Text}' is not allowed ({v.Origin}).", $"Use one of: {string.Join(", ", names)}."));
        return fallback;
    }

    public PolicyOptions Policy(string prefix, PolicyOptions fallback) => new()
    {
        Mode = Enum(prefix + ".mode", fallback.Mode),
        UnplannedEvents = Enum(prefix + ".unplanned_events", fallback.UnplannedEvents),
        UnplannedProperties = Enum(prefix + ".unplanned_properties", fallback.UnplannedProperties),
    };

    private long Number(string path, long fallback, long max)
    {
        if (!values.TryGetValue(path, out var v))
        {
            return fallback;
        }

        if (long.TryParse(v.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result) && result <= max)
        {
            return result;
        }

        errors.Add(new ConfigError(path, $"'{v.Text}' is not a whole number ({v.Origin}).", "Write a whole number without quotes or units, such as 100."));
        return fallback;
    }
}
