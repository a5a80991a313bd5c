namespace Trackboard.Contracts.Tests.Support;

/// <summary>
/// A <see cref="FactAttribute"/> skipped with a clear reason when an external tool is missing
/// (see <see cref="ExternalTools"/>). Under TRACKBOARD_CI=1 it is never skipped: the test must call
/// <see cref="ExternalTools.Require"/> and fails there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringToolAttribute : FactAttribute
{
    public FactRequiringToolAttribute(params string[] tools)
    {
        Tools = tools;
        if (!ExternalTools.IsCi && ExternalTools.MissingReason(tools) is { } reason)
        {
            Skip = reason;
        }
    }

    /// <summary>The tools the test needs: <c>node</c> or npm package names under tools/node_modules.</summary>
    public IReadOnlyList<string> Tools { get; }
}
