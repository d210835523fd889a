using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// An immutable set of <see cref="Claim"/>s about a statement's obligations, validated against the statement when
/// built and bound to it (<see cref="Statement"/>). Create one with <see cref="CreateBuilder"/>; evaluate it with
/// <c>statement.Evaluate(timeline, asOf)</c> or <see cref="Evaluator.Create"/>, which refuse a statement that is not the
/// timeline's statement by value. <see cref="Empty"/> is the one timeline bound to no statement: having no claims, it
/// fits every statement. Equality (<c>==</c> included) is by value (the claims, in order, and the statement); hashing
/// reads only the number of claims and the first and last claim ids.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Timeline : IEquatable<Timeline>
{
    private readonly FrozenDictionary<string, Claim> _byId;

    internal Timeline(ImmutableArray<Claim> claims, Statement? statement)
    {
        Claims = claims;
        Statement = statement;
        _byId = claims.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>An empty timeline bound to no statement, so it can be evaluated with any statement (every obligation is judged on its deadline alone).</summary>
    public static Timeline Empty { get; } = new([], null);

    /// <summary>
    /// The statement the timeline was built for (by <see cref="CreateBuilder"/> or <c>CeasefireJson.ReadTimeline</c>);
    /// <see langword="null"/> only for <see cref="Empty"/>.
    /// </summary>
    public Statement? Statement { get; }

    /// <summary>The claims, in the order added.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Creates an empty builder that validates claims against the given statement.</summary>
    /// <param name="statement">The statement the claims are about.</param>
    /// <returns>A new builder.</returns>
    public static TimelineBuilder CreateBuilder(Statement statement) => new(statement);

    /// <summary>Creates a builder holding these claims, validating against (and binding to) the given statement.</summary>
    /// <param name="statement">The statement the claims are about; it may differ from <see cref="Statement"/> (to move the claims to a revised statement).</param>
    /// <returns>A new builder.</returns>
    public TimelineBuilder ToBuilder(Statement statement)
    {
        var builder = new TimelineBuilder(statement);
        foreach (var claim in Claims)
        {
            builder.Claims.Add(ClaimState.From(claim));
        }

        return builder;
    }

    /// <summary>The claim with the given id.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public Claim GetClaim(string id)
    {
        Guard.Against.Null(id);
        return _byId.TryGetValue(id, out var claim) ? claim : throw new KeyNotFoundException(string.Concat("The timeline has no claim '", id, "'."));
    }

    /// <summary>Looks up a claim by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetClaim(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim)
    {
        Guard.Against.Null(id);
        return _byId.TryGetValue(id, out claim);
    }

    /// <summary>The claims concerning an obligation, in the order added.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns>The claims.</returns>
    public ImmutableArray<Claim> ClaimsAbout(string obligationId)
    {
        Guard.Against.Null(obligationId);
        return Claims.RemoveAll(c => !c.Concerns(obligationId));
    }

    /// <summary>Checks that every claim fits the statement (known obligations and actors, kinds that fit the obligations).</summary>
    /// <param name="statement">The statement.</param>
    /// <exception cref="CeasefireValidationException">A claim does not fit; every problem is listed.</exception>
    public void ValidateAgainst(Statement statement)
    {
        Guard.Against.Null(statement);
        var builder = ToBuilder(statement);
        _ = builder.Build();
    }

    /// <summary>Whether the timeline may be evaluated with a statement: it is bound to an equal statement, or it is <see cref="Empty"/>.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns><see langword="true"/> when the timeline fits the statement.</returns>
    public bool IsFor(Statement statement)
    {
        Guard.Against.Null(statement);
        return Statement is null || ReferenceEquals(Statement, statement) || Statement.Equals(statement) || Statement.Equals(statement.PrimaryText);
    }

    /// <summary>Throws unless <see cref="IsFor"/> the statement.</summary>
    /// <param name="statement">The statement about to be evaluated.</param>
    /// <exception cref="CeasefireException">The timeline was built for another statement.</exception>
    internal void EnsureFor(Statement statement)
    {
        if (!IsFor(statement))
        {
            throw new CeasefireException(string.Concat(
                "The timeline was built for the statement \"", Statement!.Title, "\"",
                Statement.Title == statement.Title ? " (with different contents)" : string.Empty,
                ", not for the statement \"", statement.Title, "\" being evaluated. Build the timeline for that statement ",
                "(Timeline.CreateBuilder(statement)), or move its claims to it with timeline.ToBuilder(statement).Build()."));
        }
    }

    /// <inheritdoc />
    public bool Equals(Timeline? other)
        => other is not null && (ReferenceEquals(this, other) || (Equals(Statement, other.Statement) && Equality.Sequence(Claims, other.Claims)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <summary>Whether two values are equal, as <see cref="Equals(Timeline)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Timeline? left, Timeline? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Timeline? left, Timeline? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => Claims.IsDefaultOrEmpty ? 0 : HashCode.Combine(Claims.Length, Claims[0].Id, Claims[^1].Id);

    /// <summary>Formats the timeline as its claim count.</summary>
    /// <returns>The timeline as text.</returns>
    public override string ToString() => string.Concat("Timeline of ", Text.Number(Claims.Length), " claims");
}
