using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Ceasefire.Domain.Serialization;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>Saving 100,000 claims as UTF-8 to a stream: the library's streaming writer against reflection System.Text.Json to a stream.</summary>
[MemoryDiagnoser]
public class JsonStreamSaveBenchmarks
{
    private readonly MemoryStream _sink = new();
    private Timeline _timeline = null!;

    [GlobalSetup]
    public void Setup() => _timeline = WorkloadGenerator.CreateTimeline(WorkloadGenerator.CreateStatement(Workloads.LargeObligations), Workloads.JsonClaims);

    [Benchmark(Baseline = true)]
    public long Naive()
    {
        _sink.SetLength(0);
        NaiveJson.Save(_timeline, _sink);
        return _sink.Length;
    }

    [Benchmark]
    public long Library()
    {
        _sink.SetLength(0);
        CeasefireJson.Serialize(_timeline, _sink);
        return _sink.Length;
    }
}

/// <summary>Loading 100,000 claims from UTF-8 bytes into a validated timeline: the library's byte reader against reflection System.Text.Json over bytes, then the builder.</summary>
[MemoryDiagnoser]
public class JsonBytesLoadBenchmarks
{
    private Statement _statement = null!;
    private byte[] _utf8 = null!;
    private byte[] _naiveUtf8 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _statement = WorkloadGenerator.CreateStatement(Workloads.LargeObligations);
        var timeline = WorkloadGenerator.CreateTimeline(_statement, Workloads.JsonClaims);
        var sink = new MemoryStream();
        CeasefireJson.Serialize(timeline, sink);
        _utf8 = sink.ToArray();
        sink = new MemoryStream();
        NaiveJson.Save(timeline, sink);
        _naiveUtf8 = sink.ToArray();
    }

    [Benchmark(Baseline = true)]
    public Timeline Naive() => NaiveJson.Load(_naiveUtf8, _statement);

    [Benchmark]
    public Timeline Library() => CeasefireJson.ReadTimeline(_utf8, _statement);
}

/// <summary>Building and validating 1,000,000 claims (<see cref="TimelineBuilder.Build"/>; the builders are made once in the setup).</summary>
[MemoryDiagnoser]
public class TimelineBuildBenchmarks
{
    private TimelineBuilder _builder = null!;

    [GlobalSetup]
    public void Setup() => _builder = WorkloadGenerator.CreateTimelineBuilder(WorkloadGenerator.CreateStatement(Workloads.LargeObligations), Workloads.LargeClaims);

    [Benchmark]
    public Timeline Build() => _builder.Build();
}

/// <summary>
/// The real peer at one instant, 1,000 obligations x 1,000,000 claims: the library's report (status, rule and
/// explanation inputs per obligation) against DuckDB's latest claim per obligation (arg_max), on the same claims.
/// </summary>
[MemoryDiagnoser]
public class DuckDbInstantBenchmarks : IDisposable
{
    private Evaluator _evaluator = null!;
    private DuckDbPeer _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var (s, t) = Workloads.Large();
        _evaluator = Evaluator.Create(s, t);
        _evaluator.Evaluate(Workloads.AsOf);
        _peer = new DuckDbPeer(s, t, Workloads.SixYearsOfDays());
    }

    [Benchmark(Baseline = true)]
    public int DuckDb() => _peer.LatestClaimPerObligation(Workloads.AsOf);

    [Benchmark]
    public int Library() => _evaluator.Evaluate(Workloads.AsOf).Obligations.Length;

    [GlobalCleanup]
    public void Dispose()
    {
        _peer?.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// The real peer over time, 100 obligations x 10,000 claims, six years of days: the library's status per day of every
/// obligation (one history each, sampled) against DuckDB's ASOF JOIN of days x obligations to claims.
/// </summary>
[MemoryDiagnoser]
public class DuckDbSeriesBenchmarks : IDisposable
{
    private Statement _statement = null!;
    private Evaluator _evaluator = null!;
    private Instant[] _days = null!;
    private DuckDbPeer _peer = null!;

    [GlobalSetup]
    public void Setup()
    {
        (_statement, var t) = Workloads.Medium();
        _evaluator = Evaluator.Create(_statement, t);
        _days = Workloads.SixYearsOfDays();
        _peer = new DuckDbPeer(_statement, t, _days);
    }

    [Benchmark(Baseline = true)]
    public int DuckDb() => _peer.DailySeries();

    [Benchmark]
    public int Library()
    {
        var rows = 0;
        foreach (var o in _statement.Obligations)
        {
            rows += DailySeries.FromEvaluator(_evaluator, o.Id, _days).Length;
        }

        return rows;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _peer?.Dispose();
        GC.SuppressFinalize(this);
    }
}
