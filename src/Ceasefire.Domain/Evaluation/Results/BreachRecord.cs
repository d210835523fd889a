using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// One breach episode of an obligation (docs/semantics.md, section 7): which claim records it, who is said to have
/// breached it, according to whom, from when, until when (if ended by the evaluation instant), whether it is an
/// incident (bounded by its own date) or an ongoing state, and whether it is ongoing. Built only by the library.
/// Equality (<c>==</c> included) is by value, claims compared with <see cref="Domain.Claim.Equals(Domain.Claim)"/>; hashing is cheap.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record BreachRecord
{
    internal BreachRecord(Claim claim, string? breachingActorId, ClaimDate start, ClaimDate? endedAt, Claim? endedBy, bool isOngoing)
    {
        Claim = claim;
        BreachingActorId = breachingActorId;
        Start = start;
        EndedAt = endedAt;
        EndedBy = endedBy;
        IsOngoing = isOngoing;
    }

    /// <summary>The claim that records the breach.</summary>
    public Claim Claim { get; }

    /// <summary>Who is said to have breached it, or <see langword="null"/> if the claim does not say.</summary>
    public string? BreachingActorId { get; }

    /// <summary>When it started.</summary>
    public ClaimDate Start { get; }

    /// <summary>When it ended, if that is recorded by the evaluation instant; otherwise <see langword="null"/>.</summary>
    public ClaimDate? EndedAt { get; }

    /// <summary>The claim recording the end (the breach claim itself for an end date it carries), or <see langword="null"/>.</summary>
    public Claim? EndedBy { get; }

    /// <summary>Whether the breach is ongoing at the evaluation instant.</summary>
    public bool IsOngoing { get; }

    /// <summary>Whether the episode is an incident (<see cref="ClaimKind.Incident"/>), covering exactly its date; otherwise a breach state.</summary>
    public bool IsIncident { get; internal init; }

    /// <summary>The first instant the episode may cover (the start of its date).</summary>
    public Instant From { get; internal init; }

    /// <summary>The end (exclusive) of the episode, when it has ended by the evaluation instant; otherwise <see langword="null"/>.</summary>
    public Instant? Until { get; internal init; }

    /// <summary>Who asserts the breach.</summary>
    public Claimant According => Claim.Claimant;

    /// <summary>The sources documenting the breach.</summary>
    public ImmutableArray<Citation> Sources => Claim.Sources;

    /// <summary>The interval the breach may have started in, in the given zone.</summary>
    /// <param name="zone">The statement's zone.</param>
    /// <returns>The start and end of the start date's interval.</returns>
    public (Instant Start, Instant End) StartInterval(DateTimeZone zone) => Start.Resolve(zone);
}
