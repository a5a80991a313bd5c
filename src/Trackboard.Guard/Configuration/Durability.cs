namespace Trackboard.Guard.Configuration;

/// <summary>What a 2xx promises.</summary>
internal enum Durability
{
    /// <summary>The event survives a killed process (SQLite WAL, synchronous=NORMAL).</summary>
    Process,

    /// <summary>The event survives a power cut (fsync on every commit, synchronous=FULL).</summary>
    Power,
}
