namespace Trackboard.Contracts.Tests.Codegen.Probes;

public sealed class SourceScannerTests
{
    [Theory]
    [InlineData("class A { void f() { g(\"}\"); } }", 0)]
    [InlineData("class A { // }\n}", 0)]
    [InlineData("class A { /* } */ }", 0)]
    [InlineData("class A { void f() { }", 1)]
    [InlineData("class A ) {", 1)]
    [InlineData("x = \"open\n", 1)]
    [InlineData("x = \"a\\\"b\";", 0)]
    [InlineData("/* never closed", 1)]
    [InlineData("x = 1;\u0007", 1)]
    public void Scan_Source_FindsStructuralProblems(string source, int problems)
    {
        var scanner = SourceScanner.Scan(source, '"');

        Assert.Equal(problems, scanner.Problems.Count);
    }

    [Fact]
    public void Scan_Comments_CollectsLineAndBlockCommentText()
    {
        var scanner = SourceScanner.Scan("// header\n/**\n * one\n * two */\nint x; /// doc\n", '"');

        Assert.Equal(["header", "one", "two", "doc"], scanner.Comments);
    }

    [Fact]
    public void Scan_SingleQuotedStrings_AreStringsNotCode()
    {
        var scanner = SourceScanner.Scan("f('{', 'it\\'s');", '\'');

        Assert.Empty(scanner.Problems);
        Assert.Equal(["'{'", "'it\\'s'"], scanner.Strings);
    }
}
