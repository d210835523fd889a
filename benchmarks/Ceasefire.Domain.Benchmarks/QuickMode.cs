using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;
using System.Threading;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>
/// The quick mode (<c>-- --quick</c>): a Stopwatch-based runner, not BenchmarkDotNet, that runs every workload a few
/// times within a time budget and prints, per workload, the indexed time, the naive time and their ratio. Where the
/// naive path would take minutes, it is timed on a stated subset and extrapolated linearly, and the output says so.
/// </summary>
internal static class QuickMode
{
    private static readonly List<string[]> Rows = [];

    /// <summary>Runs the quick mode.</summary>
    /// <param name="sections">The sections to run (builtin, medium, json, large, peer); none for all. "large" includes the DuckDB row at one instant.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] sections)
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine("Ceasefire.Domain quick mode (Stopwatch; means over a few runs; not BenchmarkDotNet)");
        Console.WriteLine(string.Concat(".NET ", Environment.Version.ToString(), ", ", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), " logical cores, ",
            GCSettings.IsServerGC ? "server" : "workstation", " GC"));
        Console.WriteLine();

        // 1. The built-in statement at one instant.
        if (Wants(sections, "builtin"))
        {
            var (s, t) = Workloads.BuiltIn;
            var evaluator = Evaluator.Create(s, t);
            var naive = new NaiveEvaluator(s, t);
            var indexed = Measure(() => evaluator.Evaluate(Workloads.AsOf), 100_000, 1.0);
            var bytes = AllocatedPerRun(() => evaluator.Evaluate(Workloads.AsOf));
            var slow = Measure(() => naive.EvaluateAll(Workloads.AsOf), 10_000, 1.0);
            Row("built-in statement, 18 obligations, one instant", indexed, slow,
                string.Concat("indexed allocates ", Kb(bytes), " per report (", Number(bytes / s.Obligations.Length), " B per obligation); target < 20 us"));
        }

        // 2. The medium workload: history and series.
        if (Wants(sections, "medium"))
        {
            var (s, t) = Workloads.Medium();
            var evaluator = Evaluator.Create(s, t);
            var naive = new NaiveEvaluator(s, t);
            var from = s.EffectiveFrom;
            var indexed = Measure(() => evaluator.Histories(from, Workloads.HistoryEnd), 20, 3.0);
            var subset = Measure(() =>
            {
                for (var i = 0; i < 10; i++)
                {
                    naive.History(s.Obligations[i].Id, from, Workloads.HistoryEnd);
                }
            }, 3, 3.0);
            Row("full history, 100 obligations x 10,000 claims", indexed, subset * (s.Obligations.Length / 10.0),
                "naive timed on 10 obligations (one per shape) and extrapolated x10; target >= 100x");

            var days = Workloads.SixYearsOfDays();
            var everyTenth = new List<NodaTime.Instant>();
            for (var i = 0; i < days.Length; i += 10)
            {
                everyTenth.Add(days[i]);
            }

            var series = Measure(() =>
            {
                for (var i = 0; i < Workloads.SeriesObligations; i++)
                {
                    DailySeries.FromEvaluator(evaluator, s.Obligations[i].Id, days);
                }
            }, 20, 3.0);
            var naiveSeries = Measure(() =>
            {
                for (var i = 0; i < Workloads.SeriesObligations; i++)
                {
                    naive.Series(s.Obligations[i].Id, everyTenth);
                }
            }, 3, 3.0);
            Row("daily series, 6 years (2,191 days), 10 obligations of 100 x 10,000", series, naiveSeries * ((double)days.Length / everyTenth.Count),
                string.Concat("naive timed on every 10th day (", Number(everyTenth.Count), " days) and extrapolated; target >= 100x"));
        }

        // 3. JSON: 100,000 claims about the large statement.
        if (Wants(sections, "json"))
        {
            var statement = WorkloadGenerator.CreateStatement(Workloads.LargeObligations);
            var timeline = WorkloadGenerator.CreateTimeline(statement, Workloads.JsonClaims);

            // Warm every path on a small timeline first (JIT and tiering), so that no row's single run under a time budget
            // is a cold one.
            var small = WorkloadGenerator.CreateTimeline(statement, 2_000);
            for (var i = 0; i < 3; i++)
            {
                var warm = new MemoryStream();
                Serialization.CeasefireJson.Serialize(small, warm);
                Serialization.CeasefireJson.ReadTimeline(warm.ToArray(), statement);
                Serialization.CeasefireJson.ReadTimeline(Serialization.CeasefireJson.Serialize(small), statement);
                var naiveWarm = new MemoryStream();
                NaiveJson.Save(small, naiveWarm);
                NaiveJson.Load(naiveWarm.ToArray(), statement);
                NaiveJson.Load(NaiveJson.Save(small), statement);
            }

            string json = string.Empty, plain = string.Empty;
            var save = Measure(() => json = Serialization.CeasefireJson.Serialize(timeline), 3, 2.0);
            var naiveSave = Measure(() => plain = NaiveJson.Save(timeline), 3, 2.0);
            Row("JSON save, 100,000 claims, to a string", save, naiveSave,
                string.Concat("library ", Mb(json.Length), " chars; naive = reflection System.Text.Json of plain records to a string, ", Mb(plain.Length), " chars; target >= 2x"));
            var sink = new MemoryStream();
            var saveStream = Measure(() =>
            {
                sink.SetLength(0);
                Serialization.CeasefireJson.Serialize(timeline, sink);
            }, 3, 2.0);
            var naiveSink = new MemoryStream();
            var naiveSaveStream = Measure(() =>
            {
                naiveSink.SetLength(0);
                NaiveJson.Save(timeline, naiveSink);
            }, 3, 2.0);
            Row("JSON save, 100,000 claims, to a Stream", saveStream, naiveSaveStream,
                "library streams UTF-8 claim by claim; naive = reflection JsonSerializer.Serialize(stream, plain records); target >= 2x");
            var bytes = sink.ToArray();
            var naiveBytes = naiveSink.ToArray();
            var load = Measure(() => Serialization.CeasefireJson.ReadTimeline(json, statement), 3, 2.0);
            var naiveLoad = Measure(() => NaiveJson.Load(plain, statement), 3, 2.0);
            Row("JSON load, 100,000 claims, from a string", load, naiveLoad, "both end with a validated Timeline (naive rebuilds through TimelineBuilder); target >= 3x");
            var loadBytes = Measure(() => Serialization.CeasefireJson.ReadTimeline(bytes, statement), 3, 2.0);
            var naiveLoadBytes = Measure(() => NaiveJson.Load(naiveBytes, statement), 3, 2.0);
            Row("JSON load, 100,000 claims, from UTF-8 bytes", loadBytes, naiveLoadBytes, "library reads the bytes directly; naive = reflection JsonSerializer.Deserialize(bytes) then TimelineBuilder; target >= 3x");
            var (peak, allocated, retained) = Memory(() => Serialization.CeasefireJson.ReadTimeline(new MemoryStream(bytes), statement));
            Console.WriteLine(string.Concat("(JSON load from a Stream of ", Mb(bytes.Length), " bytes: peak managed heap growth ", PerByte(peak, bytes.Length), " bytes per input byte (sampled every ms), allocated ",
                PerByte(allocated, bytes.Length), ", the loaded timeline keeps ", PerByte(retained, bytes.Length), "; docs/io.md states the bound)"));
            Console.WriteLine();
        }

        // 4. The large workload: compile and one instant.
        if (Wants(sections, "large"))
        {
            var sw = Stopwatch.StartNew();
            var statement = WorkloadGenerator.CreateStatement(Workloads.LargeObligations);
            var builder = WorkloadGenerator.CreateTimelineBuilder(statement, Workloads.LargeClaims);
            var generate = sw.Elapsed.TotalSeconds;
            Console.WriteLine(string.Concat("(large workload: generated 1,000,000 claim builders in ", Seconds(generate), ")"));
            Console.WriteLine();
            Timeline timeline = null!;
            var build = Measure(() => timeline = builder.Build(), 2, 2.0);
            builder = null;
            Row("build and validate 1,000,000 claims (TimelineBuilder.Build)", build, null, "target < 1 s");
            Evaluator? evaluator = null;
            var compile = Measure(() => evaluator = Evaluator.Create(statement, timeline), 2, 2.0);
            var group = Measure(() => Workloads.NaiveGroupAndSort(statement, timeline), 2, 2.0);
            Row("compile, 1,000 obligations x 1,000,000 claims", compile, group, "naive = LINQ GroupBy obligation + OrderBy date; target compile < 0.5 s");
            evaluator = null;
            var (_, _, compiled) = Memory(() => evaluator = Evaluator.Create(statement, timeline));
            var (_, _, firstUse) = Memory(() => evaluator!.Evaluate(Workloads.AsOf)); // builds the perspective's view once, as any first evaluation does
            Console.WriteLine(string.Concat("(compiled: ", PerByte(compiled, timeline.Claims.Length), " bytes per claim kept by Evaluator.Create, plus ", PerByte(firstUse, timeline.Claims.Length),
                " per claim for the first perspective's evidence)"));
            Console.WriteLine();
            var indexed = Measure(() => evaluator!.Evaluate(Workloads.AsOf), 20, 2.0);
            var naive = new NaiveEvaluator(statement, timeline);
            var subset = Measure(() => naive.EvaluateFirst(Workloads.AsOf, 10), 2, 2.0);
            Row("1,000 obligations x 1,000,000 claims, one instant", indexed, subset * (Workloads.LargeObligations / 10.0),
                "naive timed on 10 obligations and extrapolated x100; target indexed < 1 ms");

            // 5a. The real peer on the same claims: the latest claim per obligation at one instant.
            sw.Restart();
            using var peer = new DuckDbPeer(statement, timeline, Workloads.SixYearsOfDays());
            Console.WriteLine(string.Concat("(DuckDB: loaded 1,000,000 claims in ", Seconds(sw.Elapsed.TotalSeconds), " through its appender)"));
            Console.WriteLine();
            var duck = Measure(() => peer.LatestClaimPerObligation(Workloads.AsOf), 20, 2.0);
            Row("DuckDB peer: all obligations at one instant, 1,000 x 1,000,000", indexed, duck,
                "baseline = DuckDB arg_max(claim) per obligation WHERE at <= instant (no rules, perspectives or explanations); ratio > 1: the library is ahead");
        }

        // 5b. The real peer: the six-year daily series with DuckDB's ASOF JOIN, beside the library's series.
        if (Wants(sections, "peer"))
        {
            var (s, t) = Workloads.Medium();
            var evaluator = Evaluator.Create(s, t);
            var days = Workloads.SixYearsOfDays();
            var series = Measure(() =>
            {
                foreach (var o in s.Obligations)
                {
                    DailySeries.FromEvaluator(evaluator, o.Id, days);
                }
            }, 10, 3.0);
            using var peer = new DuckDbPeer(s, t, days);
            var duck = Measure(() => peer.DailySeries(), 10, 3.0);
            Row("DuckDB peer: daily series, 6 years, all 100 obligations of 100 x 10,000", series, duck,
                "baseline = DuckDB ASOF JOIN of days x obligations to claims, every row read; library = status per day from each History; ratio > 1: the library is ahead");        }

        Print();
        Console.WriteLine();
        Console.WriteLine(string.Concat("Quick mode finished in ", Seconds(total.Elapsed.TotalSeconds), "."));
        return 0;
    }

    private static bool Wants(string[] sections, string name) => sections.Length == 0 || Array.IndexOf(sections, name) >= 0;

    private static double Measure(Action action, int maxRuns, double budgetSeconds)
    {
        var sw = Stopwatch.StartNew();
        action(); // warm-up (JIT, caches); an operation slower than half a second counts it as its first run
        var runs = 0;
        if (sw.Elapsed.TotalSeconds > 0.5)
        {
            runs = 1;
            if (runs >= maxRuns || sw.Elapsed.TotalSeconds >= budgetSeconds / 2)
            {
                return sw.Elapsed.TotalSeconds;
            }
        }
        else
        {
            sw.Restart();
        }

        do
        {
            action();
            runs++;
        }
        while (runs < maxRuns && sw.Elapsed.TotalSeconds < budgetSeconds);
        return sw.Elapsed.TotalSeconds / runs;
    }

    private static long AllocatedPerRun(Action action)
    {
        action();
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / 100;
    }

    private static void Row(string workload, double library, double? baseline, string note)
    {
        Rows.Add([workload, Seconds(library), baseline is { } b ? Seconds(b) : "-", baseline is { } r ? string.Concat((r / library).ToString("N1", CultureInfo.InvariantCulture), "x") : "-", note]);
        Console.WriteLine(string.Concat(workload, ": library ", Rows[^1][1], ", baseline ", Rows[^1][2], ", ratio ", Rows[^1][3], " (", note, ")"));
    }

    /// <summary>
    /// Runs the action once after a full collection: the peak growth of the managed heap while it runs (sampled every
    /// millisecond by another thread), the bytes it allocated, and the bytes still held after it (its result).
    /// </summary>
    private static (long Peak, long Allocated, long Retained) Memory(Func<object?> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        var peak = baseline;
        var done = 0;
        var sampler = new Thread(() =>
        {
            while (Volatile.Read(ref done) == 0)
            {
                var now = GC.GetTotalMemory(false);
                if (now > Interlocked.Read(ref peak))
                {
                    Interlocked.Exchange(ref peak, now);
                }

                Thread.Sleep(1);
            }
        });
        sampler.Start();
        var allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var result = action();
        var allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        Volatile.Write(ref done, 1);
        sampler.Join();
        var retained = GC.GetTotalMemory(true) - baseline;
        GC.KeepAlive(result);
        return (Math.Max(Interlocked.Read(ref peak), baseline + retained) - baseline, allocated, retained);
    }

    private static string PerByte(long bytes, long per) => ((double)bytes / per).ToString("N2", CultureInfo.InvariantCulture);

    private static void Print()
    {
        Console.WriteLine();
        string[] header = ["Workload", "Library", "Baseline", "Baseline/Library", "Note"];
        var widths = new int[header.Length];
        foreach (var row in (List<string[]>)[header, .. Rows])
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        void Line(string[] row)
        {
            var parts = new string[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                parts[i] = i is 1 or 2 or 3 ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i]);
            }

            Console.WriteLine(string.Concat("| ", string.Join(" | ", parts), " |"));
        }

        Line(header);
        var rule = new string[header.Length];
        for (var i = 0; i < rule.Length; i++)
        {
            rule[i] = new string('-', widths[i]);
        }

        Line(rule);
        foreach (var row in Rows)
        {
            Line(row);
        }
    }

    private static string Seconds(double seconds) => seconds switch
    {
        < 1e-3 => string.Concat((seconds * 1e6).ToString("N1", CultureInfo.InvariantCulture), " us"),
        < 1 => string.Concat((seconds * 1e3).ToString("N1", CultureInfo.InvariantCulture), " ms"),
        _ => string.Concat(seconds.ToString("N2", CultureInfo.InvariantCulture), " s"),
    };

    private static string Kb(long bytes) => string.Concat((bytes / 1024.0).ToString("N1", CultureInfo.InvariantCulture), " KB");

    private static string Mb(long chars) => string.Concat((chars / 1_000_000.0).ToString("N1", CultureInfo.InvariantCulture), "M");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
