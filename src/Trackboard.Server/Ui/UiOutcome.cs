using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Trackboard.Server.Plans;

namespace Trackboard.Server.Ui;

/// <summary>What an endpoint handler answered, read back for a component: its value, or the problem with its code and paths.</summary>
public sealed record UiOutcome(object? Value, ProblemDetails? Problem)
{
    public bool Success => Problem is null;

    public string? Code => Extension("code") as string;

    public string Message => Problem?.Detail ?? Problem?.Title ?? "";

    /// <summary>The JSON path of a 400 problem about one field of the request body.</summary>
    public string? Path => Extension("path") as string;

    public long? CurrentRevision => Extension("current_revision") as long?;

    /// <summary>Contract errors and warnings from Trackboard.Contracts, with paths relative to the request body.</summary>
    public IReadOnlyList<UiDiagnostic> Diagnostics =>
    [
        .. (Extension("errors") as IEnumerable<DraftDiagnostic> ?? []).Concat(Extension("warnings") as IEnumerable<DraftDiagnostic> ?? [])
            .Select(d => new UiDiagnostic(d.Code, d.Severity, d.Path, d.Message)),
    ];

    public JsonNode? CompatibilityReport => Extension("compatibility_report") as JsonNode;

    public JsonObject Object => Value as JsonObject ?? [];

    public JsonArray Array => Value as JsonArray ?? [];

    internal static UiOutcome From(IResult result)
    {
        var inner = result is INestedHttpResult nested ? nested.Result : result;
        return inner switch
        {
            ProblemHttpResult problem => new UiOutcome(null, problem.ProblemDetails),
            IValueHttpResult value => new UiOutcome(value.Value, null),
            _ => new UiOutcome(inner, null),
        };
    }

    private object? Extension(string key) =>
        Problem is not null && Problem.Extensions.TryGetValue(key, out var value) ? value : null;
}
