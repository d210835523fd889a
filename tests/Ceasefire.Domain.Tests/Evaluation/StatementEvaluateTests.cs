using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.Fixture;

namespace Ceasefire.Domain.Tests.Evaluation;

public class StatementEvaluateTests
{
    private static ComplianceReport Eval(Timeline timeline, Instant asOf, Perspective? perspective = null)
        => Subject.Evaluate(timeline, asOf, perspective);

    [Fact]
    public void Evaluate_OneTickBeforeEffectiveInstant_NotYetInForce()
    {
        var report = Eval(Domain.Timeline.Empty, Effective.PlusTicks(-1));

        report.Obligations.Should().OnlyContain(a => a.Status == ObligationStatus.NotYetInForce);
        report.StatementStatus.Should().Be(StatementStatus.NotYetInForce);
    }

    [Fact]
    public void Evaluate_AtEffectiveInstant21hUtcDayBefore_InForce()
    {
        Effective.Should().Be(Instant.FromUtc(2020, 11, 9, 21, 0));
        var report = Eval(Domain.Timeline.Empty, Effective);

        report["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        report["return"].Status.Should().Be(ObligationStatus.Pending);
        report["exchange"].Status.Should().Be(ObligationStatus.NoInformation);
        report["stay"].Status.Should().Be(ObligationStatus.NoInformation);
        report["plan"].Status.Should().Be(ObligationStatus.AwaitingCondition);
        report.StatementStatus.Should().Be(StatementStatus.InForce);
    }

    [Fact]
    public void Evaluate_DayPrecisionPerformanceOnDeadlineDayUnderBy_Fulfilled()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("return").On(D(2020, 11, 20)).Std()).Build();

        var report = Eval(timeline, EndOfDay(2020, 11, 21));

        report["return"].Status.Should().Be(ObligationStatus.Fulfilled);
        report["return"].Explanation.Timeliness.Should().Be(Timeliness.OnTime);
        report["return"].DueInstant.Should().Be(Instant.FromUtc(2020, 11, 20, 21, 0));
        report["return"].Explanation.DeadlineReading.Should().Contain("Europe/Moscow").And.Contain("2020-11-20T21:00:00Z");
    }

    [Fact]
    public void Evaluate_DayPrecisionPerformanceOnDeadlineDayUnderBefore_FulfilledLate()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("report").On(D(2020, 12, 1)).Std("B")).Build();

        var report = Eval(timeline, EndOfDay(2020, 12, 2));

        report["report"].Status.Should().Be(ObligationStatus.FulfilledLate);
        report["report"].Explanation.Timeliness.Should().Be(Timeliness.Late);
    }

    [Fact]
    public void Evaluate_InstantPerformanceOneTickBeforeDue_FulfilledAndAtDue_Late()
    {
        var due = Instant.FromUtc(2020, 11, 20, 21, 0);
        var onTime = Timeline().Claim("p", c => c.Performed("return").At(due.PlusTicks(-1)).Std()).Build();
        var late = Timeline().Claim("p", c => c.Performed("return").At(due).Std()).Build();

        Eval(onTime, due.PlusTicks(-1))["return"].Status.Should().Be(ObligationStatus.Fulfilled);
        Eval(late, due)["return"].Status.Should().Be(ObligationStatus.FulfilledLate);
    }

    [Fact]
    public void Evaluate_NothingRecordedBeforeAndAfterDue_PendingThenNoInformationOrOverdueUnderClosedWorld()
    {
        var due = Instant.FromUtc(2020, 11, 20, 21, 0);
        var closed = Evaluator.Create(Subject, Domain.Timeline.Empty, EvaluationOptions.Default.WithClosedWorld());

        Eval(Domain.Timeline.Empty, due.PlusTicks(-1))["return"].Status.Should().Be(ObligationStatus.Pending);
        Eval(Domain.Timeline.Empty, due)["return"].Status.Should().Be(ObligationStatus.NoInformation);
        closed.Evaluate(due)["return"].Status.Should().Be(ObligationStatus.Overdue);
        closed.Evaluate(due)["return"].Explanation.Reason.Should().Contain("closed-world reading applied");
    }

    [Fact]
    public void Evaluate_ExtensionAgreedByBeneficiaryBeforeDeadline_PerformanceWithinItIsFulfilled()
    {
        var timeline = Timeline()
            .Claim("x", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 25))).On(D(2020, 11, 15)).RequestedBy("A").AgreedBy("B").Std())
            .Claim("p", c => c.Performed("return").On(D(2020, 11, 25)).Std())
            .Build();

        var atOldDue = Eval(timeline, EndOfDay(2020, 11, 20));
        var after = Eval(timeline, EndOfDay(2020, 11, 26));

        atOldDue["return"].Status.Should().Be(ObligationStatus.Pending);
        atOldDue["return"].DueInstant.Should().Be(Instant.FromUtc(2020, 11, 25, 21, 0));
        after["return"].Status.Should().Be(ObligationStatus.Fulfilled);
        after["return"].Explanation.ClaimsUsed.Should().Contain(u => u.Claim.Id == "x" && u.Role == ClaimRole.Extension);
        after["return"].Explanation.DeadlineReading.Should().Contain("Extended on 2020-11-15").And.Contain("agreed by B");
    }

    [Fact]
    public void Evaluate_ExtensionNotAgreedByBeneficiary_SetAsideAndLate()
    {
        var timeline = Timeline()
            .Claim("x", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 25))).On(D(2020, 11, 15)).RequestedBy("A").Std())
            .Claim("p", c => c.Performed("return").On(D(2020, 11, 25)).Std())
            .Build();

        var report = Eval(timeline, EndOfDay(2020, 11, 26));

        report["return"].Status.Should().Be(ObligationStatus.FulfilledLate);
        report["return"].Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Claim.Id == "x" && s.Reason == SetAsideReason.ExtensionNotAgreed);
    }

    [Fact]
    public void Evaluate_PerformanceRangeStraddlesDeadline_TimelinessUncertain()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("return").InMonth(2020, 11).Std()).Build();

        var report = Eval(timeline, EndOfDay(2020, 12, 5));

        report["return"].Status.Should().Be(ObligationStatus.Fulfilled);
        report["return"].Explanation.Timeliness.Should().Be(Timeliness.Uncertain);
        report["return"].Explanation.Reason.Should().Contain("uncertain");
    }

    [Fact]
    public void Evaluate_RangeNotYetEnded_ClaimSetAsideAsNotYetHappened()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("return").InMonth(2020, 11).Std()).Build();

        var report = Eval(timeline, EndOfDay(2020, 11, 18));

        report["return"].Status.Should().Be(ObligationStatus.Pending);
        report["return"].Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Reason == SetAsideReason.NotYetHappened);
    }

    [Fact]
    public void Evaluate_PartialProgressOnOpenEndedObligation_PartiallyFulfilledWithQuantities()
    {
        var timeline = Timeline()
            .Claim("p1", c => c.PartlyPerformed("exchange", new Quantity(44, "prisoners")).On(D(2020, 12, 15)).Std())
            .Claim("p2", c => c.PartlyPerformed("exchange", new Quantity(15, "prisoners")).On(D(2021, 6, 12)).Std())
            .Build();

        var report = Eval(timeline, EndOfDay(2021, 7, 1));

        report["exchange"].Status.Should().Be(ObligationStatus.PartiallyFulfilled);
        report["exchange"].Progress.Select(q => q.Value).Should().Equal(44m, 15m);
    }

    [Fact]
    public void Evaluate_CompletionOfOpenEndedObligation_Fulfilled()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("exchange").On(D(2021, 1, 1)).Std()).Build();

        Eval(timeline, EndOfDay(2021, 1, 2))["exchange"].Status.Should().Be(ObligationStatus.Fulfilled);
    }

    [Fact]
    public void Evaluate_TwoBreachesEachWithOwnInterval_BreachedWithOngoingFlag()
    {
        var timeline = Timeline()
            .Claim("b1", c => c.Breached("ceasefire").On(D(2020, 12, 12)).Until(ClaimDate.On(D(2020, 12, 13))).ActedBy("B").Std())
            .Claim("b2", c => c.Breached("ceasefire").On(D(2022, 3, 24)).ActedBy("B").Std())
            .Claim("e2", c => c.BreachEnded("ceasefire").On(D(2022, 3, 28)).ActedBy("B").Std())
            .Build();

        var between = Eval(timeline, EndOfDay(2021, 1, 1));
        var during = Eval(timeline, EndOfDay(2022, 3, 25));
        var after = Eval(timeline, EndOfDay(2022, 4, 1));

        between["ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded, "the first episode ended on 13 Dec 2020");
        between["ceasefire"].Breaches.Should().ContainSingle().Which.Until.Should().Be(EndOfDay(2020, 12, 13));
        between["ceasefire"].IsBreachOngoing.Should().BeFalse();
        during["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        during["ceasefire"].Breaches.Should().HaveCount(2);
        during["ceasefire"].IsBreachOngoing.Should().BeTrue();
        during["ceasefire"].Breaches[1].BreachingActorId.Should().Be("B");
        during["ceasefire"].Breaches[1].According.ActorId.Should().Be("A");
        after["ceasefire"].IsBreachOngoing.Should().BeFalse();
        after["ceasefire"].Breaches[1].EndedBy!.Id.Should().Be("e2");
    }

    [Fact]
    public void Evaluate_BreachByOneObligor_PerObligorBreakdownSeparatesThem()
    {
        var timeline = Timeline().Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).ActedBy("B").Std()).Build();

        var report = Eval(timeline, EndOfDay(2021, 1, 1));

        report["ceasefire"].ByObligor.Should().HaveCount(2);
        report["ceasefire"].ByObligor.Single(o => o.ActorId == "A").Status.Should().Be(ObligationStatus.NoInformation, "no counted claim is about A's acts");
        report["ceasefire"].ByObligor.Single(o => o.ActorId == "B").Status.Should().Be(ObligationStatus.Breached);
    }

    [Fact]
    public void Evaluate_ContradictingClaimsThatChangeTheStatus_DisputedWithBothSides()
    {
        var timeline = Timeline()
            .Claim("done", c => c.Performed("return").On(D(2020, 11, 20)).Std("A"))
            .Claim("no", c => c.Denied("return").On(D(2020, 11, 21)).Contradicts("done").Std("B"))
            .Build();

        var report = Eval(timeline, EndOfDay(2020, 11, 22));

        report["return"].Status.Should().Be(ObligationStatus.Disputed);
        report["return"].Explanation.DisputeSides.Select(s => s.Status).Should().BeEquivalentTo([ObligationStatus.Fulfilled, ObligationStatus.NoInformation]);
        report["return"].Explanation.ClaimsUsed.Select(u => u.Claim.Id).Should().Contain(["done", "no"]);
    }

    [Fact]
    public void Evaluate_TwoDenialsOfOneClaim_SidesHoldOnlyTheContestedClaims()
    {
        var timeline = Timeline()
            .Claim("done", c => c.Performed("return").On(D(2020, 11, 20)).Std("A"))
            .Claim("no1", c => c.Denied("return").On(D(2020, 11, 21)).Contradicts("done").Std("B"))
            .Claim("no2", c => c.Denied("return").On(D(2020, 11, 22)).Contradicts("done").Std("B"))
            .Build();

        var sides = Eval(timeline, EndOfDay(2020, 11, 23))["return"].Explanation.DisputeSides;

        sides.Should().HaveCount(2);
        sides[0].Status.Should().Be(ObligationStatus.Fulfilled);
        sides[0].Claims.Select(c => c.Id).Should().Equal("done");
        sides[1].Status.Should().Be(ObligationStatus.NoInformation);
        sides[1].Claims.Select(c => c.Id).Should().Equal("no1", "no2");
    }

    [Fact]
    public void Evaluate_ContradictionThatLeavesTheStatusUnchanged_NotDisputed()
    {
        var timeline = Timeline()
            .Claim("p17", c => c.PartlyPerformed("exchange", new Quantity(17, "prisoners")).On(D(2021, 6, 12)).Std())
            .Claim("p15", c => c.PartlyPerformed("exchange", new Quantity(15, "prisoners")).On(D(2021, 6, 12)).Contradicts("p17").Std())
            .Build();

        var report = Eval(timeline, EndOfDay(2021, 7, 1));

        report["exchange"].Status.Should().Be(ObligationStatus.PartiallyFulfilled);
        report["exchange"].Explanation.Sentences.Should().Contain(s => s.Contains("either way", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Evaluate_OneSidedUncontradictedClaim_CountsAttributed()
    {
        var timeline = Timeline().Claim("b", c => c.Breached("ceasefire").On(D(2020, 12, 12)).ActedBy("B").Std("A")).Build();

        var report = Eval(timeline, EndOfDay(2021, 1, 1));

        report["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        report["ceasefire"].Explanation.ClaimsUsed.Single().Claim.Claimant.ActorId.Should().Be("A");
    }

    [Fact]
    public void Evaluate_SuspensionUntilEnd_SuspendedThenNoBreachRecorded()
    {
        var timeline = Timeline().Claim("s", c => c.Suspended("ceasefire").On(D(2021, 1, 1)).Until(ClaimDate.On(D(2021, 1, 31))).Std()).Build();

        Eval(timeline, EndOfDay(2021, 1, 15))["ceasefire"].Status.Should().Be(ObligationStatus.Suspended);
        Eval(timeline, EndOfDay(2021, 2, 1))["ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
    }

    [Fact]
    public void Evaluate_ConditionMet_DeadlineFromStatementApplies()
    {
        var timeline = Timeline().Claim("agree", c => c.ConditionMet("plan").On(D(2021, 1, 11)).Std()).Build();

        Eval(timeline, EndOfDay(2021, 1, 12))["plan"].Status.Should().Be(ObligationStatus.Pending);
        var overdue = Eval(timeline, Instant.FromUtc(2023, 11, 9, 21, 0));
        overdue["plan"].Status.Should().Be(ObligationStatus.NoInformation, "no counted claim says whether the plan was made");
        overdue["plan"].DueInstant.Should().Be(Instant.FromUtc(2023, 11, 9, 21, 0));
    }

    [Fact]
    public void Evaluate_PerformanceWhileAwaitingCondition_SetAsideAsConditionNotMet()
    {
        var timeline = Timeline().Claim("p", c => c.Performed("plan").On(D(2022, 8, 1)).Std()).Build();

        var report = Eval(timeline, EndOfDay(2022, 9, 1));

        report["plan"].Status.Should().Be(ObligationStatus.AwaitingCondition);
        report["plan"].Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Reason == SetAsideReason.ConditionNotMet);
    }

    [Fact]
    public void Evaluate_TermWithNoticeInTime_TerminatesAtTermEnd()
    {
        var timeline = Timeline().Claim("n", c => c.NoticeGiven("stay").On(D(2025, 5, 9)).ActedBy("B").Std("B")).Build();
        var termEnd = Instant.FromUtc(2025, 11, 9, 21, 0);

        var before = Eval(timeline, termEnd.PlusTicks(-1));
        var after = Eval(timeline, termEnd);

        before["stay"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
        before["stay"].Term!.Number.Should().Be(1);
        after["stay"].Status.Should().Be(ObligationStatus.Terminated);
        after["stay"].TerminationReason.Should().Be(TerminationReason.NoticeAndExpiry);
    }

    [Fact]
    public void Evaluate_TermWithNoticeTooLate_Renews()
    {
        var timeline = Timeline().Claim("n", c => c.NoticeGiven("stay").On(D(2025, 5, 10)).ActedBy("B").Std("B")).Build();

        var report = Eval(timeline, Instant.FromUtc(2026, 1, 1, 0, 0));

        report["stay"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
        report["stay"].Term!.Number.Should().Be(2);
        report["stay"].Term!.End.Should().Be(Instant.FromUtc(2030, 11, 9, 21, 0));
        report["stay"].Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Reason == SetAsideReason.NoticeTooLate);
    }

    [Fact]
    public void Evaluate_TermEndedEarlyByWithdrawal_TerminatedWithReason()
    {
        var timeline = Timeline().Claim("w", c => c.Terminated(TerminationReason.EarlyWithdrawal, "stay").On(D(2024, 4, 17)).Std("G")).Build();

        var report = Eval(timeline, EndOfDay(2024, 4, 18));

        report["stay"].Status.Should().Be(ObligationStatus.Terminated);
        report["stay"].TerminationReason.Should().Be(TerminationReason.EarlyWithdrawal);
        Eval(timeline, EndOfDay(2024, 4, 16))["stay"].Status.Should().Be(ObligationStatus.NoInformation);
    }

    [Fact]
    public void Evaluate_StatementEndedPerOneSideAffirmedPerAnother_DisputedWhetherInForce()
    {
        var timeline = Timeline()
            .Claim("end", c => c.Terminated(TerminationReason.Lapsed).On(D(2025, 8, 28)).Std("A"))
            .Claim("in", c => c.StatementInForceAffirmed().On(D(2025, 8, 29)).Contradicts("end").Std("G"))
            .Build();

        var all = Eval(timeline, EndOfDay(2025, 9, 1));
        var perA = Eval(timeline, EndOfDay(2025, 9, 1), Perspective.OnlyAssertedBy("A"));

        all.StatementStatus.Should().Be(StatementStatus.DisputedWhetherInForce);
        all["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        perA.StatementStatus.Should().Be(StatementStatus.Terminated);
        perA["ceasefire"].Status.Should().Be(ObligationStatus.Terminated);
    }

    [Fact]
    public void Evaluate_StatementEndedUnderPerspective_FulfilledObligationsKeepTheirStatus()
    {
        var timeline = Timeline()
            .Claim("p", c => c.Performed("return").On(D(2020, 11, 20)).Std("A"))
            .Claim("end", c => c.Terminated(TerminationReason.Lapsed).On(D(2025, 8, 28)).Std("A"))
            .Build();

        var report = Eval(timeline, EndOfDay(2025, 9, 1), Perspective.OnlyAssertedBy("A"));

        report["return"].Status.Should().Be(ObligationStatus.Fulfilled);
        report["exchange"].Status.Should().Be(ObligationStatus.Terminated);
    }

    [Fact]
    public void Evaluate_UnknownReportIndex_Throws()
    {
        var report = Eval(Domain.Timeline.Empty, Effective);

        var act = () => report["nope"];

        act.Should().Throw<System.Collections.Generic.KeyNotFoundException>().WithMessage("*nope*");
    }

    [Fact]
    public void Evaluate_TimelineOfAnotherStatement_ThrowsNamingBothStatements()
    {
        var builtIn = Domain.Catalog.TrilateralStatement2020.Statement;
        var foreign = Domain.Timeline.CreateBuilder(builtIn)
            .Claim("x", c => c.Performed("a2-aghdam-return").On(D(2020, 11, 20)).AssertedBy("Someone").Source("doc.txt", "l").KnownOn(D(2020, 11, 20)).Saying("s"))
            .Build();

        var act = () => Subject.Evaluate(foreign, Effective);

        act.Should().Throw<CeasefireException>().Which.Message.Should().Contain(builtIn.Title).And.Contain(Subject.Title);
    }

    [Fact]
    public void Create_TimelineOfAnotherStatement_Throws()
    {
        var foreign = Domain.Timeline.CreateBuilder(Domain.Catalog.TrilateralStatement2020.Statement).Build();

        FluentActions.Invoking(() => Evaluator.Create(Subject, foreign)).Should().Throw<CeasefireException>();
        foreign.IsFor(Subject).Should().BeFalse();
    }

    [Fact]
    public void Evaluate_TimelineOfAnEqualStatementInstance_Evaluates()
    {
        var copy = Subject.ToBuilder().Build();
        var timeline = Domain.Timeline.CreateBuilder(copy).Build();

        copy.Should().NotBeSameAs(Subject);
        timeline.Statement.Should().BeSameAs(copy);
        timeline.IsFor(Subject).Should().BeTrue();
        Subject.Evaluate(timeline, Effective).Obligations.Should().HaveCount(Subject.Obligations.Length);
    }

    [Fact]
    public void Evaluate_TimelineOfSameTitleButChangedStatement_Throws()
    {
        var changed = Subject.ToBuilder().SignedOn(D(2020, 11, 8)).Build();
        var timeline = Domain.Timeline.CreateBuilder(changed).Build();

        FluentActions.Invoking(() => Subject.Evaluate(timeline, Effective)).Should().Throw<CeasefireException>()
            .Which.Message.Should().Contain("different contents");
    }

    [Fact]
    public void Empty_IsBoundToNoStatementAndFitsAny()
    {
        Domain.Timeline.Empty.Statement.Should().BeNull();
        Domain.Timeline.Empty.IsFor(Subject).Should().BeTrue();
        Domain.Timeline.Empty.IsFor(Domain.Catalog.TrilateralStatement2020.Statement).Should().BeTrue();
    }
}
