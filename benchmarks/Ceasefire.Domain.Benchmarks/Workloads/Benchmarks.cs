using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>The built-in statement (18 obligations): every obligation at one instant.</summary>
[MemoryDiagnoser]
public class BuiltInInstantBenchmarks
{
    private Evaluator _evaluator = null!;
    private NaiveEvaluator _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (s, t) = Workloads.BuiltIn;
        _evaluator = Evaluator.Create(s, t);
        _naive = new NaiveEvaluator(s, t);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<NaiveAssessment> Naive() => _naive.EvaluateAll(Workloads.AsOf);

    [Benchmark]
    public ComplianceReport Indexed() => _evaluator.Evaluate(Workloads.AsOf);
}

/// <summary>1,000 obligations x 1,000,000 claims: every obligation at one instant, after compiling.</summary>
[MemoryDiagnoser]
public class LargeInstantBenchmarks
{
    private Evaluator _evaluator = null!;
    private NaiveEvaluator _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (s, t) = Workloads.Large();
        _evaluator = Evaluator.Create(s, t);
        _naive = new NaiveEvaluator(s, t);
    }

    [Benchmark(Baseline = true)]
    public IReadOnlyList<NaiveAssessment> Naive() => _naive.EvaluateAll(Workloads.AsOf);

    [Benchmark]
    public ComplianceReport Indexed() => _evaluator.Evaluate(Workloads.AsOf);
}

/// <summary>Compiling 1,000 obligations x 1,000,000 claims, against grouping and sorting them by hand with LINQ.</summary>
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private Statement _statement = null!;
    private Timeline _timeline = null!;

    [GlobalSetup]
    public void Setup() => (_statement, _timeline) = Workloads.Large();

    [Benchmark(Baseline = true)]
    public Dictionary<string, List<Claim>> NaiveGroupAndSort() => Workloads.NaiveGroupAndSort(_statement, _timeline);

    [Benchmark]
    public Evaluator Compile() => Evaluator.Create(_statement, _timeline);
}

/// <summary>The full history (2020-11-10 to 2027-01-01) of every obligation of the medium workload (100 x 10,000).</summary>
[MemoryDiagnoser]
public class HistoryBenchmarks
{
    private Statement _statement = null!;
    private Evaluator _evaluator = null!;
    private NaiveEvaluator _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_statement, var t) = Workloads.Medium();
        _evaluator = Evaluator.Create(_statement, t);
        _naive = new NaiveEvaluator(_statement, t);
    }

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var n = 0;
        foreach (var o in _statement.Obligations)
        {
            n += _naive.History(o.Id, _statement.EffectiveFrom, Workloads.HistoryEnd).Count;
        }

        return n;
    }

    [Benchmark]
    public int Indexed()
    {
        var n = 0;
        foreach (var h in _evaluator.Histories(_statement.EffectiveFrom, Workloads.HistoryEnd))
        {
            n += h.Length;
        }

        return n;
    }
}

/// <summary>A daily series over six years (2,191 days) of ten obligations (one of each shape) of the medium workload.</summary>
[MemoryDiagnoser]
public class DailySeriesBenchmarks
{
    private Statement _statement = null!;
    private Evaluator _evaluator = null!;
    private NaiveEvaluator _naive = null!;
    private Instant[] _days = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_statement, var t) = Workloads.Medium();
        _evaluator = Evaluator.Create(_statement, t);
        _naive = new NaiveEvaluator(_statement, t);
        _days = Workloads.SixYearsOfDays();
    }

    [Benchmark(Baseline = true)]
    public int Naive()
    {
        var n = 0;
        for (var i = 0; i < Workloads.SeriesObligations; i++)
        {
            n += _naive.Series(_statement.Obligations[i].Id, _days).Length;
        }

        return n;
    }

    [Benchmark]
    public int Indexed()
    {
        var n = 0;
        for (var i = 0; i < Workloads.SeriesObligations; i++)
        {
            n += DailySeries.FromEvaluator(_evaluator, _statement.Obligations[i].Id, _days).Length;
        }

        return n;
    }
}

/// <summary>Saving 100,000 claims as JSON: the library's format against a hand-written reflection-based serializer.</summary>
[MemoryDiagnoser]
public class JsonSaveBenchmarks
{
    private Timeline _timeline = null!;

    [GlobalSetup]
    public void Setup() => _timeline = WorkloadGenerator.CreateTimeline(WorkloadGenerator.CreateStatement(Workloads.LargeObligations), Workloads.JsonClaims);

    [Benchmark(Baseline = true)]
    public string Naive() => NaiveJson.Save(_timeline);

    [Benchmark]
    public string Library() => Serialization.CeasefireJson.Serialize(_timeline);
}

/// <summary>Loading 100,000 claims from JSON into a validated timeline: the library's reader against a hand-written one.</summary>
[MemoryDiagnoser]
public class JsonLoadBenchmarks
{
    private Statement _statement = null!;
    private string _json = null!;
    private string _naiveJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _statement = WorkloadGenerator.CreateStatement(Workloads.LargeObligations);
        var timeline = WorkloadGenerator.CreateTimeline(_statement, Workloads.JsonClaims);
        _json = Serialization.CeasefireJson.Serialize(timeline);
        _naiveJson = NaiveJson.Save(timeline);
    }

    [Benchmark(Baseline = true)]
    public Timeline Naive() => NaiveJson.Load(_naiveJson, _statement);

    [Benchmark]
    public Timeline Library() => Serialization.CeasefireJson.ReadTimeline(_json, _statement);
}
