using System;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class RelativeDeadlineTests
{
    private static readonly Deadline ThreeYears = Deadline.Within(Period.FromYears(3));

    private static readonly Deadline ThreeYearsFromCondition = Deadline.Within(Period.FromYears(3), DeadlineAnchor.ConditionMet);

    [Fact]
    public void DueInstant_BuiltInNewRoutePlan_Is10November2023MidnightMoscow()
    {
        var statement = TrilateralStatement2020.Statement;
        var plan = statement.GetObligation("a6-new-route-plan");

        plan.Deadline.Should().Be(ThreeYears);
        statement.DueInstant(plan).Should().Be(Instant.FromUtc(2023, 11, 9, 21, 0));
        plan.Deadline.DueInstant(statement.DeadlineContext)!.Value.InZone(Fixtures.Moscow).LocalDateTime
            .Should().Be(new LocalDateTime(2023, 11, 10, 0, 0));
    }

    [Fact]
    public void DueInstant_ConditionMetAnchorWithoutConditionInstant_IsNull()
    {
        ThreeYearsFromCondition.DueInstant(Fixtures.MoscowContext).Should().BeNull();
    }

    [Fact]
    public void DueInstant_ConditionMetAnchorWithConditionInstant_RunsFromThatInstant()
    {
        var met = Instant.FromUtc(2021, 1, 11, 9, 0); // 12:00 Moscow

        var due = ThreeYearsFromCondition.DueInstant(Fixtures.MoscowContext.WithConditionMetAt(met));

        due.Should().Be(Instant.FromUtc(2024, 1, 11, 9, 0));
    }

    [Fact]
    public void DueInstant_EffectiveAnchorWithConditionInstant_IgnoresTheCondition()
    {
        var context = Fixtures.MoscowContext.WithConditionMetAt(Instant.FromUtc(2021, 1, 11, 9, 0));

        ThreeYears.DueInstant(context).Should().Be(Instant.FromUtc(2023, 11, 9, 21, 0));
    }

    [Fact]
    public void DueInstant_StatementWithConditionMetDeadline_NullUntilConditionSupplied()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().Upon(Condition.AgreementBetweenParties).DueWithin(Period.FromMonths(2), DeadlineAnchor.ConditionMet);
        var statement = b.Build();
        var obligation = statement.GetObligation("o1");

        statement.DueInstant(obligation).Should().BeNull();
        statement.DueInstant(obligation, Instant.FromUtc(2020, 12, 31, 21, 0)).Should().Be(Instant.FromUtc(2021, 2, 28, 21, 0));
    }

    [Fact]
    public void Within_NullPeriod_Throws()
    {
        FluentActions.Invoking(() => Deadline.Within(null!, DeadlineAnchor.EffectiveFrom)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Within_UndefinedAnchor_Throws()
    {
        FluentActions.Invoking(() => Deadline.Within(Period.FromDays(1), (DeadlineAnchor)9)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Explain_Due_MentionsZoneLocalTimeAndUtcInstant()
    {
        var text = ThreeYears.Explain(Fixtures.MoscowContext);

        text.Should().Contain("3 years").And.Contain("Europe/Moscow").And.Contain("2023-11-10 00:00").And.Contain("2023-11-09T21:00:00Z");
    }

    [Fact]
    public void Explain_ConditionNotMet_SaysNotYetDue()
    {
        var text = ThreeYearsFromCondition.Explain(Fixtures.MoscowContext);

        text.Should().Contain("condition").And.Contain("not yet due");
    }

    [Fact]
    public void Explain_ConditionMet_MentionsUtcInstant()
    {
        var text = ThreeYearsFromCondition.Explain(Fixtures.MoscowContext.WithConditionMetAt(Instant.FromUtc(2021, 1, 11, 9, 0)));

        text.Should().Contain("2024-01-11T09:00:00Z").And.Contain("Europe/Moscow").And.NotContain("not yet due");
    }

    [Fact]
    public void Equals_SamePeriodAndAnchor_EqualWithEqualHashCodes()
    {
        var left = Deadline.Within(Period.FromYears(3));
        var right = Deadline.Within(Period.FromYears(3), DeadlineAnchor.EffectiveFrom);

        left.Should().Be(right);
        (left == right).Should().BeTrue();
        (left != Deadline.Within(Period.FromYears(3), DeadlineAnchor.ConditionMet)).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentAnchor_NotEqual()
    {
        ThreeYears.Should().NotBe(ThreeYearsFromCondition);
    }

    [Fact]
    public void Equals_DifferentPeriod_NotEqual()
    {
        ThreeYears.Should().NotBe(Deadline.Within(Period.FromMonths(36)));
    }

    [Fact]
    public void ToString_EffectiveAnchor_NamesPeriodAndAnchor()
    {
        ThreeYears.ToString().Should().Be("within 3 years of the effective instant");
    }

    [Fact]
    public void ToString_ConditionAnchor_NamesPeriodAndCondition()
    {
        Deadline.Within(Period.FromMonths(6), DeadlineAnchor.ConditionMet).ToString().Should().Be("within 6 months of the condition being met");
    }
}
