using System.Reflection;

namespace Trackboard.Server.Tests.Support;

/// <summary>
/// Every public static <c>Task Xxx(ServerFixture)</c> in the Scenarios folder is one test case, run once per database
/// by <see cref="SqliteServerTests"/> and <see cref="PostgresServerTests"/>: adding a scenario covers both.
/// </summary>
public static class ScenarioCatalog
{
    private static readonly Dictionary<string, MethodInfo> s_scenarios = typeof(ScenarioCatalog).Assembly.GetTypes()
        .Where(t => t.Namespace == "Trackboard.Server.Tests.Scenarios")
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
        .Where(m => m.ReturnType == typeof(Task) && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(ServerFixture))
        .ToDictionary(m => $"{m.DeclaringType!.Name}.{m.Name}", StringComparer.Ordinal);

    public static TheoryData<string> All
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in s_scenarios.Keys.Order(StringComparer.Ordinal))
            {
                data.Add(name);
            }
            return data;
        }
    }

    public static Task RunAsync(string name, ServerFixture fixture) =>
        (Task)s_scenarios[name].Invoke(null, [fixture])!;
}
