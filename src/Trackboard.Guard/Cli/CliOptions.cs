using System.CommandLine;
using Trackboard.Guard.Configuration;

namespace Trackboard.Guard.Cli;

/// <summary>Options shared by the verbs and the config loading they all start with.</summary>
internal static class CliOptions
{
    public static Option<string> Config() => new("--config", "-c")
    {
        Description = "The Guard YAML config file.",
        DefaultValueFactory = _ => "guard.yaml",
    };

    /// <summary>Reads the config or prints every error to stderr.</summary>
    public static GuardOptions? Load(string path, TextWriter error)
    {
        var result = GuardConfigReader.Read(path);
        foreach (var e in result.Errors)
        {
            error.WriteLine(e.ToString());
        }

        if (!result.Success)
        {
            error.WriteLine($"{result.Errors.Count} config error(s) in {path}.");
        }

        return result.Options;
    }
}
