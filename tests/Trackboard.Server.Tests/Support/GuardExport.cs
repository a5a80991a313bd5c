using System.Globalization;
using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

/// <summary>Lines shaped exactly as <c>trackboard-guard dlq export --format ndjson</c> writes them (Replay/DlqExporter.cs).</summary>
public static class GuardExport
{
    public static string Blocked(long id, string messageId, string method, DateTimeOffset receivedAt, string source = "web", string contractVersion = "1") =>
        new JsonObject
        {
            ["id"] = id,
            ["kind"] = "blocked",
            ["reasons"] = new JsonArray("enum_violation"),
            ["source"] = source,
            ["call_type"] = "track",
            ["event"] = "signup_completed",
            ["message_id"] = messageId,
            ["contract_version"] = contractVersion,
            ["received_at"] = receivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["forwarded"] = false,
            ["violations"] = new JsonArray(new JsonObject
            {
                ["code"] = "enum_violation",
                ["path"] = "properties.signup_method",
                ["property"] = "signup_method",
                ["expected"] = "[\"email\",\"google\"]",
                ["actual"] = $"\"{method}\"",
                ["message"] = $"'{method}' is not one of the allowed values",
            }),
            ["event_json"] = new JsonObject
            {
                ["type"] = "track",
                ["event"] = "signup_completed",
                ["messageId"] = messageId,
                ["userId"] = "user-42",
                ["properties"] = new JsonObject { ["signup_method"] = method, ["user_email"] = "jane@example.com" },
                ["context"] = new JsonObject
                {
                    ["ip"] = "203.0.113.7",
                    ["app"] = new JsonObject { ["version"] = "2.4.0" },
                    ["library"] = new JsonObject { ["name"] = "analytics-node", ["version"] = "3.1.0" },
                },
            },
        }.ToJsonString();

    public static string DeliveryFailed(long id, string messageId, DateTimeOffset receivedAt) =>
        new JsonObject
        {
            ["id"] = id,
            ["kind"] = "delivery_failed",
            ["reasons"] = new JsonArray("HTTP 400 from destination"),
            ["source"] = "ios",
            ["call_type"] = "track",
            ["event"] = "signup_completed",
            ["message_id"] = messageId,
            ["contract_version"] = null,
            ["received_at"] = receivedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
            ["forwarded"] = false,
            ["body_base64"] = Convert.ToBase64String("not json"u8.ToArray()),
        }.ToJsonString();
}
