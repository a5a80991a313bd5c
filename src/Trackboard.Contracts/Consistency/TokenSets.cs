namespace Trackboard.Contracts.Consistency;

/// <summary>Set arithmetic over ordinal-sorted arrays of distinct strings.</summary>
internal static class TokenSets
{
    /// <summary>|A ∩ B| ÷ |A ∪ B|; 0 when both are empty (no evidence is no similarity).</summary>
    public static double Jaccard(string[] a, string[] b)
    {
        var shared = SharedCount(a, b);
        var union = a.Length + b.Length - shared;
        return union == 0 ? 0 : (double)shared / union;
    }

    public static int SharedCount(string[] a, string[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var order = string.CompareOrdinal(a[i], b[j]);
            if (order == 0)
            {
                shared++;
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }

    public static List<string> Shared(string[] a, string[] b) => [.. a.Where(x => Array.BinarySearch(b, x, StringComparer.Ordinal) >= 0)];

    public static List<string> Only(string[] a, string[] b) => [.. a.Where(x => Array.BinarySearch(b, x, StringComparer.Ordinal) < 0)];

    /// <summary>Evidence of a set signal: <c>shared</c>, <c>only_a</c>, <c>only_b</c>, each left out when empty.</summary>
    public static List<SignalEvidence> Evidence(string[] a, string[] b, Func<string, string>? display = null)
    {
        var evidence = new List<SignalEvidence>(3);
        Add(evidence, "shared", Shared(a, b), display);
        Add(evidence, "only_a", Only(a, b), display);
        Add(evidence, "only_b", Only(b, a), display);
        return evidence;
    }

    private static void Add(List<SignalEvidence> evidence, string kind, List<string> values, Func<string, string>? display)
    {
        if (values.Count > 0)
        {
            evidence.Add(new SignalEvidence(kind, display is null ? values : [.. values.Select(display)]));
        }
    }
}
