using Microsoft.EntityFrameworkCore;

namespace Trackboard.Server.Ui;

/// <summary>Who is signed in and the names of the organization's members, so review pages show people instead of ids.</summary>
public sealed record UiPeople(Guid Me, IReadOnlyDictionary<string, string> Names)
{
    public static readonly UiPeople Nobody = new(Guid.Empty, new Dictionary<string, string>());

    public string Name(string? userId) =>
        userId is null ? "" : Names.TryGetValue(userId, out var name) ? name : "a former member";

    public bool IsMe(string? userId) => userId == Me.ToString();

    internal static async Task<UiPeople?> LoadAsync(UiCall call)
    {
        var names = await (from m in call.Db.Memberships
                           join u in call.Db.Users on m.UserId equals u.Id
                           where m.OrgId == call.Caller.OrgId
                           select new { u.Id, u.Name }).ToListAsync();
        return new UiPeople(call.Caller.UserId, names.ToDictionary(n => n.Id.ToString(), n => n.Name, StringComparer.Ordinal));
    }
}
