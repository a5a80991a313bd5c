namespace Trackboard.Contracts.Codegen;

/// <summary>Generation failed: a contract name cannot become an identifier in the target, or two names collide.</summary>
public sealed class CodegenException : Exception
{
    /// <summary>A name maps to an identifier that another name already maps to.</summary>
    public const string NameCollision = "name_collision";

    /// <summary>A name has nothing that can become an identifier (no letters or digits).</summary>
    public const string InvalidIdentifier = "invalid_identifier";

    /// <summary>The target does not exist.</summary>
    public const string UnknownTarget = "unknown_target";

    /// <summary>Creates the exception.</summary>
    public CodegenException(string code, string target, IReadOnlyList<string> sourceNames, string message)
        : base(message)
    {
        Code = code;
        Target = target;
        SourceNames = sourceNames;
    }

    /// <summary>Creates the exception.</summary>
    public CodegenException()
        : this(InvalidIdentifier, "", [], "Code generation failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public CodegenException(string message)
        : this(InvalidIdentifier, "", [], message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public CodegenException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = InvalidIdentifier;
        Target = "";
        SourceNames = [];
    }

    /// <summary>A stable code: <see cref="NameCollision"/>, <see cref="InvalidIdentifier"/> or <see cref="UnknownTarget"/>.</summary>
    public string Code { get; }

    /// <summary>The target that failed.</summary>
    public string Target { get; }

    /// <summary>The contract names involved (both, for a collision).</summary>
    public IReadOnlyList<string> SourceNames { get; }
}
