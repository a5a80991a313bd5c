using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class ObservabilityJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Observability_EventsValidatedByAnApp_ShowLiveAndRevealARedactedSample()
    {
        const string email = "jane.doe@example.com";
        var page = await server.NewPageAsync();
        IPage? phone = null;
        try
        {
            await Steps.RegisterAsync(page, "grace@observe.example", "Grace", "Observers");
            await Steps.CreatePlanAsync(page, "Checkout", "Events of the checkout");
            await Steps.AddEventAsync(page, "order_completed", "A customer completed an order.");
            await Steps.AddStringPropertyAsync(page, "order_id", required: true);
            await Steps.AddStringPropertyAsync(page, "contact", required: false);
            await Steps.AddEventAsync(page, "cart_viewed", "A customer opened the cart.");
            await Steps.OpenSectionAsync(page, "Versions");
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("Published version 1.")).ToBeVisibleAsync();
            await Steps.OpenSectionAsync(page, "API keys");
            await page.GetByLabel("Key label").FillAsync("checkout service");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
            var key = await page.GetByLabel("New API key").InputValueAsync();

            await Steps.OpenSectionAsync(page, "Observability");
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "DLQ groups" })).ToContainTextAsync("The DLQ is empty.");
            await Assertions.Expect(page.GetByText("Live: updates as events are validated.")).ToBeVisibleAsync();

            // An app sends one valid and one invalid event while the page is open: it updates without a reload.
            var valid = await Api.ValidateAsync(server, key, new JsonObject
            {
                ["event"] = "order_completed", ["userId"] = "u-1", ["properties"] = new JsonObject { ["order_id"] = "o-1" },
            });
            var invalid = await Api.ValidateAsync(server, key, new JsonObject
            {
                ["event"] = "order_completed", ["userId"] = "u-2", ["properties"] = new JsonObject { ["contact"] = email },
            });
            Assert.True((bool)valid["valid"]!);
            Assert.False((bool)invalid["valid"]!);

            await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Latest validations" })).ToContainTextAsync("invalid");
            await Assertions.Expect(page.GetByLabel("Compliance rate")).ToHaveTextAsync("50 %");
            await Assertions.Expect(page.GetByLabel("Validation totals")).ToContainTextAsync("1 valid of 2 validated");
            await Assertions.Expect(page.Locator(".mud-chart svg").First).ToBeVisibleAsync();
            var status = page.GetByRole(AriaRole.Table, new() { Name = "Implementation status" });
            await Assertions.Expect(status.GetByRole(AriaRole.Row).Filter(new() { HasText = "order_completed" })).ToContainTextAsync("mixed");
            await Assertions.Expect(status.GetByRole(AriaRole.Row).Filter(new() { HasText = "cart_viewed" })).ToContainTextAsync("never seen");
            var groups = page.GetByRole(AriaRole.Table, new() { Name = "DLQ groups" });
            await Assertions.Expect(groups).ToContainTextAsync("missing_required_property");
            await Assertions.Expect(groups).ToContainTextAsync("order_id");

            await groups.GetByRole(AriaRole.Button, new() { Name = "Triage" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Triage: order_completed" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Suggested fix" })).ToBeVisibleAsync();
            // Samples stay hidden: each entry offers its own reveal to an editor, beside the group's.
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Recent entries of the group" })
                .GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Reveal the sample received") })).ToBeVisibleAsync();
            Assert.DoesNotContain(email, await page.ContentAsync(), StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Button, new() { Name = "Reveal samples" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Revealed 1 redacted sample(s)")).ToBeVisibleAsync();
            var sample = page.Locator(".tb-sample").First;
            await Assertions.Expect(sample).ToContainTextAsync("order_completed");
            await Assertions.Expect(sample).ToContainTextAsync("contact");
            Assert.DoesNotContain(email, await sample.TextContentAsync() ?? "", StringComparison.Ordinal);
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "observability");

            var audit = await Api.AuditAsync(server, "grace@observe.example");
            Assert.Contains(audit.OfType<JsonObject>(), a => (string?)a["action"] == "reveal" && (string?)a["entity_type"] == "dlq_groups");

            phone = await server.NewPageAsync(390, 844);
            await Steps.SignInAsync(phone, "grace@observe.example");
            await phone.WaitForURLAsync(Steps.PlansUrl());
            await phone.GotoAsync(page.Url);
            await Steps.WaitForInteractiveAsync(phone);
            await Assertions.Expect(phone.GetByLabel("Compliance rate")).ToHaveTextAsync("50 %");
            await Steps.AssertFitsWidthAsync(phone);
            await Screenshots.SaveAsync(phone, "observability-390");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-observability-journey");
            throw;
        }
    }
}
