using System;
using System.Collections.Generic;

namespace Ceasefire.Domain;

/// <summary>
/// A mutable list of claims about one statement. <see cref="Build"/> validates every claim against the statement at
/// once and throws one <see cref="CeasefireValidationException"/> listing every problem with its path
/// (<c>$.claims[3].end</c>).
/// </summary>
public sealed class TimelineBuilder
{
    /// <summary>Creates a builder for claims about the given statement.</summary>
    /// <param name="statement">The statement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public TimelineBuilder(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        Statement = statement;
    }

    /// <summary>The statement the claims are about.</summary>
    public Statement Statement { get; }

    /// <summary>The claims, in the order added.</summary>
    public IList<ClaimBuilder> Claims { get; } = new List<ClaimBuilder>();

    /// <summary>Adds a claim.</summary>
    /// <param name="id">The claim's id, unique in the timeline.</param>
    /// <param name="configure">Says what is claimed, when, by whom, from which sources.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder Claim(string id, Action<ClaimBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var claim = new ClaimBuilder(id);
        configure(claim);
        Claims.Add(claim);
        return this;
    }

    /// <summary>Validates every claim and builds the timeline.</summary>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">Any claim is invalid; every problem is listed with its path.</exception>
    public Timeline Build() => new TimelineValidator(Statement, Claims).Build();

    internal static ClaimBuilder ToClaimBuilder(Claim claim)
    {
        var b = new ClaimBuilder(claim.Id)
        {
            Kind = claim.Kind,
            Date = claim.Date,
            End = claim.End,
            Claimant = claim.Claimant,
            ActorId = claim.ActorId,
            KnownOn = claim.KnownOn,
            Summary = claim.Summary,
            Quantity = claim.Quantity,
            NewDeadline = claim.NewDeadline,
            RequestedBy = claim.RequestedBy,
            Reason = claim.Reason,
        };
        b.ObligationIds.AddAll(claim.ObligationIds);
        b.Sources.AddAll(claim.Sources);
        b.AgreedBy.AddAll(claim.AgreedBy);
        b.Contradicts.AddAll(claim.Contradicts);
        return b;
    }
}
