using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Trackboard.Ui.Tests.Support;

/// <summary>Form helpers for MudBlazor controls, found by their labels as a screen reader would.</summary>
public static class Forms
{
    /// <summary>Opens a MudSelect by its label and picks the option with exactly this text.</summary>
    public static async Task PickAsync(IPage page, ILocator scope, string label, string option)
    {
        await scope.GetByLabel(label, new() { Exact = true }).First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item")
            .Filter(new() { HasTextRegex = new Regex("^\\s*" + Regex.Escape(option) + "\\s*$") }).First.ClickAsync();
    }

    /// <summary>Fails when a visible form control has no accessible label.</summary>
    public static async Task AssertLabelledAsync(IPage page)
    {
        var unlabelled = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('input, select, textarea')]
                .filter(e => e.type !== 'hidden' && e.offsetParent !== null)
                .filter(e => !(e.labels && e.labels.length > 0) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
                .map(e => e.outerHTML.slice(0, 160))
            """);
        Assert.True(unlabelled.Length == 0, "Unlabelled controls on " + page.Url + ":\n" + string.Join("\n", unlabelled));
    }
}
