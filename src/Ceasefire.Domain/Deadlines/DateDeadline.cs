using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>A calendar date in the statement's zone, read as "by" (end of that day) or "before" (start of that day).</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class DateDeadline : Deadline
{
    /// <summary>Creates the deadline; use <see cref="Deadline.By"/> or <see cref="Deadline.Before"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The interpretation is not a defined value.</exception>
    internal DateDeadline(LocalDate date, DateInterpretation interpretation)
    {
        if (!Enum.IsDefined(interpretation))
        {
            throw new ArgumentOutOfRangeException(nameof(interpretation), interpretation, "Unknown date interpretation.");
        }

        Date = date;
        Interpretation = interpretation;
    }

    /// <summary>The date as written.</summary>
    public LocalDate Date { get; }

    /// <summary>"By" or "before".</summary>
    public DateInterpretation Interpretation { get; }

    /// <inheritdoc />
    public override DeadlineKind Kind => DeadlineKind.Date;

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The due instant falls beyond the calendar (a date at the calendar's end).</exception>
    public override Instant? DueInstant(DeadlineContext context) => DueIn(context.Zone);

    /// <summary>The due instant in the given zone: the start of the next day for "by", of the day itself for "before".</summary>
    /// <param name="zone">The zone of the statement's wording.</param>
    /// <returns>The exclusive due instant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The due instant falls beyond the calendar (a date at the calendar's end);
    /// a deadline that a statement or timeline accepted never does.</exception>
    public Instant DueIn(DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        try
        {
            var day = Interpretation == DateInterpretation.By ? Date.PlusDays(1) : Date;
            return zone.AtStartOfDay(day).ToInstant();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw CalendarLimits.Beyond(nameof(Date), Date, string.Concat("the due instant of \"", ToString(), "\""));
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The due instant falls beyond the calendar.</exception>
    public override string Explain(DeadlineContext context)
    {
        var due = DueIn(context.Zone);
        return Interpretation == DateInterpretation.By
            ? string.Concat("\"by ", Text.Long(Date), "\" in ", context.Zone.Id, " time: on time at any instant of that day, so due before ", Text.Iso(due), ".")
            : string.Concat("\"before ", Text.Long(Date), "\" in ", context.Zone.Id, " time: due before the start of that day, ", Text.Iso(due), ".");
    }

    /// <inheritdoc />
    public override bool Equals(Deadline? other)
        => other is DateDeadline date && date.Date == Date && date.Interpretation == Interpretation;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Date, Interpretation);

    /// <inheritdoc />
    public override string ToString()
        => string.Concat(Interpretation == DateInterpretation.By ? "by " : "before ", Text.Iso(Date));
}
