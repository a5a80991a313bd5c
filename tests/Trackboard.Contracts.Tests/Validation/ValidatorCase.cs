using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Validation;

/// <summary>
/// One validator conformance case: a file under <c>TestData/validator/&lt;rule&gt;/</c>. The contract is a shared
/// file in <c>_contracts/</c>, a seed example (<c>seed:contracts/…</c>, read in place) or an inline object. The
/// payload is <c>event</c> (JSON), <c>event_file</c> (a seed example), <c>event_text</c> (raw text, which may be
/// malformed: only the byte entry point can receive it) or <c>event_base64</c> (raw bytes, such as invalid UTF-8).
/// <c>envelope</c> names a call type and makes the case an <see cref="EnvelopeValidator"/> case.
/// </summary>
internal sealed record ValidatorCase(
    string File,
    string Description,
    string? NearMissFor,
    string? Envelope,
    JsonElement? Contract,
    byte[] PayloadBytes,
    bool ExpectedValid,
    IReadOnlyList<ExpectedViolation> ExpectedViolations)
{
    public const string Folder = "validator";
    public const string ContractsFolder = "_contracts";
    private const string SeedPrefix = "seed:";

    private static readonly HashSet<string> s_keys =
        ["description", "near_miss_for", "envelope", "contract", "event", "event_file", "event_text", "event_base64", "expected"];

    /// <summary>Every case file, as paths relative to the validator folder with '/' separators, sorted.</summary>
    public static IReadOnlyList<string> Files { get; } = FindFiles();

    public static ValidatorCase Load(string file)
    {
        using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(TestPaths.TestData(Folder, file)));
        var root = document.RootElement;
        foreach (var member in root.EnumerateObject())
        {
            if (!s_keys.Contains(member.Name))
            {
                throw new InvalidDataException($"{file}: unknown key '{member.Name}'.");
            }
        }

        var description = root.TryGetProperty("description", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"{file}: a case needs a description.");
        var expected = root.GetProperty("expected");
        var violations = expected.GetProperty("violations").EnumerateArray().Select(v => ExpectedViolation.Read(v, file)).ToList();
        return new ValidatorCase(
            file,
            description,
            root.TryGetProperty("near_miss_for", out var nearMiss) ? nearMiss.GetString() : null,
            root.TryGetProperty("envelope", out var envelope) ? envelope.GetString() : null,
            root.TryGetProperty("contract", out var contract) ? contract.Clone() : null,
            ReadPayload(root, file),
            expected.GetProperty("valid").GetBoolean(),
            violations);
    }

    /// <summary>The path of a shared contract file or seed example, or null for an inline contract.</summary>
    public string? ContractPath => Contract is { ValueKind: JsonValueKind.String } name ? ResolveFile(name.GetString()!, ContractsFolder) : null;

    // The payload bytes exactly as the case writes them (number spellings such as 1e2 kept).
    private static byte[] ReadPayload(JsonElement root, string file)
    {
        var sources = new[] { "event", "event_file", "event_text", "event_base64" }.Where(k => root.TryGetProperty(k, out _)).ToList();
        if (sources.Count != 1)
        {
            throw new InvalidDataException($"{file}: a case needs exactly one of event, event_file, event_text and event_base64.");
        }

        var value = root.GetProperty(sources[0]);
        return sources[0] switch
        {
            "event" => Encoding.UTF8.GetBytes(value.GetRawText()),
            "event_file" => System.IO.File.ReadAllBytes(ResolveFile(value.GetString()!, null)),
            "event_text" => Encoding.UTF8.GetBytes(value.GetString()!),
            _ => Convert.FromBase64String(value.GetString()!),
        };
    }

    private static string ResolveFile(string reference, string? sharedFolder)
    {
        if (reference.StartsWith(SeedPrefix, StringComparison.Ordinal))
        {
            return TestPaths.SeedExamples(reference[SeedPrefix.Length..].Split('/'));
        }

        return sharedFolder is null
            ? throw new InvalidDataException($"'{reference}' must start with '{SeedPrefix}'.")
            : TestPaths.TestData(Folder, sharedFolder, reference);
    }

    private static List<string> FindFiles()
    {
        var root = TestPaths.TestData(Folder);
        return [.. Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.StartsWith(ContractsFolder + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
    }
}
