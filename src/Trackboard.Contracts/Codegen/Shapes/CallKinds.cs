using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Shapes;

/// <summary>The Segment call types besides track, in the order every target emits them.</summary>
internal static class CallKinds
{
    public const string Identify = "identify";
    public const string Group = "group";
    public const string Page = "page";
    public const string Screen = "screen";

    /// <summary>The sections a contract defines, in emission order.</summary>
    public static IEnumerable<(string Kind, CallSection Section)> Defined(Contract contract)
    {
        if (contract.Identify is { } identify)
        {
            yield return (Identify, identify);
        }

        if (contract.Group is { } group)
        {
            yield return (Group, group);
        }

        if (contract.Page is { } page)
        {
            yield return (Page, page);
        }

        if (contract.Screen is { } screen)
        {
            yield return (Screen, screen);
        }
    }
}
