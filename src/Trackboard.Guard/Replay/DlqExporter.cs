using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Trackboard.Guard.Replay;

/// <summary>Writes DLQ rows as NDJSON: one object per line with the original event under <c>event_json</c>.</summary>
internal static class DlqExporter
{
    public static int Export(SqliteConnection connection, DlqFilter filter, Stream output)
    {
        var count = 0;
        foreach (var row in DlqReader.Read(connection, filter))
        {
            WriteLine(output, row);
            count++;
        }

        return count;
    }

    /// <summary>One row as one NDJSON line (the Server's DLQ import and Guard's push read exactly this).</summary>
    public static void WriteLine(Stream output, DlqRow row)
    {
        using (var writer = new Utf8JsonWriter(output))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id"u8, row.Id);
            writer.WriteString("kind"u8, row.Kind);
            writer.WriteStartArray("reasons"u8);
            foreach (var reason in row.Reasons.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                writer.WriteStringValue(reason);
            }

            writer.WriteEndArray();
            writer.WriteString("source"u8, row.Source);
            writer.WriteString("call_type"u8, row.CallType);
            writer.WriteString("event"u8, row.EventName);
            writer.WriteString("message_id"u8, row.MessageId);
            writer.WriteString("contract_version"u8, row.ContractVersion);
            writer.WriteString("received_at"u8, DateTimeOffset.FromUnixTimeMilliseconds(row.ReceivedAt));
            writer.WriteBoolean("forwarded"u8, row.Forwarded);
            if (row.ReplayedAt is { } replayed)
            {
                writer.WriteString("replayed_at"u8, DateTimeOffset.FromUnixTimeMilliseconds(replayed));
            }

            if (row.ViolationsJson is { } violations && IsJson(System.Text.Encoding.UTF8.GetBytes(violations)))
            {
                writer.WritePropertyName("violations"u8);
                writer.WriteRawValue(violations, skipInputValidation: true);
            }

            if (IsJson(row.Body))
            {
                writer.WritePropertyName("event_json"u8);
                writer.WriteRawValue(row.Body, skipInputValidation: true);
            }
            else
            {
                writer.WriteBase64String("body_base64"u8, row.Body);
            }

            writer.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static bool IsJson(byte[] bytes)
    {
        try
        {
            using var _ = JsonDocument.Parse(bytes);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
