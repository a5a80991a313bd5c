using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Codegen;
using Trackboard.Server.Auth;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.Versions;

internal static class ContractEndpoints
{
    public static IEndpointRouteBuilder MapContracts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/").WithTags("Contract and code");
        group.MapGet("/plans/{id:guid}/contract", Contract).RequireAuthorization(Policies.Viewer);
        group.MapGet("/plans/{id:guid}/generate/{target}", Generate).RequireAuthorization(Policies.Viewer);
        group.MapGet("/generate/targets", (CodeTargets targets) => TypedResults.Ok(targets.Names.ToList()))
            .RequireAuthorization(Policies.Viewer);
        return routes;
    }

    /// <summary>Canonical bytes with ETag = the contract hash; a matching If-None-Match gives 304.</summary>
    private static async Task<Results<FileContentHttpResult, StatusCodeHttpResult, ProblemHttpResult>> Contract(
        Guid id, long? version, bool? draft, HttpContext http, TrackboardDbContext db, CancellationToken ct)
    {
        var (contract, bytes, problem) = await ContractSource.ResolveAsync(db, Caller.From(http.User), id, version, draft == true, ct);
        if (problem is not null)
        {
            return problem;
        }
        var etag = new EntityTagHeaderValue($"\"{ContractHasher.Hash(contract!)}\"");
        var requested = http.Request.GetTypedHeaders().IfNoneMatch;
        http.Response.Headers.ETag = etag.ToString();
        http.Response.Headers.CacheControl = "private, no-cache";
        if (requested.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(etag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.File(bytes, "application/json");
    }

    private static Task<Results<Ok<JsonObject>, FileContentHttpResult, ProblemHttpResult>> Generate(
        Guid id, string target, long? version, bool? draft, string? file, HttpContext http, TrackboardDbContext db,
        CodeTargets targets, CancellationToken ct) =>
        GenerateAsync(Caller.From(http.User), id, target, version, draft, file, db, targets, ct);

    internal static async Task<Results<Ok<JsonObject>, FileContentHttpResult, ProblemHttpResult>> GenerateAsync(
        Caller caller, Guid id, string target, long? version, bool? draft, string? file, TrackboardDbContext db,
        CodeTargets targets, CancellationToken ct)
    {
        if (targets.Find(target) is not { } generator)
        {
            return Problems.Create(404, ErrorCodes.UnknownTarget, $"Unknown target '{target}'; available: {string.Join(", ", targets.Names)}.");
        }
        var (contract, _, problem) = await ContractSource.ResolveAsync(db, caller, id, version, draft == true, ct);
        if (problem is not null)
        {
            return problem;
        }
        IReadOnlyList<GeneratedFile> files;
        try
        {
            files = generator.Generate(contract!, CodegenOptions.Default);
        }
        catch (CodegenException e)
        {
            return Problems.Create(422, e.Code, e.Message,
                new Dictionary<string, object?> { ["target"] = e.Target, ["source_names"] = e.SourceNames });
        }
        if (file is not null)
        {
            var match = files.FirstOrDefault(f => f.Path == file);
            return match is null ? Problems.NotFound("File") : TypedResults.File(match.Content, "text/plain; charset=utf-8", Path.GetFileName(match.Path));
        }
        return TypedResults.Ok(new JsonObject
        {
            ["target"] = target,
            ["hash"] = ContractHasher.Hash(contract!),
            ["files"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["content"] = Encoding.UTF8.GetString(f.Content),
            })]),
        });
    }
}
