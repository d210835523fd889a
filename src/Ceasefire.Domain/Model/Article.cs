using System;
using System.Collections.Immutable;

namespace Ceasefire.Domain;

/// <summary>
/// One numbered article (point) of a statement: its primary text, other renderings and the obligations it creates.
/// Created by <see cref="StatementBuilder"/>. Equality (<c>==</c> included) is by value;
/// hashing reads only the number, the text and how many variants and obligations it has.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class Article : IEquatable<Article>
{
    internal Article(int number, string text, ImmutableArray<TextVariant> variants, ImmutableArray<Obligation> obligations)
    {
        Number = number;
        Text = text;
        Variants = variants;
        Obligations = obligations;
    }

    /// <summary>The article's number, 1 or more.</summary>
    public int Number { get; }

    /// <summary>The primary text.</summary>
    public string Text { get; }

    /// <summary>Other renderings of the text, each with its source.</summary>
    public ImmutableArray<TextVariant> Variants { get; }

    /// <summary>The obligations the article creates, in the order written.</summary>
    public ImmutableArray<Obligation> Obligations { get; }

    /// <inheritdoc />
    public bool Equals(Article? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Number == other.Number && Text == other.Text
                   && Equality.Sequence(Variants, other.Variants) && Equality.Sequence(Obligations, other.Obligations)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Article);

    /// <summary>Whether two values are equal, as <see cref="Equals(Article)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Article? left, Article? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Article? left, Article? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Number, Text, Variants.Length, Obligations.Length);

    /// <summary>Formats the article as <c>N. text</c>.</summary>
    /// <returns>The article as text.</returns>
    public override string ToString() => string.Concat(Common.Text.Number(Number), ". ", Common.Text.Plain(Text));
}
