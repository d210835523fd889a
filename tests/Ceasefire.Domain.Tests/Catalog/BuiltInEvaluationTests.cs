using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Catalog;

/// <summary>The built-in statement evaluated against the built-in timeline gives what a careful reader of the sources would give.</summary>
public class BuiltInEvaluationTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    private static Instant EndOf(int y, int m, int d) => S.TimeZone.AtStartOfDay(new LocalDate(y, m, d).PlusDays(1)).ToInstant();

    private static ComplianceReport At(int y, int m, int d, Perspective? p = null) => S.Evaluate(T, EndOf(y, m, d), p);

    [Fact]
    public void Evaluate_BeforeEffectiveInstant_EverythingNotYetInForce()
        => S.Evaluate(T, Instant.FromUtc(2020, 11, 9, 20, 59)).Obligations.Should().OnlyContain(a => a.Status == ObligationStatus.NotYetInForce);

    [Fact]
    public void Evaluate_AghdamOn20November_FulfilledOnTimeUnderEverySidesClaims()
    {
        foreach (var perspective in new[] { Perspective.AllClaims, Perspective.OnlyAssertedBy("ARM"), Perspective.OnlyAssertedBy("AZE") })
        {
            At(2020, 11, 21, perspective)["a2-aghdam-return"].Status.Should().Be(ObligationStatus.Fulfilled, perspective.Name);
        }
    }

    [Fact]
    public void Evaluate_Ceasefire_AttestedOn11NovemberThenHadrutIncidentsBoundedByTheirDay()
    {
        foreach (var perspective in new[] { Perspective.AllClaims, Perspective.SidingWith("ARM"), Perspective.SidingWith("AZE") })
        {
            var firstDays = S.Evaluate(T, Instant.FromUtc(2020, 11, 11, 12, 0), perspective);
            firstDays["a1-ceasefire"].Status.Should().Be(ObligationStatus.Upheld, perspective.Name);
            firstDays["a1-hold-positions"].Status.Should().Be(ObligationStatus.Upheld, perspective.Name);
        }

        // The Hadrut incidents (12 December 2020, a day) count at the end of that day in Moscow, and only then.
        S.Evaluate(T, Instant.FromUtc(2020, 12, 12, 9, 0))["a1-ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
        S.Evaluate(T, Instant.FromUtc(2020, 12, 12, 21, 0))["a1-ceasefire"].Status.Should().Be(ObligationStatus.Breached);
        S.Evaluate(T, Instant.FromUtc(2020, 12, 13, 9, 0))["a1-ceasefire"].Status.Should().Be(ObligationStatus.NoBreachRecorded);
    }

    [Fact]
    public void Evaluate_Kelbajar_OnTimeWithinTheAgreedExtension()
    {
        var report = At(2020, 11, 26);

        report["a6-kelbajar-return"].Status.Should().Be(ObligationStatus.Fulfilled);
        report["a6-kelbajar-return"].DueInstant.Should().Be(Instant.FromUtc(2020, 11, 25, 21, 0));
        report["a6-kelbajar-return"].Explanation.ClaimsUsed.Should().Contain(u => u.Role == ClaimRole.Extension);
        // On 20 November the original deadline (15 November) has passed, but the agreed extension governs.
        At(2020, 11, 20)["a6-kelbajar-return"].DueInstant.Should().Be(Instant.FromUtc(2020, 11, 25, 21, 0));
        At(2020, 11, 20)["a6-kelbajar-return"].Status.Should().NotBe(ObligationStatus.Overdue);
    }

    [Fact]
    public void Evaluate_ArmedForcesWithdrawal_DisputedWithBothSides()
    {
        var withdrawal = At(2023, 6, 1)["a4-armed-forces-withdrawal"];

        withdrawal.Status.Should().Be(ObligationStatus.Disputed);
        withdrawal.Explanation.DisputeSides.Should().HaveCount(2);
        withdrawal.Explanation.DisputeSides.Select(s => s.Status).Should().Contain(ObligationStatus.Fulfilled);
        At(2023, 6, 1, Perspective.OnlyAssertedBy("ARM"))["a4-armed-forces-withdrawal"].Status.Should().Be(ObligationStatus.Fulfilled);
    }

    [Fact]
    public void Evaluate_LachinCorridorBlockade_BreachedOngoingIn2023PerArmenianClaims()
    {
        var movement = At(2023, 6, 1)["a6-corridor-safe-movement"];

        movement.Status.Should().Be(ObligationStatus.Breached);
        movement.IsBreachOngoing.Should().BeTrue();
        movement.Breaches.Should().Contain(b => b.BreachingActorId == "AZE" && b.Start == ClaimDate.On(new LocalDate(2022, 12, 12)));
        At(2022, 12, 1)["a6-corridor-safe-movement"].Status.Should().Be(ObligationStatus.NoInformation, "no counted claim bears on it before the blockade");
    }

    [Fact]
    public void Evaluate_PeacekeepingTerm_EndedEarlyIn2024NotByNotice()
    {
        At(2024, 1, 1)["a4-peacekeeping-term"].Status.Should().Be(ObligationStatus.NoBreachRecorded, "the only earlier claim attests the stay on 8 November 2021, not on this day");
        var after = At(2024, 7, 1)["a4-peacekeeping-term"];

        after.Status.Should().Be(ObligationStatus.Terminated);
        after.TerminationReason.Should().Be(TerminationReason.EarlyWithdrawal);
    }

    [Fact]
    public void Evaluate_StatementStatus_InForceUntilContestedThenDisputed()
    {
        At(2023, 12, 31).StatementStatus.Should().Be(StatementStatus.InForce);
        At(2025, 9, 1).StatementStatus.Should().Be(StatementStatus.DisputedWhetherInForce);
        // Armenia's Prime Minister calls the statement obsolete: a position, not a termination (docs/semantics.md, section 6).
        At(2025, 9, 1, Perspective.OnlyAssertedBy("ARM")).StatementStatus.Should().Be(StatementStatus.DisputedWhetherInForce);
        At(2025, 9, 1, Perspective.OnlyAssertedBy("RUS")).StatementStatus.Should().Be(StatementStatus.InForce);
    }

    [Fact]
    public void Evaluate_NewRoutePlan_NeverAgreedSoBuildingWithoutAgreementIsABreachOnItsDay()
    {
        // The end of 25 August 2022 (Moscow): the route change without Yerevan (seed 000), an act without the required agreement.
        var onTheDay = At(2022, 8, 25)["a6-new-route-plan"];
        onTheDay.Status.Should().Be(ObligationStatus.Breached);
        onTheDay.Explanation.Reason.Should().Contain("acting without it is itself a breach");

        // The incidents are past: no agreement is recorded, so the plan awaits its condition.
        var plan = At(2024, 1, 1)["a6-new-route-plan"];
        plan.Status.Should().Be(ObligationStatus.AwaitingCondition);
        plan.IsBreachOngoing.Should().BeFalse();
        plan.Breaches.Should().HaveCount(2).And.OnlyContain(b => b.IsIncident && b.BreachingActorId == "AZE");
    }

    [Fact]
    public void Evaluate_AsKnownOnDate_SetsAsideLaterPublications()
    {
        var knownThen = S.Evaluate(T, EndOf(2021, 1, 1), Perspective.AllClaims.AsKnownOn(new LocalDate(2021, 1, 1)));
        var knownNow = At(2021, 1, 1);

        knownThen["a2-aghdam-return"].Explanation.ClaimsSetAside.Should().Contain(s => s.Reason == SetAsideReason.NotYetKnown);
        knownNow["a2-aghdam-return"].Status.Should().Be(ObligationStatus.Fulfilled);
        knownThen.Compare(knownNow).Should().NotBeEmpty();
    }

    [Fact]
    public void Evaluate_EveryUsedClaim_CitesASource()
    {
        foreach (var report in new[] { At(2021, 1, 1), At(2023, 6, 1), At(2026, 1, 1) })
        {
            report.Obligations.SelectMany(a => a.Explanation.ClaimsUsed).Should().OnlyContain(u => u.Claim.Sources.Length > 0);
        }
    }

    [Fact]
    public void History_EveryObligation_TilesEffectiveToToday()
    {
        var evaluator = Evaluator.Create(S, T);
        var to = EndOf(2026, 11, 22);

        foreach (var history in evaluator.Histories(S.EffectiveFrom, to))
        {
            history[0].Start.Should().Be(S.EffectiveFrom);
            history[^1].End.Should().Be(to);
            for (var i = 1; i < history.Length; i++)
            {
                history[i].Start.Should().Be(history[i - 1].End);
            }
        }
    }
}
