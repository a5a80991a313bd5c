using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class PlanJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task PlanJourney_FromRegisterToCodeDownload_Works()
    {
        var page = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(page, "grace@example.com", "Grace Hopper", "Compilers Inc");
            var planUrl = await Steps.CreatePlanAsync(page, "Web shop", "Events of the web shop");

            await page.GetByRole(AriaRole.Link, new() { Name = "Global properties" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add global property" }).ClickAsync();
            await page.GetByLabel("Property name").First.FillAsync("platform");
            await page.GetByLabel("Required", new() { Exact = true }).CheckAsync();
            await page.GetByLabel("Allowed values (enum)").FillAsync("web, ios, android");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save property" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Properties" })).ToContainTextAsync("one of web, ios, android");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "global-properties");

            await page.GetByRole(AriaRole.Link, new() { Name = "Events" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
            await page.GetByLabel("Event name").FillAsync("order_completed");
            await page.GetByLabel("Event description").FillAsync("A customer completed an order.");
            await page.GetByLabel("Owner").FillAsync("checkout-team");
            await page.GetByLabel("platform").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event order_completed" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Linked globals: platform")).ToBeVisibleAsync();

            await AddPropertyAsync(page, "order_id", "string", required: true, format: "uuid");
            await AddPropertyAsync(page, "plan_tier", "string", enumValues: "free, pro");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add property" }).ClickAsync();
            var form = page.GetByRole(AriaRole.Region, new() { Name = "Property form" });
            await form.GetByLabel("Property name").First.FillAsync("cart");
            await Forms.PickAsync(page, form, "Type", "object");
            await form.GetByRole(AriaRole.Button, new() { Name = "Add nested property" }).ClickAsync();
            var nested = form.GetByRole(AriaRole.Group, new() { Name = "Nested property 1" });
            await nested.GetByLabel("Property name").FillAsync("sku");
            await nested.GetByLabel("Required", new() { Exact = true }).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Save property" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Properties" })).ToContainTextAsync("{sku}");

            await page.GetByRole(AriaRole.Button, new() { Name = "Add property" }).ClickAsync();
            await form.GetByLabel("Property name").First.FillAsync("quantity");
            await Forms.PickAsync(page, form, "Type", "integer");
            await form.GetByLabel("Minimum").FillAsync("10");
            await form.GetByLabel("Maximum").FillAsync("1");
            await form.GetByRole(AriaRole.Button, new() { Name = "Save property" }).ClickAsync();
            await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("$.constraints");
            await Assertions.Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("invalid_constraint");
            await Screenshots.SaveAsync(page, "editor-inline-error");
            await form.GetByRole(AriaRole.Button, new() { Name = "Cancel property" }).ClickAsync();
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "editor");

            await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
            await page.GetByLabel("Event name").FillAsync("order_complete");
            await Assertions.Expect(page.Locator(".tb-similar")).ToContainTextAsync("order_completed");
            await Screenshots.SaveAsync(page, "editor-similar-event");
            await page.GetByLabel("Event name").FillAsync("signup_started");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event signup_started" })).ToBeVisibleAsync();
            await page.GetByLabel("Filter events").FillAsync("order");
            await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Events" }).GetByRole(AriaRole.Button)).ToHaveCountAsync(1);

            await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
            await page.GetByLabel("Change summary").FillAsync("First version");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("Published version 1.")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Events" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "order_completed" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Delete property plan_tier" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Properties" })).Not.ToContainTextAsync("plan_tier");

            await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            var confirm = page.GetByRole(AriaRole.Table, new() { Name = "Breaking changes to confirm" });
            await Assertions.Expect(confirm).ToContainTextAsync("property_removed");
            await Screenshots.SaveAsync(page, "publish-breaking-confirm");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish with breaking changes" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Published version 2.")).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
            var diff = page.GetByRole(AriaRole.Table, new() { Name = "Changes between the versions" });
            await Assertions.Expect(diff).ToContainTextAsync("property_removed");
            await Assertions.Expect(diff).ToContainTextAsync("plan_tier");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "versions");

            await page.GetByRole(AriaRole.Link, new() { Name = "Code" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Generate" }).ClickAsync();
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Download .*\\.ts$") }).First.ClickAsync());
            var path = await download.PathAsync();
            var code = await File.ReadAllTextAsync(path);
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "code");

            Assert.EndsWith(".ts", download.SuggestedFilename, StringComparison.Ordinal);
            Assert.Contains("order_completed", code, StringComparison.Ordinal);
            Assert.DoesNotContain("plan_tier", code, StringComparison.Ordinal);
            Assert.StartsWith(planUrl, page.Url, StringComparison.Ordinal);
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-plan-journey");
            throw;
        }
    }

    private static async Task AddPropertyAsync(IPage page, string name, string type, bool required = false, string? enumValues = null, string? format = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add property" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Property form" });
        await form.GetByLabel("Property name").First.FillAsync(name);
        if (type != "string")
        {
            await Forms.PickAsync(page, form, "Type", type);
        }
        if (required)
        {
            await form.GetByLabel("Required", new() { Exact = true }).First.CheckAsync();
        }
        if (enumValues is not null)
        {
            await form.GetByLabel("Allowed values (enum)").First.FillAsync(enumValues);
        }
        if (format is not null)
        {
            await Forms.PickAsync(page, form, "Format", format);
        }
        await form.GetByRole(AriaRole.Button, new() { Name = "Save property" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Properties" }).GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }
}
