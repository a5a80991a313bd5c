using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Trackboard.Server.Hosting;

namespace Trackboard.Server.GuardLink;

/// <summary>
/// One window of counts as Guard sends it: <c>{guard_id, window_id, window_start, window_end, counts: [{source, contract_version,
/// event, valid, invalid}]}</c>. Unknown members are ignored, so a newer Guard can report to an older Server.
/// </summary>
internal sealed record GuardCountsReport(string GuardId, string WindowId, DateTime WindowStart, DateTime WindowEnd, IReadOnlyList<GuardCountsReport.Row> Counts)
{
    public const int MaxRows = 5000;

    internal sealed record Row(string Source, string ContractVersion, string EventName, long Valid, long Invalid);

    public static (GuardCountsReport? Report, ProblemHttpResult? Problem) Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(ErrorCodes.InvalidJson, "The body must be a JSON object.", "$");
        }
        if (Text(root, "guard_id", 100, out var guardId) is { } p1)
        {
            return (null, p1);
        }
        if (Text(root, "window_id", 64, out var windowId) is { } p2)
        {
            return (null, p2);
        }
        if (!windowId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return Fail(ErrorCodes.InvalidField, "window_id may hold letters, digits, '-' and '_' only.", "$.window_id");
        }
        if (Time(root, "window_start", out var start) is { } p3)
        {
            return (null, p3);
        }
        if (Time(root, "window_end", out var end) is { } p4)
        {
            return (null, p4);
        }
        if (end < start)
        {
            return Fail(ErrorCodes.InvalidField, "window_end is before window_start.", "$.window_end");
        }
        if (!root.TryGetProperty("counts", out var counts))
        {
            return Fail(ErrorCodes.MissingField, "counts is required (an array, possibly empty).", "$.counts");
        }
        if (counts.ValueKind != JsonValueKind.Array)
        {
            return Fail(ErrorCodes.InvalidField, "counts must be an array.", "$.counts");
        }
        if (counts.GetArrayLength() > MaxRows)
        {
            return Fail(ErrorCodes.InvalidField, $"counts holds at most {MaxRows} rows; send the window in parts with their own window_id.", "$.counts");
        }
        var rows = new Dictionary<(string, string, string), Row>();
        var index = 0;
        foreach (var item in counts.EnumerateArray())
        {
            var path = $"$.counts[{index.ToString(CultureInfo.InvariantCulture)}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                return Fail(ErrorCodes.InvalidField, "Each count must be an object.", path);
            }
            var problems = new[]
            {
                Text(item, "source", 100, out var source, path), Text(item, "contract_version", 100, out var version, path),
                Text(item, "event", 200, out var name, path, allowEmpty: true), Number(item, "valid", out var valid, path),
                Number(item, "invalid", out var invalid, path),
            };
            if (problems.FirstOrDefault(x => x is not null) is { } problem)
            {
                return (null, problem);
            }
            var key = (source, version, name);
            rows[key] = rows.TryGetValue(key, out var seen) ? seen with { Valid = seen.Valid + valid, Invalid = seen.Invalid + invalid } : new Row(source, version, name, valid, invalid);
            index++;
        }
        return (new GuardCountsReport(guardId, windowId, start, end, [.. rows.Values]), null);
    }

    private static ProblemHttpResult? Text(JsonElement obj, string name, int max, out string value, string parent = "$", bool allowEmpty = false)
    {
        value = "";
        if (!obj.TryGetProperty(name, out var element))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, $"{name} is required.", $"{parent}.{name}");
        }
        if (element.ValueKind != JsonValueKind.String || (!allowEmpty && element.GetString()!.Length == 0))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, $"{name} must be a non-empty string.", $"{parent}.{name}");
        }
        value = element.GetString()!;
        return value.Length <= max ? null : Problems.BadRequest(ErrorCodes.InvalidField, $"{name} is longer than {max} characters.", $"{parent}.{name}");
    }

    private static ProblemHttpResult? Time(JsonElement obj, string name, out DateTime value)
    {
        value = default;
        if (!obj.TryGetProperty(name, out var element))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, $"{name} is required.", "$." + name);
        }
        if (element.ValueKind != JsonValueKind.String || !element.TryGetDateTimeOffset(out var parsed))
        {
            return Problems.BadRequest(ErrorCodes.InvalidField, $"{name} must be an RFC 3339 date-time string.", "$." + name);
        }
        value = parsed.UtcDateTime;
        return null;
    }

    private static ProblemHttpResult? Number(JsonElement obj, string name, out long value, string parent)
    {
        value = 0;
        if (!obj.TryGetProperty(name, out var element))
        {
            return Problems.BadRequest(ErrorCodes.MissingField, $"{name} is required.", $"{parent}.{name}");
        }
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt64(out value) && value is >= 0 and <= 1_000_000_000
            ? null
            : Problems.BadRequest(ErrorCodes.InvalidField, $"{name} must be a whole number from 0 to 1000000000.", $"{parent}.{name}");
    }

    private static (GuardCountsReport?, ProblemHttpResult?) Fail(string code, string detail, string path) => (null, Problems.BadRequest(code, detail, path));
}
