using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>What a person does in the browser, one step at a time; the journeys in the tests chain them.</summary>
public static partial class Steps
{
    public const string Password = "correct horse battery";

    public static async Task RegisterAsync(IPage page, string email, string name = "Ada Lovelace", string org = "Analytical Engines")
    {
        await page.GotoAsync("/account/register");
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password (at least 8 characters)").FillAsync(Password);
        await page.GetByLabel("Organization name").FillAsync(org);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync(PlansUrl());
    }

    public static async Task SignInAsync(IPage page, string email, string password = Password)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Waits until the interactive circuit is up, so clicks reach .NET event handlers.</summary>
    public static Task WaitForInteractiveAsync(IPage page) =>
        page.WaitForFunctionAsync("() => window.Blazor && document.querySelector('[data-tb-ready]') !== null");

    public static async Task<string> CreatePlanAsync(IPage page, string name, string description)
    {
        await page.GotoAsync("/plans");
        await WaitForInteractiveAsync(page);
        await page.GetByLabel("Plan name").FillAsync(name);
        await page.GetByLabel("Description").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await page.WaitForURLAsync(PlanUrl());
        await WaitForInteractiveAsync(page);
        return page.Url;
    }

    /// <summary>Opens an organization settings section from the main navigation.</summary>
    public static async Task OpenSettingsAsync(IPage page, string section)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Settings sections" })).ToBeVisibleAsync();
    }

    [GeneratedRegex(@"/plans$")]
    public static partial Regex PlansUrl();

    [GeneratedRegex(@"/plans/[0-9a-f-]{36}$")]
    public static partial Regex PlanUrl();
}
