using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Trackboard.Server.Tests.Support;

namespace Trackboard.Server.Tests.Scenarios;

public static class AccountScenarios
{
    public static async Task Register_NewAccount_OwnerOfNewOrg(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);

        var me = await owner.Get("auth/me");

        Assert.Equal(200, me.Code);
        Assert.Equal("owner", me.Json["role"]!.GetValue<string>());
        Assert.Equal(owner.OrgId.ToString(), me.Json["org_id"]!.GetValue<string>());
        Assert.Single(me.Json["organizations"]!.AsArray());
    }

    public static async Task Register_SameEmailTwice_Conflict(ServerFixture f)
    {
        var first = await Accounts.RegisterAsync(f);

        var again = await f.Client().Post("auth/register", new JsonObject
        {
            ["email"] = first.Email.ToUpperInvariant(), ["password"] = Accounts.Password, ["name"] = "B", ["org_name"] = "B",
        });

        Assert.Equal(409, again.Code);
        Assert.Equal("email_taken", again.ProblemCode);
    }

    public static async Task Register_BadInput_FieldErrors(ServerFixture f)
    {
        var client = f.Client();

        var shortPassword = await client.Post("auth/register", new JsonObject { ["email"] = "a@b.c", ["password"] = "short", ["name"] = "A", ["org_name"] = "A" });
        var longName = await client.Post("auth/register", new JsonObject { ["email"] = "a@b.c", ["password"] = Accounts.Password, ["name"] = new string('n', 201), ["org_name"] = "A" });
        var unknown = await client.Post("auth/register", new JsonObject { ["email"] = "a@b.c", ["password"] = Accounts.Password, ["name"] = "A", ["org_name"] = "A", ["admin"] = true });
        var malformed = await client.Post("auth/register", "{\"email\": ");

        Assert.Equal((400, "invalid_field"), (shortPassword.Code, shortPassword.ProblemCode));
        Assert.Equal((400, "name_too_long"), (longName.Code, longName.ProblemCode));
        Assert.Equal("$.name", longName.Json["path"]!.GetValue<string>());
        Assert.Equal((400, "unknown_field"), (unknown.Code, unknown.ProblemCode));
        Assert.Equal((400, "invalid_json"), (malformed.Code, malformed.ProblemCode));
    }

    public static async Task Login_WrongPasswordFiveTimes_LockedEvenWithRightPassword(ServerFixture f)
    {
        var user = await Accounts.RegisterAsync(f);
        var client = f.Client();
        for (var i = 0; i < 5; i++)
        {
            var wrong = await client.Post("auth/login", new JsonObject { ["email"] = user.Email, ["password"] = "wrong password" });
            Assert.Equal((401, "invalid_credentials"), (wrong.Code, wrong.ProblemCode));
        }

        var locked = await client.Post("auth/login", new JsonObject { ["email"] = user.Email, ["password"] = Accounts.Password });
        f.Time.Advance(TimeSpan.FromMinutes(16));
        var later = await client.Post("auth/login", new JsonObject { ["email"] = user.Email, ["password"] = Accounts.Password });

        Assert.Equal((423, "account_locked"), (locked.Code, locked.ProblemCode));
        Assert.Equal(200, later.Code);
    }

    public static async Task Refresh_UsedTwice_SecondRejected(ServerFixture f)
    {
        var user = await Accounts.RegisterAsync(f);
        var client = f.Client();

        var first = await client.Post("auth/refresh", new JsonObject { ["refresh_token"] = user.RefreshToken });
        var replay = await client.Post("auth/refresh", new JsonObject { ["refresh_token"] = user.RefreshToken });
        client.Token = first.Json["access_token"]!.GetValue<string>();
        var me = await client.Get("auth/me");

        Assert.Equal(200, first.Code);
        Assert.Equal((401, "invalid_token"), (replay.Code, replay.ProblemCode));
        Assert.Equal(200, me.Code);
    }

    public static async Task Logout_Bearer_TokenStopsWorking(ServerFixture f)
    {
        var user = await Accounts.RegisterAsync(f);

        var logout = await user.Post("auth/logout");
        var after = await user.Get("auth/me");

        Assert.Equal(204, logout.Code);
        Assert.Equal(401, after.Code);
    }

    public static async Task AccessToken_Expired_Unauthorized(ServerFixture f)
    {
        var user = await Accounts.RegisterAsync(f);

        f.Time.Advance(TimeSpan.FromMinutes(61));
        var after = await user.Get("auth/me");

        Assert.Equal(401, after.Code);
        Assert.Equal("unauthorized", after.ProblemCode);
    }

    public static async Task Cookie_LoginThenLogout_SessionEnds(ServerFixture f)
    {
        var user = await Accounts.RegisterAsync(f);
        var browser = f.Client();

        var login = await browser.Post("auth/login?cookie=true", new JsonObject { ["email"] = user.Email, ["password"] = Accounts.Password });
        var me = await browser.Get("auth/me");
        var token = (await browser.Get("auth/antiforgery")).Json["request_token"]!.GetValue<string>();
        var logout = await browser.Post("auth/logout", null, new Dictionary<string, string> { ["X-CSRF-TOKEN"] = token });
        var after = await browser.Get("auth/me");

        Assert.Equal(200, login.Code);
        Assert.Equal(200, me.Code);
        Assert.True(logout.Code == 204, logout.ToString());
        Assert.Equal(401, after.Code);
    }

    public static async Task RateLimit_AuthEndpoints_429AfterLimit(ServerFixture f)
    {
        await using var limited = f.WithSettings(new Dictionary<string, string?> { ["Trackboard:Auth:AuthRequestsPerMinute"] = "3" });
        var client = new ApiClient(limited.CreateClient());
        var body = new JsonObject { ["email"] = "nobody@example.test", ["password"] = "whatever1" };

        var codes = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            codes.Add((await client.Post("auth/login", body)).Code);
        }
        var last = await client.Post("auth/login", body);

        Assert.Equal([401, 401, 401, 429], codes);
        Assert.Equal("rate_limited", last.ProblemCode);
    }

    public static async Task RateLimit_BehindATrustedProxy_PerForwardedClientAndNotSpoofable(ServerFixture f)
    {
        await using var proxied = f.WithSettings(new Dictionary<string, string?>
        {
            ["Trackboard:Auth:AuthRequestsPerMinute"] = "2", ["Trackboard:KnownProxies:0"] = "10.0.0.5", ["Trackboard:KnownNetworks:0"] = "192.168.0.0/16",
        });
        async Task<int> LoginAsync(string remote, string forwardedFor)
        {
            using var http = new HttpClient(proxied.Server.CreateHandler(c => c.Connection.RemoteIpAddress = IPAddress.Parse(remote)))
            {
                BaseAddress = new Uri("http://localhost/api/v1/"),
            };
            using var request = new HttpRequestMessage(HttpMethod.Post, "auth/login")
            {
                Content = JsonContent.Create(new JsonObject { ["email"] = "nobody@example.test", ["password"] = "whatever1" }),
            };
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await http.SendAsync(request);
            return (int)response.StatusCode;
        }

        var first = new[] { await LoginAsync("10.0.0.5", "203.0.113.1"), await LoginAsync("10.0.0.5", "203.0.113.1"), await LoginAsync("10.0.0.5", "203.0.113.1") };
        var second = await LoginAsync("10.0.0.5", "203.0.113.2");
        // Two proxies in a row, both trusted (one by network): the client is the address before them.
        var chained = await LoginAsync("192.168.1.9", "203.0.113.3, 10.0.0.5");
        // Not a trusted proxy: its header is ignored, so a client cannot choose a fresh address per request.
        var direct = new[] { await LoginAsync("198.51.100.7", "203.0.113.4"), await LoginAsync("198.51.100.7", "203.0.113.5"), await LoginAsync("198.51.100.7", "203.0.113.6") };

        Assert.Equal([401, 401, 429], first);
        Assert.Equal(401, second);
        Assert.Equal(401, chained);
        Assert.Equal([401, 401, 429], direct);
    }

    public static Task TrustedProxies_BadAddressOrNetwork_StartRefusedNamingTheKey(ServerFixture f)
    {
        using var bad = f.WithSettings(new Dictionary<string, string?>
        {
            ["Trackboard:KnownProxies:0"] = "proxy.internal", ["Trackboard:KnownNetworks:0"] = "10.0.0.0/33",
        });

        var error = Assert.ThrowsAny<Exception>(() => bad.Server);

        var message = error.ToString();
        Assert.Contains("Trackboard:KnownProxies:0 is 'proxy.internal', not an IP address", message, StringComparison.Ordinal);
        Assert.Contains("Trackboard:KnownNetworks:0 is '10.0.0.0/33', not a network", message, StringComparison.Ordinal);
        return Task.CompletedTask;
    }

    public static async Task PersonalToken_ReadScope_ReadsButCannotWrite(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var created = await owner.Post("auth/tokens", new JsonObject { ["name"] = "ci", ["scope"] = "read" });
        var pat = f.Client();
        pat.Token = created.Json["token"]!.GetValue<string>();

        var read = await pat.Get("plans");
        var write = await pat.Post("plans", new JsonObject { ["name"] = "x" });
        var list = await owner.Get("auth/tokens");

        Assert.Equal(201, created.Code);
        Assert.StartsWith("tbp_", pat.Token);
        Assert.Equal(200, read.Code);
        Assert.Equal(403, write.Code);
        Assert.Null(list.Json[0]!["token"]);
        Assert.Equal(created.Json["prefix"]!.GetValue<string>(), list.Json[0]!["prefix"]!.GetValue<string>());
    }

    public static async Task PersonalToken_RevokedOrExpired_Unauthorized(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var revokedToken = await owner.Post("auth/tokens", new JsonObject { ["name"] = "a", ["scope"] = "write" });
        var expiringToken = await owner.Post("auth/tokens", new JsonObject { ["name"] = "b", ["scope"] = "write", ["expires_in_days"] = 1 });
        var revoked = f.Client();
        revoked.Token = revokedToken.Json["token"]!.GetValue<string>();
        var expiring = f.Client();
        expiring.Token = expiringToken.Json["token"]!.GetValue<string>();
        Assert.Equal(200, (await revoked.Get("plans")).Code);

        await owner.Delete($"auth/tokens/{revokedToken.Json["id"]}");
        var afterRevoke = await revoked.Get("plans");
        var beforeExpiry = await expiring.Get("plans");
        f.Time.Advance(TimeSpan.FromDays(2));
        var afterExpiry = await expiring.Get("plans");

        Assert.Equal(401, afterRevoke.Code);
        Assert.Equal(200, beforeExpiry.Code);
        Assert.Equal(401, afterExpiry.Code);
    }

    public static async Task Invitation_AcceptedOnce_MemberWithRole(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var guest = await Accounts.RegisterAsync(f);
        var invite = await owner.Post("org/invitations", new JsonObject { ["email"] = guest.Email, ["role"] = "editor" });
        var token = invite.Json["token"]!.GetValue<string>();

        var accept = await guest.Post("invitations/accept", new JsonObject { ["token"] = token });
        var again = await guest.Post("invitations/accept", new JsonObject { ["token"] = token });
        var members = await owner.Get("org/members");
        var listed = await owner.Get("org/invitations");

        Assert.Equal(200, accept.Code);
        Assert.Equal("editor", accept.Json["role"]!.GetValue<string>());
        Assert.Equal((404, "invitation_invalid"), (again.Code, again.ProblemCode));
        Assert.Equal(2, members.Json.AsArray().Count);
        Assert.Equal("accepted", listed.Json[0]!["status"]!.GetValue<string>());
        Assert.Null(listed.Json[0]!["token"]);
    }

    public static async Task Invitation_RevokedExpiredOrOtherEmail_Rejected(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var guest = await Accounts.RegisterAsync(f);
        var stranger = await Accounts.RegisterAsync(f);
        var revoked = await owner.Post("org/invitations", new JsonObject { ["email"] = guest.Email });
        await owner.Delete($"invitations/{revoked.Json["id"]}");
        var wrongPerson = await owner.Post("org/invitations", new JsonObject { ["email"] = guest.Email });
        var expiring = await owner.Post("org/invitations", new JsonObject { ["email"] = guest.Email });

        var useRevoked = await guest.Post("invitations/accept", new JsonObject { ["token"] = revoked.Json["token"]!.GetValue<string>() });
        var useOther = await stranger.Post("invitations/accept", new JsonObject { ["token"] = wrongPerson.Json["token"]!.GetValue<string>() });
        f.Time.Advance(TimeSpan.FromDays(8));
        var relogin = await guest.Post("auth/login", new JsonObject { ["email"] = guest.Email, ["password"] = Accounts.Password });
        guest.Token = relogin.Json["access_token"]!.GetValue<string>();
        var useExpired = await guest.Post("invitations/accept", new JsonObject { ["token"] = expiring.Json["token"]!.GetValue<string>() });

        Assert.Equal("invitation_invalid", useRevoked.ProblemCode);
        Assert.Equal("invitation_invalid", useOther.ProblemCode);
        Assert.Equal("invitation_invalid", useExpired.ProblemCode);
    }

    public static async Task Members_DemotedToViewer_WritesForbidden(ServerFixture f)
    {
        var owner = await Accounts.RegisterAsync(f);
        var editor = await Accounts.AddMemberAsync(f, owner, "editor");
        var created = await editor.Post("plans", new JsonObject { ["name"] = "by editor" });

        var demote = await owner.Patch($"org/members/{editor.UserId}", new JsonObject { ["role"] = "viewer" });
        var write = await editor.Post("plans", new JsonObject { ["name"] = "again" });
        var read = await editor.Get("plans");
        var lastOwner = await owner.Patch($"org/members/{owner.UserId}", new JsonObject { ["role"] = "admin" });

        Assert.Equal(201, created.Code);
        Assert.Equal(200, demote.Code);
        Assert.Equal((403, "forbidden"), (write.Code, write.ProblemCode));
        Assert.Equal(200, read.Code);
        Assert.Equal((409, "last_owner"), (lastOwner.Code, lastOwner.ProblemCode));
    }
}
