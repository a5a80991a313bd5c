namespace Trackboard.Guard.Tests.Support;

/// <summary>Polls a condition until a deadline (never a bare sleep-and-hope).</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, string what, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Timed out after {seconds}s waiting for: {what}");
            }

            await Task.Delay(20);
        }
    }
}
