using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen;

/// <summary>
/// The track helper identifiers the generators emit (<c>trackSignupCompleted</c>, <c>track_signup_completed</c>,
/// <c>TrackSignupCompleted</c>), so tools such as <c>trackboard status</c> look for exactly what codegen wrote.
/// </summary>
public static class TrackHelpers
{
    /// <summary>Event name → helper identifier in <paramref name="target"/>; null for a target without helpers (<c>json-schema</c>) or an unknown one.</summary>
    /// <exception cref="CodegenException">A name cannot become an identifier in the target, or two names collide.</exception>
    public static IReadOnlyDictionary<string, string>? Names(string target, Contract contract)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(contract);
        return CodegenTargets.Find(target) is ITrackHelperNaming naming ? naming.TrackHelperNames(contract) : null;
    }
}
