using System;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class RenewableTermTests
{
    private static RenewableTerm BuiltInTerm
        => TrilateralStatement2020.Statement.GetObligation("a4-peacekeeping-term").Deadline.Should().BeOfType<RenewableTerm>().Subject;

    private static DeadlineContext BuiltInContext => TrilateralStatement2020.Statement.DeadlineContext;

    private static readonly Instant FirstEnd = Instant.FromUtc(2025, 11, 9, 21, 0);

    private static readonly Instant SecondEnd = Instant.FromUtc(2030, 11, 9, 21, 0);

    [Fact]
    public void BuiltInTerm_Periods_AreFiveYearsFiveYearsSixMonths()
    {
        BuiltInTerm.Should().Be(Deadline.Renewable(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6)));
    }

    [Fact]
    public void TermAt_First_StartsAtEffectiveAndEndsNovember2025()
    {
        var term = BuiltInTerm.TermAt(1, BuiltInContext);

        term.Number.Should().Be(1);
        term.Start.Should().Be(Instant.FromUtc(2020, 11, 9, 21, 0));
        term.End.Should().Be(FirstEnd);
        term.NoticeCutoff.Should().Be(Instant.FromUtc(2025, 5, 9, 21, 0));
    }

    [Fact]
    public void TermAt_Second_StartsAtFirstEndAndEndsNovember2030()
    {
        var term = BuiltInTerm.TermAt(2, BuiltInContext);

        term.Number.Should().Be(2);
        term.Start.Should().Be(FirstEnd);
        term.End.Should().Be(SecondEnd);
        term.NoticeCutoff.Should().Be(Instant.FromUtc(2030, 5, 9, 21, 0));
    }

    [Fact]
    public void TermAt_Third_EndsNovember2035()
    {
        var term = BuiltInTerm.TermAt(3, BuiltInContext);

        term.Start.Should().Be(SecondEnd);
        term.End.Should().Be(Instant.FromUtc(2035, 11, 9, 21, 0));
        term.NoticeCutoff.Should().Be(Instant.FromUtc(2035, 5, 9, 21, 0));
    }

    [Fact]
    public void TermAt_CutoffsInMoscowTime_AreMidnight10May()
    {
        var zone = Fixtures.Moscow;

        BuiltInTerm.TermAt(1, BuiltInContext).NoticeCutoff.InZone(zone).LocalDateTime.Should().Be(new LocalDateTime(2025, 5, 10, 0, 0));
        BuiltInTerm.TermAt(2, BuiltInContext).NoticeCutoff.InZone(zone).LocalDateTime.Should().Be(new LocalDateTime(2030, 5, 10, 0, 0));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_001)]
    public void TermAt_NumberOutOfRange_Throws(int number)
    {
        FluentActions.Invoking(() => BuiltInTerm.TermAt(number, BuiltInContext)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TermAt_RenewalDiffersFromTerm_EachRenewalAddsRenewal()
    {
        var context = new DeadlineContext(DateTimeZone.Utc, Instant.FromUtc(2020, 1, 1, 0, 0));
        var term = Deadline.Renewable(Period.FromYears(1), Period.FromYears(2), Period.FromMonths(1));

        term.TermAt(1, context).End.Should().Be(Instant.FromUtc(2021, 1, 1, 0, 0));
        term.TermAt(2, context).End.Should().Be(Instant.FromUtc(2023, 1, 1, 0, 0));
        term.TermAt(3, context).End.Should().Be(Instant.FromUtc(2025, 1, 1, 0, 0));
        term.TermAt(3, context).NoticeCutoff.Should().Be(Instant.FromUtc(2024, 12, 1, 0, 0));
    }

    [Fact]
    public void TermAt_MonthlyTermFrom31January_RenewsFromThePreviousEnd()
    {
        // Each renewal adds the renewal period to the previous end: 28 February + 1 month is 28 March, not 31 March.
        var context = new DeadlineContext(DateTimeZone.Utc, Instant.FromUtc(2021, 1, 31, 0, 0));
        var term = Deadline.Renewable(Period.FromMonths(1), Period.FromMonths(1), Period.FromDays(1));

        term.TermAt(1, context).End.Should().Be(Instant.FromUtc(2021, 2, 28, 0, 0));
        term.TermAt(2, context).End.Should().Be(Instant.FromUtc(2021, 3, 28, 0, 0));
    }

    [Fact]
    public void TermAt_ComputedEndInBerlinGap_MovesForwardByTheGap()
    {
        var context = new DeadlineContext(Fixtures.Berlin, Fixtures.Berlin.AtStrictly(new LocalDateTime(2021, 3, 27, 2, 30)).ToInstant());
        var term = Deadline.Renewable(Period.FromDays(1), Period.FromDays(1), Period.FromHours(1));

        term.TermAt(1, context).End.Should().Be(Instant.FromUtc(2021, 3, 28, 1, 30));
    }

    [Fact]
    public void TermContaining_InstantInFirstTerm_IsFirstTerm()
    {
        BuiltInTerm.TermContaining(Instant.FromUtc(2023, 6, 1, 0, 0), BuiltInContext).Should().Be(BuiltInTerm.TermAt(1, BuiltInContext));
    }

    [Fact]
    public void TermContaining_InstantInSecondTerm_IsSecondTerm()
    {
        var term = BuiltInTerm.TermContaining(Instant.FromUtc(2027, 1, 1, 0, 0), BuiltInContext);

        term.Should().Be(BuiltInTerm.TermAt(2, BuiltInContext));
        term!.Number.Should().Be(2);
    }

    [Fact]
    public void TermContaining_InstantInFifthTerm_IsFifthTerm()
    {
        BuiltInTerm.TermContaining(Instant.FromUtc(2042, 1, 1, 0, 0), BuiltInContext)!.Number.Should().Be(5);
    }

    [Fact]
    public void TermContaining_BeforeStart_IsNull()
    {
        BuiltInTerm.TermContaining(BuiltInContext.EffectiveFrom - Duration.Epsilon, BuiltInContext).Should().BeNull();
        BuiltInTerm.TermContaining(Instant.FromUtc(2019, 1, 1, 0, 0), BuiltInContext).Should().BeNull();
    }

    [Fact]
    public void TermContaining_AtStart_IsFirstTerm()
    {
        BuiltInTerm.TermContaining(BuiltInContext.EffectiveFrom, BuiltInContext)!.Number.Should().Be(1);
    }

    [Fact]
    public void TermContaining_JustBeforeFirstEnd_IsFirstTerm()
    {
        BuiltInTerm.TermContaining(FirstEnd - Duration.Epsilon, BuiltInContext)!.Number.Should().Be(1);
    }

    [Fact]
    public void TermContaining_AtFirstEnd_IsSecondTermBecauseEndIsExclusive()
    {
        var term = BuiltInTerm.TermContaining(FirstEnd, BuiltInContext);

        term!.Number.Should().Be(2);
        term.Start.Should().Be(FirstEnd);
    }

    [Fact]
    public void TermContaining_AnyInstant_IsContainedInTheReturnedTerm()
    {
        var instants = new[]
        {
            BuiltInContext.EffectiveFrom,
            Instant.FromUtc(2025, 5, 9, 21, 0),
            FirstEnd - Duration.Epsilon,
            FirstEnd,
            Instant.FromUtc(2031, 2, 3, 4, 5),
            SecondEnd,
        };

        foreach (var instant in instants)
        {
            BuiltInTerm.TermContaining(instant, BuiltInContext)!.Contains(instant).Should().BeTrue("{0} is in the term returned for it", instant);
        }
    }

    [Fact]
    public void DueInstant_Always_IsNull()
    {
        BuiltInTerm.DueInstant(BuiltInContext).Should().BeNull();
    }

    [Fact]
    public void Explain_BuiltIn_MentionsZoneAndUtcEndAndCutoff()
    {
        var text = BuiltInTerm.Explain(BuiltInContext);

        text.Should().Contain("Europe/Moscow").And.Contain("2025-11-09T21:00:00Z").And.Contain("2025-05-10 00:00").And.Contain("6 months");
    }

    [Fact]
    public void Renewable_NullPeriod_Throws()
    {
        FluentActions.Invoking(() => Deadline.Renewable(null!, Period.FromYears(1), Period.FromDays(1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Deadline.Renewable(Period.FromYears(1), null!, Period.FromDays(1))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Deadline.Renewable(Period.FromYears(1), Period.FromYears(1), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equals_SamePeriods_EqualWithEqualHashCodes()
    {
        var left = Deadline.Renewable(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6));
        var right = Deadline.Renewable(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6));

        left.Should().Be(right);
        (left == right).Should().BeTrue();
        left.GetHashCode().Should().Be(right.GetHashCode());
    }

    [Theory]
    [InlineData(4, 5, 6)]
    [InlineData(5, 4, 6)]
    [InlineData(5, 5, 3)]
    public void Equals_AnyPeriodDifferent_NotEqual(int term, int renewal, int noticeMonths)
    {
        Deadline.Renewable(Period.FromYears(term), Period.FromYears(renewal), Period.FromMonths(noticeMonths))
            .Should().NotBe(Deadline.Renewable(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6)));
    }

    [Fact]
    public void ToString_BuiltIn_NamesAllThreePeriods()
    {
        BuiltInTerm.ToString().Should().Be("term of 5 years, renewed by 5 years unless notice 6 months before expiry");
    }
}
