using System.Text;
using BenchmarkDotNet.Attributes;
using Trackboard.Contracts.Canonical;
using Trackboard.Contracts.Loading;

namespace Trackboard.Benchmarks;

/// <summary>A generated 2,000-event × 20-property plan: load, canonicalize and hash.</summary>
[MemoryDiagnoser]
public class PlanBenchmarks
{
    private byte[] _plan = [];

    [GlobalSetup]
    public void Setup() => _plan = GeneratePlan(2000, 20);

    [Benchmark]
    public string LoadCanonicalizeHash()
    {
        var contract = ContractLoader.Load(_plan).Contract!;
        var bytes = CanonicalJson.Export(contract);
        return bytes.Length + ContractHasher.Hash(contract);
    }

    internal static byte[] GeneratePlan(int events, int properties)
    {
        var json = new StringBuilder();
        json.Append("""{"format_version":"trackboard.contract.v1","plan_id":"plan_large","version_number":3,"name":"Large","global_properties":[{"name":"user_id","type":"string","required":true,"constraints":{}}],"events":[""");
        string[] types = ["string", "integer", "float", "boolean"];
        for (var e = 0; e < events; e++)
        {
            if (e > 0)
            {
                json.Append(',');
            }

            json.Append($$"""{"event_name":"event_{{e:D4}}_happened","status":"active","description":"Event number {{e}} of the large plan","category":"cat_{{e % 17}}","properties":[""");
            for (var p = 0; p < properties; p++)
            {
                if (p > 0)
                {
                    json.Append(',');
                }

                var type = types[(e + p) % types.Length];
                var constraints = type switch
                {
                    "string" => p % 2 == 0 ? """{"enum_values":["a","b","c"]}""" : """{"min_length":1,"max_length":64}""",
                    "integer" => """{"min":0,"max":1000}""",
                    "float" => """{"min":0.5}""",
                    _ => "{}",
                };
                json.Append($$"""{"name":"prop_{{p:D2}}","type":"{{type}}","required":{{(p % 3 == 0 ? "true" : "false")}},"constraints":{{constraints}},"description":"Property {{p}}"}""");
            }

            json.Append("""],"global_properties":["user_id"]}""");
        }

        json.Append("]}");
        return Encoding.UTF8.GetBytes(json.ToString());
    }
}
