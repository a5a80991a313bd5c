using Trackboard.Contracts.Codegen.Typed;

namespace Trackboard.Contracts.Codegen.CSharp;

/// <summary>Writes the client interface and the <c>TrackingPlan</c> class: version, context, helpers, enum wire values.</summary>
internal static class CSharpPlanWriter
{
    private const string Map = CSharpSyntax.Map;

    public static void WriteClient(CodeWriter writer, TypedModel model)
    {
        writer.Line("/// <summary>The analytics SDK behind the helpers (Segment-style calls): implement it over any client.</summary>");
        writer.Line("public interface " + CSharpNaming.ClientInterface);
        writer.Open("{");
        writer.Line("/// <summary>Sends a track call.</summary>");
        writer.Line($"void Track(string eventName, {Map} properties, {Map} context);");
        foreach (var call in model.Calls)
        {
            writer.Line();
            writer.Line($"/// <summary>Sends {(call.Kind == CallKind.Identify ? "an" : "a")} {call.SegmentName} call.</summary>");
            writer.Line($"void {call.Kind}({KeyParameter(call)}, {Map} {(call.HasTraits ? "traits" : "properties")}, {Map} context);");
        }

        writer.Close("}");
    }

    public static void WritePlan(CodeWriter writer, TypedModel model)
    {
        writer.Line("/// <summary>Typed helpers for the plan's events and calls; each stamps context.trackboard.contract_version.</summary>");
        writer.Line("public static class " + CSharpNaming.HelperClass);
        writer.Open("{");
        writer.Line("/// <summary>The contract version the helpers stamp on what they send.</summary>");
        writer.Line($"public const string {CSharpNaming.VersionConstant} = {CSharpSyntax.String(model.ContractVersion)};");
        writer.Line();
        writer.Line("/// <summary>");
        writer.Line("/// A copy of the caller's context with trackboard.contract_version set to <see cref=\"ContractVersion\"/>;");
        writer.Line("/// the caller's other keys, in trackboard too, are kept.");
        writer.Line("/// </summary>");
        writer.Line($"public static {Map} {CSharpNaming.ContextMethod}({Map}? context = null)");
        writer.Open("{");
        writer.Line("var copy = new Dictionary<string, object?>(StringComparer.Ordinal);");
        writer.Line("var trackboard = new Dictionary<string, object?>(StringComparer.Ordinal);");
        writer.Line("if (context is not null)");
        writer.Open("{");
        writer.Line("foreach (var pair in context)");
        writer.Open("{");
        writer.Line("copy[pair.Key] = pair.Value;");
        writer.Close("}");
        writer.Line();
        writer.Line($"if (context.TryGetValue(\"trackboard\", out var existing) && existing is {Map} nested)");
        writer.Open("{");
        writer.Line("foreach (var pair in nested)");
        writer.Open("{");
        writer.Line("trackboard[pair.Key] = pair.Value;");
        writer.Close("}");
        writer.Close("}");
        writer.Close("}");
        writer.Line();
        writer.Line($"trackboard[\"contract_version\"] = {CSharpNaming.VersionConstant};");
        writer.Line("copy[\"trackboard\"] = trackboard;");
        writer.Line("return copy;");
        writer.Close("}");
        foreach (var call in model.Calls)
        {
            WriteCallHelper(writer, call);
        }

        foreach (var typedEvent in model.Events)
        {
            WriteEventHelper(writer, typedEvent);
        }

        foreach (var typedEnum in model.Enums)
        {
            WriteWire(writer, typedEnum);
        }

        writer.Close("}");
    }

    private static string KeyParameter(TypedCall call) => call.Kind switch
    {
        CallKind.Identify => "string userId",
        CallKind.Group => "string groupId",
        CallKind.Page => "string? name",
        _ => "string name",
    };

    private static void WriteCallHelper(CodeWriter writer, TypedCall call)
    {
        var key = KeyParameter(call).Split(' ')[1];
        var payload = call.HasTraits ? "traits" : "properties";
        writer.Line();
        CSharpSyntax.Doc(writer, call.Doc);
        writer.Line($"public static void {call.HelperName}(this {CSharpNaming.ClientInterface} client, {KeyParameter(call)}, {call.Record.Name} {payload}, {Map}? context = null)");
        writer.Open("{");
        writer.Line("ArgumentNullException.ThrowIfNull(client);");
        if (call.Kind != CallKind.Page)
        {
            writer.Line($"ArgumentNullException.ThrowIfNull({key});");
        }

        writer.Line($"ArgumentNullException.ThrowIfNull({payload});");
        writer.Line($"client.{call.Kind}({key}, {payload}.{CSharpNaming.PropertiesMethod}(), {CSharpNaming.ContextMethod}(context));");
        writer.Close("}");
    }

    private static void WriteEventHelper(CodeWriter writer, TypedEvent typedEvent)
    {
        writer.Line();
        CSharpSyntax.Doc(writer, typedEvent.Doc);
        if (typedEvent.DeprecationMessage is { } message)
        {
            writer.Line($"[Obsolete({CSharpSyntax.String(message)})]");
        }

        writer.Line($"public static void {typedEvent.HelperName}(this {CSharpNaming.ClientInterface} client, {typedEvent.Record.Name} properties, {Map}? context = null)");
        writer.Open("{");
        writer.Line("ArgumentNullException.ThrowIfNull(client);");
        writer.Line("ArgumentNullException.ThrowIfNull(properties);");
        writer.Line($"client.Track({CSharpSyntax.String(typedEvent.Event.EventName)}, properties.{CSharpNaming.PropertiesMethod}(), {CSharpNaming.ContextMethod}(context));");
        writer.Close("}");
    }

    private static void WriteWire(CodeWriter writer, TypedEnum typedEnum)
    {
        var type = typedEnum.ValueKind switch
        {
            TypeKind.String => "string",
            TypeKind.Integer => "long",
            TypeKind.Float => "double",
            _ => "bool",
        };
        writer.Line();
        writer.Line($"/// <summary>The wire value of a <see cref=\"{typedEnum.Name}\"/>, of the JSON kind the plan declares.</summary>");
        writer.Line($"public static {type} {CSharpNaming.WireMethod}(this {typedEnum.Name} value) => value switch");
        writer.Open("{");
        foreach (var member in typedEnum.Members)
        {
            writer.Line($"{typedEnum.Name}.{member.Identifier} => {CSharpSyntax.Literal(member.Value, typedEnum.ValueKind)},");
        }

        writer.Line("_ => throw new ArgumentOutOfRangeException(nameof(value), value, null),");
        writer.Close("};");
    }
}
