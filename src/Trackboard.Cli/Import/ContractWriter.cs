using System.Text.Encodings.Web;
using System.Text.Json;
using Trackboard.Cli.Io;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Cli.Import;

/// <summary>
/// Turns an imported or fetched contract into file bytes: canonical JSON with its hash, indented for people,
/// and loaded back first so a file Trackboard writes always loads.
/// </summary>
internal static class ContractWriter
{
    public static byte[] ToFileBytes(Contract contract, string source)
    {
        var canonical = CanonicalJson.Export(contract);
        var check = ContractLoader.Load(canonical);
        if (!check.Success)
        {
            throw CliException.BadInput(
                $"{source}: the imported contract does not load; fix these in the source and import again.",
                [.. check.Errors.Select(e => $"{e.Code} at {e.Path}: {e.Message}")]);
        }

        return Indent(canonical);
    }

    public static byte[] Indent(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Writes to <paramref name="outPath"/> atomically, or to stdout when it is null.</summary>
    public static void Write(byte[] bytes, string? outPath, CliContext context)
    {
        if (outPath is null)
        {
            context.Out.Write(System.Text.Encoding.UTF8.GetString(bytes));
            return;
        }

        AtomicOutput.WriteFile(outPath, bytes);
    }
}
