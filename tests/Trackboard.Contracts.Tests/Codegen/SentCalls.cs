using System.Text.Json;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Codegen;

/// <summary>
/// Checks what generated helpers handed to a printing client (one JSON line per call:
/// <c>{event, properties, context}</c>): each event validates against the contract, and the context
/// carries the caller's keys plus <c>trackboard.contract_version</c>.
/// </summary>
internal static class SentCalls
{
    public static void AssertValid(string contractName, string output, int expectedCalls)
    {
        var contract = CodegenCorpus.Load(contractName);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(expectedCalls, lines.Length);
        foreach (var line in lines)
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;

            var result = EventValidator.Validate(contract, root);

            Assert.True(result.Valid, line + "\n" + string.Join("\n", result.Violations.Select(v => v.Code + " " + v.Path)));
            var context = root.GetProperty("context");
            Assert.Equal(ContractVersionLabel.Of(contract), context.GetProperty("trackboard").GetProperty("contract_version").GetString());
            if (context.TryGetProperty("app", out var app))
            {
                Assert.Equal("1.2.3", app.GetProperty("version").GetString());
            }
        }
    }
}
