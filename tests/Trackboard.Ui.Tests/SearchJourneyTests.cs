using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed partial class SearchJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Search_CtrlK_FindsEventAndOpensIt_WithKeyboardOnly()
    {
        var page = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(page, "sam@example.com", "Sam Search", "Findable Co");
            await Steps.CreatePlanAsync(page, "Music app", "Events of the player");
            await Steps.AddEventAsync(page, "song_played", "A song started playing.");
            await Steps.AddEventAsync(page, "song_skipped", "The listener skipped a song.");
            await Steps.AddEventAsync(page, "app_opened", "The app came to the foreground.");
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Plans" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tracking plans" })).ToBeVisibleAsync();

            await page.Keyboard.PressAsync("Control+k");
            var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Search" });
            var input = dialog.GetByRole(AriaRole.Combobox);
            await Assertions.Expect(input).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("skipped");
            var results = dialog.GetByRole(AriaRole.Listbox, new() { Name = "Search results" });
            await Assertions.Expect(results.GetByRole(AriaRole.Option).First).ToContainTextAsync("song_skipped");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "search");
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(EventUrl());
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event song_skipped" })).ToBeVisibleAsync();

            await page.Keyboard.PressAsync("Control+k");
            await Assertions.Expect(input).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync("song_");
            await Assertions.Expect(results.GetByRole(AriaRole.Option)).ToHaveCountAsync(2);
            await page.Keyboard.PressAsync("ArrowDown");
            await Assertions.Expect(results.GetByRole(AriaRole.Option, new() { Selected = true })).ToContainTextAsync("song_skipped");
            await page.Keyboard.PressAsync("ArrowUp");
            await Assertions.Expect(results.GetByRole(AriaRole.Option, new() { Selected = true })).ToContainTextAsync("song_played");
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event song_played" })).ToBeVisibleAsync();

            await page.Keyboard.PressAsync("Control+k");
            await page.Keyboard.TypeAsync("music");
            await Assertions.Expect(results.GetByRole(AriaRole.Option).First).ToContainTextAsync("Music app");
            await page.Keyboard.PressAsync("Escape");
            await Assertions.Expect(page.Locator("#tb-search-backdrop")).ToBeHiddenAsync();
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-search-journey");
            throw;
        }
    }

    [BrowserFact]
    public async Task Settings_NarrowScreen_NoHorizontalScrollAndSearchWorks()
    {
        var page = await server.NewPageAsync(width: 390, height: 844);
        try
        {
            await Steps.RegisterAsync(page, "nora@example.com", "Nora Narrow", "Small Screens");
            await Steps.CreatePlanAsync(page, "Phone plan", "Events on phones");
            await Steps.AddEventAsync(page, "screen_viewed", "A screen was shown.");
            foreach (var section in new[] { "members", "tokens", "webhooks", "audit" })
            {
                await page.GotoAsync("/settings/" + section);
                await Steps.WaitForInteractiveAsync(page);
                await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Settings sections" })).ToBeVisibleAsync();
                var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
                Assert.True(width <= 390, $"/settings/{section} is {width} px wide at 390 px");
                await Forms.AssertLabelledAsync(page);
            }
            await Screenshots.SaveAsync(page, "settings-audit-narrow");

            await page.Keyboard.PressAsync("Control+k");
            await page.Keyboard.TypeAsync("screen");
            // Wait for the answer to the whole word: while typing, "s" also matched the plan by its description.
            await Assertions.Expect(page.GetByRole(AriaRole.Dialog, new() { Name = "Search" }).GetByRole(AriaRole.Status)).ToHaveTextAsync("1 result");
            await page.GetByRole(AriaRole.Option).Filter(new() { HasText = "screen_viewed" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event screen_viewed" })).ToBeVisibleAsync();
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-narrow-journey");
            throw;
        }
    }

    [GeneratedRegex(@"/plans/[0-9a-f-]{36}\?event=[0-9a-f-]{36}$")]
    private static partial Regex EventUrl();
}
