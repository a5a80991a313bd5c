using System.Text;

namespace Trackboard.Guard.Tests.Support;

/// <summary>Events for the seed contract web-analytics.v1 (signup_completed with user_id and signup_method).</summary>
internal static class Payloads
{
    public static string Signup(string messageId, string method = "google", string extra = "") =>
        "{\"event\":\"signup_completed\",\"userId\":\"usr_1\",\"messageId\":\"" + messageId
        + "\",\"properties\":{\"user_id\":\"usr_1\",\"signup_method\":\"" + method + "\"" + extra + "}}";

    public static string Batch(params string[] events) => "{\"batch\":[" + string.Join(',', events.Select(e => e.Insert(1, "\"type\":\"track\","))) + "]}";

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
