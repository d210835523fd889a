using System;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// When an obligation is due. A closed set of shapes: <see cref="None"/>, a calendar date read as "by" or "before"
/// (<see cref="DateDeadline"/>), an instant (<see cref="InstantDeadline"/>), a local date and time in the statement's
/// zone (<see cref="LocalDeadline"/>), a period after an anchor (<see cref="RelativeDeadline"/>) and a renewable term
/// (<see cref="RenewableTerm"/>), each made by one of the factories here. Deadlines are immutable; equality
/// (<c>==</c> included) is by value (kind and fields) and hashing is constant-time.
/// </summary>
/// <remarks>
/// <para>A resolved due instant is an exclusive bound: performance at an instant strictly before it is on time.
/// "By 20 November 2020" in Europe/Moscow is due at 2020-11-20T21:00:00Z (the start of 21 November in Moscow);
/// "before 20 November 2020" is due at 2020-11-19T21:00:00Z.</para>
/// <para>Local date-times computed by period arithmetic that fall in a daylight-saving gap are moved forward by the
/// length of the gap; those that fall in an overlap take the earlier instant (NodaTime's lenient resolver). Local
/// date-times written by the user (<see cref="LocalDeadline"/>, <see cref="StatementBuilder.EffectiveAt"/>) must
/// exist exactly once in the zone, or the statement is rejected. Period arithmetic follows NodaTime: adding one
/// month to 31 January gives the last day of February, adding one year to 29 February gives 28 February.</para>
/// </remarks>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public abstract class Deadline : IEquatable<Deadline>
{
    private protected Deadline()
    {
    }

    /// <summary>No deadline.</summary>
    public static Deadline None => NoDeadline.Instance;

    /// <summary>The shape of this deadline.</summary>
    public abstract DeadlineKind Kind { get; }

    /// <summary>"By <paramref name="date"/>": on time at any instant of that day in the statement's zone.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The deadline.</returns>
    public static Deadline By(LocalDate date) => new DateDeadline(date, DateInterpretation.By);

    /// <summary>"Before <paramref name="date"/>": due at the start of that day in the statement's zone.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Before(LocalDate date) => new DateDeadline(date, DateInterpretation.Before);

    /// <summary>Due at an exact instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>The deadline.</returns>
    public static Deadline At(Instant instant) => new InstantDeadline(instant);

    /// <summary>Due at a local date and time in the statement's zone; it must exist exactly once in that zone.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>The deadline.</returns>
    public static Deadline At(LocalDateTime local) => new LocalDeadline(local);

    /// <summary>Due a period after an anchor ("within the upcoming three years").</summary>
    /// <param name="period">The period; must be positive.</param>
    /// <param name="anchor">What the period runs from.</param>
    /// <returns>The deadline.</returns>
    public static Deadline Within(Period period, DeadlineAnchor anchor = DeadlineAnchor.EffectiveFrom) => new RelativeDeadline(period, anchor);

    /// <summary>A term from the effective instant, renewed automatically unless notice is given in time.</summary>
    /// <param name="term">The first term's length.</param>
    /// <param name="renewal">Each renewal's length.</param>
    /// <param name="notice">How long before a term's end notice must be given.</param>
    /// <returns>The deadline.</returns>
    public static RenewableTerm Renewable(Period term, Period renewal, Period notice) => new(term, renewal, notice);

    /// <summary>
    /// The due instant (exclusive), or <see langword="null"/> when there is none: no deadline, a renewable term (use
    /// <see cref="RenewableTerm.TermAt"/>), or a deadline that runs from a condition not yet met.
    /// </summary>
    /// <param name="context">The statement's zone and effective instant, and when the condition was met.</param>
    /// <returns>The due instant or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The due instant falls beyond the calendar NodaTime represents (years
    /// -9998 to 9999), for example <c>By(LocalDate.MaxIsoValue)</c> or a 10,000-year period. The library's own message
    /// says so; a deadline of a statement or timeline that <c>Build()</c> accepted never throws it.</exception>
    public abstract Instant? DueInstant(DeadlineContext context);

    /// <summary>A plain sentence saying how the deadline is read in the given context, with the instant in UTC.</summary>
    /// <param name="context">The statement's zone and effective instant.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The due instant falls beyond the calendar NodaTime represents, as
    /// for <see cref="DueInstant"/>.</exception>
    public abstract string Explain(DeadlineContext context);

    /// <inheritdoc />
    public abstract bool Equals(Deadline? other);

    /// <inheritdoc />
    public sealed override bool Equals(object? obj) => Equals(obj as Deadline);

    /// <summary>Whether two values are equal, as <see cref="Equals(Deadline)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Deadline? left, Deadline? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Deadline? left, Deadline? right) => !(left == right);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Formats the deadline as it would be written, for example "by 2020-11-20".</summary>
    /// <returns>The deadline as text.</returns>
    public abstract override string ToString();

    internal static Instant ResolveComputed(LocalDateTime local, DateTimeZone zone)
        => zone.ResolveLocal(local, NodaTime.TimeZones.Resolvers.LenientResolver).ToInstant();
}
