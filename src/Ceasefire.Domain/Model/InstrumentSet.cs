using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// Instruments that belong together, such as a ceasefire statement and the later statements that implement or
/// reaffirm it, each with the timeline of claims about it, in reading order (the founding statement first). Every
/// statement has an <see cref="Statement.Id"/>, the ids are unique, and every <see cref="Statement.Links">link</see>
/// names an instrument of the set (and an article it has). Evaluate the whole set at once with
/// <c>InstrumentSetEvaluation.Evaluate</c>.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class InstrumentSet
{
    private InstrumentSet(ImmutableArray<Instrument> instruments) => Instruments = instruments;

    /// <summary>The instruments, in the order given.</summary>
    public ImmutableArray<Instrument> Instruments { get; }

    /// <summary>The instrument whose statement has the given id.</summary>
    /// <param name="statementId">The statement id.</param>
    /// <returns>The instrument.</returns>
    /// <exception cref="KeyNotFoundException">No statement of the set has that id.</exception>
    public Instrument this[string statementId]
    {
        get
        {
            Guard.Against.Null(statementId);
            foreach (var instrument in Instruments)
            {
                if (instrument.Statement.Id == statementId)
                {
                    return instrument;
                }
            }

            throw new KeyNotFoundException(string.Concat("The set has no statement with the id '", statementId, "'."));
        }
    }

    /// <summary>Creates a set, checking that the instruments fit together.</summary>
    /// <param name="instruments">The instruments, founding statement first.</param>
    /// <returns>The set.</returns>
    /// <exception cref="CeasefireValidationException">
    /// A statement has no id or shares one; a timeline was built for another statement; a link names a statement or an
    /// article that is not in the set. Every problem is listed, with the instrument's index in its path.
    /// </exception>
    public static InstrumentSet Create(IEnumerable<Instrument> instruments)
    {
        Guard.Against.Null(instruments);
        var list = instruments.ToImmutableArray();
        var problems = new ProblemList();
        var ids = new Dictionary<string, Statement>(StringComparer.Ordinal);
        for (var i = 0; i < list.Length; i++)
        {
            var path = string.Concat("$[", Text.Number(i), "]");
            if (list[i] is not { } instrument)
            {
                problems.Add(path, ValidationCodes.Required, "the instrument is null");
                continue;
            }

            if (instrument.Statement.Id is not { } id)
            {
                problems.Add(path + ".id", ValidationCodes.Required, string.Concat("the statement \"", instrument.Statement.Title, "\" has no id"));
            }
            else if (!ids.TryAdd(id, instrument.Statement))
            {
                problems.Add(path + ".id", ValidationCodes.Duplicate, string.Concat("a second statement with the id '", id, "'"));
            }

            if (!instrument.Timeline.IsFor(instrument.Statement))
            {
                problems.Add(path + ".timeline", ValidationCodes.Inconsistent, string.Concat("the timeline was built for another statement than \"", instrument.Statement.Title, "\""));
            }
        }

        for (var i = 0; i < list.Length; i++)
        {
            if (list[i] is not { } instrument)
            {
                continue;
            }

            var links = instrument.Statement.Links;
            for (var j = 0; j < links.Length; j++)
            {
                var path = string.Concat("$[", Text.Number(i), "].links[", Text.Number(j), "]");
                if (!ids.TryGetValue(links[j].TargetStatementId, out var target))
                {
                    problems.Add(path + ".targetStatementId", ValidationCodes.UnknownReference, string.Concat("no statement of the set has the id '", links[j].TargetStatementId, "'"));
                }
                else if (links[j].TargetArticle is { } article && !target.Articles.Any(a => a.Number == article))
                {
                    problems.Add(path + ".targetArticle", ValidationCodes.UnknownReference, string.Concat("'", links[j].TargetStatementId, "' has no article ", Text.Number(article)));
                }
            }
        }

        problems.ThrowIfAny("instrument set");
        return new InstrumentSet(list);
    }

    /// <summary>
    /// The links that point at an instrument, or at one of its articles, with the instrument each starts from, in set
    /// order: for example every instrument that implements or reaffirms point 9 of the 2020 statement.
    /// </summary>
    /// <param name="statementId">The target statement's id.</param>
    /// <param name="article">The target article; <see langword="null"/> for links to the statement as a whole and to any of its articles.</param>
    /// <returns>The links, each with the instrument it belongs to.</returns>
    public ImmutableArray<(Instrument From, InstrumentLink Link)> LinksTo(string statementId, int? article = null)
    {
        Guard.Against.Null(statementId);
        var result = ImmutableArray.CreateBuilder<(Instrument, InstrumentLink)>();
        foreach (var instrument in Instruments)
        {
            foreach (var link in instrument.Statement.Links)
            {
                if (link.TargetStatementId == statementId && (article is null || link.TargetArticle == article))
                {
                    result.Add((instrument, link));
                }
            }
        }

        return result.ToImmutable();
    }

    /// <summary>Formats the set as the number of instruments and their ids.</summary>
    /// <returns>The set as text.</returns>
    public override string ToString() => string.Concat("Instrument set of ", Text.Number(Instruments.Length), ": ", string.Join(", ", Instruments.Select(i => i.Statement.Id)));
}

/// <summary>A statement in an <see cref="InstrumentSet"/>, with the timeline of claims about it. Equality is by value.</summary>
/// <param name="Statement">The statement.</param>
/// <param name="Timeline">The claims about it (a timeline built for the statement, or <see cref="Timeline.Empty"/>).</param>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record Instrument(Statement Statement, Timeline Timeline);
