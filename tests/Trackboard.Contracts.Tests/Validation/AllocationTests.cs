using System.Text;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Validation;

public sealed class AllocationTests
{
    private const string Contract = """
    {
      "format_version": "trackboard.contract.v1",
      "events": [
        {
          "event_name": "checkout_completed",
          "properties": [
            { "name": "order_id", "type": "string", "required": true, "constraints": { "pattern": "^ord_[0-9a-z]+$" } },
            { "name": "email", "type": "string", "constraints": { "format": "email" } },
            { "name": "at", "type": "string", "constraints": { "format": "date-time" } },
            { "name": "total", "type": "float", "required": true, "constraints": { "min": 0 } },
            { "name": "coupon", "type": "string", "constraints": { "max_length": 32, "min_length": 1 } },
            { "name": "items", "type": "array", "required": true, "constraints": { "min_items": 1 },
              "items": { "type": "object", "properties": [
                { "name": "sku", "type": "string", "required": true, "constraints": { "enum_values": ["a\"b", "SKU-1"] } },
                { "name": "quantity", "type": "integer", "required": true, "constraints": { "min": 1, "enum_values": [1, 2, 3] } }
              ] } },
            { "name": "meta", "type": "object" }
          ]
        }
      ]
    }
    """;

    [Theory]
    [InlineData("""{"event":"checkout_completed","properties":{"order_id":"ord_1a","total":1.5,"coupon":"SUMMER","items":[{"sku":"SKU-1","quantity":2}],"meta":{"x":[1,{"y":2}]}}}""")]
    [InlineData("""{"properties":{"order_id":"ord_1a","total":1,"items":[{"sku":"a\"b","quantity":1.0}]},"event":"checkout_completed"}""")]
    [InlineData("""{"event":"checkout_completed","properties":{"order_id":"ord_\u0031","total":0,"email":"a@b.io","at":"2026-01-01T00:00:00Z","items":[{"sku":"SKU-1","quantity":3}]}}""")]
    public void Validate_ValidNestedEvent_AllocatesNothing(string payload)
    {
        var compiled = CompiledContract.Compile(ContractLoader.Load(Contract).Contract!);
        var bytes = Encoding.UTF8.GetBytes(payload);
        for (var i = 0; i < 200; i++)
        {
            Assert.True(compiled.Validate(bytes).Valid);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            compiled.Validate(bytes);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
