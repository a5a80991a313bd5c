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
        writer.Line($"const String {DartNaming.VersionConstant} = {DartSyntax.String(model.ContractVersion)};");
        writer.Line();
        writer.Line("/// A copy of the caller's context with trackboard.contract_version set to contractVersion;");
        writer.Line("/// the caller's other keys, in trackboard too, are kept.");
        writer.Open($"{Map} {DartNaming.ContextFunction}([{Map}? context]) {{");
        writer.Line("final copy = <String, Object?>{...?context};");
        writer.Line("final trackboard = <String, Object?>{};");
        writer.Line("final nested = copy['trackboard'];");
        writer.Open("if (nested is Map) {");
        writer.Open("nested.forEach((key, value) {");
        writer.Line("trackboard[key.toString()] = value;");
        writer.Close("});");
        writer.Close("}");
        writer.Line($"trackboard['contract_version'] = {DartNaming.VersionConstant};");
        writer.Line("copy['trackboard'] = trackboard;");
        writer.Line("return copy;");
        writer.Close("}");
        foreach (var call in model.Calls)
        {
            var key = KeyParameter(call).Split(' ')[1];
            writer.Line();
            DartSyntax.Doc(writer, call.Doc);
            writer.Open($"void {call.HelperName}({DartNaming.ClientClass} client, {KeyParameter(call)}, {call.Record.Name} {Payload(call)}, [{Map}? context]) {{");
            writer.Line($"client.{call.SegmentName}({key}, {Payload(call)}.{DartNaming.PropertiesMethod}(), {DartNaming.ContextFunction}(context));");
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

            writer.Open($"void {typedEvent.HelperName}({DartNaming.ClientClass} client, {typedEvent.Record.Name} properties, [{Map}? context]) {{");
            writer.Line($"client.track({DartSyntax.String(typedEvent.Event.EventName)}, properties.{DartNaming.PropertiesMethod}(), {DartNaming.ContextFunction}(context));");
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
