using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen;

/// <summary>
/// A starting size for a single-file target's text, from the plan's size and what a target writes per property
/// (measured on the benchmark plan, rounded down so the estimate stays under the real size). A large builder
/// allocated once is cheaper than thousands of small chunks the garbage collector promotes one by one.
/// </summary>
internal static class OutputCapacity
{
    private const long MaxChars = 64L * 1024 * 1024;

    public static int Estimate(Contract contract, int charsPerProperty)
    {
        long properties = 1;
        foreach (var definition in contract.Events)
        {
            properties += definition.Properties.Count + definition.GlobalProperties.Count + 1;
        }

        return (int)Math.Min(properties * charsPerProperty, MaxChars);
    }
}
