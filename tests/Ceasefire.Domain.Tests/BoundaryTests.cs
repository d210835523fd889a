// Boundary cases found while writing the foundation tests: local deadlines at the effective instant, dates at the
// end of the calendar, and the precision of "strictly after" in deadline queries.
using System;
using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

public sealed class BoundaryTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    // BUG 1. StatementValidator.CheckDeadline, case LocalDeadline: it only rejects `instant < ctx.EffectiveFrom`,
    // while every other deadline (Deadline.At(Instant), By, Before) is rejected when `due <= EffectiveFrom`
    // ("is not after the effective instant"). A local deadline equal to the effective local time builds, although the
    // same deadline written as an instant is rejected. Fix: use `instant <= ctx.EffectiveFrom`.
    [Fact]
    public void Build_DeadlineAtLocalTimeEqualToEffective_ReportsDeadline()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().Due(Deadline.At(new LocalDateTime(2020, 11, 10, 0, 0)));

        var exception = FluentActions.Invoking(b.Build).Should().Throw<CeasefireValidationException>().Which;

        exception.Problems.Should().Contain(p => p.Path == "$.articles[0].obligations[0].deadline");
    }

    // BUG 3. Build() lets NodaTime exceptions escape for dates and periods near the end of the calendar, instead of
    // reporting them in a CeasefireValidationException (docs/architecture.md, "Errors": every input path rejects bad input with
    // the library's own exception listing every problem). Observed:
    //   Deadline.By(9999-12-31)                 -> OverflowException ("Date computation would overflow ...") from DateDeadline.DueIn (PlusDays(1))
    //   DueWithin(Period.FromYears(20000))      -> ArgumentOutOfRangeException from LocalDateTime.Plus in StatementValidator.IsPositive
    //   RenewableTerm(P20000Y, P1Y, P1M)        -> ArgumentOutOfRangeException from zero.Plus(term.Term)
    //   EffectiveFrom(Instant.MaxValue)         -> ArgumentOutOfRangeException from eff.InZone(zone) in Build
    [Fact]
    public void Build_ByLastDateOfCalendar_ThrowsValidationException()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().DueBy(new LocalDate(9999, 12, 31));

        FluentActions.Invoking(b.Build).Should().Throw<CeasefireValidationException>()
            .Which.Problems.Should().Contain(p => p.Path == "$.articles[0].obligations[0].deadline");
    }

    [Fact]
    public void Build_RelativePeriodBeyondCalendar_ThrowsValidationException()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().DueWithin(Period.FromYears(20000));

        FluentActions.Invoking(b.Build).Should().Throw<CeasefireValidationException>()
            .Which.Problems.Should().Contain(p => p.Path == "$.articles[0].obligations[0].deadline");
    }

    [Fact]
    public void Build_TermBeyondCalendar_ThrowsValidationException()
    {
        var b = Fixtures.Valid();
        b.State.Articles[0].Obligations[0].Revise().RenewableTerm(Period.FromYears(20000), Period.FromYears(1), Period.FromMonths(1));

        FluentActions.Invoking(b.Build).Should().Throw<CeasefireValidationException>()
            .Which.Problems.Should().Contain(p => p.Path.StartsWith("$.articles[0].obligations[0].deadline", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EffectiveAtInstantMaxValue_ThrowsValidationException()
    {
        var b = Fixtures.WithoutEffective().EffectiveFrom(Instant.MaxValue);

        FluentActions.Invoking(b.Build).Should().Throw<CeasefireValidationException>();
    }

    // BUG 4. Statement.DeadlinesBetween / UpcomingDeadlines throw when the range reaches the end of the calendar,
    // because RenewableTerm.TermAt computes term ends past year 9999 (LocalDateTime.Plus throws
    // ArgumentOutOfRangeException "Value should be in range [-19993-4]"), and UpcomingDeadlines(Instant.MaxValue)
    // overflows in after.PlusTicks(1) (OverflowException "Operation would overflow range of Instant"). The only
    // documented exception is ArgumentOutOfRangeException for end < start. Expected: stop at the last representable
    // term; return what exists.
    [Fact]
    public void DeadlinesBetween_RangeToInstantMaxValue_ListsTermEventsWithoutThrowing()
    {
        var entries = FluentActions.Invoking(() => S.DeadlinesBetween(S.EffectiveFrom, Instant.MaxValue)).Should().NotThrow().Subject;

        entries.Count(e => e.Kind == DeadlineEventKind.TermEnd).Should().BeGreaterThan(1000);
    }

    [Fact]
    public void UpcomingDeadlines_NearEndOfCalendar_DoesNotThrow()
    {
        FluentActions.Invoking(() => S.UpcomingDeadlines(Instant.FromUtc(9990, 1, 1, 0, 0), 3)).Should().NotThrow();
        FluentActions.Invoking(() => S.UpcomingDeadlines(Instant.MaxValue, 3)).Should().NotThrow().Which.Should().BeEmpty();
    }

    // BUG 5. UpcomingDeadlines is documented as "strictly after `after`" but searches from after.PlusTicks(1): a tick is
    // 100 ns, so a deadline less than 100 ns after `after` is skipped. Fix: after + Duration.Epsilon.
    [Fact]
    public void UpcomingDeadlines_OneNanosecondBeforeADueInstant_IncludesIt()
    {
        var aghdamDue = Instant.FromUtc(2020, 11, 20, 21, 0);

        S.UpcomingDeadlines(aghdamDue - Duration.Epsilon, 1).Should().ContainSingle().Which.ObligationId.Should().Be("a2-aghdam-return");
    }

    // BUG 6. UpcomingDeadlines widens its window only up to about 1,000 years (366 days doubled until >= 366,000
    // days), so from an instant more than ~1,026 years before the first deadline it returns nothing, although the
    // documented result is "the next `count` deadlines strictly after `after`".
    [Fact]
    public void UpcomingDeadlines_FromMoreThanAMillenniumEarlier_FindsTheFirstDeadlines()
    {
        S.UpcomingDeadlines(Instant.FromUtc(900, 1, 1, 0, 0), 3).Select(e => e.ObligationId)
            .Should().Equal("a6-kelbajar-return", "a2-aghdam-return", "a6-lachin-return");
    }
}
