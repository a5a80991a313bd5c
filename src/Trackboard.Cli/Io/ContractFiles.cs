using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Io;

/// <summary>Loads contract files; a contract that fails to load is exit 65 with every error listed.</summary>
internal static class ContractFiles
{
    public static Contract Load(string path, CliContext context)
    {
        var bytes = InputFiles.ReadAllBytes(path, "contract");
        return Load(bytes, path, context);
    }

    /// <summary>Loads contract bytes; <paramref name="source"/> names them in messages (a path or <c>ref:path</c>).</summary>
    public static Contract Load(byte[] bytes, string source, CliContext context)
    {
        var result = ContractLoader.Load(bytes);
        foreach (var warning in result.Warnings)
        {
            context.Error.WriteLine($"warning: {Describe(source, warning)}");
        }

        if (result.Contract is null)
        {
            var errors = result.Errors.Select(e => Describe(source, e)).ToList();
            throw CliException.BadInput(
                $"{source}: the contract does not load ({errors.Count} error(s)); fix each one below and run again.",
                errors);
        }

        return result.Contract;
    }

    public static string Describe(string source, ContractDiagnostic diagnostic) =>
        $"{source}:{diagnostic.Line}:{diagnostic.Column}: {diagnostic.Code} at {diagnostic.Path}: {diagnostic.Message}";
}
