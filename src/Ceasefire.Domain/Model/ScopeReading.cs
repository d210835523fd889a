using System;
using System.Collections.Immutable;
using System.Linq;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// How a text variant's wording changes where one obligation applies: some renderings of point 2 of the 2020 statement
/// add the Gazakh district to the Aghdam region. The places replace the obligation's own
/// <see cref="Obligation.PlaceIds"/> when the statement is read under that rendering (<see cref="Statement.WithReading"/>),
/// so a reading can widen or narrow the scope. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class ScopeReading : IEquatable<ScopeReading>
{
    /// <summary>Creates a reading.</summary>
    /// <param name="obligationId">The obligation whose scope the variant reads differently.</param>
    /// <param name="placeIds">The ids of the statement's places the obligation concerns under the variant's wording; at least one.</param>
    /// <exception cref="ArgumentException">The id is blank, or no place is given, or a place id is blank.</exception>
    /// <exception cref="ArgumentNullException">The place list is null.</exception>
    public ScopeReading(string obligationId, ImmutableArray<string> placeIds)
    {
        Guard.Against.NullOrWhiteSpace(obligationId);
        if (placeIds.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A scope reading names at least one place.", nameof(placeIds));
        }

        foreach (var id in placeIds)
        {
            Guard.Against.NullOrWhiteSpace(id, nameof(placeIds));
        }

        ObligationId = obligationId;
        PlaceIds = placeIds;
    }

    /// <summary>The obligation whose scope the variant reads differently.</summary>
    public string ObligationId { get; }

    /// <summary>The places the obligation concerns under the variant's wording.</summary>
    public ImmutableArray<string> PlaceIds { get; }

    /// <inheritdoc />
    public bool Equals(ScopeReading? other)
        => other is not null && (ReferenceEquals(this, other) || (ObligationId == other.ObligationId && PlaceIds.SequenceEqual(other.PlaceIds)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScopeReading);

    /// <summary>Whether two values are equal, as <see cref="Equals(ScopeReading)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ScopeReading? left, ScopeReading? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as <see cref="Equals(ScopeReading)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScopeReading? left, ScopeReading? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ObligationId, PlaceIds.Length);

    /// <summary>Formats the reading as <c>obligation: place, place</c>.</summary>
    /// <returns>The reading as text.</returns>
    public override string ToString() => string.Concat(ObligationId, ": ", string.Join(", ", PlaceIds));
}
