using NodaTime;

namespace Ceasefire.Domain.Common;

/// <summary>
/// The calendar range the library supports, in one place. NodaTime represents years -9998 to 9999; the library keeps
/// well inside that so that adding a deadline's period, a renewal or a day to any supported date never overflows:
/// <list type="bullet">
/// <item>A statement's effective instant, its deadlines, claim dates and the day a claim became known lie in the
/// <em>supported range</em>: from <see cref="FirstDay"/> (2 January of year 1, so that every time zone offset still
/// gives a valid local date) to <see cref="LastDay"/> (31 December <see cref="LastSupportedYear"/>), that is before
/// <see cref="EndInstant"/>. Validators report anything outside it.</item>
/// <item>Values that are only constructed, never validated against a statement (a <see cref="ClaimDate"/> month or
/// year, the years of yearly grades and chart ticks), may go up to <see cref="LastConstructibleYear"/>: one below
/// NodaTime's last year, so that the day after any of them can still be represented.</item>
/// </list>
/// </summary>
internal static class CalendarLimits
{
    /// <summary>The last year of the supported range.</summary>
    public const int LastSupportedYear = 8999;

    /// <summary>The last year a value may be constructed with (one below NodaTime's last year, 9999).</summary>
    public const int LastConstructibleYear = 9998;

    /// <summary>The supported range, as written in problem messages.</summary>
    public const string SupportedRangeText = "years 1 to 8999";

    /// <summary>The first day of the supported range.</summary>
    public static readonly LocalDate FirstDay = new(1, 1, 2);

    /// <summary>The last day of the supported range.</summary>
    public static readonly LocalDate LastDay = new(LastSupportedYear, 12, 31);

    /// <summary>The first instant of the supported range.</summary>
    public static readonly Instant FirstInstant = Instant.FromUtc(1, 1, 2, 0, 0);

    /// <summary>The first instant after the supported range (exclusive upper bound).</summary>
    public static readonly Instant EndInstant = Instant.FromUtc(LastSupportedYear + 1, 1, 1, 0, 0);

    /// <summary>The text every "beyond the calendar" argument exception of the library carries.</summary>
    public const string BeyondCalendarText = "falls beyond the calendar's range (NodaTime represents the years -9998 to 9999)";

    /// <summary>
    /// The first instant whose local date-time exists in every time zone (offsets are at most 18 hours): instants from
    /// here to <see cref="LocalSafeEnd"/> can be shown as a local time in any zone.
    /// </summary>
    public static readonly Instant LocalSafeStart = Instant.FromUtc(-9998, 1, 2, 0, 0);

    /// <summary>The end (exclusive) of the instants whose local date-time exists in every time zone.</summary>
    public static readonly Instant LocalSafeEnd = Instant.FromUtc(9999, 12, 31, 0, 0);

    /// <summary>The library's exception for a computed date or instant beyond the calendar, in place of NodaTime's own
    /// <see cref="System.OverflowException"/> or range message.</summary>
    /// <param name="paramName">The argument the value came from.</param>
    /// <param name="value">The argument's value.</param>
    /// <param name="what">What was computed, for the message ("the due instant of by 9999-12-31").</param>
    /// <returns>The exception to throw.</returns>
    public static System.ArgumentOutOfRangeException Beyond(string paramName, object? value, string what)
        => new(paramName, value, string.Concat(what, " ", BeyondCalendarText, "."));

    /// <summary>Whether an instant lies in the supported range.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><see langword="true"/> when supported.</returns>
    public static bool Contains(Instant instant) => instant >= FirstInstant && instant < EndInstant;

    /// <summary>Whether a day lies in the supported range.</summary>
    /// <param name="day">The day.</param>
    /// <returns><see langword="true"/> when supported.</returns>
    public static bool Contains(LocalDate day) => day >= FirstDay && day <= LastDay;
}
