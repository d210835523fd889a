using System;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace Ceasefire.Domain.Tests;

/// <summary>Tests of <see cref="Statement.Today"/>: the date comes from the caller's clock, read in the statement's zone.</summary>
public class StatementClockTests
{
    private static readonly Statement Statement = TrilateralStatement2020.Statement;

    [Fact]
    public void Today_ClockBeforeMidnightUtcButAfterMidnightMoscow_ReturnsTheMoscowDate()
    {
        // 21:30 UTC on 9 November 2020 is 00:30 on 10 November in Moscow (UTC+3).
        var clock = new FakeClock(Instant.FromUtc(2020, 11, 9, 21, 30));

        Statement.Today(clock).Should().Be(new LocalDate(2020, 11, 10));
    }

    [Fact]
    public void Today_ClockAdvances_FollowsTheClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 30, 12, 0));
        var first = Statement.Today(clock);

        clock.Advance(Duration.FromDays(1));

        Statement.Today(clock).Should().Be(first.PlusDays(1));
        Statement.EndOfDay(Statement.Today(clock)).Should().Be(Instant.FromUtc(2026, 11, 30, 21, 0) + Duration.FromDays(1));
    }

    [Fact]
    public void Today_NullClock_Throws()
    {
        var act = () => Statement.Today(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
