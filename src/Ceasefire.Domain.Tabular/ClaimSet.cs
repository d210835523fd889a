using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;

namespace Ceasefire.Domain.Tabular;

/// <summary>
/// Claims read from one input (a timeline JSON file, a claims CSV file, an event-dataset import), not yet validated
/// against a statement: <see cref="Merge"/> validates several sets together and builds one timeline, reporting every
/// problem of every set at once, each with its input and its place in it (row and column for CSV).
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class ClaimSet
{
    internal ClaimSet(string origin, ImmutableArray<PendingClaim> claims, ImmutableArray<ValidationProblem> problems)
    {
        Origin = origin;
        Claims = claims;
        Problems = problems;
    }

    /// <summary>Where the claims come from (a file name, or "built-in timeline"), as problems name it.</summary>
    public string Origin { get; }

    /// <summary>The number of claims read (rows with problems of their own included).</summary>
    public int Count => Claims.Length;

    /// <summary>The problems found while reading (for CSV: a value that does not parse), each with its row and column; empty when none.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    internal ImmutableArray<PendingClaim> Claims { get; }

    /// <summary>The claims of a built timeline.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="origin">Where it comes from, for problem messages.</param>
    /// <returns>The set.</returns>
    public static ClaimSet FromTimeline(Timeline timeline, string origin)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(origin);
        var claims = timeline.Claims
            .Select(c => new PendingClaim(c.Id, b => ClaimReplay.Describe(b, c), string.Concat(origin, ": claim '", c.Id, "'"), null))
            .ToImmutableArray();
        return new ClaimSet(origin, claims, []);
    }

    /// <summary>
    /// Validates the claims of every set against the statement, in order, and builds one timeline. Claim ids must be
    /// unique across the sets; a claim may contradict a claim of another set.
    /// </summary>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="sets">The sets, in order.</param>
    /// <returns>The timeline, bound to the statement.</returns>
    /// <exception cref="CeasefireValidationException">
    /// Any set has a problem, or any claim is invalid or conflicts with another: every problem of every set, each
    /// located by its input and its row and column (CSV) or claim id.
    /// </exception>
    public static Timeline Merge(Statement statement, IEnumerable<ClaimSet> sets)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(sets);
        var all = sets.ToList();
        var problems = all.SelectMany(s => s.Problems).ToList();
        var builder = Timeline.CreateBuilder(statement);
        var pending = new List<PendingClaim>();
        foreach (var set in all)
        {
            foreach (var claim in set.Claims)
            {
                builder.Claim(claim.Id, claim.Configure);
                pending.Add(claim);
            }
        }

        // Two inputs giving the same claim id: named here with both places (the builder would name only the second).
        foreach (var group in pending.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var places = group.Select(p => p.Location).ToList();
            problems.Add(new ValidationProblem(places[1], ValidationCodes.DuplicateId,
                string.Concat("the claim id '", group.Key, "' is also used at ", string.Join(" and ", places.Where((_, i) => i != 1)), ": ids must be unique across all inputs")));
        }

        var readerPaths = all.SelectMany(s => s.Problems).Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        try
        {
            var timeline = builder.Build();
            if (problems.Count == 0)
            {
                return timeline;
            }
        }
        catch (CeasefireValidationException e)
        {
            foreach (var problem in e.Problems)
            {
                if (problem.Code == ValidationCodes.DuplicateId && IsIdPath(problem.Path))
                {
                    continue; // reported above with both places
                }

                var located = Locate(problem, pending);
                if (!readerPaths.Contains(located.Path))
                {
                    problems.Add(located); // a cell that did not parse is reported once, by the reader, not again as missing
                }
            }
        }

        throw new CeasefireValidationException("claims", problems);
    }

    private static bool IsIdPath(string path) => path.EndsWith("].id", StringComparison.Ordinal);

    private static readonly Regex ClaimPath = new(@"^\$\.claims\[(\d+)\](?:\.([A-Za-z]+))?(.*)$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static ValidationProblem Locate(ValidationProblem problem, List<PendingClaim> pending)
    {
        var match = ClaimPath.Match(problem.Path);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= pending.Count)
        {
            return problem;
        }

        var claim = pending[index];
        var member = match.Groups[2].Success ? match.Groups[2].Value : null;
        var where = claim.Row is { } row
            ? string.Concat(claim.Location, member is null ? string.Empty : string.Concat(", column ", ClaimsCsv.ColumnOf(member)))
            : string.Concat(claim.Location, member is null ? string.Empty : string.Concat(" (", member, match.Groups[3].Value, ")"));
        return new ValidationProblem(where, problem.Code, problem.Message) { Line = claim.Line };
    }
}

/// <summary>A claim read but not yet built: its id, how to describe it to a builder, and where it was read.</summary>
internal sealed record PendingClaim(string Id, Action<ClaimBuilder> Configure, string Location, int? Row)
{
    public long? Line { get; init; }
}
