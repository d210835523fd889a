using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// One breach episode of an obligation (docs/semantics.md, section 7): which claim records it, who is said to have
/// breached it, according to whom, from when, until when (if ended by the evaluation instant), whether it is an
/// incident (bounded by its own date) or an ongoing state, and whether it is ongoing. Equality is by value.
/// </summary>
/// <param name="Claim">The claim that records the breach.</param>
/// <param name="BreachingActorId">Who is said to have breached it, or <see langword="null"/> if the claim does not say.</param>
/// <param name="Start">When it started.</param>
/// <param name="EndedAt">When it ended, if that is recorded by the evaluation instant; otherwise <see langword="null"/>.</param>
/// <param name="EndedBy">The claim recording the end (the breach claim itself for an end date it carries), or <see langword="null"/>.</param>
/// <param name="IsOngoing">Whether the breach is ongoing at the evaluation instant.</param>
public sealed record BreachRecord(Claim Claim, string? BreachingActorId, ClaimDate Start, ClaimDate? EndedAt, Claim? EndedBy, bool IsOngoing)
{
    /// <summary>Whether the episode is an incident (<see cref="ClaimKind.Incident"/>), covering exactly its date; otherwise a breach state.</summary>
    public bool IsIncident { get; init; }

    /// <summary>The first instant the episode may cover (the start of its date).</summary>
    public Instant From { get; init; }

    /// <summary>The end (exclusive) of the episode, when it has ended by the evaluation instant; otherwise <see langword="null"/>.</summary>
    public Instant? Until { get; init; }

    /// <summary>Who asserts the breach.</summary>
    public Claimant According => Claim.Claimant;

    /// <summary>The sources documenting the breach.</summary>
    public ImmutableArray<Citation> Sources => Claim.Sources;

    /// <summary>The interval the breach may have started in, in the given zone.</summary>
    /// <param name="zone">The statement's zone.</param>
    /// <returns>The start and end of the start date's interval.</returns>
    public (Instant Start, Instant End) StartInterval(DateTimeZone zone) => Start.Resolve(zone);
}
