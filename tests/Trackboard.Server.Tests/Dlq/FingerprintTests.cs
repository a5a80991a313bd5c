using Trackboard.Server.Dlq;

namespace Trackboard.Server.Tests.Dlq;

public sealed class FingerprintTests
{
    private static DlqFacts Facts(string actual, string path = "properties.cart.items[2].sku", string? source = "web", params DlqBreak[] more) =>
        new("checkout_completed", "3", source, "2.4.0", "analytics.js@5.0.0",
            [Fingerprint.Break("type_mismatch", path, "string", actual), .. more]);

    [Fact]
    public void Signature_SameFacts_SameCanonicalText()
    {
        var facts = Facts("number");

        var signature = Fingerprint.Signature(facts, withClient: true);

        Assert.Equal(
            """{"v":1,"event":"checkout_completed","contract_version":"3","source":"web","app_version":"2.4.0","library":"analytics.js@5.0.0","violations":[{"code":"type_mismatch","path":"properties.cart.items[].sku","expected":"string","actual_kind":"number"}]}""",
            signature);
        Assert.Equal(Fingerprint.Hash(signature), Fingerprint.Hash(Fingerprint.Signature(Facts("number"), withClient: true)));
        Assert.True(Fingerprint.IsValid(Fingerprint.Hash(signature)));
    }

    [Fact]
    public void Signature_OtherArrayIndexOrViolationOrder_SameFingerprint()
    {
        var extra = Fingerprint.Break("unknown_property", "properties.coupon", null, "string");
        var a = Fingerprint.Signature(Facts("number", "properties.cart.items[2].sku", "web", extra), withClient: true);
        var b = Fingerprint.Signature(new DlqFacts("checkout_completed", "3", "web", "2.4.0", "analytics.js@5.0.0",
            [extra, Fingerprint.Break("type_mismatch", "properties.cart.items[17].sku", "string", "number"), extra]), withClient: true);

        Assert.Equal(Fingerprint.Hash(a), Fingerprint.Hash(b));
    }

    [Fact]
    public void Signature_OtherSource_OtherFingerprintSameBreakKey()
    {
        var web = Facts("number", source: "web");
        var ios = Facts("number", source: "ios");

        Assert.NotEqual(Fingerprint.Hash(Fingerprint.Signature(web, true)), Fingerprint.Hash(Fingerprint.Signature(ios, true)));
        Assert.Equal(Fingerprint.Hash(Fingerprint.Signature(web, false)), Fingerprint.Hash(Fingerprint.Signature(ios, false)));
    }

    [Theory]
    [InlineData("enum_violation", "\"jane@example.com\"", "string")]
    [InlineData("pattern_violation", "\"ABC-123\"", "string")]
    [InlineData("format_violation", "42", "number")]
    [InlineData("enum_violation", "true", "boolean")]
    [InlineData("min_violation", "3", "number")]
    [InlineData("max_length_violation", "300", "string")]
    [InlineData("min_items_violation", "0", "array")]
    [InlineData("type_mismatch", "object", "object")]
    [InlineData("missing_required_property", "missing", "missing")]
    [InlineData("invalid_timestamp", "yesterday at noon", "string")]
    public void Break_RawActualValue_OnlyItsKindKept(string code, string actual, string kind)
    {
        var result = Fingerprint.Break(code, "properties.x", "e", actual);

        Assert.Equal(kind, result.ActualKind);
    }

    [Fact]
    public void Break_PathWithPersonalKey_Scrubbed()
    {
        var result = Fingerprint.Break("unknown_property", "properties['jane@example.com'].visits[3]", null, "number");

        Assert.Equal("properties['[email]'].visits[]", result.Path);
    }

    [Fact]
    public void Parse_StoredSignature_SameFacts()
    {
        var facts = Facts("number", more: Fingerprint.Break("unknown_property", "properties.coupon", null, "string"));

        var parsed = Fingerprint.Parse(Fingerprint.Signature(facts, withClient: true));

        Assert.Equal(Fingerprint.Signature(facts, true), Fingerprint.Signature(parsed, true));
        Assert.Equal(("web", "2.4.0", 2), (parsed.Source, parsed.AppVersion, parsed.Breaks.Count));
    }
}
