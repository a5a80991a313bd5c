using System.Text.Json;
using Trackboard.Contracts.Codegen.Fixtures;
using Trackboard.Contracts.Validation;

namespace Trackboard.Contracts.Tests.Codegen.Fixtures;

public sealed class FixtureGeneratorTests
{
    public static TheoryData<string> Contracts => CodegenCorpus.Theory;

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Generate_EveryFixture_GetsExactlyTheRuleItNames(string contractName)
    {
        var contract = CodegenCorpus.Load(contractName);
        var files = FixtureGenerator.Generate(contract).ToDictionary(f => f.Path, f => f.Content, StringComparer.Ordinal);
        var compiled = CompiledContract.Compile(contract);
        using var index = JsonDocument.Parse(files[FixtureGenerator.IndexFileName]);

        Assert.Equal(files.Count - 1, index.RootElement.GetArrayLength());
        foreach (var entry in index.RootElement.EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var errors = compiled.Validate(files[file]).Violations.Where(v => v.Severity == ViolationSeverity.Error).ToList();
            if (entry.GetProperty("valid").GetBoolean())
            {
                Assert.True(errors.Count == 0, file + ": " + string.Join(", ", errors.Select(e => e.Code + " " + e.Path)));
                continue;
            }

            var violation = Assert.Single(errors);
            Assert.Equal(entry.GetProperty("code").GetString(), violation.Code);
            Assert.Equal(entry.GetProperty("property").GetString(), violation.Property);
            Assert.Equal(entry.GetProperty("event").GetString(), violation.Event);
        }
    }

    [Fact]
    public void Generate_SeedContract_NamesFixturesAfterEventRuleAndProperty()
    {
        var names = FixtureGenerator.Generate(CodegenCorpus.Load("seed-web-analytics.v1")).Select(f => f.Path).ToList();

        Assert.Equal(
        [
            "signup_completed.valid.all-properties.json",
            "signup_completed.valid.required-only.json",
            "signup_completed.unknown_property.unexpected_property.json",
            "signup_completed.missing_required_property.signup_method.json",
            "signup_completed.type_mismatch.signup_method.json",
            "signup_completed.enum_violation.signup_method.json",
            "signup_completed.missing_required_property.user_id.json",
            "signup_completed.type_mismatch.user_id.json",
            FixtureGenerator.IndexFileName,
        ], names);
    }

    [Fact]
    public void Generate_NestedArrayRule_NamedByItsPropertyPath()
    {
        var names = FixtureGenerator.Generate(CodegenCorpus.Load("example-web-analytics.v1")).Select(f => f.Path).ToList();

        Assert.Contains("checkout_completed.min_items_violation.cart.items.json", names);
        Assert.Contains("checkout_completed.missing_required_property.cart.items[0].sku.json", names);
    }

    [Fact]
    public void Generate_SeedContract_MatchesGoldenFiles()
    {
        foreach (var file in FixtureGenerator.Generate(CodegenCorpus.Load("seed-web-analytics.v1")))
        {
            Support.Snapshot.Match("fixtures/seed-web-analytics.v1/" + file.Path, file.Content);
        }
    }

    [Fact]
    public void Generate_SyntheticContract_CoversEveryRuleKind()
    {
        var codes = FixtureGenerator.Generate(CodegenCorpus.Load("synthetic")).Select(f => f.Path.Split('.')[1]).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(StringComparer.Ordinal)
        {
            "valid", ViolationCodes.UnknownProperty, ViolationCodes.MissingRequiredProperty, ViolationCodes.TypeMismatch,
            ViolationCodes.EnumViolation, ViolationCodes.MinViolation, ViolationCodes.MaxViolation, ViolationCodes.MinLengthViolation,
            ViolationCodes.MaxLengthViolation, ViolationCodes.PatternViolation, ViolationCodes.FormatViolation,
            ViolationCodes.MinItemsViolation, ViolationCodes.MaxItemsViolation,
        }, codes);
    }

    [Fact]
    public void Generate_SameContractTwice_SameBytes()
    {
        var first = FixtureGenerator.Generate(CodegenCorpus.Load("synthetic"));
        var second = FixtureGenerator.Generate(CodegenCorpus.Load("synthetic"));

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void Generate_EmptyContract_OnlyTheIndex()
    {
        var files = FixtureGenerator.Generate(CodegenCorpus.Load("empty"));

        var file = Assert.Single(files);
        Assert.Equal("[]\n", System.Text.Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Generate_NullContract_Throws() =>
        Assert.Throws<ArgumentNullException>(() => FixtureGenerator.Generate(null!));

}
