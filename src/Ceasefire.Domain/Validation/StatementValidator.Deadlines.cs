using System;
using NodaTime;

namespace Ceasefire.Domain.Validation;

/// <summary>Validates deadlines against the statement's zone and effective instant, and against their obligation.</summary>
internal sealed partial class StatementValidator
{
    private void CheckDeadline(Deadline? deadline, ObligationState? owner, string path, DeadlineContext? context)
    {
        try
        {
            CheckDeadlineCore(deadline, owner, path, context);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            // Period arithmetic or a date beyond the end of the calendar.
            _problems.Add(path, ValidationCodes.OutOfRange, string.Concat("the deadline (", deadline?.ToString() ?? "null", ") falls outside the supported calendar range"));
        }
    }

    private void CheckDeadlineCore(Deadline? deadline, ObligationState? owner, string path, DeadlineContext? context)
    {
        if (deadline is null)
        {
            _problems.Add(path, ValidationCodes.Required, "the deadline is null");
            return;
        }

        if (owner is not null)
        {
            var isTerm = deadline is RenewableTerm;
            if (isTerm && owner.PerformanceKind != PerformanceKind.Term)
            {
                _problems.Add(path, ValidationCodes.Inconsistent, "a renewable term deadline needs performance kind Term");
            }
            else if (!isTerm && owner.PerformanceKind == PerformanceKind.Term)
            {
                _problems.Add(path, ValidationCodes.Inconsistent, "performance kind Term needs a renewable term deadline");
            }

            if (deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } && owner.Condition is null)
            {
                _problems.Add(path, ValidationCodes.Inconsistent, "the deadline runs from the condition being met, but the obligation has no condition");
            }
        }

        if (context is not { } ctx)
        {
            return;
        }

        var zero = ctx.EffectiveFrom.InZone(ctx.Zone).LocalDateTime;
        switch (deadline)
        {
            case LocalDeadline local:
                if (ResolveStrict(local.Local, ctx.Zone, path, "the deadline's local time") is { } instant && instant <= ctx.EffectiveFrom)
                {
                    _problems.Add(path, ValidationCodes.Inconsistent, string.Concat("the deadline ", Text.Iso(instant), " is not after the effective instant ", Text.Iso(ctx.EffectiveFrom)));
                }

                break;
            case RelativeDeadline relative:
                if (!IsPositive(relative.Period, zero))
                {
                    _problems.Add(path, ValidationCodes.InvalidValue, string.Concat("the period ", Text.Iso(relative.Period), " is not positive"));
                }
                else if (relative.DueInstant(ctx.WithConditionMetAt(ctx.EffectiveFrom)) is { } relativeDue && !CalendarLimits.Contains(relativeDue))
                {
                    // A deadline counted from a condition is checked from the earliest the condition can be met (the
                    // effective instant); the timeline checks it again from the date a claim says it was met.
                    _problems.Add(path, ValidationCodes.OutOfRange, string.Concat("the deadline (", relative.ToString(), ") falls outside the supported calendar range"));
                }

                break;
            case RenewableTerm term:
                var termEnd = zero.Plus(term.Term);
                if (!IsPositive(term.Term, zero))
                {
                    _problems.Add(path + ".term", ValidationCodes.InvalidValue, string.Concat("the term ", Text.Iso(term.Term), " is not positive"));
                }

                if (!IsPositive(term.Renewal, zero))
                {
                    _problems.Add(path + ".renewal", ValidationCodes.InvalidValue, string.Concat("the renewal ", Text.Iso(term.Renewal), " is not positive"));
                }

                if (zero.Plus(term.Notice) < zero)
                {
                    _problems.Add(path + ".notice", ValidationCodes.InvalidValue, string.Concat("the notice period ", Text.Iso(term.Notice), " is negative"));
                }
                else if (zero.Plus(term.Notice) >= termEnd || zero.Plus(term.Notice) >= zero.Plus(term.Renewal))
                {
                    _problems.Add(path + ".notice", ValidationCodes.Inconsistent, string.Concat("the notice period ", Text.Iso(term.Notice), " is not shorter than the term ", Text.Iso(term.Term), " and the renewal ", Text.Iso(term.Renewal)));
                }

                break;
            default:
                var due = deadline.DueInstant(ctx);
                if (due is { } far && !CalendarLimits.Contains(far))
                {
                    _problems.Add(path, ValidationCodes.OutOfRange, string.Concat("the deadline (", deadline.ToString(), ") falls outside the supported calendar range"));
                }
                else if (due is { } d && d <= ctx.EffectiveFrom)
                {
                    _problems.Add(path, ValidationCodes.Inconsistent, string.Concat("the deadline (", deadline.ToString(), ", due ", Text.Iso(d), ") is not after the effective instant ", Text.Iso(ctx.EffectiveFrom)));
                }

                break;
        }
    }

    private static bool IsPositive(Period period, LocalDateTime from) => from.Plus(period) > from;
}
