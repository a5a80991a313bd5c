using Microsoft.Extensions.Options;

namespace Trackboard.Server.Hosting;

/// <summary>Reports every bad setting at once, each with its key and the fix.</summary>
internal sealed class OptionsValidators(IConfiguration configuration) :
    IValidateOptions<ServerOptions>, IValidateOptions<DatabaseOptions>, IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, ServerOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            errors.Add("Trackboard:DataDirectory is empty; set a folder path or remove the key to use 'data'.");
        }
        if (options.TokenKey is not null && !IsLongBase64(options.TokenKey))
        {
            errors.Add("Trackboard:TokenKey must be base64 of at least 32 bytes; generate one with `openssl rand -base64 32`.");
        }
        if (options.ValidationRetentionDays is < 1 or > 3650)
        {
            errors.Add("Trackboard:ValidationRetentionDays must be between 1 and 3650.");
        }
        for (var i = 0; i < options.KnownProxies.Length; i++)
        {
            if (!System.Net.IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                errors.Add($"Trackboard:KnownProxies:{i} is '{options.KnownProxies[i]}', not an IP address; list the proxy's address, such as 10.0.0.5.");
            }
        }
        for (var i = 0; i < options.KnownNetworks.Length; i++)
        {
            if (!System.Net.IPNetwork.TryParse(options.KnownNetworks[i], out _))
            {
                errors.Add($"Trackboard:KnownNetworks:{i} is '{options.KnownNetworks[i]}', not a network; use CIDR notation, such as 10.0.0.0/8.");
            }
        }
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var errors = new List<string>();
        if (options.Provider is not (DatabaseOptions.Sqlite or DatabaseOptions.Postgres))
        {
            errors.Add($"Trackboard:Database:Provider is '{options.Provider}'; use 'sqlite' (default) or 'postgres'.");
        }
        if (options.Provider == DatabaseOptions.Postgres && string.IsNullOrWhiteSpace(configuration.GetConnectionString("Trackboard")))
        {
            errors.Add("ConnectionStrings:Trackboard is required with the postgres provider (env ConnectionStrings__Trackboard).");
        }
        return Result(errors);
    }

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var errors = new List<string>();
        Positive(errors, "AccessTokenMinutes", options.AccessTokenMinutes);
        Positive(errors, "RefreshTokenDays", options.RefreshTokenDays);
        Positive(errors, "InvitationDays", options.InvitationDays);
        Positive(errors, "LockoutThreshold", options.LockoutThreshold);
        Positive(errors, "LockoutMinutes", options.LockoutMinutes);
        Positive(errors, "AuthRequestsPerMinute", options.AuthRequestsPerMinute);
        return Result(errors);
    }

    private static void Positive(List<string> errors, string key, int value)
    {
        if (value <= 0)
        {
            errors.Add($"Trackboard:Auth:{key} must be a positive number (is {value}).");
        }
    }

    private static bool IsLongBase64(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written >= 32;
    }

    private static ValidateOptionsResult Result(List<string> errors) =>
        errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
}
