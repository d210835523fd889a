using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.Fixture;

namespace Ceasefire.Domain.Tests.Evaluation;

public class EvaluatorTests
{
    private static Timeline KelbajarLike() => Timeline()
        .Claim("x", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 25))).On(D(2020, 11, 15)).RequestedBy("A").AgreedBy("B").Std("B"))
        .Claim("p", c => c.Performed("return").On(D(2020, 11, 25)).Std("A"))
        .Build();

    [Fact]
    public void History_ExtensionThenPerformance_ExactIntervalsFromChangePoints()
    {
        var evaluator = Evaluator.Create(Subject, KelbajarLike());
        var from = Instant.FromUtc(2020, 11, 1, 0, 0);
        var to = Instant.FromUtc(2021, 1, 1, 0, 0);

        var history = evaluator.History("return", from, to);

        history.Select(i => i.Status).Should().Equal(ObligationStatus.NotYetInForce, ObligationStatus.Pending, ObligationStatus.Fulfilled);
        history[0].Start.Should().Be(from);
        history[1].Start.Should().Be(Effective);
        history[2].Start.Should().Be(EndOfDay(2020, 11, 25));
        history[^1].End.Should().Be(to);
    }

    [Fact]
    public void History_NoExtension_NoInformationIntervalStartsExactlyAtDue()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("return").On(D(2020, 11, 25)).Std()).Build();
        var evaluator = Evaluator.Create(Subject, timeline);

        var history = evaluator.History("return", Effective, Instant.FromUtc(2021, 1, 1, 0, 0));

        history.Select(i => i.Status).Should().Equal(ObligationStatus.Pending, ObligationStatus.NoInformation, ObligationStatus.FulfilledLate);
        history[1].Start.Should().Be(Instant.FromUtc(2020, 11, 20, 21, 0));
        history[2].Start.Should().Be(EndOfDay(2020, 11, 25));
    }

    [Fact]
    public void History_Intervals_TileTheRangeWithoutGapOrOverlap()
    {
        var timeline = Timeline()
            .Claim("b1", c => c.Breached("ceasefire").On(D(2020, 12, 12)).Until(ClaimDate.On(D(2020, 12, 13))).ActedBy("B").Std())
            .Claim("s", c => c.Suspended("ceasefire").On(D(2021, 1, 1)).Until(ClaimDate.On(D(2021, 1, 31))).Std())
            .Build();
        var evaluator = Evaluator.Create(Subject, timeline);
        var from = Instant.FromUtc(2020, 1, 1, 0, 0);
        var to = Instant.FromUtc(2030, 1, 1, 0, 0);

        var history = evaluator.History("ceasefire", from, to);

        history[0].Start.Should().Be(from);
        history[^1].End.Should().Be(to);
        for (var i = 1; i < history.Length; i++)
        {
            history[i].Start.Should().Be(history[i - 1].End);
            history[i].Status.Should().NotBe(history[i - 1].Status);
        }
    }

    [Fact]
    public void History_TermWithNoticeInTime_TerminatedFromTermEnd()
    {
        var timeline = Timeline().Claim("n", c => c.NoticeGiven("stay").On(D(2025, 5, 1)).ActedBy("A").Std()).Build();
        var evaluator = Evaluator.Create(Subject, timeline);

        var history = evaluator.History("stay", Effective, Instant.FromUtc(2031, 1, 1, 0, 0));

        history.Select(i => i.Status).Should().Equal(ObligationStatus.NoInformation, ObligationStatus.NoBreachRecorded, ObligationStatus.Terminated);
        history[2].Start.Should().Be(Instant.FromUtc(2025, 11, 9, 21, 0));
    }

    [Fact]
    public void History_EmptyRange_Throws()
    {
        var evaluator = Evaluator.Create(Subject, Domain.Timeline.Empty);

        var act = () => evaluator.History("return", Effective, Effective);

        act.Should().Throw<System.ArgumentOutOfRangeException>();
    }

    [Fact]
    public void StatusSeries_DailyInstants_EqualsEvaluateAtEachInstant()
    {
        var evaluator = Evaluator.Create(Subject, KelbajarLike());
        var days = Enumerable.Range(0, 60).Select(i => Effective.Plus(Duration.FromDays(i))).ToArray();

        var series = evaluator.StatusSeries("return", days, Perspective.OnlyAssertedBy("A"));

        series.Should().Equal(days.Select(d => evaluator.Evaluate(d, Perspective.OnlyAssertedBy("A"))["return"].Status));
        series.Should().Contain(ObligationStatus.NoInformation).And.Contain(ObligationStatus.FulfilledLate);
        var act = () => evaluator.StatusSeries("nope", days);
        act.Should().Throw<System.Collections.Generic.KeyNotFoundException>();
    }

    [Fact]
    public void Compare_TwoInstants_ListsOnlyChangedObligations()
    {
        var evaluator = Evaluator.Create(Subject, KelbajarLike());
        var early = evaluator.Evaluate(EndOfDay(2020, 11, 12));
        var late = evaluator.Evaluate(EndOfDay(2020, 11, 30));

        var differences = early.Compare(late);

        differences.Should().ContainSingle(d => d.ObligationId == "return" && d.Before == ObligationStatus.Pending && d.After == ObligationStatus.Fulfilled);
        // "Before 1 December" is due at the start of 1 December in Moscow, which is the end of 30 November.
        var report = differences.Should().Contain(d => d.ObligationId == "report").Which;
        report.Before.Should().Be(ObligationStatus.Pending);
        report.After.Should().Be(ObligationStatus.NoInformation);
    }

    [Fact]
    public void Compare_TwoPerspectives_ShowsWhereTheyDiffer()
    {
        var evaluator = Evaluator.Create(Subject, KelbajarLike());
        var asOf = EndOfDay(2020, 11, 30);

        var differences = evaluator.Evaluate(asOf, Perspective.OnlyAssertedBy("A")).Compare(evaluator.Evaluate(asOf, Perspective.AllClaims));

        // Side A alone does not record the extension agreed per B: late under A, on time under all claims.
        differences.Should().ContainSingle(d => d.ObligationId == "return" && d.Before == ObligationStatus.FulfilledLate && d.After == ObligationStatus.Fulfilled);
    }

    [Fact]
    public void Perspective_AssertedBy_SetsAsideOtherClaimantsWithReason()
    {
        var timeline = Timeline().Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).ActedBy("B").Std("A")).Build();

        var report = Subject.Evaluate(timeline, EndOfDay(2021, 1, 1), Perspective.OnlyAssertedBy("B"));

        report["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        report["ceasefire"].Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Reason == SetAsideReason.ClaimantOutsidePerspective);
    }

    [Fact]
    public void Perspective_AssertedBy_CountsSourcesGivingThatSidesView()
    {
        var timeline = Timeline()
            .Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).AssertedBy("An outlet", side: "A").Source("doc.txt", "l").KnownOn(D(2020, 12, 12)).Saying("s"))
            .Build();

        Subject.Evaluate(timeline, EndOfDay(2021, 1, 1), Perspective.OnlyAssertedBy("A"))["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
    }

    [Fact]
    public void Perspective_FromSources_KeepsOnlyClaimsCitingThem()
    {
        var timeline = Timeline()
            .Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).Std(source: "one.txt"))
            .Claim("p", c => c.Performed("return").On(D(2020, 11, 20)).Std(source: "two.txt"))
            .Build();

        var report = Subject.Evaluate(timeline, EndOfDay(2021, 1, 1), Perspective.FromSources("two.txt"));

        report["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        report["return"].Status.Should().Be(ObligationStatus.Fulfilled);
        report["ceasefire"].Explanation.ClaimsSetAside.Single().Reason.Should().Be(SetAsideReason.SourceOutsidePerspective);
    }

    [Fact]
    public void Perspective_AsKnownOn_SetsAsideClaimsPublishedLater()
    {
        var timeline = Timeline()
            .Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).Std(known: D(2024, 11, 9)))
            .Build();
        var asOf = EndOfDay(2021, 12, 1);

        var then = Subject.Evaluate(timeline, asOf, Perspective.AllClaims.AsKnownOn(D(2021, 12, 1)));
        var now = Subject.Evaluate(timeline, asOf, Perspective.AllClaims.AsKnownOn(D(2024, 11, 9)));

        then["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        then["ceasefire"].Explanation.ClaimsSetAside.Single().Reason.Should().Be(SetAsideReason.NotYetKnown);
        now["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
    }

    [Fact]
    public void UpcomingDeadlines_AfterExtension_UsesExtendedDueAndTermEvents()
    {
        var report = Subject.Evaluate(KelbajarLike(), EndOfDay(2020, 11, 16));

        var upcoming = report.UpcomingDeadlines();

        upcoming.Should().Contain(e => e.ObligationId == "return" && e.Instant == Instant.FromUtc(2020, 11, 25, 21, 0));
        upcoming.Should().Contain(e => e.ObligationId == "stay" && e.Kind == DeadlineEventKind.NoticeCutoff && e.Instant == Instant.FromUtc(2025, 5, 9, 21, 0));
        upcoming.Select(e => e.Instant).Should().BeInAscendingOrder();
    }

    [Fact]
    public void UpcomingDeadlines_BeforeEffectiveInstant_ListsTheTextsDeadlines()
    {
        var report = Subject.Evaluate(Domain.Timeline.Empty, Effective.Minus(Duration.FromDays(30)));

        var upcoming = report.UpcomingDeadlines();

        upcoming.Should().Contain(e => e.ObligationId == "return" && e.Instant == Instant.FromUtc(2020, 11, 20, 21, 0));
        upcoming.Should().Contain(e => e.ObligationId == "stay" && e.Kind == DeadlineEventKind.TermEnd);
    }

    [Fact]
    public void YearlyGrades_MapStatusesAsDocumented()
    {
        var timeline = Timeline()
            .Claim("p", c => c.Performed("return").On(D(2020, 11, 20)).Std())
            .Claim("b1", c => c.Breached("ceasefire").On(D(2020, 12, 12)).Until(ClaimDate.On(D(2020, 12, 13))).Std())
            .Claim("b2", c => c.Breached("ceasefire").On(D(2022, 12, 12)).Std())
            .Claim("x", c => c.PartlyPerformed("exchange").On(D(2021, 6, 12)).Std())
            .Claim("w", c => c.Terminated(TerminationReason.EarlyWithdrawal, "stay").On(D(2024, 4, 17)).Std())
            .Build();
        var grades = Evaluator.Create(Subject, timeline).YearlyGrades(2019, 2025).ToLookup(g => g.ObligationId);

        grades["return"].Single(g => g.Year == 2019).Grade.Should().BeNull();
        grades["return"].Single(g => g.Year == 2020).Grade.Should().Be(3);
        grades["ceasefire"].Single(g => g.Year == 2020).Grade.Should().Be(2);
        grades["ceasefire"].Single(g => g.Year == 2021).Grade.Should().BeNull("no claim attests compliance in 2021: no full marks without evidence");
        grades["ceasefire"].Single(g => g.Year == 2022).Grade.Should().Be(1);
        grades["exchange"].Single(g => g.Year == 2020).Grade.Should().BeNull();
        grades["exchange"].Single(g => g.Year == 2021).Grade.Should().Be(2);
        grades["plan"].Single(g => g.Year == 2021).Grade.Should().Be(0);
        grades["stay"].Single(g => g.Year == 2023).Grade.Should().BeNull();
        grades["stay"].Single(g => g.Year == 2024).Grade.Should().BeNull();
        grades["stay"].Single(g => g.Year == 2024).Reason.Should().Contain("Ended during the year");
        grades["stay"].Single(g => g.Year == 2025).Grade.Should().BeNull();
    }

    [Fact]
    public void CustomRule_BreachesByNonPartiesDoNotCount_ChangesTheOutcome()
    {
        var timeline = Timeline().Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).ActedBy("X").Std()).Build();
        var asOf = EndOfDay(2021, 1, 1);
        var options = EvaluationOptions.Default.WithRule(new PartyBreachesOnlyRule());

        var builtIn = Subject.Evaluate(timeline, asOf);
        var custom = Subject.Evaluate(timeline, asOf, null, options);

        builtIn["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        custom["ceasefire"].Status.Should().Be(ObligationStatus.Upheld);
        custom["ceasefire"].Explanation.RuleId.Should().Be("party-breaches-only");
    }

    [Fact]
    public void WithoutBuiltInRule_Disputed_ContradictionNoLongerDisputes()
    {
        var timeline = Timeline()
            .Claim("done", c => c.Performed("return").On(D(2020, 11, 20)).Std("A"))
            .Claim("no", c => c.Denied("return").On(D(2020, 11, 21)).Contradicts("done").Std("B"))
            .Build();

        var report = Subject.Evaluate(timeline, EndOfDay(2020, 11, 22), null, EvaluationOptions.Default.WithoutBuiltInRule(RuleIds.Disputed));

        report["return"].Status.Should().Be(ObligationStatus.Fulfilled);
    }

    [Fact]
    public void WithoutBuiltInRule_UnknownId_Throws()
    {
        var act = () => EvaluationOptions.Default.WithoutBuiltInRule("nope");

        act.Should().Throw<System.ArgumentException>().WithMessage("*one-off*");
    }

    [Fact]
    public void Evaluate_SameTimelineTwice_UsesCachedEvaluatorAndGivesEqualResults()
    {
        var timeline = KelbajarLike();

        var first = Subject.Evaluate(timeline, EndOfDay(2020, 11, 30));
        var second = Subject.Evaluate(timeline, EndOfDay(2020, 11, 30));

        second.Obligations.Select(o => o.Status).Should().Equal(first.Obligations.Select(o => o.Status));
        second.Compare(first).Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_PerspectiveNamingUnknownActor_ThrowsNamingTheActors()
    {
        var act = () => Evaluator.Create(Subject, Domain.Timeline.Empty).Evaluate(Effective, Perspective.OnlyAssertedBy("AZR"));

        act.Should().Throw<System.ArgumentException>().WithMessage("*'AZR'*A, B, G, PK, X*");
    }

    [Fact]
    public void StartOfDayAndEndOfDay_InStatementZone()
    {
        Subject.StartOfDay(D(2020, 11, 20)).Should().Be(Instant.FromUtc(2020, 11, 19, 21, 0));
        Subject.EndOfDay(D(2020, 11, 20)).Should().Be(Instant.FromUtc(2020, 11, 20, 21, 0));
        var act = () => Subject.EndOfDay(D(9999, 12, 31));
        act.Should().Throw<System.ArgumentOutOfRangeException>();
    }

    private sealed class PartyBreachesOnlyRule : IStatusRule
    {
        public string Id => "party-breaches-only";

        public RuleDecision? Decide(RuleContext context)
        {
            if (context.Obligation.PerformanceKind != PerformanceKind.Continuous || context.Breaches.IsEmpty)
            {
                return null;
            }

            var byParties = context.Breaches.Where(b => b.BreachingActorId is { } actor && context.Statement.GetActor(actor).Has(ActorRoles.Party)).ToList();
            return byParties.Count == 0 ? RuleDecision.Of(ObligationStatus.Upheld, "Upheld: the only breaches recorded are by non-parties.") : null;
        }
    }
}
