using System.Text.Json;
using Trackboard.Contracts.JsonSchema;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;

namespace Trackboard.Contracts.Tests.JsonSchema;

public sealed class JsonSchemaExporterTests
{
    [Fact]
    public void ExportFiles_SeedContract_MatchesSnapshots()
    {
        var contract = LoadSeed();

        var files = JsonSchemaExporter.ExportFiles(contract);

        Assert.Equal(["events/signup_completed.schema.json", "bundle.schema.json"], files.Select(f => f.Path));
        foreach (var file in files)
        {
            Snapshot.Match("json-schema/web-analytics.v1/" + file.Path, file.Content);
        }
    }

    [Fact]
    public void ExportFiles_SyntheticContract_MatchesSnapshots()
    {
        var contract = LoadSynthetic();

        var files = JsonSchemaExporter.ExportFiles(contract);

        foreach (var file in files)
        {
            Snapshot.Match("json-schema/synthetic/" + file.Path, file.Content);
        }
    }

    [Fact]
    public void ExportFiles_SameContractTwice_SameBytes()
    {
        var first = JsonSchemaExporter.ExportFiles(LoadSynthetic());

        var second = JsonSchemaExporter.ExportFiles(LoadSynthetic());

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void ExportEvent_SeedEvent_DeclaresDialectIdAndTitle()
    {
        using var schema = JsonDocument.Parse(JsonSchemaExporter.ExportEvent(LoadSeed(), "signup_completed"));

        var root = schema.RootElement;
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", root.GetProperty("$schema").GetString());
        Assert.Equal("trackboard://plan_web/events/signup_completed.schema.json", root.GetProperty("$id").GetString());
        Assert.Equal("signup_completed", root.GetProperty("title").GetString());
        Assert.Equal("A user completes signup", root.GetProperty("description").GetString());
        Assert.Equal("signup_completed", root.GetProperty("properties").GetProperty("event").GetProperty("const").GetString());
    }

    [Fact]
    public void ExportEvent_UnknownEvent_Throws()
    {
        var contract = LoadSeed();

        Assert.Throws<ArgumentException>(() => JsonSchemaExporter.ExportEvent(contract, "nope"));
    }

    [Fact]
    public void ExportEvent_RequiredAndOptional_NullOnlyOnOptional()
    {
        var contract = Contract(
            Prop("a", PropertyType.String, required: true, new Constraints { EnumValues = [ScalarValue.FromString("x")] }),
            Prop("b", PropertyType.String, required: false, new Constraints { EnumValues = [ScalarValue.FromString("x")] }));

        var properties = PropertiesNode(contract);

        var a = properties.GetProperty("properties").GetProperty("a");
        var b = properties.GetProperty("properties").GetProperty("b");
        Assert.Equal("\"string\"", a.GetProperty("type").GetRawText());
        Assert.Equal("[\"x\"]", a.GetProperty("enum").GetRawText());
        Assert.Equal("[\"string\",\"null\"]", b.GetProperty("type").GetRawText());
        Assert.Equal("[\"x\",null]", b.GetProperty("enum").GetRawText());
        Assert.Equal("[\"a\"]", properties.GetProperty("required").GetRawText());
    }

    [Fact]
    public void ExportEvent_RequiredProperty_RequiresPropertiesObject()
    {
        var withRequired = Contract(Prop("a", PropertyType.String, required: true));
        var withoutRequired = Contract(Prop("a", PropertyType.String, required: false));

        using var required = JsonDocument.Parse(JsonSchemaExporter.ExportEvent(withRequired, "e"));
        using var optional = JsonDocument.Parse(JsonSchemaExporter.ExportEvent(withoutRequired, "e"));

        Assert.Equal("[\"event\",\"properties\"]", required.RootElement.GetProperty("required").GetRawText());
        Assert.Equal("[\"event\"]", optional.RootElement.GetProperty("required").GetRawText());
    }

    [Fact]
    public void ExportEvent_Integer_BoundedToSigned64BitRange()
    {
        var contract = Contract(Prop("n", PropertyType.Integer, required: true));

        var n = PropertiesNode(contract).GetProperty("properties").GetProperty("n");

        Assert.Equal("\"integer\"", n.GetProperty("type").GetRawText());
        Assert.Equal("-9223372036854775808", n.GetProperty("minimum").GetRawText());
        Assert.Equal("9223372036854775808", n.GetProperty("exclusiveMaximum").GetRawText());
    }

    [Fact]
    public void ExportEvent_IntegerWithUserBounds_UserBoundsReplaceRangeBounds()
    {
        var contract = Contract(Prop("n", PropertyType.Integer, required: true, new Constraints { Min = 1, Max = 10 }));

        var n = PropertiesNode(contract).GetProperty("properties").GetProperty("n");

        Assert.Equal("1", n.GetProperty("minimum").GetRawText());
        Assert.Equal("10", n.GetProperty("maximum").GetRawText());
        Assert.False(n.TryGetProperty("exclusiveMaximum", out _));
    }

    [Fact]
    public void ExportEvent_IntegerWithBoundsOutsideRange_RangeBoundsKept()
    {
        var contract = Contract(Prop("n", PropertyType.Integer, required: true, new Constraints { Min = -1e30, Max = 1e30 }));

        var n = PropertiesNode(contract).GetProperty("properties").GetProperty("n");

        Assert.Equal("-9223372036854775808", n.GetProperty("minimum").GetRawText());
        Assert.Equal("9223372036854775808", n.GetProperty("exclusiveMaximum").GetRawText());
        Assert.False(n.TryGetProperty("maximum", out _));
    }

    [Fact]
    public void ExportEvent_ObjectWithDeclaredProperties_Closed()
    {
        var closed = Prop("o", PropertyType.Object, required: true) with { Properties = [] };
        var open = Prop("p", PropertyType.Object, required: true);
        var contract = Contract(closed, open);

        var properties = PropertiesNode(contract);

        Assert.False(properties.GetProperty("additionalProperties").GetBoolean());
        Assert.False(properties.GetProperty("properties").GetProperty("o").GetProperty("additionalProperties").GetBoolean());
        Assert.False(properties.GetProperty("properties").GetProperty("p").TryGetProperty("additionalProperties", out _));
    }

    [Fact]
    public void ExportEvent_ArrayItems_NeverNullable()
    {
        var list = Prop("l", PropertyType.Array, required: false) with { Items = new PropertyDefinition { Name = "", Type = PropertyType.Integer } };
        var contract = Contract(list);

        var l = PropertiesNode(contract).GetProperty("properties").GetProperty("l");

        Assert.Equal("[\"array\",\"null\"]", l.GetProperty("type").GetRawText());
        Assert.Equal("\"integer\"", l.GetProperty("items").GetProperty("type").GetRawText());
    }

    [Fact]
    public void ExportEvent_DotNetPattern_TranslatedWithOriginalKept()
    {
        var contract = Contract(Prop("sku", PropertyType.String, required: true, new Constraints { Pattern = @"^SKU-\d+$" }));

        var sku = PropertiesNode(contract).GetProperty("properties").GetProperty("sku");

        Assert.Equal(@"^SKU-\p{Nd}+$", sku.GetProperty("pattern").GetString());
        Assert.Equal(@"^SKU-\d+$", sku.GetProperty("x-trackboard-pattern").GetString());
    }

    [Fact]
    public void ExportEvent_PatternWithSameMeaning_NoAnnotation()
    {
        var contract = Contract(Prop("code", PropertyType.String, required: true, new Constraints { Pattern = "^[A-Z]{2}" }));

        var code = PropertiesNode(contract).GetProperty("properties").GetProperty("code");

        Assert.Equal("^[A-Z]{2}", code.GetProperty("pattern").GetString());
        Assert.False(code.TryGetProperty("x-trackboard-pattern", out _));
    }

    [Fact]
    public void ExportBundle_EventNameNeedingEscapes_RefPointsAtDefinition()
    {
        var contract = new Contract { Events = [new EventDefinition { EventName = "Order Completed/v2~x" }] };

        using var bundle = JsonDocument.Parse(JsonSchemaExporter.ExportBundle(contract));

        var reference = bundle.RootElement.GetProperty("oneOf")[0].GetProperty("$ref").GetString();
        Assert.Equal("#/$defs/Order%20Completed~1v2~0x", reference);
        Assert.True(bundle.RootElement.GetProperty("$defs").TryGetProperty("Order Completed/v2~x", out _));
        Assert.Equal("trackboard://plan/bundle.schema.json", bundle.RootElement.GetProperty("$id").GetString());
    }

    [Fact]
    public void ExportEvent_DeprecatedEvent_AnnotatedNotRejected()
    {
        var contract = new Contract { Events = [new EventDefinition { EventName = "old", Status = EventStatus.Deprecated }] };

        using var schema = JsonDocument.Parse(JsonSchemaExporter.ExportEvent(contract, "old"));

        Assert.True(schema.RootElement.GetProperty("deprecated").GetBoolean());
        Assert.Equal("deprecated", schema.RootElement.GetProperty("x-trackboard-status").GetString());
        Assert.False(schema.RootElement.TryGetProperty("not", out _));
    }

    private static Contract LoadSeed() => Load(TestPaths.SeedExamples("contracts", "web-analytics.v1.json"));

    private static Contract LoadSynthetic() => Load(TestPaths.TestData("schema", "synthetic.contract.json"));

    private static Contract Load(string path)
    {
        var result = ContractLoader.LoadFile(path);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result.Contract!;
    }

    private static PropertyDefinition Prop(string name, PropertyType type, bool required, Constraints? constraints = null) =>
        new() { Name = name, Type = type, Required = required, Constraints = constraints ?? Constraints.None };

    private static Contract Contract(params PropertyDefinition[] properties) =>
        new() { PlanId = "p", Events = [new EventDefinition { EventName = "e", Properties = properties }] };

    private static JsonElement PropertiesNode(Contract contract)
    {
        var bytes = JsonSchemaExporter.ExportEvent(contract, "e");
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.GetProperty("properties").GetProperty("properties").Clone();
    }
}
