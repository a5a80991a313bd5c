using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Go;

/// <summary>A named Go enum type and its constants (values without letters or digits have no constant).</summary>
/// <param name="TypeName">The named type.</param>
/// <param name="Path">Where the property sits.</param>
/// <param name="BaseType">string, int64 or float64.</param>
/// <param name="Constants">Constant names and values; a null name means the value has no constant.</param>
internal sealed record GoEnum(string TypeName, string Path, string BaseType, IReadOnlyList<(string? Name, ScalarValue Value)> Constants);
