using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Lint;

/// <summary>An event with its JSON path and its position key (see <see cref="LintSites"/>).</summary>
internal sealed record EventSite(EventDefinition Definition, int Index, string Path, int[] Key);
