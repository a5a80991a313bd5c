using Trackboard.Contracts.Versioning;

namespace Trackboard.Guard.ContractSource;

/// <summary>Builds in [From, To) were made with published version ContractVersion.</summary>
internal sealed record AppVersionRule(AppVersion From, AppVersion? To, long ContractVersion);
