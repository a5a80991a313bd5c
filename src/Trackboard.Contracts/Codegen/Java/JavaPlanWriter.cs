using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.Java;

/// <summary>Writes <c>TrackboardClient</c> (the SDK seam) and <c>TrackingPlan</c> (version, context and helpers).</summary>
internal static class JavaPlanWriter
{
    private const string Map = JavaSyntax.Map;
    private const string WithContext = "With the caller's context (null for none); its other keys, in trackboard too, are kept.";

    public static GeneratedFile WriteClient(TypedModel model, string package)
    {
        var writer = JavaFile.Start(model, package, ["java.util.Map"]);
        writer.Line("/** The analytics SDK behind the helpers (Segment-style calls): implement it over any client. */");
        writer.Open($"public interface {JavaNaming.ClientInterface} {{");
        writer.Line("/** Sends a track call. */");
        writer.Line($"void track(String event, {Map} properties, {Map} context);");
        foreach (var call in model.Calls)
        {
            writer.Line();
            writer.Line($"/** Sends {(call.Kind == CallKind.Identify ? "an" : "a")} {call.SegmentName} call{(call.Kind == CallKind.Page ? "; the name may be null" : "")}. */");
            writer.Line($"void {call.SegmentName}(String {KeyName(call)}, {Map} {Payload(call)}, {Map} context);");
        }

        writer.Close("}");
        return JavaFile.Finish(package, JavaNaming.ClientInterface, writer);
    }

    public static GeneratedFile WritePlan(TypedModel model, string package)
    {
        var writer = JavaFile.Start(model, package, ["java.util.LinkedHashMap", "java.util.Map", "java.util.Objects"]);
        writer.Line("/** Typed helpers for the plan's events and calls; each stamps context.trackboard.contract_version. */");
        writer.Open($"public final class {JavaNaming.HelperClass} {{");
        writer.Line("/** The contract version the helpers stamp on what they send. */");
        writer.Line($"public static final String {JavaNaming.VersionConstant} = {JavaSyntax.String(model.ContractVersion)};");
        writer.Line();
        writer.Open($"private {JavaNaming.HelperClass}() {{");
        writer.Close("}");
        writer.Line();
        writer.Line("/**");
        writer.Line(" * A copy of the caller's context (null for none) with trackboard.contract_version set to CONTRACT_VERSION;");
        writer.Line(" * the caller's other keys, in trackboard too, are kept.");
        writer.Line(" */");
        writer.Open($"public static {Map} {JavaNaming.ContextMethod}({Map} context) {{");
        writer.Line($"{Map} copy = new LinkedHashMap<>();");
        writer.Line($"{Map} trackboard = new LinkedHashMap<>();");
        writer.Open("if (context != null) {");
        writer.Line("copy.putAll(context);");
        writer.Open("if (context.get(\"trackboard\") instanceof Map<?, ?> nested) {");
        writer.Line("nested.forEach((key, value) -> trackboard.put(String.valueOf(key), value));");
        writer.Close("}");
        writer.Close("}");
        writer.Line($"trackboard.put(\"contract_version\", {JavaNaming.VersionConstant});");
        writer.Line("copy.put(\"trackboard\", trackboard);");
        writer.Line("return copy;");
        writer.Close("}");
        foreach (var call in model.Calls)
        {
            var parameters = $"{JavaNaming.ClientInterface} client, String {KeyName(call)}, {call.Record.Name} {Payload(call)}";
            writer.Line();
            JavaSyntax.Doc(writer, call.Doc);
            writer.Open($"public static void {call.HelperName}({parameters}) {{");
            writer.Line($"{call.HelperName}(client, {KeyName(call)}, {Payload(call)}, null);");
            writer.Close("}");
            writer.Line();
            JavaSyntax.Doc(writer, call.Doc.Take(1).Append(WithContext));
            writer.Open($"public static void {call.HelperName}({parameters}, {Map} context) {{");
            writer.Line("Objects.requireNonNull(client, \"client\");");
            if (call.Kind != CallKind.Page)
            {
                writer.Line($"Objects.requireNonNull({KeyName(call)}, \"{KeyName(call)}\");");
            }

            writer.Line($"Objects.requireNonNull({Payload(call)}, \"{Payload(call)}\");");
            writer.Line($"client.{call.SegmentName}({KeyName(call)}, {Payload(call)}.{JavaNaming.PropertiesMethod}(), {JavaNaming.ContextMethod}(context));");
            writer.Close("}");
        }

        foreach (var typedEvent in model.Events)
        {
            var doc = typedEvent.Doc.Concat(typedEvent.DeprecationMessage is { } message ? ["@deprecated " + DocText.Sanitize(message)] : []).ToList();
            var parameters = $"{JavaNaming.ClientInterface} client, {typedEvent.Record.Name} properties";
            writer.Line();
            JavaSyntax.Doc(writer, doc);
            WriteDeprecated(writer, typedEvent);
            writer.Open($"public static void {typedEvent.HelperName}({parameters}) {{");
            writer.Line($"{typedEvent.HelperName}(client, properties, null);");
            writer.Close("}");
            writer.Line();
            JavaSyntax.Doc(writer, doc.Take(1).Append(WithContext).Concat(doc.Where(l => l.StartsWith("@deprecated", StringComparison.Ordinal))));
            WriteDeprecated(writer, typedEvent);
            writer.Open($"public static void {typedEvent.HelperName}({parameters}, {Map} context) {{");
            writer.Line("Objects.requireNonNull(client, \"client\");");
            writer.Line("Objects.requireNonNull(properties, \"properties\");");
            writer.Line($"client.track({JavaSyntax.String(typedEvent.Event.EventName)}, properties.{JavaNaming.PropertiesMethod}(), {JavaNaming.ContextMethod}(context));");
            writer.Close("}");
        }

        writer.Close("}");
        return JavaFile.Finish(package, JavaNaming.HelperClass, writer);
    }

    private static void WriteDeprecated(CodeWriter writer, TypedEvent typedEvent)
    {
        if (typedEvent.DeprecationMessage is not null)
        {
            writer.Line("@Deprecated");
        }
    }

    private static string KeyName(TypedCall call) => call.Kind switch
    {
        CallKind.Identify => "userId",
        CallKind.Group => "groupId",
        _ => "name",
    };

    private static string Payload(TypedCall call) => call.HasTraits ? "traits" : "properties";
}
