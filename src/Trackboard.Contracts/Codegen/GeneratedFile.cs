namespace Trackboard.Contracts.Codegen;

/// <summary>A file produced by a generator: a relative path with forward slashes, and its bytes.</summary>
/// <param name="Path">Path relative to the output directory, such as <c>events/signup_completed.schema.json</c>.</param>
/// <param name="Content">The file's bytes (UTF-8 for text).</param>
public sealed record GeneratedFile(string Path, byte[] Content);
