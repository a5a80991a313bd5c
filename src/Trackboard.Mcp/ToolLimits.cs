namespace Trackboard.Mcp;

/// <summary>
/// Upper bounds on tool arguments, so a huge argument gets a clear error instead of unbounded work.
/// The limits are far above anything a real query, event name or payload needs.
/// </summary>
public static class ToolLimits
{
    /// <summary>The longest search query, event name, target or proposed description, in characters.</summary>
    public const int MaxText = 1_000;

    /// <summary>The largest payload <c>validate_event_payload</c> accepts, in UTF-8 bytes of its JSON.</summary>
    public const int MaxPayloadBytes = 1024 * 1024;

    /// <summary>The largest proposed contract <c>diff_contracts</c> accepts, in characters.</summary>
    public const int MaxContractChars = 8 * 1024 * 1024;

    /// <summary>Fails with <c>argument_too_long</c> when <paramref name="value"/> is longer than <paramref name="max"/>.</summary>
    internal static void Check(string? value, string argument, int max = MaxText)
    {
        if (value?.Length > max)
        {
            throw new McpToolException("argument_too_long", $"{argument} has {value.Length} characters; the limit is {max}. Shorten it.");
        }
    }
}
