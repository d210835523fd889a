using System;
using System.Collections.Immutable;

namespace Ceasefire.Domain;

/// <summary>
/// A typed link from a statement (or one of its articles) to another instrument (or one of its articles), for example
/// "the statement of 11 January 2021 implements point 9 of the statement of 9 November 2020". A link is the catalog's
/// reading of the texts, so it carries a note and at least one source. Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class InstrumentLink : IEquatable<InstrumentLink>
{
    internal InstrumentLink(LinkKind kind, int? fromArticle, string targetStatementId, int? targetArticle, string note, ImmutableArray<Citation> sources)
    {
        Kind = kind;
        FromArticle = fromArticle;
        TargetStatementId = targetStatementId;
        TargetArticle = targetArticle;
        Note = note;
        Sources = sources;
    }

    /// <summary>How the linking statement relates to the target.</summary>
    public LinkKind Kind { get; }

    /// <summary>The linking statement's article the link starts from, or <see langword="null"/> for the statement as a whole.</summary>
    public int? FromArticle { get; }

    /// <summary>The <see cref="Statement.Id"/> of the target instrument.</summary>
    public string TargetStatementId { get; }

    /// <summary>The target's article number, or <see langword="null"/> for the target as a whole.</summary>
    public int? TargetArticle { get; }

    /// <summary>Why the link is drawn, in a sentence.</summary>
    public string Note { get; }

    /// <summary>Where the relation is stated or can be read; at least one.</summary>
    public ImmutableArray<Citation> Sources { get; }

    /// <inheritdoc />
    public bool Equals(InstrumentLink? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Kind == other.Kind && FromArticle == other.FromArticle && TargetStatementId == other.TargetStatementId
                   && TargetArticle == other.TargetArticle && Note == other.Note && Equality.Sequence(Sources, other.Sources)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InstrumentLink);

    /// <summary>Whether two values are equal, as <see cref="Equals(InstrumentLink)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(InstrumentLink? left, InstrumentLink? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as <see cref="Equals(InstrumentLink)"/>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(InstrumentLink? left, InstrumentLink? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, FromArticle, TargetStatementId, TargetArticle);

    /// <summary>Formats the link, for example <c>article 1 Implements trilateral-2020 article 9</c>.</summary>
    /// <returns>The link as text.</returns>
    public override string ToString() => string.Concat(
        FromArticle is { } from ? "article " + Text.Number(from) : "statement", " ", Kind.ToString(), " ", TargetStatementId,
        TargetArticle is { } to ? " article " + Text.Number(to) : string.Empty);
}
