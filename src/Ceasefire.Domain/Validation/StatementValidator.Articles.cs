using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Validation;

/// <summary>Validates the articles: their numbers and texts, text variants and obligations.</summary>
internal sealed partial class StatementValidator
{
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
                var v = BuildVariant(a.Variants[j], string.Concat(path, ".variants[", Text.Number(j), "]"), ownIds, placeIds, context);
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

    private TextVariant? BuildVariant(TextVariantState? v, string path, HashSet<string> articleObligationIds, HashSet<string> placeIds, DeadlineContext? context)
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

        var (sources, readingList, scopeList) = _variants[v];
        if (sources.IsEmpty)
        {
            _problems.Add(path + ".sources", ValidationCodes.Required, "a text variant needs at least one source");
        }

        var readings = ImmutableArray.CreateBuilder<DeadlineReading>(readingList.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < readingList.Count; k++)
        {
            var r = readingList[k];
            var rPath = string.Concat(path, ".deadlineReadings[", Text.Number(k), "]");
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

        var scopes = ImmutableArray.CreateBuilder<ScopeReading>(scopeList.Count);
        var seenScopes = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < scopeList.Count; k++)
        {
            var r = scopeList[k];
            var rPath = string.Concat(path, ".scopeReadings[", Text.Number(k), "]");
            if (!articleObligationIds.Contains(r.ObligationId))
            {
                _problems.Add(rPath + ".obligationId", ValidationCodes.Inconsistent, string.Concat("'", r.ObligationId, "' is not an obligation of this article"));
            }
            else if (!seenScopes.Add(r.ObligationId))
            {
                _problems.Add(rPath + ".obligationId", ValidationCodes.Duplicate, string.Concat("a second reading of the scope of '", r.ObligationId, "'"));
            }

            for (var p = 0; p < r.PlaceIds.Length; p++)
            {
                if (!placeIds.Contains(r.PlaceIds[p]))
                {
                    _problems.Add(string.Concat(rPath, ".placeIds[", Text.Number(p), "]"), ValidationCodes.UnknownReference, string.Concat("unknown place '", r.PlaceIds[p], "'"));
                }
            }

            scopes.Add(r);
        }

        return new TextVariant(v.Label ?? string.Empty, v.Text ?? string.Empty, v.Language, sources, readings.ToImmutable(), scopes.ToImmutable());
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

        var obligors = _problems.CheckIds(o.Obligors, actorIds.Contains, path + ".obligors", "actor", "obligor");
        var beneficiaries = _problems.CheckIds(o.Beneficiaries, actorIds.Contains, path + ".beneficiaries", "actor", "beneficiary");
        var parallel = _problems.CheckIds(o.InParallelWith, obligationIds.Contains, path + ".inParallelWith", "obligation", "obligation");
        var places = _problems.CheckIds(o.PlaceIds, placeIds.Contains, path + ".placeIds", "place", "place");
        if (parallel.Contains(o.Id ?? string.Empty))
        {
            _problems.Add(path + ".inParallelWith", ValidationCodes.Inconsistent, "an obligation cannot be performed in parallel with itself");
        }

        var unnamed = o.ObligorUnnamed == true;
        if (o.Obligors.Count == 0 && !unnamed)
        {
            _problems.Add(path + ".obligors", ValidationCodes.Required, "no obligor: name at least one, or mark the obligor as not named in the text");
        }
        else if (o.Obligors.Count > 0 && unnamed)
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

        var (deadline, condition, quantities) = _obligations[o];
        CheckDeadline(deadline, o, path + ".deadline", context);
        return new Obligation(o.Id ?? string.Empty, article.Number, obligors, unnamed, beneficiaries, o.DeonticKind, o.PerformanceKind,
            deadline, condition, o.Description ?? string.Empty, o.Basis ?? string.Empty, quantities, parallel, places);
    }
}
