using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Swift;

/// <summary>Writes the client protocol and the <c>TrackingPlan</c> namespace: version, context and helpers.</summary>
internal static class SwiftPlanWriter
{
    private const string Map = SwiftSyntax.Map;

    public static void WriteClient(CodeWriter writer, TypedModel model)
    {
        writer.Line("/// The analytics SDK behind the helpers (Segment-style calls): implement it over any client.");
        writer.Open($"public protocol {SwiftNaming.ClientProtocol} {{");
        writer.Line("/// Sends a track call.");
        writer.Line($"func track(event: String, properties: {Map}, context: {Map})");
        foreach (var call in model.Calls)
        {
            writer.Line();
            writer.Line($"/// Sends {(call.Kind == CallKind.Identify ? "an" : "a")} {call.SegmentName} call.");
            writer.Line($"func {call.SegmentName}({KeyParameter(call)}, {Payload(call)}: {Map}, context: {Map})");
        }

        writer.Close("}");
    }

    public static void WritePlan(CodeWriter writer, TypedModel model)
    {
        writer.Line("/// Typed helpers for the plan's events and calls; each stamps context.trackboard.contract_version.");
        writer.Open($"public enum {SwiftNaming.HelperEnum} {{");
        writer.Line("/// The contract version the helpers stamp on what they send.");
        writer.Line($"public static let {SwiftNaming.VersionConstant}: String = {SwiftSyntax.String(model.ContractVersion)}");
        writer.Line();
        writer.Line("/// A copy of the caller's context with trackboard.contract_version set to contractVersion;");
        writer.Line("/// the caller's other keys, in trackboard too, are kept.");
        writer.Open($"public static func {SwiftNaming.ContextFunction}(_ context: {Map} = [:]) -> {Map} {{");
        writer.Line("var copy = context");
        writer.Line($"var trackboard = context[\"trackboard\"] as? {Map} ?? [:]");
        writer.Line($"trackboard[\"contract_version\"] = {SwiftNaming.VersionConstant}");
        writer.Line("copy[\"trackboard\"] = trackboard");
        writer.Line("return copy");
        writer.Close("}");
        foreach (var call in model.Calls)
        {
            var key = KeyParameter(call).Split(':')[0];
            writer.Line();
            SwiftSyntax.Doc(writer, call.Doc);
            writer.Open($"public static func {call.HelperName}(_ client: {SwiftNaming.ClientProtocol}, {KeyParameter(call)}, {Payload(call)}: {call.Record.Name}, context: {Map} = [:]) {{");
            writer.Line($"client.{call.SegmentName}({key}: {key}, {Payload(call)}: {Payload(call)}.{SwiftNaming.PropertiesMethod}(), context: {SwiftNaming.ContextFunction}(context))");
            writer.Close("}");
        }

        foreach (var typedEvent in model.Events)
        {
            writer.Line();
            SwiftSyntax.Doc(writer, typedEvent.Doc);
            if (typedEvent.DeprecationMessage is { } message)
            {
                writer.Line($"@available(*, deprecated, message: {SwiftSyntax.String(message)})");
            }

            writer.Open($"public static func {typedEvent.HelperName}(_ client: {SwiftNaming.ClientProtocol}, _ properties: {typedEvent.Record.Name}, context: {Map} = [:]) {{");
            writer.Line($"client.track(event: {SwiftSyntax.String(typedEvent.Event.EventName)}, properties: properties.{SwiftNaming.PropertiesMethod}(), context: {SwiftNaming.ContextFunction}(context))");
            writer.Close("}");
        }

        writer.Close("}");
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
