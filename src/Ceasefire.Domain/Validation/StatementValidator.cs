using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Ceasefire.Domain.Validation;

/// <summary>Validates a <see cref="StatementBuilder"/>'s state in one pass and builds the statement, or throws every problem.</summary>
internal sealed partial class StatementValidator
{
    private readonly StatementState _builder;
    private readonly ProblemList _problems = new();

    public StatementValidator(StatementState builder) => _builder = builder;

    public Statement Build()
    {
        var b = _builder;
        ConvertValues();
        _problems.ThrowIfAny("statement");
        _problems.AddCalls("$", b.Calls);
        if (string.IsNullOrWhiteSpace(b.Title))
        {
            _problems.Add("$.title", ValidationCodes.Required, "the title is missing or blank");
        }

        LocalDate? signedOn = b.HasSignedOn ? b.SignedOn : null;
        if (signedOn is null)
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

        if (effective is { } eff && zone is not null && signedOn is { } signed && eff.InZone(zone).Date < signed)
        {
            _problems.Add("$.effectiveFrom", ValidationCodes.Inconsistent, string.Concat("the effective instant ", Text.Iso(eff), " is before the signing date ", Text.Iso(signed)));
        }

        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        var actors = BuildActors(actorIds);
        var places = BuildPlaces(out var placeIds);
        var obligationIds = CollectObligationIds();
        var context = zone is not null && effective is { } e ? new DeadlineContext(zone, e) : (DeadlineContext?)null;
        var articles = BuildArticles(actorIds, placeIds, obligationIds, context);

        if (b.Id is not null && !Ids.IsValid(b.Id))
        {
            _problems.Add("$.id", ValidationCodes.InvalidValue, string.Concat("'", Text.Excerpt(b.Id), "' is not a valid id: ", Ids.Rule));
        }

        var links = BuildLinks(articles);
        CheckReading(articles);

        _problems.ThrowIfAny("statement");
        var primary = new Statement(b.Title!, signedOn!.Value, effective!.Value, zone!, actors, articles, _sources, _crossReferences, places, b.Id, links);
        return b.Reading is null
            ? primary
            : new Statement(b.Title!, signedOn.Value, effective.Value, zone!, actors, Read(articles, b.Reading), _sources, _crossReferences, places, b.Id, links, b.Reading, primary);
    }

    private ImmutableArray<InstrumentLink> BuildLinks(ImmutableArray<Article> articles)
    {
        var b = _builder;
        var links = ImmutableArray.CreateBuilder<InstrumentLink>(b.Links.Count);
        for (var i = 0; i < b.Links.Count; i++)
        {
            var path = string.Concat("$.links[", Text.Number(i), "]");
            if (b.Links[i] is not { } l)
            {
                _problems.Add(path, ValidationCodes.Required, "the link is null");
                continue;
            }

            var before = _problems.Count;
            if (!Enum.IsDefined(l.Kind))
            {
                _problems.Add(path + ".kind", ValidationCodes.InvalidValue, "unknown link kind");
            }

            if (l.FromArticle is { } from && !articles.Any(a => a.Number == from))
            {
                _problems.Add(path + ".fromArticle", ValidationCodes.UnknownReference, string.Concat("the statement has no article ", Text.Number(from)));
            }

            if (!Ids.IsValid(l.TargetStatementId))
            {
                _problems.Add(path + ".targetStatementId", ValidationCodes.InvalidValue, string.Concat("'", Text.Excerpt(l.TargetStatementId ?? string.Empty), "' is not a valid id: ", Ids.Rule));
            }
            else if (l.TargetStatementId == b.Id)
            {
                _problems.Add(path + ".targetStatementId", ValidationCodes.Inconsistent, "a statement does not link to itself");
            }

            if (l.TargetArticle is < 1)
            {
                _problems.Add(path + ".targetArticle", ValidationCodes.OutOfRange, "an article number is 1 or more");
            }

            if (string.IsNullOrWhiteSpace(l.Note))
            {
                _problems.Add(path + ".note", ValidationCodes.Required, "the note is missing or blank");
            }

            var sources = WireValues.ToCitations(l.Sources, path + ".sources", _problems);
            if (sources.IsEmpty)
            {
                _problems.Add(path + ".sources", ValidationCodes.Required, "a link needs at least one source");
            }

            if (_problems.Count == before)
            {
                links.Add(new InstrumentLink(l.Kind, l.FromArticle, l.TargetStatementId!, l.TargetArticle, l.Note!, sources));
            }
        }

        return links.ToImmutable();
    }

    private void CheckReading(ImmutableArray<Article> articles)
    {
        if (_builder.Reading is not { } reading)
        {
            return;
        }

        if (!articles.Any(a => a.Variants.Any(v => v.Label == reading)))
        {
            var labels = articles.SelectMany(a => a.Variants).Select(v => v.Label).Distinct(StringComparer.Ordinal);
            _problems.Add("$.reading", ValidationCodes.UnknownReference, string.Concat(
                "no text variant is labelled '", Text.Excerpt(reading), "' (the renderings are: ", string.Join(", ", labels), ")"));
        }
    }

    /// <summary>The articles with every obligation's deadline and scope as the variants labelled <paramref name="reading"/> give them.</summary>
    private static ImmutableArray<Article> Read(ImmutableArray<Article> articles, string reading)
    {
        var result = ImmutableArray.CreateBuilder<Article>(articles.Length);
        foreach (var article in articles)
        {
            var obligations = ImmutableArray.CreateBuilder<Obligation>(article.Obligations.Length);
            foreach (var obligation in article.Obligations)
            {
                var deadline = obligation.Deadline;
                var places = obligation.PlaceIds;
                foreach (var variant in article.Variants)
                {
                    if (variant.Label == reading)
                    {
                        deadline = variant.DeadlineFor(obligation.Id) ?? deadline;
                        places = variant.ScopeFor(obligation.Id) ?? places;
                    }
                }

                obligations.Add(ReferenceEquals(deadline, obligation.Deadline) && places == obligation.PlaceIds ? obligation : obligation.Read(deadline, places));
            }

            result.Add(new Article(article.Number, article.Text, article.Variants, obligations.ToImmutable()));
        }

        return result.MoveToImmutable();
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
        if (b.HasEffectiveInstant)
        {
            return b.EffectiveInstant;
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
                try
                {
                    return mapping.Single().ToInstant();
                }
                catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
                {
                    // 9999-12-31 23:59 in Etc/GMT+12 is after the last instant NodaTime represents.
                    _problems.Add(path, ValidationCodes.OutOfRange, string.Concat(what, " ", Text.Local(local), " in ", zone.Id, " is outside the supported range (", CalendarLimits.SupportedRangeText, ")"));
                    return null;
                }

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

            var roles = _roles[a] | a.UndefinedRoles;
            if ((roles & ~RoleNames.Defined) != 0)
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

            result.Add(new Actor(a.Id ?? string.Empty, a.Name ?? string.Empty, roles, aliases.ToImmutable(), a.ParentId, a.Description));
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

        CheckParentCycles(list);
        return result.ToImmutable();
    }

    /// <summary>Reports every actor on a cycle of parents longer than one (X part of Y, Y part of X), in linear time.</summary>
    private void CheckParentCycles(List<ActorState> list)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i]?.Id is { } id)
            {
                index.TryAdd(id, i);
            }
        }

        // 0: not visited; 1: on the chain being walked; 2: done.
        var state = new byte[list.Count];
        var chain = new List<int>();
        for (var i = 0; i < list.Count; i++)
        {
            chain.Clear();
            var at = i;
            while (state[at] == 0)
            {
                state[at] = 1;
                chain.Add(at);
                if (list[at]?.ParentId is not { } parent || parent == list[at].Id || !index.TryGetValue(parent, out var next))
                {
                    break;
                }

                at = next;
            }

            if (state[at] == 1 && list[at]?.ParentId is { } p && p != list[at].Id && index.ContainsKey(p))
            {
                // The walk came back to an actor of this chain: from it to the chain's end is a cycle.
                var first = chain.IndexOf(at);
                var names = new List<string>(chain.Count - first + 1);
                for (var k = first; k < chain.Count; k++)
                {
                    names.Add(list[chain[k]].Id);
                }

                names.Add(list[at].Id);
                var cycle = string.Join(" -> ", names);
                for (var k = first; k < chain.Count; k++)
                {
                    _problems.Add(string.Concat("$.actors[", Text.Number(chain[k]), "].parentId"), ValidationCodes.Inconsistent, string.Concat("the actor is part of itself through a cycle of parents (", cycle, ")"));
                }
            }

            foreach (var k in chain)
            {
                state[k] = 2;
            }
        }
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

            var aliases = _aliases[p];
            var names = ImmutableArray.CreateBuilder<PlaceName>(aliases.Count + 1);
            if (ok)
            {
                names.Add(new PlaceName(p.Name, p.NameUsage));
            }

            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { p.Name ?? string.Empty };
            for (var j = 0; j < aliases.Count; j++)
            {
                var alias = aliases[j];
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
}
