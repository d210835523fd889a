using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>The evaluator's yearly grades, explained details and history change points.</summary>
/// <threadsafety>Thread-safe: one evaluator may be used from many threads at once; its caches are bounded and synchronized, and the results it returns are immutable.</threadsafety>
public sealed partial class Evaluator
{
    /// <summary>The explanation, breaches and per-obligor breakdown of one obligation, from the explained rule chain.</summary>
    internal AssessmentDetails Details(int position, Instant asOf, Perspective perspective, StatementStatus statementStatus)
        => _engine.Details(position, asOf, perspective, statementStatus);

    private ImplementationGrade Grade(ObligationIndex index, int year, Instant yearStart, Instant yearEnd, Perspective perspective)
    {
        var id = index.Obligation.Id;
        var position = PositionOf(id);
        var endProbe = yearEnd.PlusTicks(-1);
        var atEnd = Details(position, endProbe, perspective, StatementStatusAt(endProbe, perspective));
        var atEndStatus = atEnd.Status;
        if (atEndStatus == ObligationStatus.NotYetInForce)
        {
            return new ImplementationGrade(id, year, null, atEndStatus, "Not graded: not yet in force.");
        }

        var details = atEnd;
        var note = string.Empty;
        if (atEndStatus == ObligationStatus.Terminated)
        {
            var from = yearStart < Statement.EffectiveFrom ? Statement.EffectiveFrom : yearStart;
            if (from >= yearEnd)
            {
                return new ImplementationGrade(id, year, null, atEndStatus, "Not graded: not in force during the year.");
            }

            StatusInterval? last = null;
            foreach (var interval in History(id, from, yearEnd, perspective))
            {
                if (interval.Status is not (ObligationStatus.Terminated or ObligationStatus.NotYetInForce))
                {
                    last = interval;
                }
            }

            if (last is null)
            {
                return new ImplementationGrade(id, year, null, atEndStatus, "Not graded: ended before the year began.");
            }

            var probe = last.End.PlusTicks(-1);
            details = Details(position, probe, perspective, StatementStatusAt(probe, perspective));
            note = " Ended during the year; graded on its last status before it ended.";
        }

        var (grade, why) = GradeOf(details.Status, details.Breaches, yearStart, yearEnd);
        return new ImplementationGrade(id, year, grade, atEndStatus, grade is { } g
            ? string.Concat(Text.Number(g), " (", why, ").", note)
            : string.Concat("Not graded (", why, ").", note));
    }

    private static (int? Grade, string Why) GradeOf(ObligationStatus status, ImmutableArray<BreachRecord> breaches, Instant yearStart, Instant yearEnd)
    {
        var inYear = 0;
        foreach (var breach in breaches)
        {
            if (breach.IsOngoing)
            {
                return (1, "minimal: a breach is ongoing at the year's end");
            }

            var end = breach.Until ?? yearEnd;
            if (breach.From < yearEnd && end > yearStart)
            {
                inYear++;
            }
        }

        return status switch
        {
            ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate => (3, "full: performed"),
            ObligationStatus.PartiallyFulfilled => (2, "intermediate: partly performed"),
            ObligationStatus.Disputed => (1, "minimal: disputed"),
            ObligationStatus.Suspended => (1, "minimal: suspended"),
            ObligationStatus.Breached => (1, "minimal: breached at the year's end"),
            _ when inYear > 0 => (2, "intermediate: breach episodes during the year, all ended"),
            ObligationStatus.Upheld => (3, "full: compliance attested, no breach episode during the year"),
            ObligationStatus.NoInformation => (null, "no information: full marks are never given without evidence"),
            ObligationStatus.NoBreachRecorded => (null, "no breach recorded, but no attestation of compliance either"),
            _ => (0, string.Concat("not started: ", status.ToString())),
        };
    }

    private SortedSet<Instant> ChangePoints(int position, Perspective perspective, Instant from, Instant to)
    {
        var index = _indexes[position];
        var points = new SortedSet<Instant> { from };
        void Add(Instant? instant)
        {
            if (instant is { } i && i > from && i < to)
            {
                points.Add(i);
            }
        }

        var context = Statement.DeadlineContext;
        Add(Statement.EffectiveFrom);
        Add(index.BaseDue);
        foreach (var c in index.Claims)
        {
            Add(c.AppliesAt);
            Add(c.EndAppliesAt);
            Add(c.CoverEnd);
            if (c.Claim.NewDeadline is { } extended)
            {
                Add(extended.DueInstant(context));
            }

            if (c.Claim.Kind == ClaimKind.ConditionMet && index.Obligation.Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } relative)
            {
                Add(relative.DueInstant(context.WithConditionMetAt(c.Start)));
            }
        }

        // Under a trust ordering a claim stops counting once a more trusted claim contradicting it counts.
        foreach (var until in _engine.View(perspective).Obligations[position].FiniteUntil)
        {
            Add(until);
        }

        foreach (var c in _statementClaims)
        {
            Add(c.AppliesAt);
        }

        if (index.Term is { } term)
        {
            foreach (var period in term.Terms(context))
            {
                Add(period.NoticeCutoff.PlusTicks(1));
                Add(period.End);
                if (period.End >= to)
                {
                    break;
                }
            }
        }

        return points;
    }
}
