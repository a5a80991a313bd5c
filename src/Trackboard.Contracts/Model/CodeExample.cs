namespace Trackboard.Contracts.Model;

/// <summary>A code snippet in implementation guidance.</summary>
public sealed record CodeExample
{
    /// <summary>Programming language of the snippet.</summary>
    public required string Language { get; init; }

    /// <summary>Framework or runtime, when it matters.</summary>
    public string? Framework { get; init; }

    /// <summary>The code, at most 2,000 characters.</summary>
    public required string Snippet { get; init; }
}
