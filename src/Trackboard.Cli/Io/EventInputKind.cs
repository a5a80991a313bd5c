namespace Trackboard.Cli.Io;

/// <summary>How an events file is laid out.</summary>
internal enum EventInputKind
{
    /// <summary>One JSON event (possibly spread over many lines).</summary>
    Single,

    /// <summary>A JSON array of events.</summary>
    Array,

    /// <summary>One event per line.</summary>
    Ndjson,
}
