namespace Trackboard.Guard.Configuration;

/// <summary>A scalar from the YAML file or the environment, with where it came from for error messages.</summary>
internal sealed record ConfigValue(string Text, string Origin);
