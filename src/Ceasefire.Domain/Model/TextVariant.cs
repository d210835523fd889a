using System;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// Another rendering of an article's text (another government's translation), with its source and, where its wording
/// changes a deadline, its own deadline readings. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class TextVariant : IEquatable<TextVariant>
{
    internal TextVariant(string label, string text, string? language, ImmutableArray<Citation> sources, ImmutableArray<DeadlineReading> deadlineReadings, ImmutableArray<ScopeReading> scopeReadings)
    {
        Label = label;
        Text = text;
        Language = language;
        Sources = sources;
        DeadlineReadings = deadlineReadings;
        ScopeReadings = scopeReadings;
    }

    /// <summary>A short name for the rendering, for example "Azerbaijani MFA English".</summary>
    public string Label { get; }

    /// <summary>The variant's wording (the whole article or the passage that differs).</summary>
    public string Text { get; }

    /// <summary>The language tag (BCP 47) of the wording, or <see langword="null"/>.</summary>
    public string? Language { get; }

    /// <summary>Where the rendering is published; at least one.</summary>
    public ImmutableArray<Citation> Sources { get; }

    /// <summary>Deadlines this wording reads differently from the primary text.</summary>
    public ImmutableArray<DeadlineReading> DeadlineReadings { get; }

    /// <summary>Obligations whose scope (the places they concern) this wording reads differently from the primary text.</summary>
    public ImmutableArray<ScopeReading> ScopeReadings { get; }

    /// <summary>The places this variant says an obligation concerns, or <see langword="null"/> if it reads them as the primary text does.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns>The variant's place ids, or <see langword="null"/>.</returns>
    public ImmutableArray<string>? ScopeFor(string obligationId)
    {
        Guard.Against.Null(obligationId);
        foreach (var reading in ScopeReadings)
        {
            if (reading.ObligationId == obligationId)
            {
                return reading.PlaceIds;
            }
        }

        return null;
    }

    /// <summary>The deadline this variant gives an obligation, or <see langword="null"/> if it reads it as the primary text does.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns>The variant's deadline, or <see langword="null"/>.</returns>
    public Deadline? DeadlineFor(string obligationId)
    {
        Guard.Against.Null(obligationId);
        foreach (var reading in DeadlineReadings)
        {
            if (reading.ObligationId == obligationId)
            {
                return reading.Deadline;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(TextVariant? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Label == other.Label && Text == other.Text && Language == other.Language
                   && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(DeadlineReadings, other.DeadlineReadings)
                   && Equality.Sequence(ScopeReadings, other.ScopeReadings)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TextVariant);

    /// <summary>Whether two values are equal, as <see cref="Equals(TextVariant)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(TextVariant? left, TextVariant? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TextVariant? left, TextVariant? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Label, Text, Language, Equality.Hash(Sources), Equality.Hash(DeadlineReadings));

    /// <summary>Returns the label and the wording.</summary>
    /// <returns>The variant as text.</returns>
    public override string ToString() => string.Concat(Common.Text.Plain(Label), ": ", Common.Text.Plain(Text));
}
