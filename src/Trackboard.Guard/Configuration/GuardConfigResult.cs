namespace Trackboard.Guard.Configuration;

/// <summary>The options when the config is good, and every error found otherwise.</summary>
internal sealed record GuardConfigResult(GuardOptions? Options, IReadOnlyList<ConfigError> Errors)
{
    public bool Success => Options is not null;
}
