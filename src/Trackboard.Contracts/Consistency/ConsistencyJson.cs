using System.Text;
using Trackboard.Contracts.Canonical;

namespace Trackboard.Contracts.Consistency;

/// <summary>Canonical JSON of consistency results.</summary>
internal static class ConsistencyJson
{
    public static string Report(ConsistencyReport report) => Text(new Dictionary<string, object?>(StringComparer.Ordinal)
    {
        ["threshold"] = report.Threshold,
        ["results"] = report.Results.Select(Node).ToList(),
    });

    public static string Result(SimilarityResult result) => Text(Node(result));

    public static Dictionary<string, object?> Node(SimilarityResult result) => new(StringComparer.Ordinal)
    {
        ["event_a"] = result.EventA,
        ["event_b"] = result.EventB,
        ["score"] = result.Score,
        ["band"] = SimilarityBands.Name(result.Band),
        ["signals"] = result.Signals.Select(s => new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["signal"] = s.Signal,
            ["weight"] = (long)s.Weight,
            ["applies"] = s.Applies,
            ["similarity"] = s.Similarity,
            ["score"] = s.Score,
            ["evidence"] = s.Evidence.Select(e => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["kind"] = e.Kind,
                ["values"] = e.Values.ToList(),
            }).ToList(),
        }).ToList(),
    };

    private static string Text(object value) => Encoding.UTF8.GetString(CanonicalJsonWriter.ToBytes(value));
}
