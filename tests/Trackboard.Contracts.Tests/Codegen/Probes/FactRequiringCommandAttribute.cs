using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// A <see cref="FactAttribute"/> skipped with a clear reason when a command is missing from the PATH (see
/// <see cref="Commands"/>). Under TRACKBOARD_CI=1 it is never skipped: the test calls <see cref="Commands.Require"/> and fails there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringCommandAttribute : FactAttribute
{
    public FactRequiringCommandAttribute(params string[] commands)
    {
        Commands = commands;
        if (!ExternalTools.IsCi && Probes.Commands.MissingReason(commands) is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The commands the test needs on the PATH.</summary>
    public IReadOnlyList<string> Commands { get; }
}
