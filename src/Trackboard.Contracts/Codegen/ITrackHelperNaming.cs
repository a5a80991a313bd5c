using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen;

/// <summary>A target that emits one track helper per event; names them exactly as its generator does.</summary>
internal interface ITrackHelperNaming
{
    /// <summary>Event name → helper identifier.</summary>
    /// <exception cref="CodegenException">The target cannot name the contract (the generator would fail too).</exception>
    IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract);
}
