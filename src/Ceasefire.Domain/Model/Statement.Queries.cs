using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <content>Queries over obligations and deadlines.</content>
public sealed partial class Statement
{
    /// <summary>
    /// Today's date in the statement's zone, read from the given clock: the library never reads the system clock
    /// itself, so "as of today" is always the caller's choice (<c>SystemClock.Instance</c> in a program, a
    /// <c>FakeClock</c> in a test). Pass the result to <see cref="EndOfDay(LocalDate)"/> to evaluate "as of today".
    /// </summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The current date in <see cref="TimeZone"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public LocalDate Today(IClock clock)
    {
        Guard.Against.Null(clock);
        return Text.Zoned(clock.GetCurrentInstant(), TimeZone).Date;
    }

    /// <summary>
    /// The obligations the given actor owes, in statement order: those it owes as one of the obligors, and those owed by
    /// the bodies it answers for (actors that are <see cref="Actor.ParentId">part of</see> it, directly or through other
    /// bodies), such as a state's peacekeeping contingent or border guard service. The bodies stay the obligors that carry
    /// the obligations out; <see cref="Obligation.Obligors"/> is unchanged.
    /// </summary>
    /// <param name="actorId">An actor id, for example <c>RUS</c>.</param>
    /// <returns>The obligations; empty for an unknown actor.</returns>
    public ImmutableArray<Obligation> ObligationsOf(string actorId)
    {
        Guard.Against.Null(actorId);
        return Obligations.RemoveAll(o => !o.Obligors.Any(obligor => AnswersFor(actorId, obligor)));
    }

    /// <summary>
    /// Whether an actor answers for another's obligations: it is that actor, or the other is part of it (through any
    /// number of <see cref="Actor.ParentId"/> steps).
    /// </summary>
    /// <param name="actorId">The actor that may answer, for example <c>RUS</c>.</param>
    /// <param name="obligorId">The obligor, for example the contingent's id.</param>
    /// <returns><see langword="true"/> when <paramref name="actorId"/> is <paramref name="obligorId"/> or one of its parents.</returns>
    public bool AnswersFor(string actorId, string obligorId)
    {
        Guard.Against.Null(actorId);
        Guard.Against.Null(obligorId);
        var current = obligorId;
        for (var steps = 0; steps <= Actors.Length; steps++)
        {
            if (current == actorId)
            {
                return true;
            }

            if (!TryGetActor(current, out var actor) || actor.ParentId is not { } parent)
            {
                return false;
            }

            current = parent;
        }

        return false;
    }

    /// <summary>The obligations owed to the given actor (as one of the beneficiaries), in statement order.</summary>
    /// <param name="actorId">An actor id, for example <c>AZE</c>.</param>
    /// <returns>The obligations; empty for an unknown actor.</returns>
    public ImmutableArray<Obligation> ObligationsOwedTo(string actorId)
    {
        Guard.Against.Null(actorId);
        return Obligations.RemoveAll(o => !o.Beneficiaries.Contains(actorId));
    }

    /// <summary>The obligations of the given article, in the order written.</summary>
    /// <param name="articleNumber">The article number.</param>
    /// <returns>The obligations; empty for an unknown article.</returns>
    public ImmutableArray<Obligation> ObligationsIn(int articleNumber)
        => Obligations.RemoveAll(o => o.ArticleNumber != articleNumber);

    /// <summary>The obligations of the given performance kind, in statement order.</summary>
    /// <param name="kind">The performance kind.</param>
    /// <returns>The obligations.</returns>
    public ImmutableArray<Obligation> ObligationsOfKind(PerformanceKind kind)
        => Obligations.RemoveAll(o => o.PerformanceKind != kind);

    /// <summary>The obligations of the given deontic kind, in statement order.</summary>
    /// <param name="kind">The deontic kind.</param>
    /// <returns>The obligations.</returns>
    public ImmutableArray<Obligation> ObligationsOfKind(DeonticKind kind)
        => Obligations.RemoveAll(o => o.DeonticKind != kind);

    /// <summary>
    /// The deadlines falling in [<paramref name="start"/>, <paramref name="end"/>), ordered by instant then obligation
    /// order: due instants of the primary deadlines, and for renewable terms every term end and notice cut-off in the
    /// range, assuming every term renews. Deadlines that run from a condition are not included (they depend on claims).
    /// </summary>
    /// <param name="start">The start of the range (inclusive).</param>
    /// <param name="end">The end of the range (exclusive).</param>
    /// <returns>The deadlines in the range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public ImmutableArray<DeadlineEntry> DeadlinesBetween(Instant start, Instant end)
    {
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), "The end of the range is before its start.");
        }

        var entries = new List<(DeadlineEntry Entry, int Order)>();
        for (var order = 0; order < Obligations.Length; order++)
        {
            var obligation = Obligations[order];
            foreach (var entry in EntriesOf(obligation, start, end))
            {
                entries.Add((entry, order));
            }
        }

        entries.Sort(static (a, b) =>
        {
            var byInstant = a.Entry.Instant.CompareTo(b.Entry.Instant);
            return byInstant != 0 ? byInstant : a.Order.CompareTo(b.Order);
        });

        var result = ImmutableArray.CreateBuilder<DeadlineEntry>(entries.Count);
        foreach (var (entry, _) in entries)
        {
            result.Add(entry);
        }

        return result.MoveToImmutable();
    }

    /// <summary>The next <paramref name="count"/> deadlines strictly after <paramref name="after"/> (see <see cref="DeadlinesBetween"/>).</summary>
    /// <param name="after">The instant to look from (exclusive).</param>
    /// <param name="count">How many deadlines at most; 0 or more.</param>
    /// <returns>Up to <paramref name="count"/> deadlines, earliest first (then in obligation order).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public ImmutableArray<DeadlineEntry> UpcomingDeadlines(Instant after, int count = 10)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count == 0 || after == Instant.MaxValue)
        {
            return [];
        }

        // Each obligation contributes at most `count` entries after `after`; the earliest `count` of all of them win.
        var from = after + Duration.Epsilon;
        var entries = new List<(DeadlineEntry Entry, int Order)>();
        for (var order = 0; order < Obligations.Length; order++)
        {
            var taken = 0;
            foreach (var entry in EntriesOf(Obligations[order], from, Instant.MaxValue))
            {
                entries.Add((entry, order));
                if (++taken == count)
                {
                    break;
                }
            }
        }

        entries.Sort(static (a, b) =>
        {
            var byInstant = a.Entry.Instant.CompareTo(b.Entry.Instant);
            return byInstant != 0 ? byInstant : a.Order.CompareTo(b.Order);
        });
        var result = ImmutableArray.CreateBuilder<DeadlineEntry>(Math.Min(count, entries.Count));
        for (var i = 0; i < entries.Count && i < count; i++)
        {
            result.Add(entries[i].Entry);
        }

        return result.MoveToImmutable();
    }

    private IEnumerable<DeadlineEntry> EntriesOf(Obligation obligation, Instant start, Instant end)
    {
        var context = DeadlineContext;
        if (obligation.Deadline is RenewableTerm term)
        {
            foreach (var period in term.Terms(context))
            {
                if (period.NoticeCutoff >= end)
                {
                    yield break;
                }

                if (period.NoticeCutoff >= start)
                {
                    yield return new DeadlineEntry(obligation.Id, DeadlineEventKind.NoticeCutoff, period.NoticeCutoff,
                        string.Concat("last instant to give notice not to renew term ", Text.Number(period.Number), " (", Text.InZone(period.NoticeCutoff, TimeZone), ")"));
                }

                if (period.End >= start && period.End < end)
                {
                    yield return new DeadlineEntry(obligation.Id, DeadlineEventKind.TermEnd, period.End,
                        string.Concat("term ", Text.Number(period.Number), " ends (", Text.InZone(period.End, TimeZone), "); renews unless notice was given in time"));
                }
            }

            yield break;
        }

        if (obligation.Deadline.DueInstant(context) is { } due && due >= start && due < end)
        {
            yield return new DeadlineEntry(obligation.Id, DeadlineEventKind.Due, due, obligation.Deadline.Explain(context));
        }
    }
}
