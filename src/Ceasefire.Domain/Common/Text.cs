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

    /// <summary>Formats an instant in a zone as "2020-11-20 24:00 Europe/Moscow"-free text: local time plus zone id.</summary>
    public static string InZone(Instant instant, DateTimeZone zone)
        => Local(instant.InZone(zone).LocalDateTime) + " " + zone.Id;

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
