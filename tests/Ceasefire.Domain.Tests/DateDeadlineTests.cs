using System;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class DateDeadlineTests
{
    private static readonly LocalDate November20 = new(2020, 11, 20);

    [Fact]
    public void DueIn_ByInMoscow_IsStartOfNextMoscowDay()
    {
        ((DateDeadline)Deadline.By(November20)).DueIn(Fixtures.Moscow).Should().Be(Instant.FromUtc(2020, 11, 20, 21, 0));
    }

    [Fact]
    public void DueIn_BeforeInMoscow_IsStartOfThatMoscowDay()
    {
        ((DateDeadline)Deadline.Before(November20)).DueIn(Fixtures.Moscow).Should().Be(Instant.FromUtc(2020, 11, 19, 21, 0));
    }

    [Fact]
    public void DueIn_ByVersusBefore_DifferByOneDay()
    {
        var by = Deadline.By(November20).DueInstant(Fixtures.MoscowContext);
        var before = Deadline.Before(November20).DueInstant(Fixtures.MoscowContext);

        (by!.Value - before!.Value).Should().Be(Duration.FromDays(1));
    }

    [Theory]
    [InlineData(DateInterpretation.By)]
    [InlineData(DateInterpretation.Before)]
    public void DueIn_SameDateInUtcZone_IsThreeHoursLaterThanMoscow(DateInterpretation interpretation)
    {
        var deadline = (DateDeadline)(interpretation == DateInterpretation.By ? Deadline.By(November20) : Deadline.Before(November20));

        (deadline.DueIn(DateTimeZone.Utc) - deadline.DueIn(Fixtures.Moscow)).Should().Be(Duration.FromHours(3));
    }

    [Fact]
    public void DueInstant_Context_UsesContextZone()
    {
        var deadline = Deadline.By(November20);
        var utcContext = new DeadlineContext(DateTimeZone.Utc, Fixtures.Effective2020);

        deadline.DueInstant(Fixtures.MoscowContext).Should().Be(Instant.FromUtc(2020, 11, 20, 21, 0));
        deadline.DueInstant(utcContext).Should().Be(Instant.FromUtc(2020, 11, 21, 0, 0));
    }

    [Fact]
    public void DueIn_DayWhoseMidnightIsSkipped_IsFirstInstantOfThatDay()
    {
        // Sao Paulo skipped 2018-11-04 00:00 (clocks went to 01:00, UTC-2): the day starts at 03:00Z.
        var zone = DateTimeZoneProviders.Tzdb["America/Sao_Paulo"];

        Deadline.Before(new LocalDate(2018, 11, 4)).Should().BeOfType<DateDeadline>().Which.DueIn(zone).Should().Be(Instant.FromUtc(2018, 11, 4, 3, 0));
    }

    [Fact]
    public void DueIn_NullZone_Throws()
    {
        var deadline = (DateDeadline)Deadline.By(November20);

        FluentActions.Invoking(() => deadline.DueIn(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Constructor_UndefinedInterpretation_Throws()
    {
        // Only the JSON reader reaches the constructor with an interpretation it has not chosen itself.
        FluentActions.Invoking(() => new DateDeadline(November20, (DateInterpretation)7)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Explain_By_MentionsDateZoneAndUtcInstant()
    {
        var text = Deadline.By(November20).Explain(Fixtures.MoscowContext);

        text.Should().Contain("by 20 November 2020").And.Contain("Europe/Moscow").And.Contain("2020-11-20T21:00:00Z");
    }

    [Fact]
    public void Explain_Before_MentionsDateZoneAndUtcInstant()
    {
        var text = Deadline.Before(November20).Explain(Fixtures.MoscowContext);

        text.Should().Contain("before 20 November 2020").And.Contain("Europe/Moscow").And.Contain("2020-11-19T21:00:00Z");
    }

    [Fact]
    public void Explain_UtcContext_MentionsUtcZone()
    {
        var text = Deadline.By(November20).Explain(new DeadlineContext(DateTimeZone.Utc, Fixtures.Effective2020));

        text.Should().Contain("UTC").And.Contain("2020-11-21T00:00:00Z").And.NotContain("Moscow");
    }

    [Fact]
    public void Equals_SameDateAndInterpretation_EqualWithEqualHashCodes()
    {
        var left = Deadline.By(November20);
        var right = Deadline.By(new LocalDate(2020, 11, 20));

        left.Should().NotBeSameAs(right);
        left.Should().Be(right);
        (left == right).Should().BeTrue();
        (left != right).Should().BeFalse();
        (left == Deadline.Before(November20)).Should().BeFalse();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentInterpretation_NotEqual()
    {
        Deadline.By(November20).Should().NotBe(Deadline.Before(November20));
    }

    [Fact]
    public void Equals_DifferentDate_NotEqual()
    {
        Deadline.By(November20).Should().NotBe(Deadline.By(November20.PlusDays(1)));
    }

    [Fact]
    public void ToString_By_IsByIsoDate()
    {
        Deadline.By(November20).ToString().Should().Be("by 2020-11-20");
    }

    [Fact]
    public void ToString_Before_IsBeforeIsoDate()
    {
        Deadline.Before(new LocalDate(2021, 1, 5)).ToString().Should().Be("before 2021-01-05");
    }
}
