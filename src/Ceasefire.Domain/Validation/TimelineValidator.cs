using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Validation;

/// <summary>Validates claim builders against a statement in one pass and builds the timeline, or throws every problem.</summary>
internal sealed class TimelineValidator
{
    private readonly Statement _statement;
    private readonly IList<ClaimState> _claims;
    private readonly ProblemList _problems = new();

    public TimelineValidator(Statement statement, IList<ClaimState> claims)
    {
        _statement = statement;
        _claims = claims;
    }

    public Timeline Build()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in _claims)
        {
            if (c?.Id is { } id)
            {
                ids.Add(id);
            }
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var built = ImmutableArray.CreateBuilder<Claim>(_claims.Count);
        for (var i = 0; i < _claims.Count; i++)
        {
            var claim = Check(_claims[i], string.Concat("$.claims[", Text.Number(i), "]"), ids, seen);
            if (claim is not null)
            {
                built.Add(claim);
            }
        }

        _problems.ThrowIfAny("timeline");
        return new Timeline(built.MoveToImmutable(), _statement);
    }

    private Claim? Check(ClaimState? c, string path, HashSet<string> allIds, HashSet<string> seen)
    {
        if (c is null)
        {
            _problems.Add(path, ValidationCodes.Required, "the claim is null");
            return null;
        }

        var before = _problems.Count;
        _problems.AddCalls(path, c.Calls);
        if (!Ids.IsValid(c.Id))
        {
            _problems.Add(path + ".id", ValidationCodes.InvalidId, string.Concat("'", c.Id, "' is not a valid id: ", Ids.Rule));
        }
        else if (!seen.Add(c.Id))
        {
            _problems.Add(path + ".id", ValidationCodes.DuplicateId, string.Concat("duplicate claim id '", c.Id, "'"));
        }

        var kind = c.Kind;
        if (kind is null)
        {
            _problems.Add(path + ".kind", ValidationCodes.Required, "the claim kind is missing");
        }
        else if (!Enum.IsDefined(kind.Value))
        {
            _problems.Add(path + ".kind", ValidationCodes.UnknownValue, string.Concat("unknown claim kind ", kind.Value.ToString()));
            kind = null;
        }

        var obligations = CheckObligations(c, kind, path);
        CheckDates(c, kind, path);
        CheckActor(c.ActorId, path + ".actorId", "acting actor");
        if (c.Claimant is null)
        {
            _problems.Add(path + ".claimant", ValidationCodes.Required, "who asserts the claim is missing");
        }
        else
        {
            CheckActor(c.Claimant.ActorId, path + ".claimant.actorId", "claimant actor");
            CheckActor(c.Claimant.Side, path + ".claimant.side", "claimant side");
        }

        if (c.Sources.Count == 0)
        {
            _problems.Add(path + ".sources", ValidationCodes.Required, "a claim needs at least one source");
        }

        for (var k = 0; k < c.Sources.Count; k++)
        {
            if (c.Sources[k] is null)
            {
                _problems.Add(string.Concat(path, ".sources[", Text.Number(k), "]"), ValidationCodes.Required, "the source is null");
            }
        }

        if (string.IsNullOrWhiteSpace(c.Summary))
        {
            _problems.Add(path + ".summary", ValidationCodes.Required, "the summary is missing or blank");
        }

        if (c.Quantity is not null && kind is not (ClaimKind.PartlyPerformed or ClaimKind.Performed))
        {
            _problems.Add(path + ".quantity", ValidationCodes.NotAllowed, "only a performance claim carries a quantity");
        }

        CheckExtension(c, kind, obligations, path);
        CheckKindSpecific(c, kind, obligations, path);
        CheckContradictions(c, kind, path, allIds);

        if (_problems.Count != before)
        {
            return null;
        }

        return new Claim(c.Id, kind!.Value, obligations, c.Date!, c.End, c.Claimant!, c.ActorId, [.. c.Sources], c.KnownOn!.Value,
            c.Summary!, c.Quantity, c.NewDeadline, c.RequestedBy, [.. c.AgreedBy], c.Reason, [.. c.Contradicts]);
    }

    private ImmutableArray<string> CheckObligations(ClaimState c, ClaimKind? kind, string path)
    {
        var result = ImmutableArray.CreateBuilder<string>(c.ObligationIds.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < c.ObligationIds.Count; k++)
        {
            var id = c.ObligationIds[k];
            var itemPath = string.Concat(path, ".obligationIds[", Text.Number(k), "]");
            if (id is null)
            {
                _problems.Add(itemPath, ValidationCodes.Required, "the obligation id is null");
            }
            else if (!_statement.TryGetObligation(id, out _))
            {
                _problems.Add(itemPath, ValidationCodes.UnknownReference, string.Concat("unknown obligation '", id, "'"));
            }
            else if (!seen.Add(id))
            {
                _problems.Add(itemPath, ValidationCodes.Duplicate, string.Concat("obligation '", id, "' is listed twice"));
            }
            else
            {
                result.Add(id);
            }
        }

        if (kind is { } k2)
        {
            if (k2 == ClaimKind.InForceAffirmed && c.ObligationIds.Count > 0)
            {
                _problems.Add(path + ".obligationIds", ValidationCodes.NotAllowed, "an in-force affirmation is about the statement itself and names no obligation");
            }
            else if (k2 == ClaimKind.ObsoleteAsserted && c.ObligationIds.Count > 0)
            {
                _problems.Add(path + ".obligationIds", ValidationCodes.NotAllowed, "a position that the statement no longer applies is about the statement itself and names no obligation");
            }
            else if (k2 is not (ClaimKind.InForceAffirmed or ClaimKind.ObsoleteAsserted or ClaimKind.Terminated or ClaimKind.Denied) && c.ObligationIds.Count == 0)
            {
                _problems.Add(path + ".obligationIds", ValidationCodes.Required, string.Concat("a ", k2.ToString(), " claim names at least one obligation"));
            }
        }

        return result.ToImmutable();
    }

    private bool InRange(ClaimDate? date, string path)
    {
        if (date is null || (CalendarLimits.Contains(date.First) && CalendarLimits.Contains(date.Last)))
        {
            return true;
        }

        _problems.Add(path, ValidationCodes.OutOfRange, string.Concat("the date ", date.ToString(), " is outside the supported range (", CalendarLimits.SupportedRangeText, ")"));
        return false;
    }

    private void CheckDates(ClaimState c, ClaimKind? kind, string path)
    {
        if (c.Date is null)
        {
            _problems.Add(path + ".date", ValidationCodes.Required, "when it happened is missing");
        }

        if (!InRange(c.Date, path + ".date") | !InRange(c.End, path + ".end"))
        {
            return;
        }

        if (c.KnownOn is { } knownOn && !CalendarLimits.Contains(knownOn))
        {
            _problems.Add(path + ".knownOn", ValidationCodes.OutOfRange, string.Concat("the date ", Text.Iso(knownOn), " is outside the supported range (", CalendarLimits.SupportedRangeText, ")"));
        }

        if (c.KnownOn is null)
        {
            _problems.Add(path + ".knownOn", ValidationCodes.Required, "when the claim became known is missing");
        }
        else if (c.Date is not null && c.KnownOn.Value < c.Date.First)
        {
            _problems.Add(path + ".knownOn", ValidationCodes.Inconsistent, string.Concat("the claim is known on ", Text.Iso(c.KnownOn.Value), ", before what it claims happened (", c.Date.ToString(), ")"));
        }

        if (c.End is null)
        {
            return;
        }

        if (kind is not (ClaimKind.Breached or ClaimKind.Suspended or ClaimKind.ComplianceAttested))
        {
            _problems.Add(path + ".end", ValidationCodes.NotAllowed, "only a breach, a suspension or an attestation of compliance has an end date");
        }
        else if (c.Date is not null && c.End.Last < c.Date.First)
        {
            _problems.Add(path + ".end", ValidationCodes.Inconsistent, string.Concat("the end (", c.End.ToString(), ") is before the start (", c.Date.ToString(), ")"));
        }
        else if (c.Date is not null)
        {
            var zone = _statement.TimeZone;
            if (c.End.Resolve(zone).End <= c.Date.Resolve(zone).Start)
            {
                _problems.Add(path + ".end", ValidationCodes.Inconsistent, string.Concat("the end (", c.End.ToString(), ") is before the start (", c.Date.ToString(), ")"));
            }
        }
    }

    private void CheckActor(string? id, string path, string what)
    {
        if (id is not null && !_statement.TryGetActor(id, out _))
        {
            _problems.Add(path, ValidationCodes.UnknownReference, string.Concat("unknown ", what, " '", id, "'"));
        }
    }

    private void CheckExtension(ClaimState c, ClaimKind? kind, ImmutableArray<string> obligations, string path)
    {
        if (kind != ClaimKind.DeadlineExtended)
        {
            if (c.NewDeadline is not null)
            {
                _problems.Add(path + ".newDeadline", ValidationCodes.NotAllowed, "only a deadline extension has a new deadline");
            }

            if (c.RequestedBy is not null)
            {
                _problems.Add(path + ".requestedBy", ValidationCodes.NotAllowed, "only a deadline extension has a requester");
            }

            return;
        }

        CheckActor(c.RequestedBy, path + ".requestedBy", "requesting actor");
        for (var k = 0; k < c.AgreedBy.Count; k++)
        {
            CheckActor(c.AgreedBy[k], string.Concat(path, ".agreedBy[", Text.Number(k), "]"), "agreeing actor");
        }

        if (c.ObligationIds.Count != 1)
        {
            _problems.Add(path + ".obligationIds", ValidationCodes.NotAllowed, "a deadline extension names exactly one obligation");
        }

        if (c.NewDeadline is null)
        {
            _problems.Add(path + ".newDeadline", ValidationCodes.Required, "a deadline extension needs the new deadline");
            return;
        }

        if (obligations.Length != 1)
        {
            return;
        }

        var obligation = _statement.GetObligation(obligations[0]);
        var context = _statement.DeadlineContext;
        var old = obligation.Deadline.DueInstant(context);
        var next = c.NewDeadline.DueInstant(context);
        if (old is null)
        {
            _problems.Add(path + ".obligationIds[0]", ValidationCodes.Inconsistent, string.Concat("'", obligation.Id, "' has no fixed due instant to extend (", obligation.Deadline.ToString(), ")"));
        }
        else if (next is null)
        {
            _problems.Add(path + ".newDeadline", ValidationCodes.Inconsistent, string.Concat("the new deadline (", c.NewDeadline.ToString(), ") has no fixed due instant"));
        }
        else if (next.Value <= old.Value)
        {
            _problems.Add(path + ".newDeadline", ValidationCodes.Inconsistent, string.Concat("the new deadline (", c.NewDeadline.ToString(), ", due ", Text.Iso(next.Value), ") does not extend the deadline (due ", Text.Iso(old.Value), "): an extension cannot shorten it"));
        }
    }

    private void CheckKindSpecific(ClaimState c, ClaimKind? kind, ImmutableArray<string> obligations, string path)
    {
        if (kind == ClaimKind.Terminated && c.Reason is null)
        {
            _problems.Add(path + ".reason", ValidationCodes.Required, "a termination needs a reason");
        }
        else if (kind != ClaimKind.Terminated && c.Reason is not null)
        {
            _problems.Add(path + ".reason", ValidationCodes.NotAllowed, "only a termination has a reason");
        }
        else if (c.Reason is { } reason && !Enum.IsDefined(reason))
        {
            _problems.Add(path + ".reason", ValidationCodes.UnknownValue, string.Concat("unknown termination reason ", reason.ToString()));
        }

        foreach (var id in obligations)
        {
            var obligation = _statement.GetObligation(id);
            if (kind == ClaimKind.ConditionMet && obligation.Condition is null)
            {
                _problems.Add(path + ".obligationIds", ValidationCodes.Inconsistent, string.Concat("'", id, "' has no condition to meet"));
            }

            if (kind == ClaimKind.NoticeGiven && obligation.PerformanceKind != PerformanceKind.Term)
            {
                _problems.Add(path + ".obligationIds", ValidationCodes.Inconsistent, string.Concat("'", id, "' is not a term: notice of termination applies to terms"));
            }
        }

        if (kind == ClaimKind.NoticeGiven && c.ActorId is null)
        {
            _problems.Add(path + ".actorId", ValidationCodes.Required, "a notice needs the actor who gave it");
        }
    }

    private void CheckContradictions(ClaimState c, ClaimKind? kind, string path, HashSet<string> allIds)
    {
        if (kind == ClaimKind.Denied && c.Contradicts.Count == 0)
        {
            _problems.Add(path + ".contradicts", ValidationCodes.Required, "a denial names the claims it denies");
        }

        for (var k = 0; k < c.Contradicts.Count; k++)
        {
            var id = c.Contradicts[k];
            var itemPath = string.Concat(path, ".contradicts[", Text.Number(k), "]");
            if (id is null || !allIds.Contains(id))
            {
                _problems.Add(itemPath, ValidationCodes.UnknownReference, string.Concat("unknown claim '", id, "'"));
            }
            else if (id == c.Id)
            {
                _problems.Add(itemPath, ValidationCodes.Inconsistent, "a claim cannot contradict itself");
            }
        }
    }
}
