using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// A deadline at a local date and time in the statement's zone. A statement whose zone skips or repeats that local
/// time (daylight saving) is rejected by <see cref="StatementBuilder.Build"/>.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class LocalDeadline : Deadline
{
    /// <summary>Creates the deadline; use <see cref="Deadline.At(LocalDateTime)"/>.</summary>
    internal LocalDeadline(LocalDateTime local) => Local = local;

    /// <summary>The local date and time as written.</summary>
    public LocalDateTime Local { get; }

    /// <inheritdoc />
    public override DeadlineKind Kind => DeadlineKind.LocalDateTime;

    /// <inheritdoc />
    /// <exception cref="System.ArgumentOutOfRangeException">The local time falls beyond the calendar in the zone (the
    /// calendar's last or first hours); a deadline that a statement accepted never does.</exception>
    public override Instant? DueInstant(DeadlineContext context) => Resolve(context.Zone);

    /// <inheritdoc />
    /// <exception cref="System.ArgumentOutOfRangeException">The local time falls beyond the calendar in the zone.</exception>
    public override string Explain(DeadlineContext context)
        => string.Concat("due before ", Text.Local(Local), " ", context.Zone.Id, " time, ", Text.Iso(Resolve(context.Zone)), ".");

    private Instant Resolve(DateTimeZone zone)
    {
        try
        {
            return ResolveComputed(Local, zone);
        }
        catch (System.Exception e) when (e is System.ArgumentOutOfRangeException or System.OverflowException)
        {
            throw CalendarLimits.Beyond(nameof(Local), Local, string.Concat("the due instant of \"", ToString(), "\""));
        }
    }

    /// <inheritdoc />
    public override bool Equals(Deadline? other) => other is LocalDeadline l && l.Local == Local;

    /// <inheritdoc />
    public override int GetHashCode() => Local.GetHashCode();

    /// <inheritdoc />
    public override string ToString() => string.Concat("at ", Text.Local(Local), " local");
}
