using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>The <see cref="TheoryAttribute"/> twin of <see cref="FactRequiringCommandAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TheoryRequiringCommandAttribute : TheoryAttribute
{
    public TheoryRequiringCommandAttribute(params string[] commands)
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
