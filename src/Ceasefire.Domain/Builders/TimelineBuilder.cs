using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// Describes the claims about one statement. <see cref="Build"/> validates every claim against the statement at once
/// and throws one <see cref="CeasefireValidationException"/> listing every problem with its path
/// (<c>$.claims[3].end</c>) and code; the timeline it builds is bound to the statement.
/// </summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class TimelineBuilder
{
    /// <summary>Creates a builder for claims about the given statement (see also <see cref="Timeline.CreateBuilder"/>).</summary>
    /// <param name="statement">The statement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public TimelineBuilder(Statement statement) => Statement = Guard.Against.Null(statement);

    internal Statement Statement { get; }

    internal List<ClaimState> Claims { get; } = [];

    /// <summary>Adds a claim.</summary>
    /// <param name="id">The claim's id, unique in the timeline.</param>
    /// <param name="configure">Says what is claimed, when, by whom, from which sources.</param>
    /// <returns>This builder.</returns>
    public TimelineBuilder Claim(string id, Action<ClaimBuilder> configure)
    {
        var claim = new ClaimState { Id = Guard.Against.Null(id) };
        Guard.Against.Null(configure)(new ClaimBuilder(claim));
        Claims.Add(claim);
        return this;
    }

    /// <summary>Validates every claim and builds the timeline.</summary>
    /// <returns>The timeline, bound to the statement.</returns>
    /// <exception cref="CeasefireValidationException">Any claim is invalid; every problem is listed with its path and code.</exception>
    public Timeline Build() => new TimelineValidator(Statement, Claims).Build();
}
