using System.Text.Json;

namespace Trackboard.Cli.Io;

/// <summary>Opens and reads input files, turning every failure into exit 65 with the file's name and the fix.</summary>
internal static class InputFiles
{
    /// <summary>Checks that <paramref name="path"/> is a readable file; <paramref name="what"/> says what it should hold.</summary>
    public static string Require(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw CliException.BadInput($"{path} is a directory; pass the {what} file itself.");
        }

        if (!File.Exists(path))
        {
            throw CliException.BadInput($"{path}: no such file. Check the path of the {what} (relative paths start at the current directory {Environment.CurrentDirectory}).");
        }

        return path;
    }

    public static byte[] ReadAllBytes(string path, string what)
    {
        Require(path, what);
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"{path}: cannot read the {what}: {failure.Message}");
        }
    }

    public static FileStream OpenRead(string path, string what)
    {
        Require(path, what);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            throw CliException.BadInput($"{path}: cannot read the {what}: {failure.Message}");
        }
    }

    /// <summary>Parses a JSON file; malformed JSON is exit 65 with the line and column.</summary>
    public static JsonDocument ReadJson(string path, string what)
    {
        var bytes = ReadAllBytes(path, what);
        try
        {
            return JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
        }
        catch (JsonException failure)
        {
            throw CliException.BadInput($"{path}:{Position(failure)}: the {what} is not valid JSON: {Reason(failure)} Fix the JSON syntax at that place.");
        }
    }

    /// <summary><c>line:column</c> (1-based) of a JSON error.</summary>
    public static string Position(JsonException failure) =>
        $"{(failure.LineNumber ?? 0) + 1}:{(failure.BytePositionInLine ?? 0) + 1}";

    // JsonException messages end with "LineNumber: 0 | BytePositionInLine: 5." which we already say better.
    public static string Reason(JsonException failure)
    {
        var message = failure.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
