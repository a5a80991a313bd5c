using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class AiProviderJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    private const string ApiKey = "sk-ui-test-0123456789abcdef";

    [BrowserFact]
    public async Task AiProvider_BadUrlShownWithPath_SavedKeyNeverEchoed()
    {
        var page = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(page, "aida@example.com", "Aida", "Models Ltd");
            // Settle on the plans page first: a click during the post-registration navigation can be overtaken by it.
            await page.GotoAsync("/plans");
            await Steps.WaitForInteractiveAsync(page);
            await Steps.OpenSettingsAsync(page, "AI provider");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/settings/ai-provider$"));
            await Steps.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "AI triage provider" })).ToBeVisibleAsync();

            await page.GetByLabel("Base URL").FillAsync("ftp://models.example.com/v1");
            await page.GetByLabel("Model", new() { Exact = true }).FillAsync("gpt-test");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            var alert = page.GetByRole(AriaRole.Alert);
            await Assertions.Expect(alert).ToContainTextAsync("$.base_url");

            await page.GetByLabel("Base URL").FillAsync("https://models.example.com/v1");
            await page.GetByLabel("API key", new() { Exact = true }).FillAsync(ApiKey);
            await page.GetByLabel("Enable AI triage").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved." })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByLabel("API key (stored; type a new one to replace it)")).ToHaveValueAsync("");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "settings-ai-provider");

            await page.ReloadAsync();
            await Steps.WaitForInteractiveAsync(page);
            await Assertions.Expect(page.GetByLabel("Base URL")).ToHaveValueAsync("https://models.example.com/v1");
            await Assertions.Expect(page.GetByLabel("Enable AI triage")).ToBeCheckedAsync();
            Assert.DoesNotContain(ApiKey, await page.ContentAsync(), StringComparison.Ordinal);
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-ai-provider-journey");
            throw;
        }
    }
}
