using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// When something happened, with honest precision: an instant, a day, a month, a year or a range of days. Local dates
/// are read in the statement's zone. <see cref="Resolve(DateTimeZone)"/> gives the interval of instants it may denote; evaluation
/// never invents precision: a claim counts at an instant only once the whole interval lies before it, and a deadline
/// inside the interval makes timeliness uncertain. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record ClaimDate
{
    private ClaimDate(DatePrecision precision, LocalDate first, LocalDate last, Instant? instant, DateQuantifier quantifier = DateQuantifier.Within)
    {
        Precision = precision;
        Quantifier = quantifier;
        First = first;
        Last = last;
        Instant = instant;
    }

    /// <summary>The precision.</summary>
    public DatePrecision Precision { get; }

    /// <summary>The first day the date may denote (for an instant, its day in UTC).</summary>
    public LocalDate First { get; }

    /// <summary>The last day the date may denote (inclusive).</summary>
    public LocalDate Last { get; }

    /// <summary>
    /// Whether the claimed event happened at some time <see cref="DateQuantifier.Within"/> the interval (the default)
    /// or held <see cref="DateQuantifier.Throughout"/> it. Days and instants are always <see cref="DateQuantifier.Within"/>.
    /// </summary>
    public DateQuantifier Quantifier { get; }

    /// <summary>The exact instant, when <see cref="Precision"/> is <see cref="DatePrecision.Instant"/>.</summary>
    public Instant? Instant { get; }

    /// <summary>An exact instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The date.</returns>
    public static ClaimDate At(Instant instant)
    {
        var day = instant.InUtc().Date;
        return new ClaimDate(DatePrecision.Instant, day, day, instant);
    }

    /// <summary>A day, read in the statement's zone.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The date.</returns>
    public static ClaimDate On(LocalDate day) => new(DatePrecision.Day, day, day, null);

    /// <summary>A month, read in the statement's zone.</summary>
    /// <param name="year">The year.</param>
    /// <param name="month">The month, 1-12.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month or year is out of range.</exception>
    public static ClaimDate InMonth(int year, int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, CalendarLimits.LastConstructibleYear);
        var first = new LocalDate(year, month, 1);
        return new ClaimDate(DatePrecision.Month, first, first.PlusMonths(1).PlusDays(-1), null);
    }

    /// <summary>A year, read in the statement's zone.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ClaimDate InYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, CalendarLimits.LastConstructibleYear);
        return new ClaimDate(DatePrecision.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), null);
    }

    /// <summary>A range of days, both inclusive ("fall 2021": 2021-09-01 to 2021-11-30).</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static ClaimDate Between(LocalDate first, LocalDate last)
    {
        if (last < first)
        {
            throw new ArgumentException(string.Concat("The range ends (", Text.Iso(last), ") before it starts (", Text.Iso(first), ")."), nameof(last));
        }

        return first == last ? On(first) : new ClaimDate(DatePrecision.Range, first, last, null);
    }

    /// <summary>A range of days, both inclusive, with a quantifier: <c>Range(first, last, DateQuantifier.Throughout)</c> for a state that held over the whole range.</summary>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day; not before <paramref name="first"/>.</param>
    /// <param name="quantifier">Whether it happened within the range (default) or held throughout it.</param>
    /// <returns>The date (a day when <paramref name="first"/> equals <paramref name="last"/>).</returns>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>.</exception>
    public static ClaimDate Range(LocalDate first, LocalDate last, DateQuantifier quantifier = DateQuantifier.Within)
        => Between(first, last).WithQuantifier(quantifier);

    /// <summary>This date with another quantifier; days and instants stay <see cref="DateQuantifier.Within"/>.</summary>
    /// <param name="quantifier">The quantifier.</param>
    /// <returns>The date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The quantifier is not defined.</exception>
    public ClaimDate WithQuantifier(DateQuantifier quantifier)
    {
        if (!Enum.IsDefined(quantifier))
        {
            throw new ArgumentOutOfRangeException(nameof(quantifier), quantifier, "Unknown quantifier.");
        }

        return Precision is DatePrecision.Instant or DatePrecision.Day || quantifier == Quantifier
            ? this
            : new ClaimDate(Precision, First, Last, Instant, quantifier);
    }

    /// <summary>Compares the interval the date may denote, [s, e), with an instant: <see cref="DateComparison.Before"/> when e &lt;= t, <see cref="DateComparison.After"/> when s &gt;= t, else <see cref="DateComparison.Uncertain"/>.</summary>
    /// <param name="instant">The instant t.</param>
    /// <param name="zone">The statement's zone.</param>
    /// <returns>The comparison.</returns>
    public DateComparison Compare(Instant instant, DateTimeZone zone)
    {
        var (start, end) = Resolve(zone);
        return CompareInterval(start, end, instant);
    }

    /// <summary>Compares a resolved interval [start, end) with an instant.</summary>
    internal static DateComparison CompareInterval(Instant start, Instant end, Instant instant)
        => end <= instant ? DateComparison.Before : start >= instant ? DateComparison.After : DateComparison.Uncertain;

    /// <summary>The interval of instants the date may denote in the given zone: [start, end).</summary>
    /// <param name="zone">The statement's zone.</param>
    /// <returns>The start (inclusive) and end (exclusive).</returns>
    public (Instant Start, Instant End) Resolve(DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        return Resolve(day => zone.AtStartOfDay(day).ToInstant());
    }

    /// <summary>The interval, given the first instant of a day (which compilation memoises).</summary>
    internal (Instant Start, Instant End) Resolve(Func<LocalDate, Instant> startOfDay)
    {
        if (Instant is { } instant)
        {
            return (instant, instant == NodaTime.Instant.MaxValue ? instant : instant.PlusTicks(1));
        }

        // The last day of the calendar has no next day: its range runs to the end of time.
        return (startOfDay(First), Last == LocalDate.MaxIsoValue ? NodaTime.Instant.MaxValue : startOfDay(Last.PlusDays(1)));
    }

    /// <summary>Formats the date: an ISO instant, a day, "2022-03" for a month, "2024" for a year, or "first..last"; "throughout " before a <see cref="DateQuantifier.Throughout"/> date.</summary>
    /// <returns>The date as text.</returns>
    public override string ToString() => Quantifier == DateQuantifier.Throughout ? string.Concat("throughout ", Format(Precision)) : Format(Precision);

    private string Format(DatePrecision precision) => precision switch
    {
        DatePrecision.Instant => Text.Iso(Instant!.Value),
        DatePrecision.Day => Text.Iso(First),
        DatePrecision.Month => Text.Iso(First)[..7],
        DatePrecision.Year => Text.Iso(First)[..4],
        _ => string.Concat(Text.Iso(First), "..", Text.Iso(Last)),
    };
}
