using System.Text.Json;
using Trackboard.Guard.Policy;

namespace Trackboard.Guard.Ingest;

/// <summary>Segment-style answers (<c>{"success":true}</c>), per-event detail with <c>?verbose=1</c>, and problem bodies.</summary>
internal static class IngestResponses
{
    private static readonly byte[] s_success = """{"success":true}"""u8.ToArray();

    public static IResult Problem(IngestError error)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type"u8, "https://trackboard.dev/problems/" + error.Code);
            writer.WriteString("title"u8, error.Code.Replace('_', ' '));
            writer.WriteNumber("status"u8, error.Status);
            writer.WriteString("code"u8, error.Code);
            writer.WriteString("detail"u8, error.Detail);
            writer.WriteBoolean("success"u8, false);
            writer.WriteEndObject();
        }

        return new JsonBytesResult(error.Status, buffer.ToArray(), "application/problem+json");
    }

    public static IResult Success(IReadOnlyList<EventOutcome> outcomes, bool verbose)
    {
        if (!verbose && outcomes.All(o => o.Decision != Decision.Blocked))
        {
            return new JsonBytesResult(200, s_success, "application/json");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("success"u8, true);
            writer.WritePropertyName(verbose ? "events"u8 : "blocked"u8);
            writer.WriteStartArray();
            foreach (var o in outcomes.Where(o => verbose || o.Decision == Decision.Blocked))
            {
                writer.WriteStartObject();
                writer.WriteNumber("index"u8, o.Index);
                if (o.MessageId is not null)
                {
                    writer.WriteString("messageId"u8, o.MessageId);
                }

                writer.WriteString("decision"u8, o.Decision.ToString().ToLowerInvariant());
                writer.WriteStartArray("codes"u8);
                foreach (var code in o.Violations.Select(v => v.Code).Distinct(StringComparer.Ordinal))
                {
                    writer.WriteStringValue(code);
                }

                writer.WriteEndArray();
                if (verbose)
                {
                    writer.WriteString("contract_version"u8, o.ContractVersion);
                    writer.WriteString("contract_selected_by"u8, o.ContractSelectedBy);
                    writer.WritePropertyName("violations"u8);
                    ViolationJson.Write(writer, o.Violations);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return new JsonBytesResult(200, buffer.ToArray(), "application/json");
    }
}
