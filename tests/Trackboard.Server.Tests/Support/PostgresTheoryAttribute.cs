namespace Trackboard.Server.Tests.Support;

/// <summary>A theory skipped with the reason when PostgreSQL is not installed; under TRACKBOARD_CI=1 it runs and fails instead.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (!PostgresCluster.IsCi && PostgresCluster.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
