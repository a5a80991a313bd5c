namespace Trackboard.Guard.Configuration;

/// <summary>One bad key: where it is, what is wrong and how to fix it.</summary>
internal sealed record ConfigError(string Path, string Message, string Fix)
{
    public override string ToString() => $"{Path}: {Message} Fix: {Fix}";
}
