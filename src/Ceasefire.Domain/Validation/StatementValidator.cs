using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Validation;

/// <summary>Validates a <see cref="StatementBuilder"/>'s state in one pass and builds the statement, or throws every problem.</summary>
internal sealed class StatementValidator
{
    private readonly StatementState _builder;
    private readonly ProblemList _problems = new();

    public StatementValidator(StatementState builder) => _builder = builder;

    public Statement Build()
    {
        var b = _builder;
        _problems.AddCalls("$", b.Calls);
        if (string.IsNullOrWhiteSpace(b.Title))
        {
            _problems.Add("$.title", ValidationCodes.Required, "the title is missing or blank");
        }

        if (b.SignedOn is null)
        {
            _problems.Add("$.signedOn", ValidationCodes.Required, "the signing date is missing");
        }

        var zone = ResolveZone();
        var effective = ResolveEffective(zone);
        if (effective is { } bound && !CalendarLimits.Contains(bound))
        {
            _problems.Add("$.effectiveFrom", ValidationCodes.OutOfRange, string.Concat("the effective instant ", Text.Iso(bound), " is outside the supported range (", CalendarLimits.SupportedRangeText, ")"));
            effective = null;
        }

        if (effective is { } eff && zone is not null && b.SignedOn is { } signed && eff.InZone(zone).Date < signed)
        {
            _problems.Add("$.effectiveFrom", ValidationCodes.Inconsistent, string.Concat("the effective instant ", Text.Iso(eff), " is before the signing date ", Text.Iso(signed)));
        }

        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        var actors = BuildActors(actorIds);
        var places = BuildPlaces(out var placeIds);
        var obligationIds = CollectObligationIds();
        var context = zone is not null && effective is { } e ? new DeadlineContext(zone, e) : (DeadlineContext?)null;
        var articles = BuildArticles(actorIds, placeIds, obligationIds, context);
        var sources = Freeze(b.Sources, "$.sources");
        var crossReferences = Freeze(b.CrossReferences, "$.crossReferences");

        _problems.ThrowIfAny("statement");
        return new Statement(b.Title!, b.SignedOn!.Value, effective!.Value, zone!, actors, articles, sources, crossReferences, places);
    }

    private DateTimeZone? ResolveZone()
    {
        var b = _builder;
        if (b.TimeZone is not null)
        {
            return b.TimeZone;
        }

        if (string.IsNullOrWhiteSpace(b.TimeZoneId))
        {
            _problems.Add("$.timeZone", ValidationCodes.Required, "the time zone is missing");
            return null;
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(b.TimeZoneId);
        if (zone is null)
        {
            _problems.Add("$.timeZone", ValidationCodes.UnknownValue, string.Concat("'", b.TimeZoneId, "' is not a TZDB time zone id"));
        }

        return zone;
    }

    private Instant? ResolveEffective(DateTimeZone? zone)
    {
        var b = _builder;
        if (b.EffectiveInstant is { } instant)
        {
            return instant;
        }

        if (b.EffectiveLocal is not { } local)
        {
            _problems.Add("$.effectiveFrom", ValidationCodes.Required, "the effective instant is missing");
            return null;
        }

        return zone is null ? null : ResolveStrict(local, zone, "$.effectiveFrom", "the effective local time");
    }

    private Instant? ResolveStrict(LocalDateTime local, DateTimeZone zone, string path, string what)
    {
        var mapping = zone.MapLocal(local);
        switch (mapping.Count)
        {
            case 1:
                return mapping.Single().ToInstant();
            case 0:
                _problems.Add(path, ValidationCodes.InvalidValue, string.Concat(what, " ", Text.Local(local), " does not exist in ", zone.Id, " (skipped by a clock change)"));
                return null;
            default:
                _problems.Add(path, ValidationCodes.InvalidValue, string.Concat(what, " ", Text.Local(local), " is ambiguous in ", zone.Id, " (it occurs twice around a clock change)"));
                return null;
        }
    }

    private ImmutableArray<Actor> BuildActors(HashSet<string> ids)
    {
        var result = ImmutableArray.CreateBuilder<Actor>();
        var list = _builder.Actors;
        for (var i = 0; i < list.Count; i++)
        {
            var path = string.Concat("$.actors[", Text.Number(i), "]");
            var a = list[i];
            if (a is null)
            {
                _problems.Add(path, ValidationCodes.Required, "the actor is null");
                continue;
            }

            _problems.AddCalls(path, a.Calls);

            if (!Ids.IsValid(a.Id))
            {
                _problems.Add(path + ".id", ValidationCodes.InvalidId, string.Concat("'", a.Id, "' is not a valid id: ", Ids.Rule));
            }
            else if (!ids.Add(a.Id))
            {
                _problems.Add(path + ".id", ValidationCodes.DuplicateId, string.Concat("duplicate actor id '", a.Id, "'"));
            }

            if (string.IsNullOrWhiteSpace(a.Name))
            {
                _problems.Add(path + ".name", ValidationCodes.Required, "the name is missing or blank");
            }

            if ((a.Roles & ~(ActorRoles)63) != 0)
            {
                _problems.Add(path + ".roles", ValidationCodes.UnknownValue, "unknown role flags");
            }

            var aliases = ImmutableArray.CreateBuilder<string>(a.Aliases.Count);
            for (var j = 0; j < a.Aliases.Count; j++)
            {
                if (string.IsNullOrWhiteSpace(a.Aliases[j]))
                {
                    _problems.Add(string.Concat(path, ".aliases[", Text.Number(j), "]"), ValidationCodes.Required, "the alias is missing or blank");
                }
                else
                {
                    aliases.Add(a.Aliases[j]);
                }
            }

            if (a.Description is not null && string.IsNullOrWhiteSpace(a.Description))
            {
                _problems.Add(path + ".description", ValidationCodes.InvalidValue, "the description is blank (use null for none)");
            }

            result.Add(new Actor(a.Id ?? string.Empty, a.Name ?? string.Empty, a.Roles, aliases.ToImmutable(), a.ParentId, a.Description));
        }

        // Parents are checked once every id is known.
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i]?.ParentId is { } parent)
            {
                var path = string.Concat("$.actors[", Text.Number(i), "].parentId");
                if (!ids.Contains(parent))
                {
                    _problems.Add(path, ValidationCodes.UnknownReference, string.Concat("unknown parent actor '", parent, "'"));
                }
                else if (parent == list[i].Id)
                {
                    _problems.Add(path, ValidationCodes.Inconsistent, "an actor cannot be its own parent");
                }
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<Place> BuildPlaces(out HashSet<string> ids)
    {
        ids = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Place>();
        var list = _builder.Places;
        for (var i = 0; i < list.Count; i++)
        {
            var path = string.Concat("$.places[", Text.Number(i), "]");
            var p = list[i];
            if (p is null)
            {
                _problems.Add(path, ValidationCodes.Required, "the place is null");
                continue;
            }

            _problems.AddCalls(path, p.Calls);

            if (!Ids.IsValid(p.Id))
            {
                _problems.Add(path + ".id", ValidationCodes.InvalidId, string.Concat("'", p.Id, "' is not a valid id: ", Ids.Rule));
            }
            else if (!ids.Add(p.Id))
            {
                _problems.Add(path + ".id", ValidationCodes.DuplicateId, string.Concat("duplicate place id '", p.Id, "'"));
            }

            var ok = true;
            if (string.IsNullOrWhiteSpace(p.Name))
            {
                _problems.Add(path + ".name", ValidationCodes.Required, "the name is missing or blank");
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(p.NameUsage))
            {
                _problems.Add(path + ".nameUsage", ValidationCodes.Required, "who uses the primary name is missing or blank");
                ok = false;
            }

            var names = ImmutableArray.CreateBuilder<PlaceName>(p.Aliases.Count + 1);
            if (ok)
            {
                names.Add(new PlaceName(p.Name, p.NameUsage));
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { p.Name ?? string.Empty };
            for (var j = 0; j < p.Aliases.Count; j++)
            {
                var alias = p.Aliases[j];
                var aliasPath = string.Concat(path, ".aliases[", Text.Number(j), "]");
                if (alias is null)
                {
                    _problems.Add(aliasPath, ValidationCodes.Required, "the alias is null");
                }
                else if (!seen.Add(alias.Name))
                {
                    _problems.Add(aliasPath, ValidationCodes.Duplicate, string.Concat("duplicate spelling '", alias.Name, "'"));
                }
                else
                {
                    names.Add(alias);
                }
            }

            result.Add(new Place(p.Id ?? string.Empty, p.Name ?? string.Empty, names.ToImmutable()));
        }

        return result.ToImmutable();
    }

    private HashSet<string> CollectObligationIds()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in _builder.Articles)
        {
            if (article is null)
            {
                continue;
            }

            foreach (var obligation in article.Obligations)
            {
                if (obligation?.Id is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

    private ImmutableArray<Article> BuildArticles(HashSet<string> actorIds, HashSet<string> placeIds, HashSet<string> obligationIds, DeadlineContext? context)
    {
        var built = new List<Article>();
        var numbers = new HashSet<int>();
        var seenObligations = new HashSet<string>(StringComparer.Ordinal);
        var list = _builder.Articles;
        if (list.Count == 0)
        {
            _problems.Add("$.articles", ValidationCodes.Required, "a statement needs at least one article");
        }

        for (var i = 0; i < list.Count; i++)
        {
            var path = string.Concat("$.articles[", Text.Number(i), "]");
            var a = list[i];
            if (a is null)
            {
                _problems.Add(path, ValidationCodes.Required, "the article is null");
                continue;
            }

            if (a.Number < 1)
            {
                _problems.Add(path + ".number", ValidationCodes.InvalidValue, string.Concat("the article number ", Text.Number(a.Number), " is not 1 or more"));
            }
            else if (!numbers.Add(a.Number))
            {
                _problems.Add(path + ".number", ValidationCodes.DuplicateId, string.Concat("duplicate article number ", Text.Number(a.Number)));
            }

            if (string.IsNullOrWhiteSpace(a.Text))
            {
                _problems.Add(path + ".text", ValidationCodes.Required, "the text is missing or blank");
            }

            var obligations = ImmutableArray.CreateBuilder<Obligation>(a.Obligations.Count);
            var ownIds = new HashSet<string>(StringComparer.Ordinal);
            for (var j = 0; j < a.Obligations.Count; j++)
            {
                var o = BuildObligation(a, a.Obligations[j], string.Concat(path, ".obligations[", Text.Number(j), "]"), actorIds, placeIds, obligationIds, seenObligations, context);
                if (o is not null)
                {
                    obligations.Add(o);
                    ownIds.Add(o.Id);
                }
            }

            var variants = ImmutableArray.CreateBuilder<TextVariant>(a.Variants.Count);
            for (var j = 0; j < a.Variants.Count; j++)
            {
                var v = BuildVariant(a.Variants[j], string.Concat(path, ".variants[", Text.Number(j), "]"), ownIds, context);
                if (v is not null)
                {
                    variants.Add(v);
                }
            }

            built.Add(new Article(a.Number, a.Text ?? string.Empty, variants.ToImmutable(), obligations.ToImmutable()));
        }

        built.Sort(static (x, y) => x.Number.CompareTo(y.Number));
        return [.. built];
    }

    private TextVariant? BuildVariant(TextVariantState? v, string path, HashSet<string> articleObligationIds, DeadlineContext? context)
    {
        if (v is null)
        {
            _problems.Add(path, ValidationCodes.Required, "the variant is null");
            return null;
        }

        _problems.AddCalls(path, v.Calls);

        if (string.IsNullOrWhiteSpace(v.Label))
        {
            _problems.Add(path + ".label", ValidationCodes.Required, "the label is missing or blank");
        }

        if (string.IsNullOrWhiteSpace(v.Text))
        {
            _problems.Add(path + ".text", ValidationCodes.Required, "the text is missing or blank");
        }

        if (v.Language is not null && string.IsNullOrWhiteSpace(v.Language))
        {
            _problems.Add(path + ".language", ValidationCodes.InvalidValue, "the language is blank (use null for none)");
        }

        var sources = Freeze(v.Sources, path + ".sources");
        if (sources.IsEmpty)
        {
            _problems.Add(path + ".sources", ValidationCodes.Required, "a text variant needs at least one source");
        }

        var readings = ImmutableArray.CreateBuilder<DeadlineReading>(v.DeadlineReadings.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < v.DeadlineReadings.Count; k++)
        {
            var r = v.DeadlineReadings[k];
            var rPath = string.Concat(path, ".deadlineReadings[", Text.Number(k), "]");
            if (r is null)
            {
                _problems.Add(rPath, ValidationCodes.Required, "the deadline reading is null");
                continue;
            }

            if (!articleObligationIds.Contains(r.ObligationId))
            {
                _problems.Add(rPath + ".obligationId", ValidationCodes.Inconsistent, string.Concat("'", r.ObligationId, "' is not an obligation of this article"));
            }
            else if (!seen.Add(r.ObligationId))
            {
                _problems.Add(rPath + ".obligationId", ValidationCodes.Duplicate, string.Concat("a second reading of the deadline of '", r.ObligationId, "'"));
            }

            CheckDeadline(r.Deadline, null, rPath + ".deadline", context);
            readings.Add(r);
        }

        return new TextVariant(v.Label ?? string.Empty, v.Text ?? string.Empty, v.Language, sources, readings.ToImmutable());
    }

    private Obligation? BuildObligation(
        ArticleState article,
        ObligationState? o,
        string path,
        HashSet<string> actorIds,
        HashSet<string> placeIds,
        HashSet<string> obligationIds,
        HashSet<string> seenObligations,
        DeadlineContext? context)
    {
        if (o is null)
        {
            _problems.Add(path, ValidationCodes.Required, "the obligation is null");
            return null;
        }

        _problems.AddCalls(path, o.Calls);

        if (!Ids.IsValid(o.Id))
        {
            _problems.Add(path + ".id", ValidationCodes.InvalidId, string.Concat("'", o.Id, "' is not a valid id: ", Ids.Rule));
        }
        else if (!seenObligations.Add(o.Id))
        {
            _problems.Add(path + ".id", ValidationCodes.DuplicateId, string.Concat("duplicate obligation id '", o.Id, "'"));
        }

        var obligors = CheckIds(o.Obligors, actorIds, path + ".obligors", "actor", "obligor");
        var beneficiaries = CheckIds(o.Beneficiaries, actorIds, path + ".beneficiaries", "actor", "beneficiary");
        var parallel = CheckIds(o.InParallelWith, obligationIds, path + ".inParallelWith", "obligation", "obligation");
        var places = CheckIds(o.PlaceIds, placeIds, path + ".placeIds", "place", "place");
        if (parallel.Contains(o.Id ?? string.Empty))
        {
            _problems.Add(path + ".inParallelWith", ValidationCodes.Inconsistent, "an obligation cannot be performed in parallel with itself");
        }

        if (o.Obligors.Count == 0 && !o.ObligorUnnamed)
        {
            _problems.Add(path + ".obligors", ValidationCodes.Required, "no obligor: name at least one, or mark the obligor as not named in the text");
        }
        else if (o.Obligors.Count > 0 && o.ObligorUnnamed)
        {
            _problems.Add(path + ".obligorUnnamed", ValidationCodes.NotAllowed, "the obligor is marked as not named, yet obligors are listed");
        }

        if (!Enum.IsDefined(o.DeonticKind))
        {
            _problems.Add(path + ".deonticKind", ValidationCodes.UnknownValue, string.Concat("unknown deontic kind ", o.DeonticKind.ToString()));
        }

        if (!Enum.IsDefined(o.PerformanceKind))
        {
            _problems.Add(path + ".performanceKind", ValidationCodes.UnknownValue, string.Concat("unknown performance kind ", o.PerformanceKind.ToString()));
        }

        if (string.IsNullOrWhiteSpace(o.Description))
        {
            _problems.Add(path + ".description", ValidationCodes.Required, "the description is missing or blank");
        }

        if (string.IsNullOrWhiteSpace(o.Basis))
        {
            _problems.Add(path + ".basis", ValidationCodes.Required, "the exact words of the article the obligation rests on are missing");
        }
        else if (article.Text is not null && !article.Text.Contains(o.Basis, StringComparison.Ordinal))
        {
            _problems.Add(path + ".basis", ValidationCodes.Inconsistent, string.Concat("the words \"", o.Basis, "\" do not appear in the text of article ", Text.Number(article.Number)));
        }

        var deadline = o.Deadline;
        if (deadline is null)
        {
            _problems.Add(path + ".deadline", ValidationCodes.Required, "the deadline is null (use Deadline.None)");
            deadline = Deadline.None;
        }
        else
        {
            CheckDeadline(deadline, o, path + ".deadline", context);
        }

        var quantities = Freeze(o.Quantities, path + ".quantities");
        return new Obligation(o.Id ?? string.Empty, article.Number, obligors, o.ObligorUnnamed, beneficiaries, o.DeonticKind, o.PerformanceKind,
            deadline, o.Condition, o.Description ?? string.Empty, o.Basis ?? string.Empty, quantities, parallel, places);
    }

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
                else if (relative.Anchor == DeadlineAnchor.EffectiveFrom && relative.DueInstant(ctx) is { } relativeDue && !CalendarLimits.Contains(relativeDue))
                {
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

    private ImmutableArray<string> CheckIds(List<string> ids, HashSet<string> known, string path, string what, string role)
    {
        var result = ImmutableArray.CreateBuilder<string>(ids.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            var id = ids[k];
            var itemPath = string.Concat(path, "[", Text.Number(k), "]");
            if (id is null)
            {
                _problems.Add(itemPath, ValidationCodes.Required, string.Concat("the ", role, " id is null"));
            }
            else if (!known.Contains(id))
            {
                _problems.Add(itemPath, ValidationCodes.UnknownReference, string.Concat("unknown ", what, " '", id, "'"));
            }
            else if (!seen.Add(id))
            {
                _problems.Add(itemPath, ValidationCodes.Duplicate, string.Concat(role, " '", id, "' is listed twice"));
            }
            else
            {
                result.Add(id);
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<T> Freeze<T>(IList<T> items, string path)
        where T : class
    {
        var result = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var k = 0; k < items.Count; k++)
        {
            if (items[k] is null)
            {
                _problems.Add(string.Concat(path, "[", Text.Number(k), "]"), ValidationCodes.Required, "the item is null");
            }
            else
            {
                result.Add(items[k]);
            }
        }

        return result.ToImmutable();
    }
}
