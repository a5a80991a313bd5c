using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Import;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Server.Auth;
using Trackboard.Server.Branches;
using Trackboard.Server.Data;
using Trackboard.Server.Hosting;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Import;

/// <summary>
/// <c>POST /plans/{id}/import</c>: imports a file into a new branch of a main plan, so it is reviewed in a merge request
/// like any change. Imported events and globals replace those of the same name; the rest of main stays. The answer
/// carries a report of every event and global imported and every row or node skipped.
/// </summary>
internal static class ImportEndpoints
{
    public const int MaxBytes = 5 * 1024 * 1024;

    private static readonly HashSet<string> s_keys = ["format", "data", "events", "global_properties", "draft_revision", "branch_name", "template"];

    public static IEndpointRouteBuilder MapImport(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/plans/{id:guid}/import", Import).WithTags("Import").RequireAuthorization(Policies.Editor)
            .Accepts<JsonObject>("application/json");
        return routes;
    }

    private static async Task<Results<Created<JsonObject>, ProblemHttpResult>> Import(
        Guid id, HttpContext http, TrackboardDbContext db, TimeProvider time, CancellationToken ct)
    {
        var caller = Caller.From(http.User);
        var main = await PlanAccess.FindPlanAsync(db, caller, id, ct);
        if (main is null)
        {
            return Problems.NotFound("Plan");
        }
        if (main.ParentPlanId is not null)
        {
            return Problems.Create(409, ErrorCodes.NotMain, "Import into the main plan: the import becomes a new branch of it.");
        }
        using var body = await RequestBody.ReadAsync(http.Request, MaxBytes, ct);
        if (body is null)
        {
            return Problems.Create(413, ErrorCodes.ImportTooLarge,
                $"The import is larger than {MaxBytes / (1024 * 1024)} MB; split the plan into several imports (each becomes a branch).");
        }
        using var document = Parse(body, out var parseError);
        if (document is null)
        {
            return Problems.BadRequest(ErrorCodes.InvalidJson, $"The body is not valid JSON: {parseError}");
        }
        var request = document.RootElement;
        if (Shape(request) is { } shapeProblem)
        {
            return shapeProblem;
        }
        var format = request.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : ImportFormats.Structured;
        if (!ImportFormats.All.Contains(format, StringComparer.Ordinal))
        {
            return Problems.BadRequest(ErrorCodes.UnsupportedImportFormat, $"format is one of: {string.Join(", ", ImportFormats.All)}.", "$.format");
        }
        if (request.TryGetProperty("draft_revision", out var r) && (!r.TryGetInt64(out var revision) || revision != main.DraftRevision))
        {
            return Problems.Stale(main.DraftRevision);
        }
        var branchName = request.TryGetProperty("branch_name", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString()!.Trim() : "";
        if (branchName.Length > 100)
        {
            return Problems.BadRequest(ErrorCodes.NameTooLong, "branch_name is longer than 100 characters.", "$.branch_name");
        }

        var (result, error, path) = ImportFormats.Run(format, request, new Contract { PlanId = main.Id.ToString(), Name = main.Name });
        if (result is null)
        {
            return Problems.BadRequest(ErrorCodes.ImportFailed, error!, path);
        }
        var now = time.GetUtcNow().UtcDateTime;
        var baseDocument = (await DraftState.LoadAsync(db, main, ct)).Build([]);
        var (content, report) = Splice(baseDocument, result, format);
        if (result.Contract.Events.Count == 0 && result.Contract.GlobalProperties.Count == 0)
        {
            return Problems.Create(422, ErrorCodes.ImportFailed, "Nothing could be imported; see report.skipped for every row or node and why.",
                new Dictionary<string, object?> { ["report"] = report });
        }
        var check = ContractLoader.Load(content.ToJsonString());
        if (!check.Success)
        {
            return Problems.Create(422, ErrorCodes.InvalidContract,
                "The imported events do not fit the plan (see errors; paths are in the plan with the import applied).",
                new Dictionary<string, object?> { ["errors"] = check.Errors.ToList(), ["report"] = report });
        }
        var name = branchName.Length > 0 ? branchName : $"import-{format}-{now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}";
        var (branch, state) = await BranchEndpoints.AddBranchAsync(db, main, name, baseDocument, content, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/plans/{branch.Id}", new JsonObject
        {
            ["branch"] = PlanViews.Plan(branch, state.Events.Count, null),
            ["report"] = report,
        });
    }

    /// <summary>Main's draft with the imported events and globals put in by name, and the per-row report.</summary>
    private static (JsonObject Content, JsonObject Report) Splice(JsonObject baseDocument, ImportResult result, string format)
    {
        var imported = JsonNode.Parse(CanonicalJson.Export(result.Contract))!.AsObject();
        var content = (JsonObject)baseDocument.DeepClone();
        var events = Merge(content, imported, "events", "event_name");
        var globals = Merge(content, imported, "global_properties", "name");
        var skipped = result.Problems.Select(p => (JsonNode)new JsonObject { ["location"] = p.Location, ["message"] = p.Message }).ToList();
        foreach (var section in new[] { "identify", "group", "page", "screen" }.Where(imported.ContainsKey))
        {
            skipped.Add(new JsonObject { ["location"] = section, ["message"] = $"the Server's plans do not hold {section} properties yet; they were not imported." });
        }
        return (content, new JsonObject
        {
            ["format"] = format,
            ["imported_events"] = events.Count,
            ["imported_global_properties"] = globals.Count,
            ["events"] = new JsonArray([.. events]),
            ["global_properties"] = new JsonArray([.. globals]),
            ["skipped"] = new JsonArray([.. skipped]),
        });
    }

    private static List<JsonNode> Merge(JsonObject content, JsonObject imported, string section, string key)
    {
        var existing = ImportFormats.ByName(content[section], key);
        var rows = new List<JsonNode>();
        foreach (var (name, node) in ImportFormats.ByName(imported[section], key))
        {
            rows.Add(new JsonObject { ["name"] = name, ["action"] = existing.ContainsKey(name) ? "replaced" : "added" });
            existing[name] = (JsonObject)node.DeepClone();
        }
        content[section] = new JsonArray([.. existing.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (JsonNode)e.Value.DeepClone())]);
        return rows;
    }

    private static JsonDocument? Parse(MemoryStream body, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            error = e.Message;
            return null;
        }
    }

    private static ProblemHttpResult? Shape(JsonElement request)
    {
        if (request.ValueKind != JsonValueKind.Object)
        {
            return Problems.BadRequest(ErrorCodes.InvalidJson, "The body must be a JSON object: {format, data, draft_revision?, branch_name?}.");
        }
        foreach (var member in request.EnumerateObject())
        {
            if (!s_keys.Contains(member.Name))
            {
                return Problems.BadRequest(ErrorCodes.UnknownField, $"Unknown field '{member.Name}'; the fields are {string.Join(", ", s_keys)}.", $"$.{member.Name}");
            }
        }
        return null;
    }
}
