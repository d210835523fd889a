using System;
using System.Collections.Immutable;
using NodaTime;

namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// Why an obligation has its status: the rule that decided it, how the deadline was read, the claims used with their
/// sources, the claims set aside and why, and, for a dispute, both sides. Reads as plain sentences
/// (<see cref="ToString"/>) and is also structured data. Built only by the library. Equality (<c>==</c> included) is
/// by value, field by field; hashing uses the rule id, reason, due instant, timeliness and number of sentences.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Explanation : IEquatable<Explanation>
{
    internal Explanation(
        string ruleId,
        string reason,
        ImmutableArray<string> sentences,
        string? deadlineReading,
        Instant? dueInstant,
        Timeliness timeliness,
        ImmutableArray<ClaimUse> claimsUsed,
        ImmutableArray<SetAsideClaim> claimsSetAside,
        ImmutableArray<DisputeSide> disputeSides)
    {
        RuleId = ruleId;
        Reason = reason;
        Sentences = sentences;
        DeadlineReading = deadlineReading;
        DueInstant = dueInstant;
        Timeliness = timeliness;
        ClaimsUsed = claimsUsed;
        ClaimsSetAside = claimsSetAside;
        DisputeSides = disputeSides;
    }

    /// <summary>The id of the rule that decided the status, for example <c>one-off</c> or a custom rule's id.</summary>
    public string RuleId { get; }

    /// <summary>A one-line reason, for a compliance matrix.</summary>
    public string Reason { get; }

    /// <summary>The explanation as plain sentences.</summary>
    public ImmutableArray<string> Sentences { get; }

    /// <summary>How the deadline was read (zone, by/before, extension), or <see langword="null"/> when it has none.</summary>
    public string? DeadlineReading { get; }

    /// <summary>The due instant in force at the evaluation instant (after extensions), or <see langword="null"/>.</summary>
    public Instant? DueInstant { get; }

    /// <summary>Whether the performance was on time, late or uncertain.</summary>
    public Timeliness Timeliness { get; }

    /// <summary>The claims used, with what each established.</summary>
    public ImmutableArray<ClaimUse> ClaimsUsed { get; }

    /// <summary>The claims about the obligation that did not count, with why.</summary>
    public ImmutableArray<SetAsideClaim> ClaimsSetAside { get; }

    /// <summary>For a <see cref="ObligationStatus.Disputed"/> status, the sides; otherwise empty.</summary>
    public ImmutableArray<DisputeSide> DisputeSides { get; }

    /// <inheritdoc />
    public bool Equals(Explanation? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (RuleId == other.RuleId && Reason == other.Reason && DeadlineReading == other.DeadlineReading
                   && DueInstant == other.DueInstant && Timeliness == other.Timeliness
                   && Equality.Sequence(Sentences, other.Sentences) && Equality.Sequence(ClaimsUsed, other.ClaimsUsed)
                   && Equality.Sequence(ClaimsSetAside, other.ClaimsSetAside) && Equality.Sequence(DisputeSides, other.DisputeSides)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Explanation);

    /// <summary>Whether two values are equal, as <see cref="Equals(Explanation)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Explanation? left, Explanation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Explanation? left, Explanation? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Reason, DueInstant, Timeliness, Sentences.Length);

    /// <summary>The sentences, one per line, separated by a line feed (<c>\n</c>) on every platform; control
    /// characters inside a sentence (from user text such as a claimant's name) are escaped (<c>\n</c>, <c>\u001B</c>),
    /// so each sentence is exactly one line.</summary>
    /// <returns>The explanation as text.</returns>
    public override string ToString()
    {
        var lines = new string[Sentences.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = Text.Plain(Sentences[i]);
        }

        return string.Join('\n', lines);
    }
}
