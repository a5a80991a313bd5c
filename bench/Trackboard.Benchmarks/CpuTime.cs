using System.Diagnostics;
using System.Globalization;
using Trackboard.Contracts.Codegen;

namespace Trackboard.Benchmarks;

/// <summary>
/// `cpu-time codegen|codegen-targets|diff|diff-few [ITERATIONS]`: runs one benchmark's operation in a loop and prints the process CPU time
/// per operation (GC threads included) next to the wall time. On a shared machine the wall time is mostly waiting
/// for a core; the CPU time is what one operation costs, which is what the targets are about. The result is
/// the operation's own count (changes found, bytes generated), to show what was measured.
/// </summary>
internal static class CpuTime
{
    public static void Run(string what, int iterations)
    {
        Func<long> operation;
        switch (what)
        {
            case "codegen-targets":
                foreach (var target in CodegenTargets.Names)
                {
                    var one = new CodegenBenchmarks { Target = target };
                    one.Setup();
                    Measure(target, iterations, one.Generate);
                }

                return;
            case "codegen":
                var codegen = new CodegenBenchmarks { Target = "all" };
                codegen.Setup();
                operation = codegen.Generate;
                break;
            case "diff":
                var diff = new DiffBenchmarks();
                diff.Setup();
                operation = () => diff.Compare();
                break;
            case "diff-few":
                var few = new DiffBenchmarks();
                few.Setup();
                operation = () => few.CompareFewChanges();
                break;
            default:
                throw new ArgumentException($"unknown benchmark '{what}'; use codegen, codegen-targets, diff or diff-few.");
        }

        Measure(what, iterations, operation);
    }

    private static void Measure(string what, int iterations, Func<long> operation)
    {

        // Warm-up: JIT and the first allocations of large buffers.
        var result = operation();
        operation();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            operation();
        }

        wall.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what} (result {result}): {iterations} iterations, CPU {cpu.TotalMilliseconds / iterations:F1} ms/op, wall {wall.Elapsed.TotalMilliseconds / iterations:F1} ms/op"));
    }
}
