using System.Text;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Loading;

/// <summary>Reads <c>trackboard.contract.v1</c> documents, reporting every problem at once.</summary>
public static class ContractLoader
{
    /// <summary>Loads a contract from UTF-8 bytes.</summary>
    public static ContractLoadResult Load(ReadOnlySpan<byte> utf8)
    {
        var diagnostics = new List<ContractDiagnostic>();
        var root = SourceParser.Parse(utf8, diagnostics);
        if (root is null)
        {
            return new ContractLoadResult { Diagnostics = diagnostics };
        }

        var reader = new NodeReader(diagnostics);
        var contract = new ContractReader(reader).Read(root);
        if (reader.ErrorCount > 0 || contract is null)
        {
            return new ContractLoadResult { Diagnostics = Ordered(diagnostics) };
        }

        CheckHashes(contract, root, reader);
        return new ContractLoadResult { Contract = contract, Diagnostics = Ordered(diagnostics) };
    }

    /// <summary>Loads a contract from a string.</summary>
    public static ContractLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Load(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Loads a contract file.</summary>
    public static ContractLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Load(File.ReadAllBytes(path));
    }

    private static void CheckHashes(Contract contract, SourceNode root, NodeReader reader)
    {
        var written = root.Members!.Where(m => m.Key is "hash" or "schema_hash" && m.Value.Kind == SourceKind.String).ToList();
        if (written.Count == 0)
        {
            return;
        }

        var (hash, schemaHash) = ContractHasher.Compute(contract);
        foreach (var member in written)
        {
            var computed = member.Key == "hash" ? hash : schemaHash;
            if (!string.Equals(member.Value.Text, computed, StringComparison.Ordinal))
            {
                reader.Warning(ContractErrorCodes.HashMismatch, "$." + member.Key, member.Value,
                    $"The file's {member.Key} {member.Value.Text} differs from the computed {computed}; the file was edited after export. The computed value is used.");
            }
        }
    }

    private static List<ContractDiagnostic> Ordered(List<ContractDiagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column).ThenBy(d => d.Code, StringComparer.Ordinal)];
}
