using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Concurrency;

/// <summary>
/// One statement and timeline evaluated from 16 threads at once gives the same results as a single-threaded run: with
/// a fresh evaluator per thread (so first-use initialisation races), with one shared evaluator, and through the
/// cached <see cref="StatementEvaluation.Evaluate"/> path.
/// </summary>
public class ConcurrentEvaluationTests
{
    private const int Threads = 16;

    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    /// <summary>Instants from before the statement to 2031 (every 45 days), under every kind of perspective.</summary>
    private static readonly (Instant AsOf, Perspective Perspective)[] Questions = BuildQuestions();

    private static (Instant, Perspective)[] BuildQuestions()
    {
        Perspective[] perspectives =
        [
            Perspective.AllClaims,
            Perspective.OnlyAssertedBy("ARM"),
            Perspective.OnlyAssertedBy("AZE"),
            Perspective.OnlyAssertedBy("RUS"),
            Perspective.AllClaims.AsKnownOn(new LocalDate(2021, 12, 1)),
            Perspective.OnlyAssertedBy("ARM").AsKnownOn(new LocalDate(2022, 6, 1)),
            Perspective.FromSources("000_3fdbbacc57461726.txt", "001_c37d971bb9393cab.txt"),
        ];
        var start = Instant.FromUtc(2020, 11, 1, 0, 0);
        var result = new List<(Instant, Perspective)>();
        for (var i = 0; i * 45 < 365 * 11; i++)
        {
            result.Add((start.Plus(Duration.FromDays(i * 45)).Plus(Duration.FromMinutes(i * 7)), perspectives[i % perspectives.Length]));
        }

        return [.. result];
    }

    private sealed record Answers(ComplianceReport[] Reports, string[] Json, string Histories, string Grades);

    private static Answers Ask(Evaluator evaluator, int rotation)
    {
        // Each thread asks the questions in a different order, so different threads hit different code at the same moment.
        var reports = new ComplianceReport[Questions.Length];
        var json = new string[Questions.Length];
        for (var k = 0; k < Questions.Length; k++)
        {
            var i = (k + rotation) % Questions.Length;
            reports[i] = evaluator.Evaluate(Questions[i].AsOf, Questions[i].Perspective);
            json[i] = CeasefireJson.Serialize(reports[i]);
        }

        var histories = string.Join("\n", evaluator.Histories(S.EffectiveFrom, Instant.FromUtc(2026, 1, 1, 0, 0), Perspective.OnlyAssertedBy("AZE")).SelectMany(h => h).Select(i => i.ToString()));
        var grades = string.Join("\n", evaluator.YearlyGrades(2020, 2025).Select(g => g.ToString()));
        return new Answers(reports, json, histories, grades);
    }

    private static TResult[] OnThreads<TResult>(Func<int, TResult> work)
    {
        var results = new TResult[Threads];
        var errors = new List<Exception>();
        using var barrier = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(n => new Thread(() =>
        {
            try
            {
                barrier.SignalAndWait();
                results[n] = work(n);
            }
#pragma warning disable CA1031 // Collected and reported below.
            catch (Exception e)
#pragma warning restore CA1031
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        errors.Should().BeEmpty();
        return results;
    }

    private static void ShouldMatch(Answers[] concurrent, Answers single)
    {
        foreach (var answers in concurrent)
        {
            for (var i = 0; i < Questions.Length; i++)
            {
                answers.Reports[i].Should().Be(single.Reports[i], "the report at {0} under {1}", Questions[i].AsOf, Questions[i].Perspective);
                answers.Json[i].Should().Be(single.Json[i]);
            }

            answers.Histories.Should().Be(single.Histories);
            answers.Grades.Should().Be(single.Grades);
        }
    }

    [Fact]
    public void Evaluate_FreshEvaluatorOn16Threads_SameAsSingleThreaded()
    {
        var single = Ask(Evaluator.Create(S, T), 0);

        var concurrent = OnThreads(n => Ask(Evaluator.Create(S, T), n * 7));

        ShouldMatch(concurrent, single);
    }

    [Fact]
    public void Evaluate_SharedEvaluatorOn16Threads_SameAsSingleThreaded()
    {
        var single = Ask(Evaluator.Create(S, T), 0);
        var shared = Evaluator.Create(S, T);

        var concurrent = OnThreads(n => Ask(shared, n * 11));

        ShouldMatch(concurrent, single);
    }

    [Fact]
    public void Evaluate_FreshlyReadStatementAndTimelineOn16Threads_SameAsSingleThreaded()
    {
        // Statement.Evaluate compiles and caches an evaluator on first use: 16 threads race to do it for the same new pair.
        var statementJson = CeasefireJson.Serialize(S);
        var timelineJson = CeasefireJson.Serialize(T);
        var single = Ask(Evaluator.Create(S, T), 0);
        var statement = CeasefireJson.ReadStatement(statementJson);
        var timeline = CeasefireJson.ReadTimeline(timelineJson, statement);

        var concurrent = OnThreads(n =>
        {
            var reports = new ComplianceReport[Questions.Length];
            var json = new string[Questions.Length];
            for (var k = 0; k < Questions.Length; k++)
            {
                var i = (k + (n * 5)) % Questions.Length;
                reports[i] = statement.Evaluate(timeline, Questions[i].AsOf, Questions[i].Perspective);
                json[i] = CeasefireJson.Serialize(reports[i]);
            }

            return new Answers(reports, json, single.Histories, single.Grades);
        });

        ShouldMatch(concurrent, single);
    }

    [Fact]
    public void ReadAndRender_On16Threads_SameAsSingleThreaded()
    {
        var statementJson = CeasefireJson.Serialize(S);
        var asOf = Instant.FromUtc(2023, 6, 1, 0, 0);
        var evaluator = Evaluator.Create(S, T);
        var expected = (CeasefireJson.ReadStatement(statementJson), evaluator.Evaluate(asOf).ToCsv(), evaluator.Evaluate(asOf).ToMarkdown(), evaluator.ToSvg(S.EffectiveFrom, asOf));

        var results = OnThreads(_ =>
        {
            var e = Evaluator.Create(S, T);
            return (CeasefireJson.ReadStatement(statementJson), e.Evaluate(asOf).ToCsv(), e.Evaluate(asOf).ToMarkdown(), e.ToSvg(S.EffectiveFrom, asOf));
        });

        results.Should().AllSatisfy(r => r.Should().Be(expected));
    }
}
