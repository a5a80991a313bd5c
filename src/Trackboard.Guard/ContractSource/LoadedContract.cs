using Trackboard.Contracts.Validation;

namespace Trackboard.Guard.ContractSource;

/// <summary>The contract in force and the version stamped on DLQ rows and warn annotations.</summary>
internal sealed record LoadedContract(CompiledContract Compiled, string Version);
