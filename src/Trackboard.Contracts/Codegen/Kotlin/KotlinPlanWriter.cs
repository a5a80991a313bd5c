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
        writer.Line($"const val {KotlinNaming.VersionConstant}: Long = {TypedLiterals.Integer(model.ContractVersion)}L");
        writer.Line();
        writer.Line("/** The context every helper sends: trackboard.contract_version set to CONTRACT_VERSION. */");
        writer.Line($"fun {KotlinNaming.ContextFunction}(): {Map} = mapOf(\"trackboard\" to mapOf(\"contract_version\" to {KotlinNaming.VersionConstant}))");
        foreach (var call in model.Calls)
        {
            var key = KeyParameter(call).Split(':')[0];
            writer.Line();
            KotlinSyntax.Doc(writer, call.Doc);
            writer.Open($"fun {call.HelperName}(client: {KotlinNaming.ClientInterface}, {KeyParameter(call)}, {Payload(call)}: {call.Record.Name}) {{");
            writer.Line($"client.{call.SegmentName}({key}, {Payload(call)}.{KotlinNaming.PropertiesMethod}(), {KotlinNaming.ContextFunction}())");
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

            writer.Open($"fun {typedEvent.HelperName}(client: {KotlinNaming.ClientInterface}, properties: {typedEvent.Record.Name}) {{");
            writer.Line($"client.track({KotlinSyntax.String(typedEvent.Event.EventName)}, properties.{KotlinNaming.PropertiesMethod}(), {KotlinNaming.ContextFunction}())");
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
