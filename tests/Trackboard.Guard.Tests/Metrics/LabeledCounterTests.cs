using System.Text;
using Trackboard.Guard.Metrics;

namespace Trackboard.Guard.Tests.Metrics;

public sealed class LabeledCounterTests
{
    [Fact]
    public void Render_WhileNewLabelPairsArrive_NeitherThrowsNorLosesCounts()
    {
        var counter = new LabeledCounter("trackboard_guard_test_total", "A test counter.", "contract_version", "selected_by");
        // Every add is a new label pair, so the counter grows while a scrape renders it.
        var adders = Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                counter.Add($"v{t}", $"reason_{i}");
            }
        })).ToArray();
        while (!Task.WhenAll(adders).IsCompleted)
        {
            counter.Render(new StringBuilder());
        }

        var text = new StringBuilder();
        counter.Render(text);

        Assert.Equal(8_000, text.ToString().Split('\n').Count(l => l.StartsWith("trackboard_guard_test_total{", StringComparison.Ordinal)));
        Assert.Equal(1, counter.Value("v3", "reason_1999"));
        Assert.Contains("trackboard_guard_test_total{contract_version=\"v0\",selected_by=\"reason_0\"} 1\n", text.ToString(), StringComparison.Ordinal);
    }
}
