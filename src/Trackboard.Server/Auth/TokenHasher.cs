using System.Security.Cryptography;
using System.Text;

namespace Trackboard.Server.Auth;

/// <summary>
/// Secrets (access/refresh tokens, personal access tokens, API keys, invitation links) are 256 random bits,
/// stored only as HMAC-SHA-256 under a server key, so a lookup is one indexed equality query and a leaked
/// database does not reveal usable secrets.
/// </summary>
internal sealed class TokenHasher(byte[] key)
{
    public const string AccessPrefix = "tba_";
    public const string RefreshPrefix = "tbr_";
    public const string PersonalPrefix = "tbp_";
    public const string ApiKeyPrefix = "tbk_";
    public const string InvitationPrefix = "tbi_";

    public (string Token, string Hash) Create(string prefix)
    {
        var token = prefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public string Hash(string token) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(token)));

    /// <summary>The part of a secret that may be shown again: its type prefix and 6 characters.</summary>
    public static string DisplayPrefix(string token) => token[..Math.Min(token.Length, 10)];

    /// <summary>Reads the key from settings, else from <c>token.key</c> in the data folder, creating it once.</summary>
    public static byte[] LoadKey(string? configured, string dataDirectory)
    {
        if (configured is not null)
        {
            return Convert.FromBase64String(configured);
        }
        var path = Path.Combine(dataDirectory, "token.key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        var key = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        return key;
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
