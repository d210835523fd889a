using System;
using System.Collections.Generic;
using System.Threading;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Deadlines;

/// <summary>
/// A term that starts at the statement's effective instant and renews automatically unless a Party gives notice at
/// least <see cref="Notice"/> before the current term ends. Term ends are computed on local date-times in the
/// statement's zone: each renewal adds <see cref="Renewal"/> to the previous term's end. Article 4 of the 2020
/// statement: first term 2020-11-10 to 2025-11-10 Moscow time, notice cut-off 2025-05-10; then 2030-11-10 with
/// cut-off 2030-05-10.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class RenewableTerm : Deadline
{
    private const int MaxTerms = 100_000;

    // The terms computed so far for the most recent context (a cache, not part of the value).
    private TermTable? _table;

    /// <summary>Creates the term; use <see cref="Deadline.Renewable"/>. The periods are validated as positive, and the notice as shorter than the term, when the statement is built.</summary>
    /// <exception cref="ArgumentNullException">A period is null.</exception>
    internal RenewableTerm(Period term, Period renewal, Period notice)
    {
        Guard.Against.Null(term);
        Guard.Against.Null(renewal);
        Guard.Against.Null(notice);
        Term = term;
        Renewal = renewal;
        Notice = notice;
    }

    /// <summary>The first term's length.</summary>
    public Period Term { get; }

    /// <summary>Each renewal's length.</summary>
    public Period Renewal { get; }

    /// <summary>How long before a term's end notice must be given.</summary>
    public Period Notice { get; }

    /// <inheritdoc />
    public override DeadlineKind Kind => DeadlineKind.RenewableTerm;

    /// <summary>A renewable term has no single due instant: this returns <see langword="null"/>. Use <see cref="TermAt"/> or <see cref="TermContaining"/>.</summary>
    /// <param name="context">Ignored.</param>
    /// <returns><see langword="null"/>.</returns>
    public override Instant? DueInstant(DeadlineContext context) => null;

    /// <summary>The given term (1 for the first), assuming every earlier term renewed.</summary>
    /// <param name="number">The term number, 1 or more.</param>
    /// <param name="context">The statement's zone and effective instant.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The number is less than 1 or more than 100,000, or the term would end beyond the calendar.</exception>
    public TermPeriod TermAt(int number, DeadlineContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, MaxTerms);
        return TableFor(context).At(number)
            ?? throw new ArgumentOutOfRangeException(nameof(number), number, "That term would end beyond the end of the calendar.");
    }

    /// <summary>The term that contains the instant, assuming every earlier term renewed; <see langword="null"/> before the first term starts.</summary>
    /// <param name="instant">The instant.</param>
    /// <param name="context">The statement's zone and effective instant.</param>
    /// <returns>The term, or <see langword="null"/>.</returns>
    /// <remarks>The terms of the most recent context are computed once, as far as asked, and found by binary search:
    /// asking for many instants costs about the number of terms plus a logarithm per instant.</remarks>
    public TermPeriod? TermContaining(Instant instant, DeadlineContext context)
        => instant < context.EffectiveFrom ? null : TableFor(context).Containing(instant);

    private TermTable TableFor(DeadlineContext context)
    {
        var table = Volatile.Read(ref _table);
        if (table is null || table.Zone != context.Zone || table.EffectiveFrom != context.EffectiveFrom)
        {
            table = new TermTable(this, context);
            Volatile.Write(ref _table, table);
        }

        return table;
    }

    /// <summary>
    /// The successive terms, assuming each renews: each renewal adds <see cref="Renewal"/> to the previous end's local
    /// date-time. Stops after 100,000 terms or at the end of the calendar.
    /// </summary>
    internal IEnumerable<TermPeriod> Terms(DeadlineContext context)
    {
        var zone = context.Zone;
        var start = context.EffectiveFrom;
        var endLocal = TryPlus(context.EffectiveFrom.InZone(zone).LocalDateTime, Term);
        for (var n = 1; n <= MaxTerms && endLocal is { } local && TryResolve(local, zone) is { } bounds; n++)
        {
            yield return new TermPeriod(n, start, bounds.End, bounds.Cutoff);
            start = bounds.End;
            endLocal = TryPlus(local, Renewal);
        }
    }

    /// <summary>
    /// The terms of one context, computed lazily as far as they are asked for and kept: later questions about the same
    /// context are answered by binary search. Thread-safe: extension happens under a lock, and readers see a
    /// published count of terms that never shrinks.
    /// </summary>
    private sealed class TermTable
    {
        private readonly IEnumerator<TermPeriod> _source;
        private readonly Lock _gate = new();
        private TermPeriod[] _terms = new TermPeriod[4];
        private int _count;
        private bool _exhausted;

        public TermTable(RenewableTerm term, DeadlineContext context)
        {
            Zone = context.Zone;
            EffectiveFrom = context.EffectiveFrom;
            _source = term.Terms(context).GetEnumerator();
        }

        public DateTimeZone Zone { get; }

        public Instant EffectiveFrom { get; }

        public TermPeriod? At(int number)
        {
            var (terms, count) = Snapshot();
            if (number > count)
            {
                (terms, count) = Extend(number, null);
            }

            return number <= count ? terms[number - 1] : null;
        }

        public TermPeriod? Containing(Instant instant)
        {
            var (terms, count) = Snapshot();
            if (count == 0 || terms[count - 1].End <= instant)
            {
                (terms, count) = Extend(int.MaxValue, instant);
            }

            // The first term whose end is after the instant (ends increase strictly).
            int lo = 0, hi = count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (terms[mid].End <= instant)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo < count ? terms[lo] : null;
        }

        private (TermPeriod[] Terms, int Count) Snapshot()
        {
            lock (_gate)
            {
                return (_terms, _count);
            }
        }

        private (TermPeriod[] Terms, int Count) Extend(int number, Instant? past)
        {
            lock (_gate)
            {
                while (!_exhausted && _count < number && (past is not { } p || _count == 0 || _terms[_count - 1].End <= p))
                {
                    if (!_source.MoveNext())
                    {
                        _exhausted = true;
                        _source.Dispose();
                        break;
                    }

                    if (_count == _terms.Length)
                    {
                        Array.Resize(ref _terms, _terms.Length * 2);
                    }

                    _terms[_count++] = _source.Current;
                }

                return (_terms, _count);
            }
        }
    }

    private (Instant End, Instant Cutoff)? TryResolve(LocalDateTime endLocal, DateTimeZone zone)
    {
        try
        {
            return (ResolveComputed(endLocal, zone), ResolveComputed(endLocal.Minus(Notice), zone));
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static LocalDateTime? TryPlus(LocalDateTime local, Period period)
    {
        try
        {
            return local.Plus(period);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public override string Explain(DeadlineContext context)
    {
        var first = TermAt(1, context);
        return string.Concat(
            "a term of ", Text.Human(Term), " from the effective instant, renewed by ", Text.Human(Renewal),
            " unless notice is given at least ", Text.Human(Notice), " before the end of a term (", context.Zone.Id,
            " time): the first term ends ", Text.InZone(first.End, context.Zone), " (", Text.Iso(first.End),
            "), notice cut-off ", Text.InZone(first.NoticeCutoff, context.Zone), ".");
    }

    /// <inheritdoc />
    public override bool Equals(Deadline? other)
        => other is RenewableTerm t && t.Term.Equals(Term) && t.Renewal.Equals(Renewal) && t.Notice.Equals(Notice);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Term, Renewal, Notice);

    /// <inheritdoc />
    public override string ToString()
        => string.Concat("term of ", Text.Human(Term), ", renewed by ", Text.Human(Renewal), " unless notice ", Text.Human(Notice), " before expiry");
}
