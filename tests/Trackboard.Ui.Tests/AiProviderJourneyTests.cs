using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Trackboard.Server.Tests.Support;
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

    [BrowserFact]
    public async Task AiTriage_AskedFromAGroup_MalformedAnswerRefusedGoodAnswerShown()
    {
        const string owner = "tariq@models.example";
        await using var fake = new FakeOpenAi { Content = """{"summary": "no lists"}""" };
        var page = await server.NewPageAsync();
        try
        {
            await Steps.RegisterAsync(page, owner, "Tariq", "Triage Ltd");
            var planUrl = await Steps.CreatePlanAsync(page, "Signup", "Sign-up events");
            var plan = planUrl.TrimEnd('/').Split('/')[^1];
            // A row as Guard's `dlq export` writes it: a blocked event whose signup_method is not an allowed value.
            var row = new JsonObject
            {
                ["id"] = 1, ["kind"] = "blocked", ["reasons"] = new JsonArray("enum_violation"), ["source"] = "android", ["call_type"] = "track",
                ["event"] = "signup_completed", ["message_id"] = "m-1", ["contract_version"] = "1",
                ["received_at"] = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O", System.Globalization.CultureInfo.InvariantCulture), ["forwarded"] = false,
                ["violations"] = new JsonArray(new JsonObject
                {
                    ["code"] = "enum_violation", ["path"] = "properties.signup_method", ["property"] = "signup_method",
                    ["expected"] = "[\"email\",\"google\"]", ["actual"] = "\"twitter\"", ["message"] = "'twitter' is not one of the allowed values",
                }),
                ["event_json"] = new JsonObject { ["type"] = "track", ["event"] = "signup_completed", ["properties"] = new JsonObject { ["signup_method"] = "twitter" } },
            };
            await Api.AsOwnerAsync(server, owner, HttpMethod.Post, $"plans/{plan}/dlq/import", new StringContent(row.ToJsonString() + "\n", Encoding.UTF8, "application/x-ndjson"));

            await Steps.OpenSectionAsync(page, "Observability");
            var groups = page.GetByRole(AriaRole.Table, new() { Name = "DLQ groups" });
            await groups.GetByRole(AriaRole.Button, new() { Name = "Triage" }).First.ClickAsync();
            var ai = page.GetByRole(AriaRole.Region, new() { Name = "AI triage" });
            await Assertions.Expect(ai).ToContainTextAsync("AI triage is off");

            await Api.AsOwnerAsync(server, owner, HttpMethod.Put, "org/ai-provider", JsonContent.Create(new JsonObject
            {
                ["enabled"] = true, ["base_url"] = fake.BaseUrl, ["model"] = "gpt-ui-test", ["api_key"] = ApiKey, ["allow_private_address"] = true,
            }));
            await page.ReloadAsync();
            await Steps.WaitForInteractiveAsync(page);
            await page.GetByRole(AriaRole.Table, new() { Name = "DLQ groups" }).GetByRole(AriaRole.Button, new() { Name = "Triage" }).First.ClickAsync();
            await ai.GetByRole(AriaRole.Button, new() { Name = "Ask the AI provider" }).ClickAsync();
            await Assertions.Expect(ai.GetByRole(AriaRole.Alert)).ToContainTextAsync("does not fit the triage schema");
            await Assertions.Expect(ai).Not.ToContainTextAsync("Written by");

            fake.Content = FakeOpenAi.GoodAnswer;
            await ai.GetByRole(AriaRole.Button, new() { Name = "Ask the AI provider" }).ClickAsync();
            await Assertions.Expect(ai.GetByRole(AriaRole.Status)).ToContainTextAsync("Written by gpt-ui-test with medium confidence");
            await Assertions.Expect(ai).ToContainTextAsync("Android 2.4.0 sends the signup method as a free-text label.");
            await Assertions.Expect(ai.GetByRole(AriaRole.Heading, new() { Name = "Suggested fixes (AI)" })).ToBeVisibleAsync();
            await Assertions.Expect(ai.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
            Assert.Equal(2, fake.Requests.Count);
            await Forms.AssertLabelledAsync(page);
            await Screenshots.SaveAsync(page, "observability-ai-triage");

            // One entry's sample on its own: revealed in place, and written to the audit log as that entry.
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Reveal the sample received") }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Recent entries of the group" })).ToContainTextAsync("revealed below");
            await Assertions.Expect(page.Locator(".tb-sample").First).ToContainTextAsync("signup_method");
            var audit = await Api.AuditAsync(server, owner);
            Assert.Contains(audit.OfType<JsonObject>(), a => (string?)a["action"] == "reveal" && (string?)a["entity_type"] == "dlq_entries");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "failure-ai-triage-journey");
            throw;
        }
    }
}
