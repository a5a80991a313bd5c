using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Go;

/// <summary>A named Go enum type and its constants.</summary>
/// <param name="TypeName">The named type.</param>
/// <param name="Path">Where the property sits.</param>
/// <param name="BaseType">string, int64 or float64.</param>
/// <param name="Constants">Constant names and values.</param>
internal sealed record GoEnum(string TypeName, string Path, string BaseType, IReadOnlyList<(string Name, ScalarValue Value)> Constants);
