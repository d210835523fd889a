using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Ceasefire.Domain.Common;

/// <summary>Culture-invariant formatting used by every piece of library output.</summary>
internal static class Text
{
    private static readonly LocalDatePattern DatePattern = LocalDatePattern.Iso;
    private static readonly LocalDatePattern LongDatePattern = LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture);
    private static readonly LocalDateTimePattern LocalPattern = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm");

    public static string Iso(LocalDate date) => DatePattern.Format(date);

    public static string Long(LocalDate date) => LongDatePattern.Format(date);

    public static string Iso(Instant instant) => InstantPattern.General.Format(instant);

    public static string Local(LocalDateTime local) => LocalPattern.Format(local);

    public static string Iso(Period period) => PeriodPattern.Roundtrip.Format(period);

    /// <summary>A period in words: "3 years", "6 months", "1 year, 2 days" (the ISO form in brackets elsewhere when needed).</summary>
    public static string Human(Period period)
    {
        var parts = new System.Collections.Generic.List<string>();
        void Add(long value, string unit)
        {
            if (value != 0)
            {
                parts.Add(string.Concat(value.ToString(CultureInfo.InvariantCulture), " ", unit, value == 1 || value == -1 ? string.Empty : "s"));
            }
        }

        Add(period.Years, "year");
        Add(period.Months, "month");
        Add(period.Weeks, "week");
        Add(period.Days, "day");
        Add(period.Hours, "hour");
        Add(period.Minutes, "minute");
        Add(period.Seconds, "second");
        return parts.Count == 0 ? "no time" : string.Join(", ", parts);
    }

    public static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The instant in the zone, for display: an instant so close to either end of time that its local
    /// date-time may not exist is first moved to the nearest instant whose local date-time exists in every zone
    /// (within two days of it), so that rendering never fails.</summary>
    public static ZonedDateTime Zoned(Instant instant, DateTimeZone zone)
        => (instant < CalendarLimits.LocalSafeStart ? CalendarLimits.LocalSafeStart
            : instant >= CalendarLimits.LocalSafeEnd ? CalendarLimits.LocalSafeEnd - Duration.Epsilon
            : instant).InZone(zone);

    /// <summary>Formats an instant in a zone as "2020-11-20 24:00 Europe/Moscow"-free text: local time plus zone id.</summary>
    /// <remarks>An instant so close to either end of time that its local date-time may not exist in every zone is
    /// written in UTC instead ("9999-12-31T23:59:59Z (UTC)"), so formatting never fails.</remarks>
    public static string InZone(Instant instant, DateTimeZone zone)
        => instant >= CalendarLimits.LocalSafeStart && instant < CalendarLimits.LocalSafeEnd
            ? Local(instant.InZone(zone).LocalDateTime) + " " + zone.Id
            : Iso(instant) + " (UTC)";

    /// <summary>
    /// User text made safe for one line of plain-text output: every control character (C0, DEL and C1, which include
    /// line feed, carriage return, tab, ESC and NEL) and the Unicode line and paragraph separators are written as an
    /// escape (<c>\n</c>, <c>\r</c>, <c>\t</c>, else <c>\u001B</c>), so a name or summary cannot start a new line or
    /// drive a terminal. Text with none of them is returned as is.
    /// </summary>
    public static string Plain(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = 0;
        while (first < text.Length && !NeedsEscape(text[first]))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length + 16);
        result.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                result.Append(c);
                continue;
            }

            _ = c switch
            {
                '\n' => result.Append("\\n"),
                '\r' => result.Append("\\r"),
                '\t' => result.Append("\\t"),
                _ => result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return result.ToString();
    }

    private static bool NeedsEscape(char c) => c < ' ' || (c >= '\u007F' && c <= '\u009F') || c == '\u2028' || c == '\u2029';

    /// <summary>An argument exception's message without the " (Parameter 'x')" the runtime appends.</summary>
    public static string ExceptionSentence(System.Exception e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" (Parameter", System.StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    /// <summary>
    /// A bounded excerpt of text a user supplied, for an error message: the text itself when short, otherwise its start
    /// followed by "..." and its length, so a hostile value never makes a message (or its memory) grow with it.
    /// </summary>
    public static string Excerpt(string text, int max = 100)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 3;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "... (", Number(text.Length), " characters)");
    }
}
