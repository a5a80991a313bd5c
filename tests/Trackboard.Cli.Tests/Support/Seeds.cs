namespace Trackboard.Cli.Tests.Support;

/// <summary>The original Trackboard's files, read in place.</summary>
internal static class Seeds
{
    public static string ContractV1 => TestPaths.SeedExamples("contracts", "web-analytics.v1.json");

    public static string ContractBreaking => TestPaths.SeedExamples("contracts", "web-analytics.breaking.json");

    public static string SignupValid => TestPaths.SeedExamples("events", "signup.valid.json");

    public static string SignupInvalid => TestPaths.SeedExamples("events", "signup.invalid.json");
}
