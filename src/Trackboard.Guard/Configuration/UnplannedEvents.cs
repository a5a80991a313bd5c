namespace Trackboard.Guard.Configuration;

/// <summary>What happens to a track call whose event is not in the contract.</summary>
internal enum UnplannedEvents
{
    Block,
    Forward,
}
