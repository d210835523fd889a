using System.Collections.Generic;
using System.Linq;
using Ceasefire.Domain.Benchmarks;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Performance;

/// <summary>
/// The compiled evaluator and the naive oracle (written independently from docs/semantics.md, re-scanning every claim
/// per query) agree on random workloads that include incidents, attestations, positions, Throughout dates,
/// permissions and trust orderings: statuses at several instants under filtering, siding and trusting perspectives,
/// exact histories and daily series. The explained path (the same rule objects, explaining) gives the same statuses.
/// </summary>
public sealed class EquivalenceTests
{
    private const int Obligations = 30;
    private const int Claims = 2_000;

    public static TheoryData<int> Seeds => new() { WorkloadGenerator.DefaultSeed, 1, 2, 3 };

    private static readonly Instant[] Instants =
    [
        Instant.FromUtc(2020, 11, 5, 0, 0),   // before the effective instant
        Instant.FromUtc(2020, 11, 9, 21, 0),  // the effective instant itself
        Instant.FromUtc(2021, 1, 15, 9, 30),
        Instant.FromUtc(2022, 6, 1, 0, 0),
        Instant.FromUtc(2024, 3, 1, 12, 0),
        Instant.FromUtc(2025, 11, 20, 0, 0),  // after the first five-year term
        Instant.FromUtc(2026, 12, 15, 0, 0),  // after a claim that the statement ended
        Instant.FromUtc(2028, 1, 1, 0, 0),
    ];

    private static readonly Perspective[] Perspectives =
    [
        Perspective.AllClaims,
        Perspective.OnlyAssertedBy("ARM"),
        Perspective.OnlyAssertedBy("AZE"),
        Perspective.SidingWith("ARM"),
        Perspective.SidingWith("AZE").AsKnownOn(new LocalDate(2024, 1, 1)),
        Perspective.Trusting("Independent monitor", "RUS", "wire-digest.txt"),
        Perspective.AllClaims.AsKnownOn(new LocalDate(2023, 1, 1)),
        Perspective.FromSources("wire-digest.txt", "ngo-survey.txt"),
    ];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Evaluate_RandomWorkload_MatchesNaiveStatusesOnBothPaths(int seed)
    {
        var (statement, timeline) = WorkloadGenerator.Create(Obligations, Claims, seed);
        var evaluator = Evaluator.Create(statement, timeline);
        var naive = new NaiveEvaluator(statement, timeline);
        var mismatches = new List<string>();
        var statuses = new HashSet<ObligationStatus>();
        foreach (var perspective in Perspectives)
        {
            foreach (var instant in Instants)
            {
                var report = evaluator.Evaluate(instant, perspective);
                naive.StatementStatusAt(instant, perspective).Should().Be(report.StatementStatus, "the statement's status at {0} under {1}", instant, perspective);
                var expected = naive.EvaluateAll(instant, perspective);
                for (var i = 0; i < expected.Count; i++)
                {
                    var n = expected[i];
                    var a = report.Obligations[i];
                    statuses.Add(a.Status);
                    var explained = evaluator.Details(i, instant, perspective, report.StatementStatus).Status;
                    if (a.Status != n.Status || explained != n.Status)
                    {
                        mismatches.Add(string.Concat("seed ", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), ", ", perspective.Name, ", ", instant.ToString(),
                            ", ", n.ObligationId, ":\n  indexed ", a.Status.ToString(), ", explained ", explained.ToString(), " (", a.Explanation.Reason, ")\n  naive   ", n.Status.ToString()));
                    }
                }
            }
        }

        mismatches.Should().BeEmpty("the indexed and naive paths must agree; first mismatches:\n{0}", string.Join("\n", mismatches.Take(5)));
        statuses.Should().Contain([ObligationStatus.NotYetInForce, ObligationStatus.Breached, ObligationStatus.PartiallyFulfilled, ObligationStatus.Terminated,
            ObligationStatus.Disputed, ObligationStatus.Suspended, ObligationStatus.AwaitingCondition, ObligationStatus.Upheld, ObligationStatus.Pending,
            ObligationStatus.NoInformation, ObligationStatus.NoBreachRecorded, ObligationStatus.Overdue],
            "the workload exercises the main statuses");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void History_RandomWorkload_MatchesNaiveIntervals(int seed)
    {
        var (statement, timeline) = WorkloadGenerator.Create(Obligations, Claims, seed);
        var evaluator = Evaluator.Create(statement, timeline);
        var naive = new NaiveEvaluator(statement, timeline);
        var from = Instant.FromUtc(2020, 11, 1, 0, 0);
        var to = Instant.FromUtc(2027, 6, 1, 0, 0);
        foreach (var perspective in new[] { Perspective.AllClaims, Perspective.OnlyAssertedBy("ARM"), Perspective.SidingWith("AZE"), Perspective.AllClaims.AsKnownOn(new LocalDate(2022, 7, 1)) })
        {
            for (var i = 0; i < 10; i++)
            {
                var id = statement.Obligations[i].Id;
                var indexed = evaluator.History(id, from, to, perspective).Select(x => (x.Start, x.End, x.Status)).ToList();
                var expected = naive.History(id, from, to, perspective).Select(x => (x.Start, x.End, x.Status)).ToList();
                indexed.Should().Equal(expected, "the history of {0} under {1} (seed {2})", id, perspective, seed);
            }
        }
    }

    [Fact]
    public void DailySeries_RandomWorkload_MatchesNaiveEvaluationPerDay()
    {
        var (statement, timeline) = WorkloadGenerator.Create(Obligations, Claims, 7);
        var evaluator = Evaluator.Create(statement, timeline);
        var naive = new NaiveEvaluator(statement, timeline);
        var days = DailySeries.EndsOfDays(statement.TimeZone, DailySeries.SixYearsFirstDay, DailySeries.SixYearsDays).Where((_, i) => i % 7 == 0).ToArray();
        foreach (var perspective in new[] { Perspective.AllClaims, Perspective.OnlyAssertedBy("AZE"), Perspective.SidingWith("ARM") })
        {
            for (var i = 0; i < 10; i++)
            {
                var id = statement.Obligations[i].Id;
                DailySeries.FromEvaluator(evaluator, id, days, perspective).Should().Equal(naive.Series(id, days, perspective), "the series of {0} under {1}", id, perspective);
            }
        }
    }

    [Fact]
    public void BuiltInStatement_MatchesNaiveAtEveryYearEnd()
    {
        var statement = Domain.Catalog.TrilateralStatement2020.Statement;
        var timeline = Domain.Catalog.TrilateralStatement2020.Timeline;
        var evaluator = Evaluator.Create(statement, timeline);
        var naive = new NaiveEvaluator(statement, timeline);
        foreach (var perspective in new[] { Perspective.AllClaims, Perspective.OnlyAssertedBy("ARM"), Perspective.SidingWith("ARM"), Perspective.SidingWith("AZE") })
        {
            for (var year = 2020; year <= 2026; year++)
            {
                var instant = Instant.FromUtc(year, 12, 31, 12, 0);
                var report = evaluator.Evaluate(instant, perspective);
                var actual = report.Obligations.Select(a => new NaiveAssessment(a.ObligationId, a.Status));
                actual.Should().Equal(naive.EvaluateAll(instant, perspective), "the built-in statement at {0} under {1}", instant, perspective);
            }

            foreach (var o in statement.Obligations)
            {
                evaluator.History(o.Id, statement.EffectiveFrom, Instant.FromUtc(2027, 1, 1, 0, 0), perspective).Select(x => (x.Start, x.End, x.Status))
                    .Should().Equal(naive.History(o.Id, statement.EffectiveFrom, Instant.FromUtc(2027, 1, 1, 0, 0), perspective).Select(x => (x.Start, x.End, x.Status)));
            }
        }
    }

    [Fact]
    public void Generator_SameSeed_SameWorkload_AndEveryKindAndPrecision()
    {
        var (s1, t1) = WorkloadGenerator.Create(20, 3_000, 11);
        var (s2, t2) = WorkloadGenerator.Create(20, 3_000, 11);
        s1.Should().Be(s2);
        t1.Should().Be(t2);
        t1.Claims.Should().HaveCount(3_000);
        t1.Claims.Select(c => c.Kind).Distinct().Should().BeEquivalentTo(System.Enum.GetValues<ClaimKind>());
        t1.Claims.Select(c => c.Date.Precision).Distinct().Should().BeEquivalentTo(System.Enum.GetValues<DatePrecision>());
        t1.Claims.Should().Contain(c => c.Date.Quantifier == DateQuantifier.Throughout);
        s1.Obligations.Select(o => o.DeonticKind).Distinct().Should().Contain([DeonticKind.Permission, DeonticKind.Prohibition, DeonticKind.Obligation]);
        s1.Obligations.Select(o => o.PerformanceKind).Distinct().Should().BeEquivalentTo(System.Enum.GetValues<PerformanceKind>());
        t1.Claims.Should().Contain(c => c.Kind == ClaimKind.Breached && c.End != null).And.Contain(c => c.Kind == ClaimKind.Breached && c.End == null);
        t1.Claims.Should().Contain(c => c.Kind != ClaimKind.Denied && !c.Contradicts.IsEmpty);
        t1.Claims.Should().OnlyContain(c => c.KnownOn >= c.Date.First);
        WorkloadGenerator.CreateTimeline(s1, 3_000, 12).Should().NotBe(t1);
    }
}
