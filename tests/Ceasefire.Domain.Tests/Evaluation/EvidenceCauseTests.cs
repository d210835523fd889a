using System.Linq;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tests.Evaluation.EvidenceFixture;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>
/// One test (or a few) per cause the issue "Verdicts grounded in evidence" removes (docs/semantics.md): each asserts
/// what the previous engine got wrong on a small synthetic statement.
/// </summary>
public class EvidenceCauseTests
{
    [Fact]
    public void Cause1_Silence_ContinuousWithNoClaimIsNoInformationAndNeverFullMarks()
    {
        var report = Eval(Domain.Timeline.Empty, EndOfDay(2021, 6, 1));
        var grades = Evaluator.Create(Subject, Domain.Timeline.Empty).YearlyGrades(2021, 2021);

        report["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        report["ceasefire"].Explanation.RuleId.Should().Be("continuous");
        report["guards"].Status.Should().Be(ObligationStatus.NoInformation, "a route that never existed is not upheld by silence");
        grades.Single(g => g.ObligationId == "ceasefire").Grade.Should().BeNull("full marks are never given without evidence");
    }

    [Fact]
    public void Cause1_Silence_OneOffNobodyMentionsIsNoInformationYearsLater()
    {
        var report = Eval(Domain.Timeline.Empty, EndOfDay(2023, 1, 1));

        report["return"].Status.Should().Be(ObligationStatus.NoInformation);
        report["return"].Explanation.Reason.Should().Contain("no counted claim says whether it was performed");
    }

    [Fact]
    public void Cause1_ClosedWorldOption_ReadsSilenceAsKeptAndSaysSo()
    {
        var options = EvaluationOptions.Default.WithClosedWorld();
        var report = Eval(Domain.Timeline.Empty, EndOfDay(2023, 1, 1), null, options);

        report["ceasefire"].Status.Should().Be(ObligationStatus.Upheld);
        report["ceasefire"].Explanation.RuleId.Should().Be("closed-world");
        report["ceasefire"].Explanation.Reason.Should().Contain("closed-world reading applied");
        report["return"].Status.Should().Be(ObligationStatus.Overdue);
        report["transit"].Status.Should().Be(ObligationStatus.NoInformation, "a permission is never overdue, even in a closed world");
    }

    [Fact]
    public void Cause1_AttestationCoveringTheInstant_UpheldAndGradesFull()
    {
        var timeline = Timeline()
            .Claim("ok", c => c.ComplianceAttested("ceasefire").On(D(2021, 1, 1)).Until(ClaimDate.On(D(2021, 12, 31))).Std("RUS"))
            .Build();

        Eval(timeline, EndOfDay(2021, 6, 1))["ceasefire"].Status.Should().Be(ObligationStatus.Upheld);
        Eval(timeline, EndOfDay(2022, 6, 1))["ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
        Evaluator.Create(Subject, timeline).YearlyGrades(2021, 2022).Where(g => g.ObligationId == "ceasefire").Select(g => g.Grade).Should().Equal(3, null);
    }

    [Fact]
    public void Cause2_SidingWith_CountsUncontestedFactsReportedByOthers()
    {
        var timeline = Timeline()
            .Claim("done", c => c.Performed("return").On(D(2020, 11, 14)).ActedBy("ARM").Std("AZE"))
            .Build();
        var asOf = EndOfDay(2020, 12, 1);

        Eval(timeline, asOf, Perspective.SidingWith("ARM"))["return"].Status.Should().Be(ObligationStatus.Fulfilled, "Azerbaijan's report of Armenia's own act is not contested");
        var strict = Eval(timeline, asOf, Perspective.OnlyAssertedBy("ARM"))["return"];
        strict.Status.Should().Be(ObligationStatus.NoInformation);
        strict.Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Reason == SetAsideReason.ClaimantOutsidePerspective);
    }

    [Fact]
    public void Cause2_SidingWith_TheSidesAssertionPrevailsInAContradiction()
    {
        var timeline = Timeline()
            .Claim("shelling", c => c.Breached("ceasefire").On(D(2021, 3, 1)).ActedBy("ARM").Std("AZE"))
            .Claim("denial", c => c.Denied("ceasefire").On(D(2021, 3, 2)).Contradicts("shelling").Std("ARM"))
            .Build();
        var asOf = EndOfDay(2021, 3, 10);

        Eval(timeline, asOf)["ceasefire"].Status.Should().Be(ObligationStatus.Disputed);
        Eval(timeline, asOf, Perspective.SidingWith("AZE"))["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        var arm = Eval(timeline, asOf, Perspective.SidingWith("ARM"))["ceasefire"];
        arm.Status.Should().Be(ObligationStatus.NoBreachRecorded);
        arm.Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Claim.Id == "shelling" && s.Reason == SetAsideReason.OutweighedInDispute);
        Eval(timeline, asOf, Perspective.Trusting("Government of ARM", "AZE"))["ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
    }

    [Fact]
    public void Cause3_ThroughoutRange_CountsFromItsStartWhileWithinCountsAtItsEnd()
    {
        var throughout = Timeline()
            .Claim("since", c => c.Breached("ceasefire").Throughout(D(2020, 11, 10), D(2024, 5, 1)).ActedBy("AZE").Std("ARM", D(2024, 5, 2)))
            .Build();
        var within = Timeline()
            .Claim("sometime", c => c.Breached("ceasefire").Between(D(2020, 11, 10), D(2024, 5, 1)).ActedBy("AZE").Std("ARM", D(2024, 5, 2)))
            .Build();

        Eval(throughout, EndOfDay(2022, 1, 1))["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        Eval(within, EndOfDay(2022, 1, 1))["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        Eval(within, EndOfDay(2024, 5, 2))["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        Eval(throughout, EndOfDay(2022, 1, 1), Perspective.AllClaims.AsKnownOn(D(2023, 1, 1)))["ceasefire"].Status.Should().Be(ObligationStatus.NoInformation);
        Eval(throughout, EndOfDay(2022, 1, 1))["ceasefire"].Explanation.Reason
            .Should().Contain("ongoing since 2020-11-10 (held throughout 2020-11-10..2024-05-01)", "a state is dated by the start of the range it held over")
            .And.NotContain("since throughout");
    }

    [Fact]
    public void Cause4_Incident_CoversOnlyItsDate()
    {
        var timeline = Timeline().Claim("clash", c => c.Incident("ceasefire").On(D(2020, 12, 12)).ActedBy("AZE").Std("ARM")).Build();
        var endOfDay = EndOfDay(2020, 12, 12);

        Eval(timeline, endOfDay)["ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        var later = Eval(timeline, endOfDay.Plus(Duration.FromHours(12)))["ceasefire"];
        later.Status.Should().Be(ObligationStatus.NoBreachRecorded);
        later.Breaches.Should().ContainSingle().Which.Should().Match<BreachRecord>(b => b.IsIncident && !b.IsOngoing && b.Until == endOfDay.PlusTicks(1));
    }

    [Fact]
    public void Cause4_BreachStateEnded_StatusClearsAndTheEpisodeStaysListed()
    {
        var timeline = Timeline()
            .Claim("blockade", c => c.Breached("guards").On(D(2021, 3, 1)).Until(ClaimDate.On(D(2021, 3, 5))).Std("ARM"))
            .Build();
        var evaluator = Evaluator.Create(Subject, timeline);

        evaluator.Evaluate(EndOfDay(2021, 3, 3))["guards"].Status.Should().Be(ObligationStatus.Breached);
        var after = evaluator.Evaluate(EndOfDay(2021, 4, 1))["guards"];
        after.Status.Should().Be(ObligationStatus.NoBreachRecorded);
        after.Breaches.Should().ContainSingle(b => !b.IsOngoing && b.Until == EndOfDay(2021, 3, 5));
        evaluator.History("guards", EndOfDay(2021, 1, 1), EndOfDay(2021, 6, 1)).Select(i => i.Status)
            .Should().Equal(ObligationStatus.NoInformation, ObligationStatus.Breached, ObligationStatus.NoBreachRecorded);
    }

    [Fact]
    public void Cause5_SameDayExtension_IsBeforeTheDueInstant()
    {
        var timeline = Timeline()
            .Claim("x", c => c.DeadlineExtended("return", Deadline.By(D(2020, 11, 25))).On(D(2020, 11, 15)).RequestedBy("ARM").AgreedBy("AZE").Std("AZE"))
            .Build();
        var due = Moscow.AtStartOfDay(D(2020, 11, 16)).ToInstant();

        ClaimDate.On(D(2020, 11, 15)).Compare(due, Moscow).Should().Be(DateComparison.Before);
        ClaimDate.On(D(2020, 11, 16)).Compare(due, Moscow).Should().Be(DateComparison.After);
        ClaimDate.InMonth(2020, 11).Compare(due, Moscow).Should().Be(DateComparison.Uncertain);
        var reading = Eval(timeline, EndOfDay(2020, 11, 20))["return"].Explanation.DeadlineReading;
        reading.Should().Contain("agreed before the original deadline").And.NotContain("after the original deadline");
    }

    [Fact]
    public void Cause6_Permission_NeverOverdueNorBreachedByOmission()
    {
        var timeline = Timeline().Claim("refused", c => c.Breached("transit").On(D(2021, 2, 1)).Std("AZE")).Build();

        Eval(timeline, EndOfDay(2021, 1, 1))["transit"].Status.Should().Be(ObligationStatus.Pending);
        var after = Eval(timeline, EndOfDay(2022, 1, 1))["transit"];
        after.Status.Should().Be(ObligationStatus.NoInformation);
        after.Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Claim.Id == "refused" && s.Reason == SetAsideReason.DoesNotApply);
    }

    [Fact]
    public void Cause6_NoticeByANonParty_IsNotEntitled()
    {
        var byGuarantor = Timeline().Claim("n", c => c.NoticeGiven("stay").On(D(2025, 4, 1)).ActedBy("RUS").Std("RUS")).Build();
        var byParty = Timeline().Claim("n", c => c.NoticeGiven("stay").On(D(2025, 4, 1)).ActedBy("AZE").Std("AZE")).Build();
        var afterTerm = EndOfDay(2025, 12, 1);

        var refused = Eval(byGuarantor, afterTerm)["stay"];
        refused.Status.Should().NotBe(ObligationStatus.Terminated);
        refused.Explanation.ClaimsSetAside.Should().ContainSingle(s => s.Reason == SetAsideReason.NotEntitled);
        Eval(byParty, afterTerm)["stay"].TerminationReason.Should().Be(TerminationReason.NoticeAndExpiry);
    }

    [Fact]
    public void Cause7_PoliticalRemark_IsAPositionNotATermination()
    {
        var timeline = Timeline()
            .Claim("remark", c => c.ObsoleteAsserted().On(D(2023, 9, 20)).Std("AZE"))
            .Claim("later", c => c.StatementInForceAffirmed().On(D(2024, 3, 1)).Std("AZE"))
            .Claim("arm", c => c.StatementInForceAffirmed().On(D(2021, 1, 1)).Std("ARM"))
            .Build();

        var afterRemark = Eval(timeline, EndOfDay(2023, 10, 1));
        afterRemark.StatementStatus.Should().Be(StatementStatus.DisputedWhetherInForce);
        afterRemark["ceasefire"].Status.Should().NotBe(ObligationStatus.Terminated);
        Eval(timeline, EndOfDay(2023, 10, 1), Perspective.OnlyAssertedBy("AZE")).StatementStatus.Should().Be(StatementStatus.DisputedWhetherInForce);
        Eval(timeline, EndOfDay(2024, 3, 2)).StatementStatus.Should().Be(StatementStatus.InForce, "each claimant's latest dated position counts");
    }

    [Fact]
    public void Cause8_ActingWithoutTheRequiredAgreement_IsABreach()
    {
        var timeline = Timeline().Claim("built", c => c.Breached("new-route").On(D(2021, 10, 1)).ActedBy("AZE").Std("ARM")).Build();

        var report = Eval(timeline, EndOfDay(2022, 1, 1))["new-route"];

        report.Status.Should().Be(ObligationStatus.Breached);
        report.Explanation.RuleId.Should().Be("breached");
        report.Explanation.ClaimsSetAside.Should().NotContain(s => s.Reason == SetAsideReason.ConditionNotMet);
        Eval(timeline, EndOfDay(2021, 9, 1))["new-route"].Status.Should().Be(ObligationStatus.AwaitingCondition);
    }
}
