using Trackboard.Contracts.Codegen.Shapes;
using Trackboard.Contracts.Model;

namespace Trackboard.Contracts.Codegen.Python;

/// <summary>
/// One typed module (<c>trackboard.py</c>, Python 3.11+): a <c>TypedDict</c> per event with
/// <c>NotRequired</c> optionals and <c>Literal</c> enums, a client <c>Protocol</c> and a helper per event.
/// </summary>
internal sealed class PythonGenerator : ICodeGenerator, ITrackHelperNaming
{
    public const string FileName = "trackboard.py";

    private const string ContextType = "Mapping[str, object]";

    public string Target => "python";

    public string DisplayName => "Python";

    public IReadOnlyDictionary<string, string> TrackHelperNames(Contract contract) =>
        Shape(contract).Events.ToDictionary(e => e.Event.EventName, e => e.HelperName, StringComparer.Ordinal);

    public IReadOnlyList<GeneratedFile> Generate(Contract contract, CodegenOptions options)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var shape = Shape(contract);
        var types = new PythonTypes(shape);
        var body = new CodeWriter("    ");
        body.Line("# " + ShapeDocs.Header(contract));
        PythonSyntax.Docstring(body, [DocText.Sanitize($"Typed tracking helpers for {ShapeDocs.PlanName(contract)} (Python 3.11 or later).")]);
        var imports = body.Mark;
        WriteRuntime(body, shape);
        foreach (var nested in shape.Objects)
        {
            WriteTypedDict(body, types, nested.TypeName, nested.Path, nested.Properties,
                [DocText.Sanitize(nested.Property.Description), "Nested in " + DocText.Sanitize(nested.Path) + "."]);
        }

        foreach (var call in shape.Calls)
        {
            WriteTypedDict(body, types, call.TypeName, call.Path, call.Properties, [$"The {Payload(call)} of {call.Kind} calls."]);
            WriteCallHelper(body, call);
        }

        foreach (var e in shape.Events)
        {
            WriteTypedDict(body, types, e.TypeName, e.Path, e.Properties, ["The properties of " + DocText.Sanitize(e.Event.EventName) + "."]);
            WriteTrackHelper(body, e);
        }

        // The typing imports are known once the body is written.
        var writer = new CodeWriter("    ");
        writer.Line().Line("from __future__ import annotations").Line();
        writer.Line("from collections.abc import Mapping");
        var typing = new List<string>();
        if (types.UsesLiteral)
        {
            typing.Add("Literal");
        }

        if (types.UsesNever)
        {
            typing.Add("Never");
        }

        if (types.UsesNotRequired)
        {
            typing.Add("NotRequired");
        }

        typing.Add("Protocol");
        typing.Add("TypedDict");
        writer.Line("from typing import " + string.Join(", ", typing)).Line();
        body.InsertAt(imports, writer);
        return [new GeneratedFile(FileName, body.ToBytes())];
    }

    private static ContractShape Shape(Contract contract) => ContractShape.Build(contract, PythonSyntax.Naming, ShapeCasing.SnakeTrackHelper,
        [
            ("CONTRACT_VERSION", "the generated CONTRACT_VERSION constant"),
            ("TrackboardClient", "the generated client protocol"),
            ("with_contract_version", "the generated with_contract_version function"),
            ("Mapping", "the imported Mapping"), ("Literal", "the imported Literal"), ("Never", "the imported Never"),
            ("NotRequired", "the imported NotRequired"), ("Protocol", "the imported Protocol"), ("TypedDict", "the imported TypedDict"),
            (CallKinds.Identify, "the generated identify helper"), (CallKinds.Group, "the generated group helper"),
            (CallKinds.Page, "the generated page helper"), (CallKinds.Screen, "the generated screen helper"),
        ]);

    private static void WriteRuntime(CodeWriter writer, ContractShape shape)
    {
        writer.Line("CONTRACT_VERSION: str = " + PythonSyntax.Quote(shape.ContractVersion));
        PythonSyntax.Docstring(writer, ["The contract version stamped on every call as context.trackboard.contract_version."]);
        writer.Line().Line();
        writer.Line("class TrackboardClient(Protocol):").Indent();
        PythonSyntax.Docstring(writer,
        [
            "The analytics SDK behind the helpers (Segment's analytics-python, RudderStack, your own).",
            "Implement it once; the helpers pass the plan's exact event names and property keys.",
        ]);
        writer.Line();
        writer.Line($"def track(self, event: str, properties: {ContextType}, context: {ContextType}) -> None:").Indent();
        PythonSyntax.Docstring(writer, ["Sends a track call."]);
        writer.Dedent();
        foreach (var call in shape.Calls)
        {
            writer.Line();
            writer.Line($"def {call.Kind}(self, {KeyParameter(call)}: str, {Payload(call)}: {ContextType}, context: {ContextType}) -> None:").Indent();
            PythonSyntax.Docstring(writer, [$"Sends {(call.Kind == CallKinds.Identify ? "an" : "a")} {call.Kind} call."]);
            writer.Dedent();
        }

        writer.Dedent().Line().Line();
        writer.Line($"def with_contract_version(context: {ContextType} | None = None) -> dict[str, object]:").Indent();
        PythonSyntax.Docstring(writer, ["Returns a copy of context with trackboard.contract_version set to CONTRACT_VERSION."]);
        writer.Line("merged: dict[str, object] = dict(context or {})");
        writer.Line("existing = merged.get(\"trackboard\")");
        writer.Line("trackboard: dict[str, object] = dict(existing) if isinstance(existing, Mapping) else {}");
        writer.Line("trackboard[\"contract_version\"] = CONTRACT_VERSION");
        writer.Line("merged[\"trackboard\"] = trackboard");
        writer.Line("return merged");
        writer.Dedent().Line().Line();
    }

    private static void WriteTypedDict(CodeWriter writer, PythonTypes types, string name, string path,
        IReadOnlyList<PropertyDefinition> properties, IReadOnlyList<string> doc)
    {
        if (properties.All(p => PythonSyntax.IsFieldName(p.Name)))
        {
            writer.Line($"class {name}(TypedDict):").Indent();
            PythonSyntax.Docstring(writer, doc);
            if (properties.Count == 0)
            {
                writer.Line("pass");
            }
            else
            {
                writer.Line();
            }

            foreach (var property in properties)
            {
                PythonSyntax.Comment(writer, PythonTypes.FieldDoc(property));
                writer.Line($"{property.Name}: {types.FieldType(property, path)}");
            }

            writer.Dedent().Line().Line();
            return;
        }

        // Keys that are not identifiers (spaces, keywords, leading digits) need the functional syntax.
        foreach (var line in doc.Where(l => l.Length > 0))
        {
            PythonSyntax.Comment(writer, line);
        }

        writer.Line($"{name} = TypedDict(").Indent();
        writer.Line(PythonSyntax.Quote(name) + ",");
        writer.Line("{").Indent();
        foreach (var property in properties)
        {
            PythonSyntax.Comment(writer, PythonTypes.FieldDoc(property));
            writer.Line($"{PythonSyntax.Quote(property.Name)}: {types.FieldType(property, path)},");
        }

        writer.Dedent().Line("},");
        writer.Dedent().Line(")").Line().Line();
    }

    private static void WriteTrackHelper(CodeWriter writer, EventShape e)
    {
        writer.Line($"def {e.HelperName}(").Indent();
        writer.Line("client: TrackboardClient,");
        writer.Line($"properties: {e.TypeName},");
        writer.Line($"context: {ContextType} | None = None,");
        writer.Dedent().Line(") -> None:").Indent();
        var doc = new List<string> { "Sends " + DocText.Sanitize(e.Event.EventName) + "." };
        doc.AddRange(ShapeDocs.EventLines(e.Event));
        if (e.Event.Status == EventStatus.Deprecated)
        {
            doc.Add("Deprecated: " + ShapeDocs.DeprecatedText);
        }

        PythonSyntax.Docstring(writer, doc);
        writer.Line($"client.track({PythonSyntax.Quote(e.Event.EventName)}, properties, with_contract_version(context))");
        writer.Dedent().Line().Line();
    }

    private static void WriteCallHelper(CodeWriter writer, CallShape call)
    {
        writer.Line($"def {call.Kind}(").Indent();
        writer.Line("client: TrackboardClient,");
        writer.Line($"{KeyParameter(call)}: str,");
        writer.Line($"{Payload(call)}: {call.TypeName},");
        writer.Line($"context: {ContextType} | None = None,");
        writer.Dedent().Line(") -> None:").Indent();
        PythonSyntax.Docstring(writer, [$"Sends {(call.Kind == CallKinds.Identify ? "an" : "a")} {call.Kind} call with typed {Payload(call)}."]);
        writer.Line($"client.{call.Kind}({KeyParameter(call)}, {Payload(call)}, with_contract_version(context))");
        writer.Dedent().Line().Line();
    }

    private static string KeyParameter(CallShape call) => NameWords.Snake(NameWords.Split(call.KeyArgument));

    private static string Payload(CallShape call) => call.HasTraits ? "traits" : "properties";
}
