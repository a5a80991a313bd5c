using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.TypeScript;

/// <summary>The reference target: one <c>trackboard.ts</c> module with types, a client interface and helpers.</summary>
internal sealed class TypeScriptGenerator : ICodeGenerator, ITrackHelperNaming
{
    public const string FileName = "trackboard.ts";

    public string Target => "typescript";

    public string DisplayName => "TypeScript";

    /// <summary>The identifiers every TypeScript and JavaScript module emits itself.</summary>
    public static IEnumerable<(string, string)> Reserved =>
    [
        ("CONTRACT_VERSION", "the generated CONTRACT_VERSION constant"),
        ("TrackboardClient", "the generated client interface"),
        ("TrackboardContext", "the generated context type"),
        ("TrackboardProperties", "the generated properties type"),
        ("withContractVersion", "the generated withContractVersion function"),
        (CallKinds.Identify, "the generated identify helper"),
        (CallKinds.Group, "the generated group helper"),
        (CallKinds.Page, "the generated page helper"),
        (CallKinds.Screen, "the generated screen helper"),
    ];

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        Shape(contract).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var shape = Shape(contract);
        var types = new TypeScriptTypes(shape, insideComment: false);
        var writer = new CodeWriter("  ", OutputCapacity.Estimate(contract, 65));
        writer.Line("// " + ShapeDocs.Header(contract)).Line();
        WriteRuntime(writer, shape);
        foreach (var nested in shape.Objects)
        {
            WriteObject(writer, types, nested.TypeName, nested.Path, nested.Properties, [DocText.Sanitize(nested.Property.Description), "Nested in " + DocText.Sanitize(nested.Path) + "."]);
        }

        foreach (var call in shape.Calls)
        {
            WriteObject(writer, types, call.TypeName, call.Path, call.Properties, [$"The {(call.HasTraits ? "traits" : "properties")} of {call.Kind} calls."]);
            WriteCallHelper(writer, call);
        }

        foreach (var e in shape.Events)
        {
            WriteObject(writer, types, e.TypeName, e.Path, e.Properties, ["The properties of " + DocText.Sanitize(e.Event.EventName) + "."]);
            WriteTrackHelper(writer, e);
        }

        return [new GeneratedFile(FileName, writer.ToBytes())];
    }

    private ContractShape Shape(Contract contract) => ContractShape.Build(contract, TypeScriptSyntax.Naming(Target), ShapeCasing.CamelTrackHelper, Reserved);

    private static void WriteRuntime(CodeWriter writer, ContractShape shape)
    {
        TypeScriptSyntax.DocComment(writer, ["The contract version stamped on every call as context.trackboard.contract_version."]);
        writer.Line("export const CONTRACT_VERSION = " + TypeScriptSyntax.Quote(shape.ContractVersion) + ";").Line();
        TypeScriptSyntax.DocComment(writer, ["Properties or traits as the client receives them: the plan's exact keys."]);
        writer.Line("export type TrackboardProperties = " + TypeScriptTypes.OpenObject + ";").Line();
        TypeScriptSyntax.DocComment(writer, ["The context sent with a call, as in Segment's options.context."]);
        writer.Line("export type TrackboardContext = " + TypeScriptTypes.OpenObject + ";").Line();
        TypeScriptSyntax.DocComment(writer,
        [
            "The analytics SDK behind the helpers (Segment's analytics.js or analytics-node, RudderStack, your own).",
            "Implement it once; the helpers pass the plan's exact event names and property keys.",
        ]);
        writer.Line("export interface TrackboardClient {").Indent();
        writer.Line("/** Sends a track call. */");
        writer.Line("track(event: string, properties: TrackboardProperties, context: TrackboardContext): void;");
        foreach (var call in shape.Calls)
        {
            writer.Line($"/** Sends {Article(call.Kind)} {call.Kind} call. */");
            writer.Line($"{call.Kind}({KeyParameter(call)}: string, {Payload(call)}: TrackboardProperties, context: TrackboardContext): void;");
        }

        writer.Dedent().Line("}").Line();
        TypeScriptSyntax.DocComment(writer, ["Returns a copy of context with trackboard.contract_version set to CONTRACT_VERSION."]);
        writer.Line("export function withContractVersion(context?: TrackboardContext): TrackboardContext {").Indent();
        writer.Line("const trackboard = context?.[\"trackboard\"];");
        writer.Line("const base = typeof trackboard === \"object\" && trackboard !== null ? trackboard : {};");
        writer.Line("return { ...context, trackboard: { ...base, contract_version: CONTRACT_VERSION } };");
        writer.Dedent().Line("}").Line();
    }

    private static void WriteObject(CodeWriter writer, TypeScriptTypes types, string name, string path,
        IReadOnlyList<PropertyDefinition> properties, IReadOnlyList<string> doc)
    {
        TypeScriptSyntax.DocComment(writer, doc);
        if (properties.Count == 0)
        {
            writer.Line($"export type {name} = {TypeScriptTypes.EmptyObject};").Line();
            return;
        }

        writer.Line($"export type {name} = {{").Indent();
        foreach (var property in properties)
        {
            TypeScriptSyntax.DocComment(writer, [ShapeDocs.PropertyLine(property, sayInteger: true)]);
            writer.Line(types.Member(property, path, ';'));
        }

        writer.Dedent().Line("};").Line();
    }

    private static void WriteTrackHelper(CodeWriter writer, EventShape e)
    {
        var doc = new List<string> { "Sends " + DocText.Sanitize(e.Event.EventName) + "." };
        doc.AddRange(ShapeDocs.EventLines(e.Event));
        if (e.Event.Status == EventStatus.Deprecated)
        {
            doc.Add("@deprecated " + ShapeDocs.DeprecatedText);
        }

        TypeScriptSyntax.DocComment(writer, doc);
        writer.Line($"export function {e.HelperName}(client: TrackboardClient, properties: {e.TypeName}, context?: TrackboardContext): void {{").Indent();
        writer.Line($"client.track({TypeScriptSyntax.Quote(e.Event.EventName)}, properties, withContractVersion(context));");
        writer.Dedent().Line("}").Line();
    }

    private static void WriteCallHelper(CodeWriter writer, CallShape call)
    {
        TypeScriptSyntax.DocComment(writer, [$"Sends {Article(call.Kind)} {call.Kind} call with typed {Payload(call)}."]);
        writer.Line($"export function {call.Kind}(client: TrackboardClient, {KeyParameter(call)}: string, {Payload(call)}: {call.TypeName}, context?: TrackboardContext): void {{").Indent();
        writer.Line($"client.{call.Kind}({KeyParameter(call)}, {Payload(call)}, withContractVersion(context));");
        writer.Dedent().Line("}").Line();
    }

    /// <summary><c>userId</c>, <c>groupId</c> or <c>name</c>.</summary>
    public static string KeyParameter(CallShape call) => NameWords.Camel(NameWords.Split(call.KeyArgument));

    /// <summary><c>traits</c> or <c>properties</c>.</summary>
    public static string Payload(CallShape call) => call.HasTraits ? "traits" : "properties";

    /// <summary>"an identify", "a page".</summary>
    public static string Article(string kind) => kind == CallKinds.Identify ? "an" : "a";
}
