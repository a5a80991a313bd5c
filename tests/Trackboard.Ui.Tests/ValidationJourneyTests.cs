using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class ValidationJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Playground_WithKeyShownOnce_ShowsViolationsWithPaths()
    {
        var page = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(page, "barbara@example.com", "Barbara", "Liskov Labs");
            await Steps.CreatePlanAsync(page, "Docs site", "Events of the docs");
            await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
            await page.GetByLabel("Event name").FillAsync("page_viewed");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add property" }).ClickAsync();
            var form = page.GetByRole(AriaRole.Region, new() { Name = "Property form" });
            await form.GetByLabel("Property name").First.FillAsync("url");
            await form.GetByLabel("Required", new() { Exact = true }).CheckAsync();
            await Forms.PickAsync(page, form, "Format", "uri");
            await form.GetByRole(AriaRole.Button, new() { Name = "Save property" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Properties" })).ToContainTextAsync("uri");
            await page.GetByRole(AriaRole.Link, new() { Name = "Versions" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("Published version 1.")).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
            await page.GetByLabel("Key label").FillAsync("web app");
            await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
            var shown = await page.GetByLabel("New API key").InputValueAsync();
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "api-keys");
            await page.GetByRole(AriaRole.Link, new() { Name = "Try it in the playground" }).ClickAsync();
            await page.GetByLabel("Event JSON").FillAsync("""{"event":"page_viewed","userId":"u1","properties":{"url":"not a url","extra":1}}""");
            await page.GetByRole(AriaRole.Button, new() { Name = "Validate" }).ClickAsync();
            var violations = page.GetByRole(AriaRole.Table, new() { Name = "Violations" });
            await Assertions.Expect(violations).ToContainTextAsync("properties.url");
            await Assertions.Expect(violations).ToContainTextAsync("format_violation");
            await Assertions.Expect(violations).ToContainTextAsync("unknown_property");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "playground");
            await page.GotoAsync(page.Url.Replace("/playground", "/keys", StringComparison.Ordinal));
            await Steps.WaitForInteractiveAsync(page);

            Assert.StartsWith("tbk_", shown, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "API keys" })).ToContainTextAsync("web app");
            Assert.Equal(0, await page.GetByLabel("New API key").CountAsync());
            Assert.DoesNotContain(shown, await page.ContentAsync(), StringComparison.Ordinal);
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-validation-journey");
            throw;
        }
    }
}
