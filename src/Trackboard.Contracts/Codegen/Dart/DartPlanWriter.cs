using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Dart;

/// <summary>Writes the client class and the top-level version constant, context function and helpers.</summary>
internal static class DartPlanWriter
{
    private const string Map = DartSyntax.Map;

    public static void WriteClient(CodeWriter writer, TypedModel model)
    {
        writer.Line("/// The analytics SDK behind the helpers (Segment-style calls): implement it over any client.");
        writer.Open($"abstract class {DartNaming.ClientClass} {{");
        writer.Line("/// Sends a track call.");
        writer.Line($"void track(String event, {Map} properties, {Map} context);");
        foreach (var call in model.Calls)
        {
            writer.Line();
            writer.Line($"/// Sends {(call.Kind == CallKind.Identify ? "an" : "a")} {call.SegmentName} call.");
            writer.Line($"void {call.SegmentName}({KeyParameter(call)}, {Map} {Payload(call)}, {Map} context);");
        }

        writer.Close("}");
    }

    public static void WriteHelpers(CodeWriter writer, TypedModel model)
    {
        writer.Line("/// The contract version the helpers stamp on what they send.");
        writer.Line($"const int {DartNaming.VersionConstant} = {TypedLiterals.Integer(model.ContractVersion)};");
        writer.Line();
        writer.Line("/// The context every helper sends: trackboard.contract_version set to contractVersion.");
        writer.Open($"{Map} {DartNaming.ContextFunction}() {{");
        writer.Open("return <String, Object?>{");
        writer.Line($"'trackboard': <String, Object?>{{'contract_version': {DartNaming.VersionConstant}}},");
        writer.Close("};");
        writer.Close("}");
        foreach (var call in model.Calls)
        {
            var key = KeyParameter(call).Split(' ')[1];
            writer.Line();
            DartSyntax.Doc(writer, call.Doc);
            writer.Open($"void {call.HelperName}({DartNaming.ClientClass} client, {KeyParameter(call)}, {call.Record.Name} {Payload(call)}) {{");
            writer.Line($"client.{call.SegmentName}({key}, {Payload(call)}.{DartNaming.PropertiesMethod}(), {DartNaming.ContextFunction}());");
            writer.Close("}");
        }

        foreach (var typedEvent in model.Events)
        {
            writer.Line();
            DartSyntax.Doc(writer, typedEvent.Doc);
            if (typedEvent.DeprecationMessage is { } message)
            {
                writer.Line($"@Deprecated({DartSyntax.String(message)})");
            }

            writer.Open($"void {typedEvent.HelperName}({DartNaming.ClientClass} client, {typedEvent.Record.Name} properties) {{");
            writer.Line($"client.track({DartSyntax.String(typedEvent.Event.EventName)}, properties.{DartNaming.PropertiesMethod}(), {DartNaming.ContextFunction}());");
            writer.Close("}");
        }
    }

    private static string KeyParameter(TypedCall call) => call.Kind switch
    {
        CallKind.Identify => "String userId",
        CallKind.Group => "String groupId",
        CallKind.Page => "String? name",
        _ => "String name",
    };

    private static string Payload(TypedCall call) => call.HasTraits ? "traits" : "properties";
}
