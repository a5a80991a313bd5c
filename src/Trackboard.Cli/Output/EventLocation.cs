using System.Globalization;

namespace Trackboard.Cli.Output;

/// <summary>Where an event is in the input: an NDJSON line, an array index, or the whole file.</summary>
internal readonly record struct EventLocation(long? Line, int? Index)
{
    public static EventLocation WholeFile => default;

    public override string ToString() =>
        Line is { } line ? "line " + line.ToString(CultureInfo.InvariantCulture)
        : Index is { } index ? "[" + index.ToString(CultureInfo.InvariantCulture) + "]"
        : "event";
}
