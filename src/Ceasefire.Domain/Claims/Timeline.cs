using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain;

/// <summary>
/// An immutable set of <see cref="Claim"/>s about a statement's obligations, validated against the statement when
/// built. Create one with <see cref="CreateBuilder"/>; evaluate it with <c>Statement.Evaluate</c>.
/// Equality is by value (the claims, in order).
/// </summary>
public sealed class Timeline : IEquatable<Timeline>
{
    private readonly FrozenDictionary<string, Claim> _byId;

    internal Timeline(ImmutableArray<Claim> claims)
    {
        Claims = claims;
        _byId = claims.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>An empty timeline.</summary>
    public static Timeline Empty { get; } = new([]);

    /// <summary>The claims, in the order added.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Creates an empty builder that validates claims against the given statement.</summary>
    /// <param name="statement">The statement the claims are about.</param>
    /// <returns>A new builder.</returns>
    public static TimelineBuilder CreateBuilder(Statement statement) => new(statement);

    /// <summary>Creates a builder holding these claims, validating against the given statement.</summary>
    /// <param name="statement">The statement the claims are about.</param>
    /// <returns>A new builder.</returns>
    public TimelineBuilder ToBuilder(Statement statement)
    {
        var builder = new TimelineBuilder(statement);
        foreach (var claim in Claims)
        {
            builder.Claims.Add(ModelToState.From(claim));
        }

        return builder;
    }

    /// <summary>The claim with the given id.</summary>
    /// <param name="id">The claim id.</param>
    /// <returns>The claim.</returns>
    /// <exception cref="KeyNotFoundException">No claim has that id.</exception>
    public Claim GetClaim(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var claim) ? claim : throw new KeyNotFoundException(string.Concat("The timeline has no claim '", id, "'."));
    }

    /// <summary>Looks up a claim by id.</summary>
    /// <param name="id">The claim id.</param>
    /// <param name="claim">The claim, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetClaim(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Claim? claim)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out claim);
    }

    /// <summary>The claims concerning an obligation, in the order added.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns>The claims.</returns>
    public ImmutableArray<Claim> ClaimsAbout(string obligationId)
    {
        ArgumentNullException.ThrowIfNull(obligationId);
        return Claims.RemoveAll(c => !c.Concerns(obligationId));
    }

    /// <summary>Checks that every claim fits the statement (known obligations and actors, kinds that fit the obligations).</summary>
    /// <param name="statement">The statement.</param>
    /// <exception cref="CeasefireValidationException">A claim does not fit; every problem is listed.</exception>
    public void ValidateAgainst(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var builder = ToBuilder(statement);
        _ = builder.Build();
    }

    /// <summary>The claims as a Markdown table (date, id, kind, obligations, claimant, sources).</summary>
    /// <returns>Markdown text.</returns>
    public string ToMarkdown() => Reports.ModelTables.TimelineMarkdown(this);

    /// <inheritdoc />
    public bool Equals(Timeline? other) => other is not null && (ReferenceEquals(this, other) || Equality.Sequence(Claims, other.Claims));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Timeline);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.Hash(Claims);

    /// <summary>Formats the timeline as its claim count.</summary>
    /// <returns>The timeline as text.</returns>
    public override string ToString() => string.Concat("Timeline of ", Text.Number(Claims.Length), " claims");
}
