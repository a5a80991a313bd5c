using System.Text.Json;
using Trackboard.Contracts.Loading;
using Trackboard.Contracts.Model;
using Trackboard.Contracts.Tests.Support;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Validation;

public sealed class SeedValidationTests
{
    private static Contract Load(params string[] path)
    {
        var result = ContractLoader.LoadFile(TestPaths.SeedExamples(path));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return result.Contract!;
    }

    [Fact]
    public void Validate_SeedValidSignup_IsValid()
    {
        var contract = Load("contracts", "web-analytics.v1.json");
        var bytes = File.ReadAllBytes(TestPaths.SeedExamples("events", "signup.valid.json"));

        var compiled = CompiledContract.Compile(contract).Validate(bytes);
        using var document = JsonDocument.Parse(bytes);
        var parsed = EventValidator.Validate(contract, document.RootElement);

        Assert.True(compiled.Valid);
        Assert.Empty(compiled.Violations);
        Assert.True(parsed.Valid);
    }

    [Fact]
    public void Validate_SeedInvalidSignup_ReportsEnumThenUnknownProperty()
    {
        var contract = Load("contracts", "web-analytics.v1.json");
        var bytes = File.ReadAllBytes(TestPaths.SeedExamples("events", "signup.invalid.json"));

        var compiled = CompiledContract.Compile(contract).Validate(bytes);
        using var document = JsonDocument.Parse(bytes);
        var parsed = EventValidator.Validate(contract, document.RootElement);

        Assert.False(compiled.Valid);
        Assert.Collection(
            compiled.Violations,
            v =>
            {
                Assert.Equal(ViolationCodes.EnumViolation, v.Code);
                Assert.Equal("properties.signup_method", v.Path);
                Assert.Equal("\"twitter\"", v.Actual);
                Assert.Equal("[\"email\",\"google\",\"github\"]", v.Expected);
            },
            v =>
            {
                Assert.Equal(ViolationCodes.UnknownProperty, v.Code);
                Assert.Equal("properties.utm_campaign", v.Path);
                Assert.Equal("utm_campaign", v.Property);
            });
        Assert.Equal(compiled.Violations, parsed.Violations);
    }

    [Fact]
    public void Validate_BreakingSeedContract_LoadsAndRejectsEveryMethod()
    {
        var contract = Load("contracts", "web-analytics.breaking.json");
        var bytes = File.ReadAllBytes(TestPaths.SeedExamples("events", "signup.valid.json"));

        var result = CompiledContract.Compile(contract).Validate(bytes);

        Assert.False(result.Valid);
        Assert.Equal(ViolationCodes.TypeMismatch, Assert.Single(result.Violations).Code);
    }

    [Fact]
    public void Validate_ValidEventOnCompiledPath_AllocatesNothing()
    {
        var contract = Load("contracts", "web-analytics.v1.json");
        var compiled = CompiledContract.Compile(contract);
        var bytes = File.ReadAllBytes(TestPaths.SeedExamples("events", "signup.valid.json"));
        for (var i = 0; i < 100; i++)
        {
            compiled.Validate(bytes);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            compiled.Validate(bytes);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
