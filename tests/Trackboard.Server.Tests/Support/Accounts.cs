using System.Text.Json.Nodes;

namespace Trackboard.Server.Tests.Support;

public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Registers a new user with a new organization and returns a client authorized as its owner.</summary>
    public static async Task<ApiClient> RegisterAsync(ServerFixture fixture, string? email = null)
    {
        var client = fixture.Client();
        email ??= $"u{Guid.NewGuid():N}@example.test";
        var response = await client.Post("auth/register", new JsonObject
        {
            ["email"] = email, ["password"] = Password, ["name"] = "Tester", ["org_name"] = "Org " + email,
        });
        Assert.True(response.Code == 200, response.ToString());
        client.Token = response.Json["access_token"]!.GetValue<string>();
        client.RefreshToken = response.Json["refresh_token"]!.GetValue<string>();
        client.OrgId = Guid.Parse(response.Json["org_id"]!.GetValue<string>());
        client.Email = email;
        var me = await client.Get("auth/me");
        client.UserId = Guid.Parse(me.Json["id"]!.GetValue<string>());
        return client;
    }

    /// <summary>Invites a new user into the owner's organization with <paramref name="role"/> and returns a client for it there.</summary>
    public static async Task<ApiClient> AddMemberAsync(ServerFixture fixture, ApiClient owner, string role)
    {
        var member = await RegisterAsync(fixture);
        var invite = await owner.Post("org/invitations", new JsonObject { ["email"] = member.Email, ["role"] = role });
        Assert.True(invite.Code == 201, invite.ToString());
        var accept = await member.Post("invitations/accept", new JsonObject { ["token"] = invite.Json["token"]!.GetValue<string>() });
        Assert.True(accept.Code == 200, accept.ToString());
        var login = await member.Post("auth/login", new JsonObject { ["email"] = member.Email, ["password"] = Password, ["org_id"] = owner.OrgId.ToString() });
        Assert.True(login.Code == 200, login.ToString());
        member.Token = login.Json["access_token"]!.GetValue<string>();
        member.OrgId = owner.OrgId;
        return member;
    }
}
