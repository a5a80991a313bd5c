using System.Xml.Linq;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.Architecture;

/// <summary>Trackboard.Contracts is the core every part calls: it depends on the BCL only.</summary>
public sealed class DependencyTests
{
    private static readonly string[] s_bclPrefixes = ["System.", "Microsoft.Win32."];
    private static readonly string[] s_bclNames = ["System", "netstandard", "mscorlib"];

    [Fact]
    public void GetReferencedAssemblies_ContractsAssembly_ReferencesOnlyTheBcl()
    {
        var referenced = typeof(Contract).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var outside = referenced.Where(name => !IsBcl(name)).ToList();

        Assert.NotEmpty(referenced);
        Assert.True(outside.Count == 0, "Trackboard.Contracts references non-BCL assemblies: " + string.Join(", ", outside));
    }

    [Fact]
    public void ProjectFile_Contracts_HasNoPackageOrProjectReference()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot, "src", "Trackboard.Contracts", "Trackboard.Contracts.csproj");
        var project = XDocument.Load(path);

        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "ProjectReference" or "Reference")
            .Select(e => $"{e.Name.LocalName} {e.Attribute("Include")?.Value ?? e.Attribute("Update")?.Value}")
            .ToList();

        Assert.True(references.Count == 0, "Trackboard.Contracts.csproj must stay BCL-only: " + string.Join(", ", references));
    }

    [Theory]
    [InlineData("System.Text.Json", true)]
    [InlineData("System.Runtime", true)]
    [InlineData("Microsoft.Win32.Primitives", true)]
    [InlineData("netstandard", true)]
    [InlineData("Microsoft.Extensions.Logging.Abstractions", false)]
    [InlineData("Newtonsoft.Json", false)]
    [InlineData("SystemX.Helpers", false)]
    public void IsBcl_AssemblyName_Classified(string name, bool expected)
    {
        Assert.Equal(expected, IsBcl(name));
    }

    private static bool IsBcl(string name) =>
        s_bclNames.Contains(name, StringComparer.Ordinal) || s_bclPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
}
