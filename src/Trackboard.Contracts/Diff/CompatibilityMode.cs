namespace Trackboard.Contracts.Diff;

/// <summary>
/// Which earlier versions a candidate must stay compatible with, and in which direction; the semantics
/// of Confluent Schema Registry's compatibility types.
/// </summary>
public enum CompatibilityMode
{
    /// <summary>Against the latest earlier version: the candidate accepts everything it accepted (the DESIGN §4 table).</summary>
    Backward,

    /// <summary>Against every earlier version, backward.</summary>
    BackwardTransitive,

    /// <summary>Against the latest earlier version: it accepts everything the candidate accepts (the table with before and after swapped).</summary>
    Forward,

    /// <summary>Against every earlier version, forward.</summary>
    ForwardTransitive,

    /// <summary>Against the latest earlier version, backward and forward.</summary>
    Full,

    /// <summary>Against every earlier version, backward and forward.</summary>
    FullTransitive,

    /// <summary>No check: always compatible.</summary>
    None,
}
