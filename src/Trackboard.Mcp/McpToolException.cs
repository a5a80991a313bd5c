namespace Trackboard.Mcp;

/// <summary>A tool failed in a way the caller can act on; it reaches the client as structured data with a code.</summary>
public sealed class McpToolException : Exception
{
    /// <summary>Creates the exception.</summary>
    public McpToolException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Creates the exception.</summary>
    public McpToolException()
        : this("tool_error", "The tool failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    public McpToolException(string message)
        : this("tool_error", message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public McpToolException(string message, Exception innerException)
        : base(message, innerException) => Code = "tool_error";

    /// <summary>A stable code such as <c>unknown_event</c> or <c>contract_invalid</c>.</summary>
    public string Code { get; }
}
