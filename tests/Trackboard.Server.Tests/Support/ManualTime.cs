namespace Trackboard.Server.Tests.Support;

/// <summary>A clock the tests move forward (expiry of keys, tokens and invitations).</summary>
public sealed class ManualTime : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}
