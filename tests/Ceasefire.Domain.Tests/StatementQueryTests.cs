using System;
using System.Collections.Generic;
using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

/// <summary>Tests of the queries of <see cref="Statement"/> (Statement.Queries.cs).</summary>
public sealed class StatementQueryTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static readonly Instant KelbajarDue = Instant.FromUtc(2020, 11, 15, 21, 0);

    private static readonly Instant AghdamDue = Instant.FromUtc(2020, 11, 20, 21, 0);

    private static readonly Instant LachinDue = Instant.FromUtc(2020, 12, 1, 21, 0);

    private static readonly Instant RoutePlanDue = Instant.FromUtc(2023, 11, 9, 21, 0);

    private static IEnumerable<string> Ids(IEnumerable<Obligation> obligations) => obligations.Select(o => o.Id);

    // ---- obligation filters ----

    [Fact]
    public void ObligationsOf_Armenia_AreEveryObligationArmeniaOwesInOrder()
    {
        Ids(S.ObligationsOf("ARM")).Should().Equal(
            "a1-ceasefire",
            "a1-hold-positions",
            "a2-aghdam-return",
            "a4-armed-forces-withdrawal",
            "a6-kelbajar-return",
            "a6-lachin-return",
            "a6-new-route-plan",
            "a8-prisoner-exchange",
            "a9-unblock-links",
            "a9-nakhchivan-transit-safety",
            "a9-new-communications");
    }

    [Fact]
    public void ObligationsOf_Contingent_AreDeploymentTermAndCorridorControl()
    {
        Ids(S.ObligationsOf("RUS-PKF")).Should().Equal("a3-peacekeeper-deployment", "a4-peacekeeping-term", "a6-corridor-control");
    }

    [Fact]
    public void ObligationsOf_Russia_IncludesWhatItsContingentAndBorderGuardsOwe()
    {
        var ids = S.ObligationsOf("RUS").Select(o => o.Id).ToList();

        ids.Should().NotBeEmpty();
        ids.Should().Equal(S.Obligations.Where(o => o.Obligors.Any(a => a is "RUS" or "RUS-PKF" or "RUS-FSB-BG")).Select(o => o.Id));
        ids.Should().Contain(["a3-peacekeeper-deployment", "a6-corridor-control", "a9-border-guard-control"]);
        S.GetObligation("a6-corridor-control").Obligors.Should().Equal("RUS-PKF");
    }

    [Fact]
    public void AnswersFor_ParentAndSelf_ButNotTheOtherWay()
    {
        S.AnswersFor("RUS", "RUS-PKF").Should().BeTrue();
        S.AnswersFor("RUS", "RUS").Should().BeTrue();
        S.AnswersFor("RUS-PKF", "RUS").Should().BeFalse();
        S.AnswersFor("ARM", "RUS-PKF").Should().BeFalse();
    }

    [Fact]
    public void ObligationsOf_UnknownActor_IsEmpty()
    {
        S.ObligationsOf("XYZ").Should().BeEmpty();
    }

    [Fact]
    public void ObligationsOf_Null_Throws()
    {
        FluentActions.Invoking(() => S.ObligationsOf(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ObligationsOwedTo_Azerbaijan_AreEveryObligationOwedToItInOrder()
    {
        Ids(S.ObligationsOwedTo("AZE")).Should().Equal(
            "a2-aghdam-return",
            "a4-peacekeeping-term",
            "a6-kelbajar-return",
            "a6-lachin-return",
            "a9-nakhchivan-transit-safety",
            "a9-new-communications");
    }

    [Fact]
    public void ObligationsOwedTo_Armenia_IsThePeacekeepingTerm()
    {
        Ids(S.ObligationsOwedTo("ARM")).Should().Equal("a4-peacekeeping-term");
    }

    [Fact]
    public void ObligationsIn_Article6_AreItsFiveObligationsInOrder()
    {
        Ids(S.ObligationsIn(6)).Should().Equal(
            "a6-kelbajar-return",
            "a6-lachin-return",
            "a6-corridor-control",
            "a6-new-route-plan",
            "a6-corridor-safe-movement");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void ObligationsIn_UnknownArticle_IsEmpty(int number)
    {
        S.ObligationsIn(number).Should().BeEmpty();
    }

    [Fact]
    public void ObligationsOfKind_Continuous_AreTheSixContinuousObligations()
    {
        Ids(S.ObligationsOfKind(PerformanceKind.Continuous)).Should().Equal(
            "a1-ceasefire",
            "a1-hold-positions",
            "a6-corridor-control",
            "a6-corridor-safe-movement",
            "a9-nakhchivan-transit-safety",
            "a9-border-guard-control");
    }

    [Fact]
    public void ObligationsOfKind_Term_IsThePeacekeepingTerm()
    {
        Ids(S.ObligationsOfKind(PerformanceKind.Term)).Should().Equal("a4-peacekeeping-term");
    }

    [Fact]
    public void ObligationsOfKind_OpenEndedProgress_AreReturnsExchangeAndLinks()
    {
        Ids(S.ObligationsOfKind(PerformanceKind.OpenEndedProgress)).Should().Equal("a7-displaced-return", "a8-prisoner-exchange", "a9-unblock-links");
    }

    [Fact]
    public void ObligationsOfKind_Prohibition_IsTheCeasefire()
    {
        Ids(S.ObligationsOfKind(DeonticKind.Prohibition)).Should().Equal("a1-ceasefire");
    }

    [Fact]
    public void ObligationsOfKind_Permission_IsEmpty()
    {
        S.ObligationsOfKind(DeonticKind.Permission).Should().BeEmpty();
    }

    // ---- DeadlinesBetween ----

    [Fact]
    public void DeadlinesBetween_FirstMonths_AreTheReturnsOrderedByInstant()
    {
        var entries = S.DeadlinesBetween(S.EffectiveFrom, Instant.FromUtc(2021, 1, 1, 0, 0));

        entries.Select(e => (e.ObligationId, e.Kind, e.Instant)).Should().Equal(
            ("a6-kelbajar-return", DeadlineEventKind.Due, KelbajarDue),
            ("a2-aghdam-return", DeadlineEventKind.Due, AghdamDue),
            ("a6-lachin-return", DeadlineEventKind.Due, LachinDue));
    }

    [Fact]
    public void DeadlinesBetween_Entry_DescriptionExplainsTheDeadline()
    {
        var entry = S.DeadlinesBetween(AghdamDue, AghdamDue + Duration.Epsilon).Should().ContainSingle().Subject;

        entry.Description.Should().Be(S.GetObligation("a2-aghdam-return").Deadline.Explain(S.DeadlineContext));
    }

    [Fact]
    public void DeadlinesBetween_StartAtDueInstant_IncludesIt()
    {
        S.DeadlinesBetween(AghdamDue, LachinDue).Select(e => e.ObligationId).Should().Equal("a2-aghdam-return");
    }

    [Fact]
    public void DeadlinesBetween_EndAtDueInstant_ExcludesIt()
    {
        S.DeadlinesBetween(KelbajarDue + Duration.Epsilon, AghdamDue).Should().BeEmpty();
    }

    [Fact]
    public void DeadlinesBetween_EmptyRange_IsEmpty()
    {
        S.DeadlinesBetween(AghdamDue, AghdamDue).Should().BeEmpty();
    }

    [Fact]
    public void DeadlinesBetween_EndBeforeStart_Throws()
    {
        FluentActions.Invoking(() => S.DeadlinesBetween(LachinDue, AghdamDue)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void DeadlinesBetween_RangeOverRoutePlan_IncludesTheThreeYearDeadline()
    {
        S.DeadlinesBetween(Instant.FromUtc(2023, 1, 1, 0, 0), Instant.FromUtc(2024, 1, 1, 0, 0))
            .Select(e => (e.ObligationId, e.Kind, e.Instant))
            .Should().Equal(("a6-new-route-plan", DeadlineEventKind.Due, RoutePlanDue));
    }

    [Fact]
    public void DeadlinesBetween_TwoTerms_ListsCutoffsAndEndsInOrder()
    {
        var entries = S.DeadlinesBetween(Instant.FromUtc(2025, 1, 1, 0, 0), Instant.FromUtc(2031, 1, 1, 0, 0));

        entries.Select(e => (e.ObligationId, e.Kind, e.Instant)).Should().Equal(
            ("a4-peacekeeping-term", DeadlineEventKind.NoticeCutoff, Instant.FromUtc(2025, 5, 9, 21, 0)),
            ("a4-peacekeeping-term", DeadlineEventKind.TermEnd, Instant.FromUtc(2025, 11, 9, 21, 0)),
            ("a4-peacekeeping-term", DeadlineEventKind.NoticeCutoff, Instant.FromUtc(2030, 5, 9, 21, 0)),
            ("a4-peacekeeping-term", DeadlineEventKind.TermEnd, Instant.FromUtc(2030, 11, 9, 21, 0)));
    }

    [Fact]
    public void DeadlinesBetween_RangeBetweenCutoffAndEnd_HasOnlyTheTermEnd()
    {
        var entries = S.DeadlinesBetween(Instant.FromUtc(2025, 6, 1, 0, 0), Instant.FromUtc(2025, 12, 1, 0, 0));

        entries.Should().ContainSingle().Which.Kind.Should().Be(DeadlineEventKind.TermEnd);
    }

    [Fact]
    public void DeadlinesBetween_ConditionMetDeadline_IsNotListed()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().Upon(Condition.AgreementBetweenParties).DueWithin(Period.FromDays(1), DeadlineAnchor.ConditionMet);

        b.Build().DeadlinesBetween(Instant.MinValue, Instant.FromUtc(2100, 1, 1, 0, 0)).Should().BeEmpty();
    }

    [Fact]
    public void DeadlinesBetween_SameInstant_OrderedByObligationOrder()
    {
        var b = Fixtures.Valid();
        b.State.Articles[1].Obligations[0].Revise().OneOff().DueBy(new LocalDate(2020, 11, 20));
        var first = b.State.Articles[0];
        b.State.Articles.RemoveAt(0);
        b.State.Articles.Add(first); // article 2 is added first; the statement orders articles by number

        var entries = b.Build().DeadlinesBetween(Fixtures.Effective2020, Instant.FromUtc(2021, 1, 1, 0, 0));

        entries.Select(e => e.ObligationId).Should().Equal("o1", "o2");
        entries.Select(e => e.Instant).Distinct().Should().ContainSingle();
    }

    // ---- UpcomingDeadlines ----

    [Fact]
    public void UpcomingDeadlines_FromEffective_AreTheNextThreeInOrder()
    {
        S.UpcomingDeadlines(S.EffectiveFrom, 3).Select(e => e.Instant).Should().Equal(KelbajarDue, AghdamDue, LachinDue);
    }

    [Fact]
    public void UpcomingDeadlines_AtADueInstant_StrictlyAfterIt()
    {
        S.UpcomingDeadlines(AghdamDue, 1).Should().ContainSingle().Which.ObligationId.Should().Be("a6-lachin-return");
    }

    [Fact]
    public void UpcomingDeadlines_OneSecondBeforeADueInstant_IncludesIt()
    {
        S.UpcomingDeadlines(AghdamDue - Duration.FromSeconds(1), 1).Should().ContainSingle().Which.ObligationId.Should().Be("a2-aghdam-return");
    }

    [Fact]
    public void UpcomingDeadlines_After2024_AreTermEvents()
    {
        S.UpcomingDeadlines(Instant.FromUtc(2024, 1, 1, 0, 0), 4).Select(e => (e.Kind, e.Instant)).Should().Equal(
            (DeadlineEventKind.NoticeCutoff, Instant.FromUtc(2025, 5, 9, 21, 0)),
            (DeadlineEventKind.TermEnd, Instant.FromUtc(2025, 11, 9, 21, 0)),
            (DeadlineEventKind.NoticeCutoff, Instant.FromUtc(2030, 5, 9, 21, 0)),
            (DeadlineEventKind.TermEnd, Instant.FromUtc(2030, 11, 9, 21, 0)));
    }

    [Fact]
    public void UpcomingDeadlines_DefaultCount_IsTen()
    {
        S.UpcomingDeadlines(S.EffectiveFrom).Should().HaveCount(10);
    }

    [Fact]
    public void UpcomingDeadlines_FewerThanCount_ReturnsAllThereAre()
    {
        var statement = Fixtures.Valid().Build();

        statement.UpcomingDeadlines(Fixtures.Effective2020, 10).Select(e => e.ObligationId).Should().Equal("o1");
    }

    [Fact]
    public void UpcomingDeadlines_Zero_IsEmpty()
    {
        S.UpcomingDeadlines(S.EffectiveFrom, 0).Should().BeEmpty();
    }

    [Fact]
    public void UpcomingDeadlines_Negative_Throws()
    {
        FluentActions.Invoking(() => S.UpcomingDeadlines(S.EffectiveFrom, -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    // ---- lookups ----

    [Fact]
    public void GetObligation_UnknownId_ThrowsKeyNotFound()
    {
        FluentActions.Invoking(() => S.GetObligation("a10-unknown")).Should().Throw<KeyNotFoundException>().WithMessage("*a10-unknown*");
    }

    [Fact]
    public void GetObligation_KnownId_ReturnsIt()
    {
        S.GetObligation("a8-prisoner-exchange").ArticleNumber.Should().Be(8);
    }

    [Fact]
    public void TryGetObligation_UnknownId_IsFalse()
    {
        S.TryGetObligation("nope", out var obligation).Should().BeFalse();
        obligation.Should().BeNull();
    }

    [Fact]
    public void GetArticle_Known_ReturnsIt()
    {
        var article = S.GetArticle(6);

        article.Number.Should().Be(6);
        article.Obligations.Should().Equal(S.ObligationsIn(6));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void GetArticle_Unknown_ThrowsKeyNotFound(int number)
    {
        FluentActions.Invoking(() => S.GetArticle(number)).Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void TryGetActor_Known_ReturnsIt()
    {
        S.TryGetActor("RUS", out var actor).Should().BeTrue();
        actor!.Name.Should().Be("Russian Federation");
    }

    [Fact]
    public void TryGetActor_Unknown_IsFalse()
    {
        S.TryGetActor("XYZ", out var actor).Should().BeFalse();
        actor.Should().BeNull();
    }

    [Fact]
    public void TryGetActor_IdIsCaseSensitive_IsFalse()
    {
        S.TryGetActor("rus", out _).Should().BeFalse();
    }

    [Fact]
    public void GetActor_Unknown_ThrowsKeyNotFound()
    {
        FluentActions.Invoking(() => S.GetActor("XYZ")).Should().Throw<KeyNotFoundException>();
    }
}
