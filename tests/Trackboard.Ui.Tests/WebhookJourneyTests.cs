using Microsoft.Playwright;
using Trackboard.Ui.Tests.Support;

namespace Trackboard.Ui.Tests;

public sealed class WebhookJourneyTests(UiServer server) : IClassFixture<UiServer>
{
    [BrowserFact]
    public async Task Webhooks_PrivateUrlRefusedOnField_AllowedReceiverShowsDelivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var page = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(page, "wanda@example.com", "Wanda", "Hooks Ltd");
            var planUrl = await Steps.CreatePlanAsync(page, "Checkout", "Checkout events");
            await Steps.AddEventAsync(page, "order_paid", "A customer paid an order.");

            await Steps.OpenSettingsAsync(page, "Webhooks");
            var form = page.GetByRole(AriaRole.Region, new() { Name = "New webhook" });
            await form.GetByLabel("Payload URL").FillAsync("ftp://example.com/hook");
            await form.GetByRole(AriaRole.Button, new() { Name = "Create webhook" }).ClickAsync();
            await Assertions.Expect(form.GetByText("Scheme 'ftp' is not allowed")).ToBeVisibleAsync();
            await form.GetByLabel("Payload URL").FillAsync(receiver.Url);
            await form.GetByRole(AriaRole.Button, new() { Name = "Create webhook" }).ClickAsync();
            await Assertions.Expect(form.GetByText("is a loopback, private, link-local or metadata address")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Webhooks" })).ToContainTextAsync("No webhooks yet.");
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "settings-webhooks-refused");

            await page.GetByLabel("Allow loopback and private addresses (self-hosted receivers only)").CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Create webhook" }).ClickAsync();
            var secret = await form.GetByLabel("Signing secret").InputValueAsync();
            Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Webhooks" })).ToContainTextAsync(receiver.Url);
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Deliveries" })).ToContainTextAsync("No deliveries yet.");

            await page.GotoAsync(planUrl + "/versions");
            await Steps.WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Button, new() { Name = "Publish", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByText("Published version 1.")).ToBeVisibleAsync();

            await Steps.OpenSettingsAsync(page, "Webhooks");
            await page.GetByRole(AriaRole.Button, new() { Name = "Deliveries of " + receiver.Url }).ClickAsync();
            var deliveries = page.GetByRole(AriaRole.Table, new() { Name = "Deliveries" });
            await Assertions.Expect(deliveries).ToContainTextAsync("version.published", new() { Timeout = 30_000 });
            await Assertions.Expect(deliveries).ToContainTextAsync("delivered", new() { Timeout = 30_000 });
            await Assertions.Expect(deliveries).ToContainTextAsync("HTTP 200");
            await Screenshots.SaveAsync(page, "settings-webhooks");

            Assert.Contains(receiver.Received, r => r.Event == "version.published" && r.Signature.StartsWith("sha256=", StringComparison.Ordinal));
            await page.GetByRole(AriaRole.Button, new() { Name = "Disable " + receiver.Url }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Webhooks" })).ToContainTextAsync("disabled");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-webhook-journey");
            throw;
        }
    }
}
