namespace Trackboard.Guard.Configuration;

/// <summary>What happens to properties the contract does not declare.</summary>
internal enum UnplannedProperties
{
    Block,
    Strip,
    Forward,
}
