using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>Editor and review steps shared by the branch, merge-request and observability journeys.</summary>
public static partial class Steps
{
    public static async Task AddEventAsync(IPage page, string name, string description)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "New event" }).ClickAsync();
        await page.GetByLabel("Event name").FillAsync(name);
        await page.GetByLabel("Event description").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create event" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Event " + name })).ToBeVisibleAsync();
    }

    public static async Task AddStringPropertyAsync(IPage page, string name, bool required)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Add property" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Region, new() { Name = "Property form" });
        await form.GetByLabel("Property name").First.FillAsync(name);
        if (required)
        {
            await form.GetByLabel("Required", new() { Exact = true }).First.CheckAsync();
        }
        await form.GetByRole(AriaRole.Button, new() { Name = "Save property" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Properties" }).GetByRole(AriaRole.Cell, new() { Name = name, Exact = true })).ToBeVisibleAsync();
    }

    /// <summary>Picks an event in the editor's list and saves a new description for it.</summary>
    public static async Task DescribeEventAsync(IPage page, string name, string description)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Events" }).GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await page.GetByLabel("Event description").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save event" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Events" })).ToContainTextAsync(name);
    }

    /// <summary>Opens a plan section from the plan's navigation and waits for its circuit.</summary>
    public static async Task OpenSectionAsync(IPage page, string section)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Plan sections" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Plan sections" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true }))
            .ToHaveAttributeAsync("aria-current", "page");
        await WaitForInteractiveAsync(page);
    }

    public static async Task<string> CreateBranchAsync(IPage page, string name)
    {
        await page.GetByLabel("Branch name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create branch" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Branch {name} created." })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the branch" }).ClickAsync();
        await page.WaitForURLAsync(PlanUrl());
        await WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByText($"You are editing the branch {name}")).ToBeVisibleAsync();
        return page.Url;
    }

    public static async Task<string> OpenMergeRequestAsync(IPage page, string title, string description)
    {
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("What changes and why").FillAsync(description);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open merge request" }).ClickAsync();
        await page.WaitForURLAsync(MergeRequestUrl());
        await WaitForInteractiveAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
        return page.Url;
    }

    /// <summary>Fails when the page is wider than the viewport (content that only a sideways scroll reveals).</summary>
    public static async Task AssertFitsWidthAsync(IPage page)
    {
        var (scroll, viewport) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), page.ViewportSize!.Width);
        Assert.True(scroll <= viewport, $"{page.Url} is {scroll}px wide in a {viewport}px viewport.");
    }

    [GeneratedRegex(@"/plans/[0-9a-f-]{36}/merge-requests/[0-9a-f-]{36}$")]
    public static partial Regex MergeRequestUrl();
}
