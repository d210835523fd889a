using System;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// A deadline a period after an anchor, computed on local date-times in the statement's zone with NodaTime
/// <see cref="NodaTime.Period"/> arithmetic: "within the upcoming three years" from 00:00 Moscow time on
/// 10 November 2020 is due at 00:00 Moscow time on 10 November 2023.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class RelativeDeadline : Deadline
{
    /// <summary>Creates the deadline; use <see cref="Deadline.Within"/>. The period is validated as positive when the statement is built.</summary>
    /// <exception cref="ArgumentNullException">The period is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The anchor is not a defined value.</exception>
    internal RelativeDeadline(Period period, DeadlineAnchor anchor)
    {
        Guard.Against.Null(period);
        if (!Enum.IsDefined(anchor))
        {
            throw new ArgumentOutOfRangeException(nameof(anchor), anchor, "Unknown deadline anchor.");
        }

        Period = period;
        Anchor = anchor;
    }

    /// <summary>The period.</summary>
    public Period Period { get; }

    /// <summary>What the period runs from.</summary>
    public DeadlineAnchor Anchor { get; }

    /// <inheritdoc />
    public override DeadlineKind Kind => DeadlineKind.Relative;

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The anchor plus the period falls beyond the calendar; a deadline that a
    /// statement and its timeline accepted never does.</exception>
    public override Instant? DueInstant(DeadlineContext context)
    {
        Instant? anchor = Anchor == DeadlineAnchor.EffectiveFrom ? context.EffectiveFrom : context.ConditionMetAt;
        if (anchor is not { } start)
        {
            return null;
        }

        try
        {
            var local = start.InZone(context.Zone).LocalDateTime.Plus(Period);
            return ResolveComputed(local, context.Zone);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw CalendarLimits.Beyond(nameof(context), start, string.Concat("the due instant of \"", ToString(), "\""));
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The anchor plus the period falls beyond the calendar.</exception>
    public override string Explain(DeadlineContext context)
    {
        var due = DueInstant(context);
        var from = Anchor == DeadlineAnchor.EffectiveFrom ? "the effective instant" : "the instant the condition was met";
        return due is { } d
            ? string.Concat("within ", Text.Human(Period), " of ", from, " in ", context.Zone.Id, " time: due before ", Text.InZone(d, context.Zone), ", ", Text.Iso(d), ".")
            : string.Concat("within ", Text.Human(Period), " of ", from, ", which has not happened: not yet due.");
    }

    /// <inheritdoc />
    public override bool Equals(Deadline? other) => other is RelativeDeadline r && r.Period.Equals(Period) && r.Anchor == Anchor;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Anchor);

    /// <inheritdoc />
    public override string ToString()
        => string.Concat("within ", Text.Human(Period), Anchor == DeadlineAnchor.EffectiveFrom ? " of the effective instant" : " of the condition being met");
}
