using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class DeadlineTests
{
    private static readonly DateTimeZone Utc = DateTimeZone.Utc;

    private static Instant? DueWithinFrom(LocalDateTime effective, DateTimeZone zone, Period period)
    {
        var context = new DeadlineContext(zone, zone.AtStrictly(effective).ToInstant());
        return Deadline.Within(period).DueInstant(context);
    }

    [Fact]
    public void None_Always_IsTheSameNoDeadline()
    {
        Deadline.None.Should().BeOfType<NoDeadline>();
        Deadline.None.Should().BeSameAs(Deadline.None);
        Deadline.None.Kind.Should().Be(DeadlineKind.None);
    }

    [Fact]
    public void By_Date_CreatesDateDeadlineReadAsBy()
    {
        var deadline = Deadline.By(new LocalDate(2020, 11, 20));

        var date = deadline.Should().BeOfType<DateDeadline>().Subject;
        date.Date.Should().Be(new LocalDate(2020, 11, 20));
        date.Interpretation.Should().Be(DateInterpretation.By);
        deadline.Kind.Should().Be(DeadlineKind.Date);
    }

    [Fact]
    public void Before_Date_CreatesDateDeadlineReadAsBefore()
    {
        var deadline = Deadline.Before(new LocalDate(2020, 11, 20));

        deadline.Should().BeOfType<DateDeadline>().Which.Interpretation.Should().Be(DateInterpretation.Before);
    }

    [Fact]
    public void At_Instant_CreatesInstantDeadline()
    {
        var deadline = Deadline.At(Fixtures.Effective2020);

        deadline.Should().BeOfType<InstantDeadline>().Which.Instant.Should().Be(Fixtures.Effective2020);
        deadline.Kind.Should().Be(DeadlineKind.Instant);
    }

    [Fact]
    public void At_LocalDateTime_CreatesLocalDeadline()
    {
        var deadline = Deadline.At(new LocalDateTime(2020, 11, 20, 12, 0));

        deadline.Should().BeOfType<LocalDeadline>().Which.Local.Should().Be(new LocalDateTime(2020, 11, 20, 12, 0));
        deadline.Kind.Should().Be(DeadlineKind.LocalDateTime);
    }

    [Fact]
    public void Within_DefaultAnchor_RunsFromEffectiveInstant()
    {
        var deadline = Deadline.Within(Period.FromYears(3));

        var relative = deadline.Should().BeOfType<RelativeDeadline>().Subject;
        relative.Anchor.Should().Be(DeadlineAnchor.EffectiveFrom);
        relative.Period.Should().Be(Period.FromYears(3));
        deadline.Kind.Should().Be(DeadlineKind.Relative);
    }

    [Fact]
    public void Renewable_Periods_CreatesRenewableTerm()
    {
        var term = Deadline.Renewable(Period.FromYears(5), Period.FromYears(4), Period.FromMonths(6));

        term.Term.Should().Be(Period.FromYears(5));
        term.Renewal.Should().Be(Period.FromYears(4));
        term.Notice.Should().Be(Period.FromMonths(6));
        term.Kind.Should().Be(DeadlineKind.RenewableTerm);
    }

    [Fact]
    public void Equals_DifferentDeadlineTypes_AreNotEqual()
    {
        Deadline[] all =
        [
            Deadline.None,
            Deadline.By(new LocalDate(2020, 11, 20)),
            Deadline.Before(new LocalDate(2020, 11, 20)),
            Deadline.At(Instant.FromUtc(2020, 11, 20, 0, 0)),
            Deadline.At(new LocalDateTime(2020, 11, 20, 0, 0)),
            Deadline.Within(Period.FromDays(11)),
            Deadline.Within(Period.FromDays(11), DeadlineAnchor.ConditionMet),
            Deadline.Renewable(Period.FromDays(11), Period.FromDays(11), Period.FromDays(1)),
        ];

        for (var i = 0; i < all.Length; i++)
        {
            for (var j = 0; j < all.Length; j++)
            {
                all[i].Equals(all[j]).Should().Be(i == j, "{0} compared with {1}", all[i], all[j]);
                all[i].Equals((object)all[j]).Should().Be(i == j);
            }

            all[i].Equals(null).Should().BeFalse();
            all[i].Equals((object?)"by 2020-11-20").Should().BeFalse();
        }
    }

    // Period arithmetic, as documented in Deadline's remarks.

    [Fact]
    public void Within_OneMonthFrom31January_IsLastDayOfFebruary()
    {
        DueWithinFrom(new LocalDateTime(2021, 1, 31, 0, 0), Utc, Period.FromMonths(1)).Should().Be(Instant.FromUtc(2021, 2, 28, 0, 0));
    }

    [Fact]
    public void Within_OneMonthFrom31JanuaryOfLeapYear_Is29February()
    {
        DueWithinFrom(new LocalDateTime(2024, 1, 31, 0, 0), Utc, Period.FromMonths(1)).Should().Be(Instant.FromUtc(2024, 2, 29, 0, 0));
    }

    [Fact]
    public void Within_OneYearFrom29February_Is28February()
    {
        DueWithinFrom(new LocalDateTime(2024, 2, 29, 0, 0), Utc, Period.FromYears(1)).Should().Be(Instant.FromUtc(2025, 2, 28, 0, 0));
    }

    // Lenient resolution of computed local times, as documented in Deadline's remarks.

    [Fact]
    public void Within_ComputedLocalTimeInBerlinGap_MovesForwardByTheGap()
    {
        // 2021-03-27 02:30 CET + 1 day = 2021-03-28 02:30, which Berlin skips (02:00 -> 03:00): 03:30 CEST.
        var due = DueWithinFrom(new LocalDateTime(2021, 3, 27, 2, 30), Fixtures.Berlin, Period.FromDays(1));

        due.Should().Be(Instant.FromUtc(2021, 3, 28, 1, 30));
        due!.Value.InZone(Fixtures.Berlin).LocalDateTime.Should().Be(new LocalDateTime(2021, 3, 28, 3, 30));
    }

    [Fact]
    public void Within_ComputedLocalTimeInBerlinOverlap_TakesTheEarlierInstant()
    {
        // 2021-10-31 02:30 occurs twice in Berlin (CEST then CET); the earlier is 00:30Z.
        var due = DueWithinFrom(new LocalDateTime(2021, 10, 30, 2, 30), Fixtures.Berlin, Period.FromDays(1));

        due.Should().Be(Instant.FromUtc(2021, 10, 31, 0, 30));
    }
}
