using System.Text;
using System.Text.Json;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;

namespace Trackboard.Benchmarks;

/// <summary>The contract and events the benchmarks share; bench/ajv/events.json carries the same bytes.</summary>
internal static class BenchData
{
    public const string ContractJson = """
    {
      "format_version": "trackboard.contract.v1",
      "plan_id": "plan_bench",
      "version_number": 1,
      "name": "Bench",
      "global_properties": [
        { "name": "user_id", "type": "string", "required": true, "constraints": {} }
      ],
      "events": [
        {
          "event_name": "signup_completed",
          "properties": [
            { "name": "signup_method", "type": "string", "required": true, "constraints": { "enum_values": ["email", "google", "github"] } }
          ],
          "global_properties": ["user_id"]
        },
        {
          "event_name": "checkout_completed",
          "properties": [
            { "name": "order_id", "type": "string", "required": true, "constraints": { "pattern": "^ord_[0-9a-z]+$" } },
            { "name": "total", "type": "float", "required": true, "constraints": { "min": 0 } },
            { "name": "currency", "type": "string", "required": true, "constraints": { "enum_values": ["EUR", "USD", "GBP"] } },
            { "name": "coupon", "type": "string", "constraints": { "max_length": 32 } },
            { "name": "items", "type": "array", "required": true, "constraints": { "min_items": 1, "max_items": 100 },
              "items": { "type": "object", "constraints": {}, "properties": [
                { "name": "sku", "type": "string", "required": true, "constraints": { "min_length": 3, "max_length": 40 } },
                { "name": "name", "type": "string", "constraints": {} },
                { "name": "quantity", "type": "integer", "required": true, "constraints": { "min": 1, "max": 1000 } },
                { "name": "price", "type": "float", "required": true, "constraints": { "min": 0 } },
                { "name": "category", "type": "string", "constraints": { "enum_values": ["apparel", "books", "electronics", "home"] } },
                { "name": "gift", "type": "boolean", "constraints": {} }
              ] } },
            { "name": "shipping", "type": "object", "constraints": {}, "properties": [
                { "name": "method", "type": "string", "required": true, "constraints": { "enum_values": ["standard", "express"] } },
                { "name": "country", "type": "string", "required": true, "constraints": { "min_length": 2, "max_length": 2 } }
            ] }
          ],
          "global_properties": ["user_id"]
        }
      ]
    }
    """;

    /// <summary>The reference event: the example signup event (about 200 bytes).</summary>
    public static readonly byte[] ReferenceEvent = Encoding.UTF8.GetBytes(
        """{"type":"track","event":"signup_completed","userId":"usr_123","anonymousId":"anon_9f8e7d","messageId":"msg_signup_001","timestamp":"2026-06-27T12:00:00Z","properties":{"user_id":"usr_123","signup_method":"google"}}""");

    /// <summary>A checkout event with nested items, about 2 KB.</summary>
    public static readonly byte[] NestedEvent = Encoding.UTF8.GetBytes(BuildNestedEvent());

    public static Contract Contract { get; } = ContractLoader.Load(ContractJson).Contract
        ?? throw new InvalidOperationException("bench contract does not load");

    private static string BuildNestedEvent()
    {
        var items = new List<object>();
        string[] categories = ["apparel", "books", "electronics", "home"];
        for (var i = 0; i < 14; i++)
        {
            items.Add(new Dictionary<string, object>
            {
                ["sku"] = $"SKU-{1000 + i}",
                ["name"] = $"Product number {i}",
                ["quantity"] = (i % 3) + 1,
                ["price"] = 9.99 + i,
                ["category"] = categories[i % 4],
                ["gift"] = i % 2 == 0,
            });
        }

        var payload = new Dictionary<string, object>
        {
            ["type"] = "track",
            ["event"] = "checkout_completed",
            ["userId"] = "usr_123",
            ["messageId"] = "msg_checkout_001",
            ["timestamp"] = "2026-06-27T12:00:00Z",
            ["properties"] = new Dictionary<string, object>
            {
                ["user_id"] = "usr_123",
                ["order_id"] = "ord_8f7e6d5c",
                ["total"] = 321.86,
                ["currency"] = "EUR",
                ["coupon"] = "SUMMER",
                ["items"] = items,
                ["shipping"] = new Dictionary<string, object> { ["method"] = "express", ["country"] = "DE" },
            },
        };
        return JsonSerializer.Serialize(payload);
    }
}
