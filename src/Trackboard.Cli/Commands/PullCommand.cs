using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Trackboard.Cli.Import;
using Trackboard.Cli.Io;
using Trackboard.Contracts.Canonical;

namespace Trackboard.Cli.Commands;

/// <summary>
/// <c>trackboard pull --server URL --plan ID [--version N]</c>: fetches a published contract
/// (<c>GET {server}/api/v1/plans/{id}/contract?version=N</c>, token from TRACKBOARD_TOKEN), checks its hash
/// and writes it.
/// </summary>
internal sealed class PullCommand(CliContext context)
{
    public const string TokenVariable = Trackboard.Mcp.ServerContractSource.TokenVariable;

    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    private readonly Option<string> _server = new("--server") { Description = "The Trackboard Server's base URL, such as https://trackboard.example.com.", Required = true };
    private readonly Option<string> _plan = new("--plan") { Description = "The plan id.", Required = true };
    private readonly Option<long?> _version = new("--version") { Description = "The version number; the latest published version when omitted." };
    private readonly Option<string?> _out = new("--out", "-o") { Description = "The file to write; without it the contract goes to stdout." };

    public Command Build()
    {
        var command = new Command("pull", $"Fetch a published contract from a Trackboard Server (token from {TokenVariable}).")
        {
            _server, _plan, _version, _out,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetRequiredValue(_server), parse.GetRequiredValue(_plan), parse.GetValue(_version), parse.GetValue(_out), cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(string server, string plan, long? version, string? outPath, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(server, UriKind.Absolute, out var baseUri) || baseUri.Scheme is not ("http" or "https"))
        {
            throw CliException.Usage($"--server {server} is not an http(s) URL; write it like https://trackboard.example.com.");
        }

        var uri = new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/api/v1/plans/" + Uri.EscapeDataString(plan) + "/contract"
            + (version is { } v ? "?version=" + v.ToString(CultureInfo.InvariantCulture) : ""));
        var body = await FetchAsync(uri, cancellationToken);
        var source = uri.ToString();
        var contract = ContractFiles.Load(body, source, context);
        CheckHash(body, ContractHasher.Hash(contract), source);
        if (version is { } wanted && contract.VersionNumber != wanted)
        {
            throw CliException.BadInput($"{source}: asked for version {wanted} but the server sent version {contract.VersionNumber?.ToString(CultureInfo.InvariantCulture) ?? "(none)"}.");
        }

        ContractWriter.Write(ContractWriter.Indent(CanonicalJson.Export(contract)), outPath, context);
        if (outPath is not null)
        {
            context.Error.WriteLine($"Wrote {outPath}: plan {plan} version {contract.VersionNumber?.ToString(CultureInfo.InvariantCulture) ?? "?"}, {ContractHasher.Hash(contract)}.");
        }

        return ExitCodes.Ok;
    }

    private async Task<byte[]> FetchAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var client = context.HttpHandler is { } handler ? new HttpClient(handler, disposeHandler: false) : new HttpClient();
        client.Timeout = s_timeout;
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (context.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw CliException.BadInput($"{uri}: the server did not answer ({failure.Message}). Check --server and that the Server is running.");
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            var fix = response.StatusCode switch
            {
                HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => $"Set {TokenVariable} to an API token that can read this plan.",
                HttpStatusCode.NotFound => "Check --plan and --version: the plan or version does not exist, or is not published.",
                _ => "Try again later, or check the Server's logs.",
            };
            throw CliException.BadInput($"{uri}: the server answered {(int)response.StatusCode} {response.ReasonPhrase}{Problem(body)}. {fix}");
        }
    }

    // The file's own hash must match the computed one: a changed byte in transit or storage is an error here,
    // not the loader's warning.
    private static void CheckHash(byte[] body, string computed, string source)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty("hash", out var hash) || hash.ValueKind != JsonValueKind.String)
        {
            throw CliException.BadInput($"{source}: the contract has no hash to verify; the Server always sends one, so this is not a published contract.");
        }

        if (hash.GetString() != computed)
        {
            throw CliException.BadInput($"{source}: hash mismatch: the contract says {hash.GetString()} but its content hashes to {computed}. Nothing was written; pull again, and report it if it persists.");
        }
    }

    private static string Problem(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.TryGetProperty("detail", out var detail) && detail.ValueKind == JsonValueKind.String ? ": " + detail.GetString() : "";
        }
        catch (JsonException)
        {
            return "";
        }
    }
}
