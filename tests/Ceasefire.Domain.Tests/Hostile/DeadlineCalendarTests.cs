using System;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Hostile;

/// <summary>
/// User-defined statements in zones with daylight saving, and leap days and month ends in relative deadlines, follow
/// the rules documented on <see cref="Deadline"/>: local times the user writes must exist exactly once (else Build
/// rejects them with a path); computed local times in a gap move forward by the gap, in an overlap take the earlier
/// instant; period arithmetic follows NodaTime (31 January + P1M = 28/29 February, 29 February + P1Y = 28 February).
/// </summary>
public class DeadlineCalendarTests
{
    private const string Text = "A shall act within the agreed period.";

    private static StatementBuilder Builder(string zone, LocalDateTime effective, Action<ObligationBuilder> deadline)
        => Statement.CreateBuilder("DST test")
            .SignedOn(effective.Date.PlusDays(-1))
            .InTimeZone(zone)
            .EffectiveAt(effective)
            .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Actor("B", "State B", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Article(1, Text, a => a.Obligation("act", o =>
            {
                o.OwedBy("A").OwedTo("B").Must().OneOff().Described("Act.").Quoting("A shall act");
                deadline(o);
            }));

    private static Instant Due(Statement s) => s.DueInstant(s.GetObligation("act"))!.Value;

    // Skipped: Berlin springs from 02:00 CET to 03:00 CEST on 28 March 2021; New York from 02:00 EST to 03:00 EDT on 14 March 2021.
    // Repeated: Berlin falls back from 03:00 CEST to 02:00 CET on 31 October 2021; New York from 02:00 EDT to 01:00 EST on 7 November 2021.
    [Theory]
    [InlineData("Europe/Berlin", 2021, 3, 28, 2, 30, "does not exist in Europe/Berlin (skipped by a clock change)")]
    [InlineData("America/New_York", 2021, 3, 14, 2, 30, "does not exist in America/New_York (skipped by a clock change)")]
    [InlineData("Europe/Berlin", 2021, 10, 31, 2, 30, "is ambiguous in Europe/Berlin (it occurs twice around a clock change)")]
    [InlineData("America/New_York", 2021, 11, 7, 1, 30, "is ambiguous in America/New_York (it occurs twice around a clock change)")]
    public void Build_EffectiveAtSkippedOrRepeatedLocalTime_RejectedWithPath(string zone, int y, int m, int d, int h, int min, string message)
    {
        var builder = Builder(zone, new LocalDateTime(y, m, d, h, min), o => o.DueBy(new LocalDate(y + 1, 1, 1)));

        var e = FluentActions.Invoking(builder.Build).Should().Throw<CeasefireValidationException>().Which;

        e.Problems.Should().ContainSingle();
        e.Problems[0].Path.Should().Be("$.effectiveFrom");
        e.Problems[0].Code.Should().Be(ValidationCodes.InvalidValue);
        e.Problems[0].Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2021, 3, 28, 2, 30, "does not exist in Europe/Berlin")]
    [InlineData("America/New_York", 2021, 3, 14, 2, 30, "does not exist in America/New_York")]
    [InlineData("Europe/Berlin", 2021, 10, 31, 2, 30, "is ambiguous in Europe/Berlin")]
    [InlineData("America/New_York", 2021, 11, 7, 1, 30, "is ambiguous in America/New_York")]
    public void Build_DeadlineAtSkippedOrRepeatedLocalTime_RejectedWithPath(string zone, int y, int m, int d, int h, int min, string message)
    {
        var builder = Builder(zone, new LocalDateTime(2021, 1, 11, 12, 0), o => o.Due(Deadline.At(new LocalDateTime(y, m, d, h, min))));

        var e = FluentActions.Invoking(builder.Build).Should().Throw<CeasefireValidationException>().Which;

        e.Problems.Should().ContainSingle();
        e.Problems[0].Path.Should().Be("$.articles[0].obligations[0].deadline");
        e.Problems[0].Code.Should().Be(ValidationCodes.InvalidValue);
        e.Problems[0].Message.Should().Contain(message);
    }

    [Theory]
    [InlineData("Europe/Berlin", 2021, 3, 28, 3, 0, 2021, 3, 28, 1, 0)]
    [InlineData("Europe/Berlin", 2021, 10, 31, 3, 0, 2021, 10, 31, 2, 0)]
    [InlineData("America/New_York", 2021, 3, 14, 3, 0, 2021, 3, 14, 7, 0)]
    [InlineData("America/New_York", 2021, 11, 7, 2, 0, 2021, 11, 7, 7, 0)]
    public void Build_LocalTimesJustOutsideTheClockChange_Accepted(string zone, int y, int m, int d, int h, int min, int uy, int um, int ud, int uh, int umin)
    {
        var s = Builder(zone, new LocalDateTime(2021, 1, 11, 12, 0), o => o.Due(Deadline.At(new LocalDateTime(y, m, d, h, min)))).Build();

        Due(s).Should().Be(Instant.FromUtc(uy, um, ud, uh, umin));
    }

    /// <summary>A period computed onto a skipped local time moves forward by the gap: 02:30 becomes 03:30 summer time.</summary>
    [Theory]
    [InlineData("Europe/Berlin", 2021, 3, 27, 2021, 3, 28, 1, 30)] // 02:30 CET + P1D = 02:30 (skipped) -> 03:30 CEST = 01:30Z
    [InlineData("America/New_York", 2021, 3, 13, 2021, 3, 14, 7, 30)] // 02:30 EST + P1D = 02:30 (skipped) -> 03:30 EDT = 07:30Z
    public void DueInstant_RelativeDeadlineIntoSkippedHour_MovesForwardByTheGap(string zone, int y, int m, int d, int uy, int um, int ud, int uh, int umin)
    {
        var s = Builder(zone, new LocalDateTime(y, m, d, 2, 30), o => o.DueWithin(Period.FromDays(1))).Build();

        Due(s).Should().Be(Instant.FromUtc(uy, um, ud, uh, umin));
        (Due(s) - s.EffectiveFrom).Should().Be(Duration.FromHours(24), "moving forward by the one-hour gap keeps the elapsed time at 24 hours");
    }

    /// <summary>A period computed onto a repeated local time takes the earlier of its two instants (summer time).</summary>
    [Theory]
    [InlineData("Europe/Berlin", 2021, 10, 30, 2, 2021, 10, 31, 0, 30)] // 02:30 CEST + P1D = 02:30 twice -> 02:30 CEST = 00:30Z
    [InlineData("America/New_York", 2021, 11, 6, 1, 2021, 11, 7, 5, 30)] // 01:30 EDT + P1D = 01:30 twice -> 01:30 EDT = 05:30Z
    public void DueInstant_RelativeDeadlineIntoRepeatedHour_TakesEarlierInstant(string zone, int y, int m, int d, int h, int uy, int um, int ud, int uh, int umin)
    {
        var s = Builder(zone, new LocalDateTime(y, m, d, h, 30), o => o.DueWithin(Period.FromDays(1))).Build();

        Due(s).Should().Be(Instant.FromUtc(uy, um, ud, uh, umin));
        (Due(s) - s.EffectiveFrom).Should().Be(Duration.FromHours(24), "the earlier 02:30 is exactly one day later");
    }

    [Fact]
    public void Evaluate_PerformanceAroundGapResolvedDeadline_OnTimeStrictlyBeforeIt()
    {
        var s = Builder("Europe/Berlin", new LocalDateTime(2021, 3, 27, 2, 30), o => o.DueWithin(Period.FromDays(1))).Build();
        var due = Instant.FromUtc(2021, 3, 28, 1, 30);

        ObligationStatus StatusIfPerformedAt(Instant at) => s.Evaluate(
            Timeline.CreateBuilder(s).Claim("p", c => c.Performed("act").At(at).AssertedBy("Observer").Source("doc.txt", "p. 1").KnownOn(new LocalDate(2021, 3, 29)).Saying("Done.")).Build(),
            Instant.FromUtc(2021, 4, 1, 0, 0))["act"].Status;

        StatusIfPerformedAt(due.PlusTicks(-1)).Should().Be(ObligationStatus.Fulfilled);
        StatusIfPerformedAt(due).Should().Be(ObligationStatus.FulfilledLate);
    }

    [Fact]
    public void TermAt_RenewableTermEndingInSkippedHour_EndAndCutoffResolvedLeniently()
    {
        // Effective 02:30 CET on 28 March 2020 (Berlin's change that year was on 29 March); the one-year term ends at 02:30 on 28 March 2021, skipped.
        var s = Statement.CreateBuilder("DST term")
            .SignedOn(new LocalDate(2020, 3, 27))
            .InTimeZone("Europe/Berlin")
            .EffectiveAt(new LocalDateTime(2020, 3, 28, 2, 30))
            .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Article(1, Text, a => a.Obligation("act", o => o.OwedBy("A").Must().RenewableTerm(Period.FromYears(1), Period.FromYears(1), Period.FromMonths(1))
                .Described("Act.").Quoting("A shall act")))
            .Build();
        var term = (RenewableTerm)s.GetObligation("act").Deadline;

        var first = term.TermAt(1, s.DeadlineContext);
        var second = term.TermAt(2, s.DeadlineContext);

        first.End.Should().Be(Instant.FromUtc(2021, 3, 28, 1, 30), "02:30 does not exist: 03:30 CEST");
        first.NoticeCutoff.Should().Be(Instant.FromUtc(2021, 2, 28, 1, 30), "02:30 CET on 28 February");
        second.Start.Should().Be(first.End);
        second.End.Should().Be(Instant.FromUtc(2022, 3, 28, 0, 30), "02:30 CEST on 28 March 2022 exists");
    }

    [Fact]
    public void DueInstant_OneYearFrom29February_28FebruaryNextYear()
    {
        var s = Builder("Europe/Moscow", new LocalDateTime(2024, 2, 29, 0, 0), o => o.DueWithin(Period.FromYears(1))).Build();

        Due(s).Should().Be(Instant.FromUtc(2025, 2, 27, 21, 0), "00:00 Moscow (UTC+3) on 28 February 2025");
    }

    [Fact]
    public void DueInstant_FourYearsFrom29February_29FebruaryAgain()
    {
        var s = Builder("Europe/Moscow", new LocalDateTime(2024, 2, 29, 0, 0), o => o.DueWithin(Period.FromYears(4))).Build();

        Due(s).Should().Be(Instant.FromUtc(2028, 2, 28, 21, 0), "00:00 Moscow on 29 February 2028");
    }

    [Theory]
    [InlineData(2021, 2021, 2, 27)] // 31 January 2021 + P1M = 28 February 2021, 00:00 Moscow = 27 February 21:00Z
    [InlineData(2024, 2024, 2, 28)] // 31 January 2024 + P1M = 29 February 2024 (leap year), 00:00 Moscow = 28 February 21:00Z
    public void DueInstant_OneMonthFrom31January_LastDayOfFebruary(int year, int uy, int um, int ud)
    {
        var s = Builder("Europe/Moscow", new LocalDateTime(year, 1, 31, 0, 0), o => o.DueWithin(Period.FromMonths(1))).Build();

        Due(s).Should().Be(Instant.FromUtc(uy, um, ud, 21, 0));
    }

    [Fact]
    public void DueInstant_OneMonthThenOneDayFrom31January_PeriodUnitsAddedLargestFirst()
    {
        // NodaTime adds the months first (31 Jan -> 28 Feb), then the days (-> 1 Mar).
        var s = Builder("Europe/Moscow", new LocalDateTime(2021, 1, 31, 0, 0), o => o.DueWithin(Period.FromMonths(1) + Period.FromDays(1))).Build();

        Due(s).Should().Be(Instant.FromUtc(2021, 2, 28, 21, 0));
    }

    [Fact]
    public void TermAt_RenewableTermFrom29February_EachRenewalAddsToThePreviousEnd()
    {
        var s = Statement.CreateBuilder("Leap term")
            .SignedOn(new LocalDate(2024, 2, 28))
            .InTimeZone("Europe/Moscow")
            .EffectiveAt(new LocalDateTime(2024, 2, 29, 0, 0))
            .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Article(1, Text, a => a.Obligation("act", o => o.OwedBy("A").Must().RenewableTerm(Period.FromYears(1), Period.FromYears(1), Period.FromMonths(1))
                .Described("Act.").Quoting("A shall act")))
            .Build();
        var term = (RenewableTerm)s.GetObligation("act").Deadline;
        var moscow = s.TimeZone;

        LocalDate EndDate(int n) => term.TermAt(n, s.DeadlineContext).End.InZone(moscow).Date;

        EndDate(1).Should().Be(new LocalDate(2025, 2, 28));
        term.TermAt(1, s.DeadlineContext).NoticeCutoff.InZone(moscow).Date.Should().Be(new LocalDate(2025, 1, 28));
        EndDate(2).Should().Be(new LocalDate(2026, 2, 28));
        EndDate(4).Should().Be(new LocalDate(2028, 2, 28), "renewals run from the previous end (28 February), not from the original 29 February");
    }

    [Fact]
    public void ClaimDate_February_LastDayFollowsLeapYears()
    {
        ClaimDate.InMonth(2024, 2).Last.Should().Be(new LocalDate(2024, 2, 29));
        ClaimDate.InMonth(2023, 2).Last.Should().Be(new LocalDate(2023, 2, 28));
        ClaimDate.InMonth(2100, 2).Last.Should().Be(new LocalDate(2100, 2, 28));
    }

    [Fact]
    public void DueInstant_By29February_StartOf1March()
    {
        var s = Builder("Europe/Moscow", new LocalDateTime(2024, 1, 10, 0, 0), o => o.DueBy(new LocalDate(2024, 2, 29))).Build();

        Due(s).Should().Be(Instant.FromUtc(2024, 2, 29, 21, 0), "any instant of 29 February in Moscow is on time");
    }
}
