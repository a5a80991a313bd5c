using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class AccountJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Register_NewAccount_SignsInAndSignsOut()
    {
        var page = await server.NewPageAsync();

        await page.GotoAsync("/plans");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Screenshots.SaveAsync(page, "sign-in");
        await Steps.RegisterAsync(page, "ada@example.com");
        await Steps.WaitForInteractiveAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Steps.SignInAsync(page, "ada@example.com", "wrong password");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Email or password is wrong.");
        await Steps.SignInAsync(page, "ada@example.com");
        await page.WaitForURLAsync(Steps.PlansUrl());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Tracking plans" })).ToBeVisibleAsync();
    }
}
