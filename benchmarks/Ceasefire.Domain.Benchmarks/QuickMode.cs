using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>
/// The quick mode (<c>-- --quick</c>): a Stopwatch-based runner, not BenchmarkDotNet, that runs every workload a few
/// times within a time budget and prints, per workload, the indexed time, the naive time and their ratio. Where the
/// naive path would take minutes, it is timed on a stated subset and extrapolated linearly, and the output says so.
/// </summary>
internal static class QuickMode
{
    private static readonly List<string[]> Rows = [];

    public static int Run()
    {
        var total = Stopwatch.StartNew();
        Console.WriteLine("Ceasefire.Domain quick mode (Stopwatch; means over a few runs; not BenchmarkDotNet)");
        Console.WriteLine(string.Concat(".NET ", Environment.Version.ToString(), ", ", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture), " logical cores, ",
            GCSettings.IsServerGC ? "server" : "workstation", " GC"));
        Console.WriteLine();

        // 1. The built-in statement at one instant.
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
        {
            var statement = WorkloadGenerator.CreateStatement(Workloads.LargeObligations);
            var timeline = WorkloadGenerator.CreateTimeline(statement, Workloads.JsonClaims);
            string json = string.Empty, plain = string.Empty;
            var save = Measure(() => json = Serialization.CeasefireJson.Serialize(timeline), 3, 2.0);
            var naiveSave = Measure(() => plain = NaiveJson.Save(timeline), 3, 2.0);
            Row("JSON save, 100,000 claims", save, naiveSave,
                string.Concat("library ", Mb(json.Length), " chars; naive = reflection System.Text.Json of plain records, ", Mb(plain.Length), " chars"));
            var load = Measure(() => Serialization.CeasefireJson.ReadTimeline(json, statement), 3, 2.0);
            var naiveLoad = Measure(() => NaiveJson.Load(plain, statement), 3, 2.0);
            Row("JSON load, 100,000 claims", load, naiveLoad, "both end with a validated Timeline (naive rebuilds through TimelineBuilder)");
        }

        // 4. The large workload: compile and one instant.
        {
            var sw = Stopwatch.StartNew();
            var statement = WorkloadGenerator.CreateStatement(Workloads.LargeObligations);
            var builder = WorkloadGenerator.CreateTimelineBuilder(statement, Workloads.LargeClaims);
            var generate = sw.Elapsed.TotalSeconds;
            sw.Restart();
            var timeline = builder.Build();
            var build = sw.Elapsed.TotalSeconds;
            builder = null;
            Console.WriteLine(string.Concat("(large workload: generated 1,000,000 claim builders in ", Seconds(generate), ", TimelineBuilder.Build validated them in ", Seconds(build), ")"));
            Console.WriteLine();
            Evaluator? evaluator = null;
            var compile = Measure(() => evaluator = Evaluator.Create(statement, timeline), 2, 2.0);
            var group = Measure(() => Workloads.NaiveGroupAndSort(statement, timeline), 2, 2.0);
            Row("compile, 1,000 obligations x 1,000,000 claims", compile, group, "naive = LINQ GroupBy obligation + OrderBy date; target compile < 1 s");
            evaluator!.Evaluate(Workloads.AsOf); // builds the perspective's view once, as any first evaluation does
            var indexed = Measure(() => evaluator!.Evaluate(Workloads.AsOf), 20, 2.0);
            var naive = new NaiveEvaluator(statement, timeline);
            var subset = Measure(() => naive.EvaluateFirst(Workloads.AsOf, 10), 2, 2.0);
            Row("1,000 obligations x 1,000,000 claims, one instant", indexed, subset * (Workloads.LargeObligations / 10.0),
                "naive timed on 10 obligations and extrapolated x100; target indexed < 1 ms");
        }

        Print();
        Console.WriteLine();
        Console.WriteLine(string.Concat("Quick mode finished in ", Seconds(total.Elapsed.TotalSeconds), "."));
        return 0;
    }

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

    private static void Row(string workload, double indexed, double naive, string note)
    {
        Rows.Add([workload, Seconds(indexed), Seconds(naive), string.Concat((naive / indexed).ToString("N1", CultureInfo.InvariantCulture), "x"), note]);
        Console.WriteLine(string.Concat(workload, ": indexed ", Seconds(indexed), ", naive ", Seconds(naive), ", ratio ", Rows[^1][3], " (", note, ")"));
    }

    private static void Print()
    {
        Console.WriteLine();
        string[] header = ["Workload", "Indexed", "Naive", "Naive/Indexed", "Note"];
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

    private static string Mb(int chars) => string.Concat((chars / 1_000_000.0).ToString("N1", CultureInfo.InvariantCulture), "M");

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
