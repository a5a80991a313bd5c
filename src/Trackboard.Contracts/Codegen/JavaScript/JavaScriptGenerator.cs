using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Codegen.TypeScript;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.JavaScript;

/// <summary>
/// An ES module with JSDoc types (<c>trackboard.js</c>): the TypeScript target's types written as
/// <c>@typedef</c>s, so <c>tsc --checkJs</c> and editors check calls in plain JavaScript.
/// </summary>
internal sealed class JavaScriptGenerator : ICodeGenerator, ITrackHelperNaming
{
    public const string FileName = "trackboard.js";

    public string Target => "javascript";

    public string DisplayName => "JavaScript (ES module with JSDoc types)";

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        Shape(contract).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var shape = Shape(contract);
        var types = new TypeScriptTypes(shape, insideComment: true);
        var writer = new CodeWriter("  ", OutputCapacity.Estimate(contract, 75));
        writer.Line("// " + ShapeDocs.Header(contract)).Line("// @ts-check").Line();
        WriteRuntime(writer, shape);
        foreach (var nested in shape.Objects)
        {
            WriteTypedef(writer, types, nested.TypeName, nested.Path, nested.Properties,
                [DocText.Sanitize(nested.Property.Description), "Nested in " + DocText.Sanitize(nested.Path) + "."]);
        }

        foreach (var call in shape.Calls)
        {
            WriteTypedef(writer, types, call.TypeName, call.Path, call.Properties,
                [$"The {TypeScriptGenerator.Payload(call)} of {call.Kind} calls."]);
            WriteCallHelper(writer, call);
        }

        foreach (var e in shape.Events)
        {
            WriteTypedef(writer, types, e.TypeName, e.Path, e.Properties, ["The properties of " + DocText.Sanitize(e.Event.EventName) + "."]);
            WriteTrackHelper(writer, e);
        }

        return [new GeneratedFile(FileName, writer.ToBytes())];
    }

    private ContractShape Shape(Contract contract) => ContractShape.Build(contract, TypeScriptSyntax.Naming(Target), ShapeCasing.CamelTrackHelper, TypeScriptGenerator.Reserved);

    private static void WriteRuntime(CodeWriter writer, ContractShape shape)
    {
        TypeScriptSyntax.DocComment(writer, ["The contract version stamped on every call as context.trackboard.contract_version."]);
        writer.Line("export const CONTRACT_VERSION = " + TypeScriptSyntax.Quote(shape.ContractVersion) + ";").Line();
        TypeScriptSyntax.DocComment(writer, ["Properties or traits as the client receives them: the plan's exact keys.",
            "@typedef {" + TypeScriptTypes.OpenObject + "} TrackboardProperties"]);
        writer.Line();
        TypeScriptSyntax.DocComment(writer, ["The context sent with a call, as in Segment's options.context.",
            "@typedef {" + TypeScriptTypes.OpenObject + "} TrackboardContext"]);
        writer.Line();
        var doc = new List<string>
        {
            "The analytics SDK behind the helpers (Segment's analytics.js or analytics-node, RudderStack, your own).",
            "Implement it once; the helpers pass the plan's exact event names and property keys.",
            "@typedef {object} TrackboardClient",
            "@property {(event: string, properties: TrackboardProperties, context: TrackboardContext) => void} track Sends a track call.",
        };
        doc.AddRange(shape.Calls.Select(call =>
            $"@property {{({TypeScriptGenerator.KeyParameter(call)}: string, {TypeScriptGenerator.Payload(call)}: TrackboardProperties, context: TrackboardContext) => void}} {call.Kind} Sends {TypeScriptGenerator.Article(call.Kind)} {call.Kind} call."));
        TypeScriptSyntax.DocComment(writer, doc);
        writer.Line();
        TypeScriptSyntax.DocComment(writer,
        [
            "Returns a copy of context with trackboard.contract_version set to CONTRACT_VERSION.",
            "@param {TrackboardContext} [context]",
            "@returns {TrackboardContext}",
        ]);
        writer.Line("export function withContractVersion(context) {").Indent();
        writer.Line("const trackboard = context?.[\"trackboard\"];");
        writer.Line("const base = typeof trackboard === \"object\" && trackboard !== null ? trackboard : {};");
        writer.Line("return { ...context, trackboard: { ...base, contract_version: CONTRACT_VERSION } };");
        writer.Dedent().Line("}").Line();
    }

    private static void WriteTypedef(CodeWriter writer, TypeScriptTypes types, string name, string path,
        IReadOnlyList<PropertyDefinition> properties, IReadOnlyList<string> doc)
    {
        var lines = doc.Where(l => l.Length > 0).ToList();
        foreach (var property in properties)
        {
            var line = ShapeDocs.PropertyLine(property, sayInteger: true);
            if (line.Length > 0)
            {
                lines.Add("- " + DocText.Sanitize(property.Name) + ": " + line);
            }
        }

        writer.Line("/**");
        foreach (var line in lines)
        {
            writer.Line(" * " + line);
        }

        if (properties.Count == 0)
        {
            writer.Line($" * @typedef {{{TypeScriptTypes.EmptyObject}}} {name}");
        }
        else
        {
            writer.Line(" * @typedef {{");
            foreach (var property in properties)
            {
                writer.Line(" *   " + types.Member(property, path, ','));
            }

            writer.Line($" * }}}} {name}");
        }

        writer.Line(" */").Line();
    }

    private static void WriteTrackHelper(CodeWriter writer, EventShape e)
    {
        var doc = new List<string> { "Sends " + DocText.Sanitize(e.Event.EventName) + "." };
        doc.AddRange(ShapeDocs.EventLines(e.Event));
        if (e.Event.Status == EventStatus.Deprecated)
        {
            doc.Add("@deprecated " + ShapeDocs.DeprecatedText);
        }

        doc.Add("@param {TrackboardClient} client");
        doc.Add($"@param {{{e.TypeName}}} properties");
        doc.Add("@param {TrackboardContext} [context]");
        doc.Add("@returns {void}");
        TypeScriptSyntax.DocComment(writer, doc);
        writer.Line($"export function {e.HelperName}(client, properties, context) {{").Indent();
        writer.Line($"client.track({TypeScriptSyntax.Quote(e.Event.EventName)}, properties, withContractVersion(context));");
        writer.Dedent().Line("}").Line();
    }

    private static void WriteCallHelper(CodeWriter writer, CallShape call)
    {
        var key = TypeScriptGenerator.KeyParameter(call);
        var payload = TypeScriptGenerator.Payload(call);
        TypeScriptSyntax.DocComment(writer,
        [
            $"Sends {TypeScriptGenerator.Article(call.Kind)} {call.Kind} call with typed {payload}.",
            "@param {TrackboardClient} client",
            $"@param {{string}} {key}",
            $"@param {{{call.TypeName}}} {payload}",
            "@param {TrackboardContext} [context]",
            "@returns {void}",
        ]);
        writer.Line($"export function {call.Kind}(client, {key}, {payload}, context) {{").Indent();
        writer.Line($"client.{call.Kind}({key}, {payload}, withContractVersion(context));");
        writer.Dedent().Line("}").Line();
    }
}
