using System.Text.RegularExpressions;
using Trackboard.Contracts.Codegen;
using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Tests.Codegen.Probes;

/// <summary>
/// Structural checks over every typed target and test contract: the only checks Swift and Dart get besides
/// golden files (no toolchain installs here), and a cheap second line for C#, Java and Kotlin.
/// </summary>
public sealed partial class TypedStructureTests
{
    [Theory]
    [MemberData(nameof(TypedTargets.NamesAndContracts), MemberType = typeof(TypedTargets))]
    public void Generate_Contract_BracketsBalanceAndLiteralsClose(string target, string contract)
    {
        var typed = TypedTargets.Get(target);

        var files = typed.Generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        Assert.All(files, f => Assert.Empty(SourceScanner.Scan(GeneratedOutput.Text(f), typed.Quote).Problems));
    }

    [Theory]
    [MemberData(nameof(TypedTargets.NamesAndContracts), MemberType = typeof(TypedTargets))]
    public void Generate_Contract_EveryCommentIsSanitizedText(string target, string contract)
    {
        var typed = TypedTargets.Get(target);

        var files = typed.Generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        var comments = files.SelectMany(f => SourceScanner.Scan(GeneratedOutput.Text(f), typed.Quote).Comments).Select(WithoutXmlDoc).ToList();
        Assert.NotEmpty(comments);
        Assert.All(comments, c => Assert.Equal(DocText.Sanitize(c), c));
    }

    [Theory]
    [MemberData(nameof(TypedTargets.NamesAndContracts), MemberType = typeof(TypedTargets))]
    public void Generate_Contract_EveryEventCallAndEnumValueIsThere(string target, string contract)
    {
        var typed = TypedTargets.Get(target);
        var definition = TypedContracts.Load(contract);
        var model = TypedModelBuilder.Build(definition, typed.Style, target);

        var text = GeneratedOutput.Text(typed.Generator.Generate(definition, CodegenOptions.Default));

        Assert.Equal(definition.Events.Count, model.Events.Count);
        Assert.All(model.Events, e =>
        {
            Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, typed.HelperDeclaration, e.HelperName), text, StringComparison.Ordinal);
            Assert.Contains(typed.StringLiteral(e.Event.EventName), text, StringComparison.Ordinal);
            Assert.All(e.Record.Fields, f => Assert.Contains(typed.StringLiteral(f.WireName), text, StringComparison.Ordinal));
        });
        Assert.All(model.Calls, c => Assert.Contains(string.Format(System.Globalization.CultureInfo.InvariantCulture, typed.HelperDeclaration, c.HelperName), text, StringComparison.Ordinal));
        Assert.All(model.Enums.SelectMany(e => e.Members.Select(m => typed.Literal(m.Value, e.ValueKind))), literal => Assert.Contains(literal, text, StringComparison.Ordinal));
        Assert.Contains(TypedLiterals.Integer(definition.VersionNumber ?? 0), text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_HostileGuidance_NothingDangerousSurvives(string target)
    {
        var typed = TypedTargets.Get(target);

        var text = GeneratedOutput.Text(typed.Generator.Generate(TypedContracts.Load(TypedContracts.KitchenSink), CodegenOptions.Default));

        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("-->", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"\"\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u0007", text, StringComparison.Ordinal);
        Assert.Contains("Payment captured * / / * nested", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TypedTargets.NamesAndContracts), MemberType = typeof(TypedTargets))]
    public void Generate_SameContractTwice_SameBytes(string target, string contract)
    {
        var typed = TypedTargets.Get(target);

        var first = typed.Generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);
        var second = typed.Generator.Generate(TypedContracts.Load(contract), CodegenOptions.Default);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Theory]
    [MemberData(nameof(TypedTargets.Names), MemberType = typeof(TypedTargets))]
    public void Generate_EventsAndPropertiesInAnotherOrder_SameBytes(string target)
    {
        var typed = TypedTargets.Get(target);
        var contract = TypedContracts.Load(TypedContracts.KitchenSink);
        var reordered = contract with
        {
            GlobalProperties = [.. contract.GlobalProperties.Reverse()],
            Events = [.. contract.Events.Reverse().Select(e => e with { Properties = [.. e.Properties.Reverse()] })],
        };

        var expected = typed.Generator.Generate(contract, CodegenOptions.Default);
        var actual = typed.Generator.Generate(reordered, CodegenOptions.Default);

        Assert.Equal(GeneratedOutput.Text(expected), GeneratedOutput.Text(actual));
    }

    [Fact]
    public void All_TypedTargets_AreRegisteredInOrder()
    {
        var names = CodegenTargets.Names.Where(n => TypedTargets.All.Any(t => t.Name == n));

        Assert.Equal(["csharp", "java", "kotlin", "swift", "dart"], names);
        Assert.All(TypedTargets.All, t => Assert.Same(t.Generator.GetType(), CodegenTargets.Find(t.Name)!.GetType()));
    }

    // C# doc comments are XML: drop the tags the generator writes and decode the one entity it escapes.
    private static string WithoutXmlDoc(string comment) =>
        XmlTag().Replace(comment, "").Replace("&amp;", "&", StringComparison.Ordinal).Trim();

    [GeneratedRegex(@"</?(summary|c|auto-generated)/?>|<see cref=""[A-Za-z0-9_]+""/>")]
    private static partial Regex XmlTag();
}
