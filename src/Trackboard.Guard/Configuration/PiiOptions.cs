namespace Trackboard.Guard.Configuration;

/// <summary>The <c>pii</c> section: the default mode for every destination and the salt of <see cref="PiiMode.Hash"/>.</summary>
internal sealed record PiiOptions
{
    public PiiMode Mode { get; init; } = PiiMode.Keep;

    public string Salt { get; init; } = "";
}
