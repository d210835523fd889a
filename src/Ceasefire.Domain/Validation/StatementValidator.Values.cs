using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Validation;

/// <summary>
/// Converts the values a statement's state holds as written (roles, citations, deadlines, conditions, quantities,
/// cross-references, place names) into model values, first: a document whose values do not convert is reported for
/// those alone, before any rule is checked. Values a fluent call stored always convert.
/// </summary>
internal sealed partial class StatementValidator
{
    private readonly Dictionary<ActorState, ActorRoles> _roles = [];
    private readonly Dictionary<TextVariantState, (ImmutableArray<Citation> Sources, List<DeadlineReading> Readings, List<ScopeReading> Scopes)> _variants = [];
    private readonly Dictionary<ObligationState, (Deadline Deadline, Condition? Condition, ImmutableArray<Quantity> Quantities)> _obligations = [];
    private readonly Dictionary<PlaceState, List<PlaceName>> _aliases = [];
    private ImmutableArray<Citation> _sources = [];
    private ImmutableArray<CrossReference> _crossReferences = [];

    private void ConvertValues()
    {
        var b = _builder;
        for (var i = 0; i < b.Actors.Count; i++)
        {
            if (b.Actors[i] is { } actor)
            {
                _roles[actor] = Roles(actor.Roles, string.Concat("$.actors[", Text.Number(i), "].roles"));
            }
        }

        for (var i = 0; i < b.Articles.Count; i++)
        {
            if (b.Articles[i] is { } article)
            {
                ConvertArticle(article, string.Concat("$.articles[", Text.Number(i), "]"));
            }
        }

        _sources = WireValues.ToCitations(b.Sources, "$.sources", _problems);
        _crossReferences = WireValues.ToList(b.CrossReferences, "$.crossReferences", _problems, x => new CrossReference(x.Catalogue, x.Id, x.Url));
        for (var i = 0; i < b.Places.Count; i++)
        {
            if (b.Places[i] is { } place)
            {
                _aliases[place] = [.. WireValues.ToList(place.Aliases, string.Concat("$.places[", Text.Number(i), "].aliases"), _problems, a => new PlaceName(a.Name, a.Usage), "the alias is null")];
            }
        }
    }

    private void ConvertArticle(ArticleState article, string path)
    {
        for (var j = 0; j < article.Variants.Count; j++)
        {
            if (article.Variants[j] is not { } v)
            {
                continue;
            }

            var vPath = string.Concat(path, ".variants[", Text.Number(j), "]");
            var sources = WireValues.ToCitations(v.Sources, vPath + ".sources", _problems);
            var readings = new List<DeadlineReading>();
            for (var k = 0; k < v.DeadlineReadings.Count; k++)
            {
                var rPath = string.Concat(vPath, ".deadlineReadings[", Text.Number(k), "]");
                if (v.DeadlineReadings[k] is not { } r)
                {
                    _problems.Add(rPath, ValidationCodes.Required, "the deadline reading is null");
                }
                else if (WireValues.ToDeadline(r.Deadline, rPath + ".deadline", _problems) is { } deadline
                    && WireValues.Create(rPath + ".obligationId", _problems, () => new DeadlineReading(r.ObligationId, deadline)) is { } reading)
                {
                    readings.Add(reading);
                }
            }

            var scopes = new List<ScopeReading>();
            for (var k = 0; k < v.ScopeReadings.Count; k++)
            {
                var rPath = string.Concat(vPath, ".scopeReadings[", Text.Number(k), "]");
                if (v.ScopeReadings[k] is not { } r)
                {
                    _problems.Add(rPath, ValidationCodes.Required, "the scope reading is null");
                }
                else if (WireValues.Create(rPath, _problems, () => new ScopeReading(r.ObligationId, [.. r.PlaceIds ?? []])) is { } scope)
                {
                    scopes.Add(scope);
                }
            }

            _variants[v] = (sources, readings, scopes);
        }

        for (var j = 0; j < article.Obligations.Count; j++)
        {
            if (article.Obligations[j] is not { } o)
            {
                continue;
            }

            var oPath = string.Concat(path, ".obligations[", Text.Number(j), "]");
            var deadline = o.Deadline is null ? Deadline.None : WireValues.ToDeadline(o.Deadline, oPath + ".deadline", _problems) ?? Deadline.None;
            var condition = o.Condition is { } c ? WireValues.Create(oPath + ".condition", _problems, () => new Condition(c.Kind, c.Description)) : null;
            _obligations[o] = (deadline, condition, WireValues.ToList(o.Quantities, oPath + ".quantities", _problems, q => new Quantity(q.Value, q.Unit)));
        }
    }

    private ActorRoles Roles(List<string> names, string path)
    {
        var roles = ActorRoles.None;
        for (var k = 0; k < names.Count; k++)
        {
            var found = false;
            foreach (var (role, name) in RoleNames.All)
            {
                if (string.Equals(names[k], name, StringComparison.Ordinal))
                {
                    roles |= role;
                    found = true;
                }
            }

            if (!found)
            {
                _problems.Add(string.Concat(path, "[", Text.Number(k), "]"), ValidationCodes.UnknownValue, string.Concat("unknown role '", names[k], "'; roles are: signatory, party, guarantor, implementingBody, supervisingBody, nonSignatoryAgreed"));
            }
        }

        return roles;
    }
}
