using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Guard.Tests.Support;

/// <summary>A fact that mounts a tmpfs: skipped with the reason where that is impossible, never skipped under TRACKBOARD_CI=1.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FactRequiringTmpfsAttribute : FactAttribute
{
    public FactRequiringTmpfsAttribute()
    {
        if (!ExternalTools.IsCi && TmpfsMount.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
