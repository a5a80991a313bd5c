using System.Text.Json;
using Trackboard.Server.Dlq;

namespace Trackboard.Server.Tests.Dlq;

public sealed class RedactorTests
{
    [Theory]
    [InlineData("write to jane.doe+tag@mail.example.co.uk now", "write to [email] now")]
    [InlineData("+1 (415) 555-0132", "[phone]")]
    [InlineData("call 030 1234567", "call [phone]")]
    [InlineData("Bearer abcdefghijklmnop.qrs", "Bearer [token]")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abcDEF123_-", "[jwt]")]
    [InlineData("key sk_test_51HxYzAbCdEfGh", "key [token]")]
    [InlineData("ghp_1234567890abcdefghijABCDEFGHIJ", "[token]")]
    [InlineData("from 10.0.0.1 and ::1", "from [ip] and [ip]")]
    [InlineData("fe80::1ff:fe23:4567:890a", "[ip]")]
    [InlineData("id 3f2504e0-4f89-11d3-9a0c-0305e82c3301", "id [id]")]
    [InlineData("account 4111111111111111", "account [id]")]
    [InlineData("hash 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "hash [token]")]
    public void Scrub_SensitiveText_Replaced(string text, string expected)
    {
        var result = Redactor.Scrub(text);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("2026-12-03")]
    [InlineData("2026-12-03T10:20:30Z")]
    [InlineData("2026-12-03T10:20:30.123+01:00")]
    [InlineData("12:30:45")]
    [InlineData("version 1.2.3")]
    [InlineData("price 1234.50")]
    [InlineData("email")]
    [InlineData("checkout_completed")]
    [InlineData("SKU-12345")]
    public void Scrub_OrdinaryText_Unchanged(string text)
    {
        var result = Redactor.Scrub(text);

        Assert.Equal(text, result);
    }

    [Fact]
    public void Redact_NestedPayload_KeysAndValuesRedactedStructureKept()
    {
        using var document = JsonDocument.Parse("""
            {"event":"order_completed","userId":"u1","properties":{"total":12.5,"items":[{"sku":"A-1","buyer_email":"a@b.co"}],
             "note":"ship to a@b.co","customer":{"phoneNumber":4915112345678,"name":"Ann"},"referrer":null,"a@b.co":true},
             "context":{"ip":"203.0.113.9","traits":{"emailAddress":"x@y.z"}}}
            """);

        var (node, count) = Redactor.Redact(document.RootElement);

        Assert.Equal(
            """{"event":"order_completed","userId":"[id]","properties":{"total":12.5,"items":[{"sku":"A-1","buyer_email":"[email]"}],"note":"ship to [email]","customer":{"phoneNumber":"[phone]","name":"Ann"},"referrer":null,"[email]":true},"context":{"ip":"[ip]","traits":{"emailAddress":"[email]"}}}""",
            node!.ToJsonString());
        Assert.Equal(7, count);
    }
}
