using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class EditorBehaviourTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task SaveEvent_AfterAnotherTabSaved_ReloadsAndTellsTheUser()
    {
        var first = await server.NewPageAsync();
        await Steps.RegisterAsync(first, "linus@example.com", "Linus", "Kernel");
        var planUrl = await Steps.CreatePlanAsync(first, "Mobile app", "Events of the app");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(planUrl);
        await Steps.WaitForInteractiveAsync(second);
        await first.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        await first.GetByLabel("Event name").FillAsync("app_opened");
        await first.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Heading, new() { Name = "Event app_opened" })).ToBeVisibleAsync();

        await second.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        await second.GetByLabel("Event name").FillAsync("app_closed");
        await second.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();

        await Assertions.Expect(second.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The plan changed since you opened it" })).ToBeVisibleAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Navigation, new() { Name = "Events" })).ToContainTextAsync("app_opened");
        await Assertions.Expect(second.GetByLabel("Event name")).ToHaveValueAsync("app_closed");
        await second.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Event app_closed" })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task PlansAndEditor_At390Pixels_FitTheScreenAndWorkByKeyboard()
    {
        var page = await server.NewPageAsync(390, 844);
        await Steps.RegisterAsync(page, "margaret@example.com", "Margaret", "Apollo");
        await Steps.WaitForInteractiveAsync(page);

        await page.GetByLabel("Plan name").FillAsync("Guidance");
        await page.GetByLabel("Plan name").PressAsync("Tab");
        for (var i = 0; i < 10 && !await page.EvaluateAsync<bool>("() => document.activeElement?.textContent?.trim() === 'Create plan'"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(Steps.PlanUrl());
        await Steps.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Event name")).ToBeVisibleAsync();
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await Forms.AssertLabelledAsync(page);
        await Screenshots.SaveAsync(page, "editor-390px");

        Assert.True(width <= 390, $"The editor is {width} px wide at a 390 px viewport.");
    }
}
