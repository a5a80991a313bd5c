namespace Trackboard.Contracts.Codegen;

/// <summary>Options shared by every target.</summary>
public sealed record CodegenOptions
{
    /// <summary>The defaults.</summary>
    public static CodegenOptions Default { get; } = new();

    /// <summary>
    /// The namespace, package or module name for targets that have one (C#, Kotlin, Java, Go, Dart);
    /// null uses the target's default (<c>Trackboard.Generated</c>, <c>trackboard</c>, …).
    /// </summary>
    public string? Namespace { get; init; }
}
