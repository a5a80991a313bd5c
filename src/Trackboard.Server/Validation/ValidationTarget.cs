using Trackboard.Contracts.Validation;
using Trackboard.Server.Data;

namespace Trackboard.Server.Validation;

internal sealed record ValidationTarget(ApiKey Key, Guid VersionId, long VersionNumber, CompiledContract Compiled);
