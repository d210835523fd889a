using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;

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

        // Values as written (a JSON document's dates, deadlines, claimants...) convert first: a document whose values do
        // not convert is reported for those alone, before any rule is checked.
        var values = new Values?[_claims.Count];
        for (var i = 0; i < _claims.Count; i++)
        {
            values[i] = _claims[i] is { } claim ? Convert(claim, string.Concat("$.claims[", Text.Number(i), "]")) : null;
        }

        _problems.ThrowIfAny("timeline");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var built = ImmutableArray.CreateBuilder<Claim>(_claims.Count);
        for (var i = 0; i < _claims.Count; i++)
        {
            var claim = Check(_claims[i], values[i], string.Concat("$.claims[", Text.Number(i), "]"), ids, seen);
            if (claim is not null)
            {
                built.Add(claim);
            }
        }

        _problems.ThrowIfAny("timeline");
        return new Timeline(built.MoveToImmutable(), _statement);
    }

    private Values Convert(ClaimState c, string path) => new(
        c.Date is null ? null : WireValues.ToClaimDate(c.Date, path + ".date", _problems),
        c.End is null ? null : WireValues.ToClaimDate(c.End, path + ".end", _problems),
        c.NewDeadline is null ? null : WireValues.ToDeadline(c.NewDeadline, path + ".newDeadline", _problems),
        c.Claimant is null ? null : WireValues.ToClaimant(c.Claimant, path + ".claimant", _problems),
        c.Quantity is null ? null : WireValues.ToQuantity(c.Quantity, path + ".quantity", _problems),
        WireValues.ToCitations(c.Sources, path + ".sources", _problems, "the source is null"));

    private Claim? Check(ClaimState? c, Values? values, string path, HashSet<string> allIds, HashSet<string> seen)
    {
        if (c is null || values is not { } v)
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

        var kind = c.HasKind ? c.Kind : (ClaimKind?)null;
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
        CheckDates(v.Date, v.End, c.HasKnownOn ? c.KnownOn : null, kind, path);
        CheckActor(c.ActorId, path, ".actorId", "acting actor");
        if (v.Claimant is null)
        {
            _problems.Add(path + ".claimant", ValidationCodes.Required, "who asserts the claim is missing");
        }
        else
        {
            CheckActor(v.Claimant.ActorId, path, ".claimant.actorId", "claimant actor");
            CheckActor(v.Claimant.Side, path, ".claimant.side", "claimant side");
        }

        if (c.Sources.Count == 0)
        {
            _problems.Add(path + ".sources", ValidationCodes.Required, "a claim needs at least one source");
        }

        if (string.IsNullOrWhiteSpace(c.Summary))
        {
            _problems.Add(path + ".summary", ValidationCodes.Required, "the summary is missing or blank");
        }

        if (c.Quantity is not null && kind is not (ClaimKind.PartlyPerformed or ClaimKind.Performed))
        {
            _problems.Add(path + ".quantity", ValidationCodes.NotAllowed, "only a performance claim carries a quantity");
        }

        CheckExtension(c, v.NewDeadline, kind, obligations, path);
        CheckKindSpecific(c, kind, obligations, v.Date, path);
        CheckContradictions(c, kind, path, allIds);
        var places = c.PlaceIds is { Count: > 0 } ? _problems.CheckIds(c.PlaceIds, IsPlace, path + ".placeIds", "place", "place") : [];

        if (_problems.Count != before)
        {
            return null;
        }

        return new Claim(c.Id, kind!.Value, obligations, v.Date!, v.End, v.Claimant!, c.ActorId, v.Sources, c.KnownOn,
            c.Summary, v.Quantity, v.NewDeadline, c.RequestedBy, c.AgreedBy is null ? [] : [.. c.AgreedBy], c.Reason, c.Contradicts is null ? [] : [.. c.Contradicts], places);
    }

    private ImmutableArray<string> CheckObligations(ClaimState c, ClaimKind? kind, string path)
    {
        // The valid ids go straight into the claim's array (no builder, no copy when all are valid, the usual case).
        var result = new string[c.ObligationIds.Count];
        var count = 0;
        HashSet<string>? seen = null; // made only when the claim names many obligations
        for (var k = 0; k < c.ObligationIds.Count; k++)
        {
            var id = c.ObligationIds[k];
            if (id is null)
            {
                _problems.Add(ItemPath(path, ".obligationIds[", k), ValidationCodes.Required, "the obligation id is null");
            }
            else if (!_statement.TryGetObligation(id, out _))
            {
                _problems.Add(ItemPath(path, ".obligationIds[", k), ValidationCodes.UnknownReference, string.Concat("unknown obligation '", id, "'"));
            }
            else if (c.ObligationIds.Count <= 8 ? Array.IndexOf(result, id, 0, count) >= 0 : !(seen ??= new(StringComparer.Ordinal)).Add(id))
            {
                _problems.Add(ItemPath(path, ".obligationIds[", k), ValidationCodes.Duplicate, string.Concat("obligation '", id, "' is listed twice"));
            }
            else
            {
                result[count++] = id;
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

        return count == result.Length ? ImmutableCollectionsMarshal.AsImmutableArray(result) : ImmutableArray.Create(result, 0, count);
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

    private void CheckDates(ClaimDate? date, ClaimDate? end, LocalDate? knownOn, ClaimKind? kind, string path)
    {
        if (date is null)
        {
            _problems.Add(path + ".date", ValidationCodes.Required, "when it happened is missing");
        }

        if (!InRange(date, path + ".date") | !InRange(end, path + ".end"))
        {
            return;
        }

        if (knownOn is { } known && !CalendarLimits.Contains(known))
        {
            _problems.Add(path + ".knownOn", ValidationCodes.OutOfRange, string.Concat("the date ", Text.Iso(known), " is outside the supported range (", CalendarLimits.SupportedRangeText, ")"));
        }

        if (knownOn is null)
        {
            _problems.Add(path + ".knownOn", ValidationCodes.Required, "when the claim became known is missing");
        }
        else if (date is not null && knownOn.Value < date.First)
        {
            _problems.Add(path + ".knownOn", ValidationCodes.Inconsistent, string.Concat("the claim is known on ", Text.Iso(knownOn.Value), ", before what it claims happened (", date.ToString(), ")"));
        }

        if (end is null)
        {
            return;
        }

        if (kind is not (ClaimKind.Breached or ClaimKind.Suspended or ClaimKind.ComplianceAttested))
        {
            _problems.Add(path + ".end", ValidationCodes.NotAllowed, "only a breach, a suspension or an attestation of compliance has an end date");
        }
        else if (date is not null && end.Last < date.First)
        {
            _problems.Add(path + ".end", ValidationCodes.Inconsistent, string.Concat("the end (", end.ToString(), ") is before the start (", date.ToString(), ")"));
        }
        else if (date is not null)
        {
            var zone = _statement.TimeZone;
            if (end.Resolve(zone).End <= date.Resolve(zone).Start)
            {
                _problems.Add(path + ".end", ValidationCodes.Inconsistent, string.Concat("the end (", end.ToString(), ") is before the start (", date.ToString(), ")"));
            }
        }
    }

    private bool IsPlace(string id)
    {
        foreach (var place in _statement.Places)
        {
            if (place.Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="CheckActor(string?, string, string)"/>, building the path (<paramref name="path"/> + <paramref name="field"/>) only for a problem.</summary>
    private void CheckActor(string? id, string path, string field, string what)
    {
        if (id is not null && !_statement.TryGetActor(id, out _))
        {
            CheckActor(id, path + field, what);
        }
    }

    private void CheckActor(string? id, string path, string what)
    {
        if (id is not null && !_statement.TryGetActor(id, out _))
        {
            _problems.Add(path, ValidationCodes.UnknownReference, string.Concat("unknown ", what, " '", id, "'"));
        }
    }

    private void CheckExtension(ClaimState c, Deadline? newDeadline, ClaimKind? kind, ImmutableArray<string> obligations, string path)
    {
        if (kind != ClaimKind.DeadlineExtended)
        {
            if (newDeadline is not null)
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
        var agreedBy = c.AgreedBy ?? [];
        for (var k = 0; k < agreedBy.Count; k++)
        {
            var itemPath = string.Concat(path, ".agreedBy[", Text.Number(k), "]");
            if (agreedBy[k] is null)
            {
                // What the builder accepts the reader must accept: JSON has no null actor id in this list.
                _problems.Add(itemPath, ValidationCodes.Required, "the agreeing actor id is null");
            }
            else
            {
                CheckActor(agreedBy[k], itemPath, "agreeing actor");
            }
        }

        if (c.ObligationIds.Count != 1)
        {
            _problems.Add(path + ".obligationIds", ValidationCodes.NotAllowed, "a deadline extension names exactly one obligation");
        }

        if (newDeadline is null)
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
        Instant? next;
        try
        {
            next = newDeadline.DueInstant(context);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The deadline types turn NodaTime's overflow into this (by 9999-12-31, within 7,990 years).
            _problems.Add(path + ".newDeadline", ValidationCodes.OutOfRange, string.Concat("the new deadline (", newDeadline.ToString(), ") falls outside the supported calendar range (", CalendarLimits.SupportedRangeText, ")"));
            return;
        }

        if (next is { } due && !CalendarLimits.Contains(due))
        {
            _problems.Add(path + ".newDeadline", ValidationCodes.OutOfRange, string.Concat("the new deadline (", newDeadline.ToString(), ", due ", Text.Iso(due), ") falls outside the supported calendar range (", CalendarLimits.SupportedRangeText, ")"));
            return;
        }

        if (old is null)
        {
            _problems.Add(path + ".obligationIds[0]", ValidationCodes.Inconsistent, string.Concat("'", obligation.Id, "' has no fixed due instant to extend (", obligation.Deadline.ToString(), ")"));
        }
        else if (next is null)
        {
            _problems.Add(path + ".newDeadline", ValidationCodes.Inconsistent, string.Concat("the new deadline (", newDeadline.ToString(), ") has no fixed due instant"));
        }
        else if (next.Value <= old.Value)
        {
            _problems.Add(path + ".newDeadline", ValidationCodes.Inconsistent, string.Concat("the new deadline (", newDeadline.ToString(), ", due ", Text.Iso(next.Value), ") does not extend the deadline (due ", Text.Iso(old.Value), "): an extension cannot shorten it"));
        }
    }

    /// <summary>A deadline counted from a condition must stay in the supported range when counted from the latest
    /// instant the claim says the condition may have been met (a 3-year deadline from a condition met in 8998 would not).</summary>
    private void CheckConditionDeadline(RelativeDeadline relative, string obligationId, ClaimDate date, string path)
    {
        if (!CalendarLimits.Contains(date.First) || !CalendarLimits.Contains(date.Last))
        {
            return; // reported as out of range already
        }

        var latest = date.Resolve(_statement.TimeZone).End;
        Instant? due;
        try
        {
            due = relative.DueInstant(_statement.DeadlineContext.WithConditionMetAt(latest));
        }
        catch (ArgumentOutOfRangeException)
        {
            due = null;
        }

        if (due is not { } d || !CalendarLimits.Contains(d))
        {
            _problems.Add(path + ".date", ValidationCodes.OutOfRange, string.Concat("'", obligationId, "' is due ", relative.ToString(), ": counted from this date (", date.ToString(), ") that falls outside the supported calendar range (", CalendarLimits.SupportedRangeText, ")"));
        }
    }

    private void CheckKindSpecific(ClaimState c, ClaimKind? kind, ImmutableArray<string> obligations, ClaimDate? date, string path)
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
            else if (kind == ClaimKind.ConditionMet && obligation.Deadline is RelativeDeadline { Anchor: DeadlineAnchor.ConditionMet } relative && date is not null)
            {
                CheckConditionDeadline(relative, id, date, path);
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
        var contradicts = c.Contradicts ?? [];
        if (kind == ClaimKind.Denied && contradicts.Count == 0)
        {
            _problems.Add(path + ".contradicts", ValidationCodes.Required, "a denial names the claims it denies");
        }

        for (var k = 0; k < contradicts.Count; k++)
        {
            var id = contradicts[k];
            if (id is null || !allIds.Contains(id))
            {
                _problems.Add(ItemPath(path, ".contradicts[", k), ValidationCodes.UnknownReference, string.Concat("unknown claim '", id, "'"));
            }
            else if (id == c.Id)
            {
                _problems.Add(ItemPath(path, ".contradicts[", k), ValidationCodes.Inconsistent, "a claim cannot contradict itself");
            }
        }
    }

    private static string ItemPath(string path, string list, int index) => string.Concat(path, list, Text.Number(index), "]");

    /// <summary>A claim's values as model values (null where missing or not converted).</summary>
    private readonly record struct Values(ClaimDate? Date, ClaimDate? End, Deadline? NewDeadline, Claimant? Claimant, Quantity? Quantity, ImmutableArray<Citation> Sources);
}
