using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Validation;

/// <summary>
/// The validator conformance suite: every file under <c>TestData/validator/</c> is one case (DESIGN §3), run through
/// both entry points, which must agree exactly. Adding a case means adding a file.
/// </summary>
public sealed class ValidatorConformanceTests
{
    private static readonly ConcurrentDictionary<string, (Contract Contract, CompiledContract Compiled)> s_contracts = new(StringComparer.Ordinal);

    public static TheoryData<string> CaseFiles() => [.. ValidatorCase.Files];

    [Theory]
    [MemberData(nameof(CaseFiles))]
    public void Validate_ConformanceCase_MatchesExpected(string file)
    {
        var testCase = ValidatorCase.Load(file);

        if (testCase.Envelope is { } callType)
        {
            using var envelopeDocument = JsonDocument.Parse(testCase.PayloadBytes);
            var envelopeViolations = Run(testCase, "EnvelopeValidator.Check", () => EnvelopeValidator.Check(envelopeDocument.RootElement, callType));
            AssertMatches(testCase, "EnvelopeValidator.Check", envelopeViolations);
            Assert.Equal(testCase.ExpectedValid, envelopeViolations.All(v => v.Severity != ViolationSeverity.Error));
            return;
        }

        var (contract, compiled) = LoadContract(testCase);
        var fromBytes = Run(testCase, "CompiledContract.Validate", () => compiled.Validate(testCase.PayloadBytes));
        AssertMatches(testCase, "CompiledContract.Validate", fromBytes.Violations);
        Assert.Equal(testCase.ExpectedValid, fromBytes.Valid);

        if (!TryParse(testCase.PayloadBytes, out var document))
        {
            Assert.All(testCase.ExpectedViolations, v => Assert.Equal(ViolationCodes.InvalidJson, v.Code));
            return;
        }

        using (document)
        {
            var fromDocument = Run(testCase, "EventValidator.Validate", () => EventValidator.Validate(contract, document.RootElement));
            AssertMatches(testCase, "EventValidator.Validate", fromDocument.Violations);
            Assert.Equal(testCase.ExpectedValid, fromDocument.Valid);
            Assert.Equal(Lines(fromDocument.Violations), Lines(fromBytes.Violations));
            Assert.Equal(fromDocument.Violations, fromBytes.Violations);
            if (fromDocument.Violations.Any(v => v.Code == ViolationCodes.InvalidJson))
            {
                // Text that is not Unicode stops validation before the event name is read.
                return;
            }

            var eventName = document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("event", out var name) && name.ValueKind == JsonValueKind.String
                ? name.GetString()!
                : "";
            Assert.All(fromDocument.Violations, v => Assert.Equal(eventName, v.Event));
        }
    }

    [Fact]
    public void ViolationCodes_EveryCode_IsTriggeredByACase()
    {
        var cases = ValidatorCase.Files.Select(ValidatorCase.Load).ToList();

        var untriggered = AllCodes().Where(code => !cases.Any(c => c.ExpectedViolations.Any(v => v.Code == code))).ToList();

        Assert.Empty(untriggered);
    }

    [Fact]
    public void ViolationCodes_EveryCode_HasANearMissCase()
    {
        var cases = ValidatorCase.Files.Select(ValidatorCase.Load).ToList();

        var uncovered = AllCodes()
            .Where(code => !cases.Any(c => c.NearMissFor == code && c.ExpectedViolations.All(v => v.Code != code)))
            .ToList();

        Assert.Empty(uncovered);
    }

    [Fact]
    public void ConformanceCases_EveryFile_IsWellFormed()
    {
        var codes = AllCodes().ToHashSet(StringComparer.Ordinal);

        var cases = ValidatorCase.Files.Select(ValidatorCase.Load).ToList();

        Assert.True(cases.Count >= 160, $"Only {cases.Count} validator cases.");
        Assert.All(cases, c =>
        {
            Assert.All(c.ExpectedViolations, v => Assert.Contains(v.Code, codes));
            Assert.Equal(c.ExpectedValid, c.ExpectedViolations.All(v => v.Severity != ViolationSeverity.Error));
            if (c.NearMissFor is { } code)
            {
                Assert.Contains(code, codes);
                Assert.StartsWith("near-miss", c.Description, StringComparison.Ordinal);
                Assert.DoesNotContain(c.ExpectedViolations, v => v.Code == code);
            }

            Assert.True(c.Envelope is not null || c.Contract is not null, $"{c.File} names no contract.");
        });
    }

    private static IEnumerable<string> AllCodes() =>
        typeof(ViolationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!);

    private static (Contract Contract, CompiledContract Compiled) LoadContract(ValidatorCase testCase)
    {
        if (testCase.ContractPath is { } path)
        {
            return s_contracts.GetOrAdd(path, static p => Compile(ContractLoader.LoadFile(p), p));
        }

        var inline = testCase.Contract ?? throw new InvalidDataException($"{testCase.File} names no contract.");
        return Compile(ContractLoader.Load(inline.GetRawText()), testCase.File + " (inline contract)");
    }

    private static (Contract, CompiledContract) Compile(ContractLoadResult result, string source)
    {
        Assert.True(result.Success, $"{source} does not load:\n" + string.Join("\n", result.Errors));
        return (result.Contract!, CompiledContract.Compile(result.Contract!));
    }

    private static bool TryParse(byte[] utf8, out JsonDocument document)
    {
        try
        {
            document = JsonDocument.Parse(utf8);
            return true;
        }
        catch (JsonException)
        {
            document = null!;
            return false;
        }
    }

    // A validator must answer every payload; an exception is reported with the entry point that threw it.
    private static T Run<T>(ValidatorCase testCase, string entryPoint, Func<T> validate)
    {
        try
        {
            return validate();
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{testCase.File} ({entryPoint}) threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            throw;
        }
    }

    private static void AssertMatches(ValidatorCase testCase, string entryPoint, IReadOnlyList<Violation> actual)
    {
        var expected = testCase.ExpectedViolations;
        var expectedText = string.Join("\n", expected.Select(v => v.Describe()));
        var actualText = string.Join("\n", actual.Select((v, i) => i < expected.Count ? expected[i].DescribeLike(v) : ExpectedViolation.DescribeFully(v)));
        if (expectedText != actualText)
        {
            Assert.Fail($"{testCase.File} ({entryPoint}): {testCase.Description}\n--- expected\n{expectedText}\n--- actual\n"
                + string.Join("\n", actual.Select(ExpectedViolation.DescribeFully)));
        }
    }

    private static List<string> Lines(IEnumerable<Violation> violations) =>
        [.. violations.Select(v => ExpectedViolation.DescribeFully(v) + " event=" + v.Event + " message=" + v.Message)];
}
