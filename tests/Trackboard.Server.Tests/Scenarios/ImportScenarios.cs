using System.Text;
using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

/// <summary><c>POST /plans/{id}/import</c>: every format lands in a new branch with a per-row report; bad input changes nothing.</summary>
public static class ImportScenarios
{
    private const string Csv = """
        event_name,event_description,property_name,property_type,required,enum_values,min
        signup_completed,A user completes signup,signup_method,string,yes,email|google|github,
        order_completed,An order was paid,total,float,yes,,0
        """;

    private static async Task<(ApiClient Owner, Guid Main, long Revision)> MainWithSignupAsync(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var (main, revision) = await PlanSteps.CreateAsync(owner);
        var (_, r1) = await PlanSteps.AddSignupAsync(owner, main, revision);
        return (owner, main, r1);
    }

    private static async Task<JsonNode> BranchEventsAsync(ApiClient owner, ApiResponse import) =>
        (await owner.Get($"plans/{import.Json["branch"]!["id"]}")).Json["events"]!;

    public static async Task Import_Csv_NewBranchWithReportMainUntouched(ServerFixture f)
    {
        var (owner, main, revision) = await MainWithSignupAsync(f);

        var import = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "csv", ["data"] = Csv, ["draft_revision"] = revision, ["branch_name"] = "from-sheet" });
        var events = await BranchEventsAsync(owner, import);
        var mainAfter = await owner.Get($"plans/{main}");
        var mr = await owner.Post($"plans/{import.Json["branch"]!["id"]}/merge-requests", new JsonObject { ["title"] = "Import" });
        var review = await owner.Get($"merge-requests/{mr.Json["id"]}");

        Assert.True(import.Code == 201, import.ToString());
        Assert.Equal("from-sheet", import.Json["branch"]!["branch_name"]!.GetValue<string>());
        var report = import.Json["report"]!;
        Assert.Equal(2, report["imported_events"]!.GetValue<int>());
        Assert.Equal(["order_completed:added", "signup_completed:replaced"],
            report["events"]!.AsArray().Select(e => $"{e!["name"]}:{e["action"]}").Order(StringComparer.Ordinal));
        Assert.Empty(report["skipped"]!.AsArray());
        Assert.Equal(["order_completed", "signup_completed"], events.AsArray().Select(e => e!["event_name"]!.GetValue<string>()));
        Assert.Equal(revision, mainAfter.Json["draft_revision"]!.GetValue<long>());
        Assert.Single(mainAfter.Json["events"]!.AsArray());
        Assert.Contains(review.Json["diff"]!["changes"]!.AsArray(), c => c!["code"]!.GetValue<string>() == "event_added");
    }

    public static async Task Import_CsvWithBrokenRows_GoodRowsImportedEachBadRowReported(ServerFixture f)
    {
        var (owner, main, _) = await MainWithSignupAsync(f);
        var csv = """
            event_name,property_name,property_type,required,enum_values
            checkout_started,cart_id,string,yes,
            checkout_started,items,integr,no,
            checkout_started,coupon,string,no,a||b
            checkout_started,step,integer,no,one|two
            checkout_started,too,many,cells,here,extra
            checkout_started,currency,string,no,EUR|USD
            """;

        var import = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "csv", ["data"] = csv });
        var events = await BranchEventsAsync(owner, import);

        Assert.True(import.Code == 201, import.ToString());
        var skipped = import.Json["report"]!["skipped"]!.AsArray().Select(s => s!["location"]!.GetValue<string>()).ToList();
        Assert.Equal(["line 3", "line 4", "line 5", "line 6"], skipped.Distinct());
        var checkout = events.AsArray().Single(e => e!["event_name"]!.GetValue<string>() == "checkout_started")!;
        Assert.Equal(["cart_id", "currency"], checkout["properties"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
    }

    public static async Task Import_CsvAllRowsBroken_422AndNoBranch(ServerFixture f)
    {
        var (owner, main, _) = await MainWithSignupAsync(f);

        var import = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "csv", ["data"] = "event_name,property_name\nx,y\n" });
        var branches = await owner.Get($"plans/{main}/branches");

        Assert.Equal((422, "import_failed"), (import.Code, import.ProblemCode));
        Assert.Contains("missing column", import.Json["report"]!["skipped"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(branches.Json.AsArray());
    }

    public static async Task Import_TenMegabytes_413AndNoBranch(ServerFixture f)
    {
        var (owner, main, _) = await MainWithSignupAsync(f);
        var big = new StringBuilder("event_name,property_name,property_type\n");
        while (big.Length < 10 * 1024 * 1024)
        {
            big.Append("e").Append(big.Length).Append(",p,string\n");
        }

        var import = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "csv", ["data"] = big.ToString() });
        var branches = await owner.Get($"plans/{main}/branches");

        Assert.Equal((413, "import_too_large"), (import.Code, import.ProblemCode));
        Assert.Empty(branches.Json.AsArray());
    }

    public static async Task Import_OriginalJsonAndYamlShapes_SameEvents(ServerFixture f)
    {
        var (owner, main, _) = await MainWithSignupAsync(f);
        var yaml = """
            global_properties:
              - name: user_id
                type: string
                required: true
            events:
              - event_name: page_viewed
                description: "A page was viewed"
                category: engagement
                properties:
                  - {name: page_name, type: string, required: true}
                  - {name: scroll_depth, type: integer, constraints: {min: 0, max: 100}}
                  - {name: broken, type: text}
                global_properties: [user_id, missing_global]
              - event_name: page_viewed
              - description: no name
            """;
        var structured = JsonNode.Parse("""
            {
              "format": "structured",
              "global_properties": [{"name": "user_id", "type": "string", "required": true}],
              "events": [{"event_name": "page_viewed", "description": "A page was viewed", "category": "engagement", "id": "ignored-id",
                "properties": [{"name": "page_name", "type": "string", "required": true}, {"name": "scroll_depth", "type": "integer", "constraints": {"min": 0, "max": 100}}],
                "global_properties": ["user_id"]}]
            }
            """)!;

        var fromYaml = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "yaml", ["data"] = yaml });
        var fromJson = await owner.Post($"plans/{main}/import", structured);
        var fromJsonText = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "json", ["data"] = structured["events"]!.ToJsonString() });
        var template = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "template" });
        var badYaml = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "yaml", ["data"] = "events: [\n  - {" });

        Assert.True(fromYaml.Code == 201, fromYaml.ToString());
        Assert.True(fromJson.Code == 201, fromJson.ToString());
        Assert.Equal(
            ["$.events[0].global_properties[1]", "$.events[0].properties[2]", "$.events[1]", "$.events[2]"],
            fromYaml.Json["report"]!["skipped"]!.AsArray().Select(s => s!["location"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var yamlEvent = (await BranchEventsAsync(owner, fromYaml)).AsArray().Single(e => e!["event_name"]!.GetValue<string>() == "page_viewed")!;
        var jsonEvent = (await BranchEventsAsync(owner, fromJson)).AsArray().Single(e => e!["event_name"]!.GetValue<string>() == "page_viewed")!;
        Assert.Equal(100, yamlEvent["properties"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == "scroll_depth")!["constraints"]!["max"]!.GetValue<int>());
        Assert.Equal(Shape(jsonEvent), Shape(yamlEvent));
        Assert.Equal(1, fromJson.Json["report"]!["imported_global_properties"]!.GetValue<int>());
        Assert.True(fromJsonText.Code == 201, fromJsonText.ToString());
        Assert.Equal(201, template.Code);
        Assert.Equal((400, "import_failed"), (badYaml.Code, badYaml.ProblemCode));
    }

    public static async Task Import_SegmentAndJsonSchema_Imported(ServerFixture f)
    {
        var (owner, main, _) = await MainWithSignupAsync(f);
        var segment = """
            {"display_name": "Acme Web", "rules": {"events": [{"name": "Order Completed", "description": "Fires when an order is paid",
              "rules": {"type": "object", "properties": {"properties": {"type": "object", "required": ["order_id"],
                "properties": {"order_id": {"type": "string"}, "revenue": {"type": "number", "minimum": 0}}}}}}]}}
            """;
        var schema = JsonNode.Parse((await owner.Get($"plans/{main}/generate/json-schema?draft=true")).Text);

        var fromSegment = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "segment", ["data"] = segment });
        var fromSchema = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "json-schema", ["data"] = BundleOf(schema) });

        Assert.True(fromSegment.Code == 201, fromSegment.ToString());
        Assert.Contains((await BranchEventsAsync(owner, fromSegment)).AsArray(), e => e!["event_name"]!.GetValue<string>() == "Order Completed");
        Assert.True(fromSchema.Code == 201, fromSchema.ToString());
        Assert.Equal("signup_completed:replaced", $"{fromSchema.Json["report"]!["events"]![0]!["name"]}:{fromSchema.Json["report"]!["events"]![0]!["action"]}");
    }

    public static async Task Import_BadRequests_ClearCodes(ServerFixture f)
    {
        var (owner, main, revision) = await MainWithSignupAsync(f);
        var branch = await owner.Post($"plans/{main}/branch", new JsonObject { ["branch_name"] = "b" });

        var malformed = await owner.Post($"plans/{main}/import", "{\"format\": \"csv\",");
        var unknownField = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "csv", ["file"] = "x" });
        var badFormat = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "xlsx", ["data"] = "x" });
        var stale = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "template", ["draft_revision"] = revision - 1 });
        var intoBranch = await owner.Post($"plans/{branch.Json["id"]}/import", new JsonObject { ["format"] = "template" });
        var notJson = await owner.Post($"plans/{main}/import", new JsonObject { ["format"] = "segment", ["data"] = "{nope" });

        Assert.Equal((400, "invalid_json"), (malformed.Code, malformed.ProblemCode));
        Assert.Equal((400, "unknown_field"), (unknownField.Code, unknownField.ProblemCode));
        Assert.Equal((400, "unsupported_import_format"), (badFormat.Code, badFormat.ProblemCode));
        Assert.Equal((409, "stale_revision"), (stale.Code, stale.ProblemCode));
        Assert.Equal((409, "not_main"), (intoBranch.Code, intoBranch.ProblemCode));
        Assert.Equal((400, "import_failed"), (notJson.Code, notJson.ProblemCode));
    }

    private static string Shape(JsonNode ev) =>
        string.Join(';', ev["properties"]!.AsArray().Select(p => $"{p!["name"]}:{p["type"]}:{p["required"]}").Order(StringComparer.Ordinal))
        + "|" + ev["description"] + "|" + ev["category"] + "|" + ev["global_properties"]!.ToJsonString();

    private static JsonNode BundleOf(JsonNode? generated) => generated!["files"] is JsonArray files
        ? JsonNode.Parse(files.Single(x => x!["path"]!.GetValue<string>().EndsWith("bundle.schema.json", StringComparison.Ordinal))!["content"]!.GetValue<string>())!
        : generated;
}
