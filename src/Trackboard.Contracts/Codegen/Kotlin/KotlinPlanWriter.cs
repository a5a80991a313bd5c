using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Kotlin;

/// <summary>Writes the client interface and the top-level version constant, context function and helpers.</summary>
internal static class KotlinPlanWriter
{
    private const string Map = KotlinSyntax.Map;

    public static void WriteClient(CodeWriter writer, TypedModel model)
    {
        writer.Line("/** The analytics SDK behind the helpers (Segment-style calls): implement it over any client. */");
        writer.Open($"interface {KotlinNaming.ClientInterface} {{");
        writer.Line("/** Sends a track call. */");
        writer.Line($"fun track(event: String, properties: {Map}, context: {Map})");
        foreach (var call in model.Calls)
        {
            writer.Line();
            writer.Line($"/** Sends {(call.Kind == CallKind.Identify ? "an" : "a")} {call.SegmentName} call. */");
            writer.Line($"fun {call.SegmentName}({KeyParameter(call)}, {Payload(call)}: {Map}, context: {Map})");
        }

        writer.Close("}");
    }

    public static void WriteHelpers(CodeWriter writer, TypedModel model)
    {
        writer.Line("/** The contract version the helpers stamp on what they send. */");
        writer.Line($"const val {KotlinNaming.VersionConstant}: String = {KotlinSyntax.String(model.ContractVersion)}");
        writer.Line();
        writer.Line("/**");
        writer.Line(" * A copy of the caller's context with trackboard.contract_version set to CONTRACT_VERSION;");
        writer.Line(" * the caller's other keys, in trackboard too, are kept.");
        writer.Line(" */");
        writer.Open($"fun {KotlinNaming.ContextFunction}(context: {Map} = emptyMap()): {Map} {{");
        writer.Line("val trackboard = LinkedHashMap<String, Any?>()");
        writer.Line("val nested = context[\"trackboard\"]");
        writer.Open("if (nested is Map<*, *>) {");
        writer.Open("for ((key, value) in nested) {");
        writer.Line("trackboard[key.toString()] = value");
        writer.Close("}");
        writer.Close("}");
        writer.Line($"trackboard[\"contract_version\"] = {KotlinNaming.VersionConstant}");
        writer.Line("val copy = LinkedHashMap<String, Any?>(context)");
        writer.Line("copy[\"trackboard\"] = trackboard");
        writer.Line("return copy");
        writer.Close("}");
        foreach (var call in model.Calls)
        {
            var key = KeyParameter(call).Split(':')[0];
            writer.Line();
            KotlinSyntax.Doc(writer, call.Doc);
            writer.Open($"fun {call.HelperName}(client: {KotlinNaming.ClientInterface}, {KeyParameter(call)}, {Payload(call)}: {call.Record.Name}, context: {Map} = emptyMap()) {{");
            writer.Line($"client.{call.SegmentName}({key}, {Payload(call)}.{KotlinNaming.PropertiesMethod}(), {KotlinNaming.ContextFunction}(context))");
            writer.Close("}");
        }

        foreach (var typedEvent in model.Events)
        {
            writer.Line();
            KotlinSyntax.Doc(writer, typedEvent.Doc);
            if (typedEvent.DeprecationMessage is { } message)
            {
                writer.Line($"@Deprecated({KotlinSyntax.String(message)})");
            }

            writer.Open($"fun {typedEvent.HelperName}(client: {KotlinNaming.ClientInterface}, properties: {typedEvent.Record.Name}, context: {Map} = emptyMap()) {{");
            writer.Line($"client.track({KotlinSyntax.String(typedEvent.Event.EventName)}, properties.{KotlinNaming.PropertiesMethod}(), {KotlinNaming.ContextFunction}(context))");
            writer.Close("}");
        }
    }

    private static string KeyParameter(TypedCall call) => call.Kind switch
    {
        CallKind.Identify => "userId: String",
        CallKind.Group => "groupId: String",
        CallKind.Page => "name: String?",
        _ => "name: String",
    };

    private static string Payload(TypedCall call) => call.HasTraits ? "traits" : "properties";
}
