using Microsoft.AspNetCore.Authorization;
using Trackboard.Server.Data;

namespace Trackboard.Server.Auth;

/// <summary>Authorization policies by minimum role; write policies also need a token with write scope.</summary>
internal static class Policies
{
    public const string Viewer = "viewer";
    public const string Editor = "editor";
    public const string Admin = "admin";
    public const string Owner = "owner";
    public const string Authenticated = "authenticated";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Authenticated, p => p.RequireAuthenticatedUser().RequireClaim(Caller.UserClaim));
        options.AddPolicy(Viewer, p => Require(p, OrgRole.Viewer));
        options.AddPolicy(Editor, p => Require(p, OrgRole.Editor));
        options.AddPolicy(Admin, p => Require(p, OrgRole.Admin));
        options.AddPolicy(Owner, p => Require(p, OrgRole.Owner));
    }

    private static void Require(AuthorizationPolicyBuilder policy, OrgRole role) =>
        policy.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.FindFirst(Caller.RoleClaim) is not null && Caller.From(context.User).IsAtLeast(role));
}
