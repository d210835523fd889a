using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>Describes an <see cref="Article"/> inside <see cref="StatementBuilder.Article"/>.</summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class ArticleBuilder
{
    internal ArticleState State { get; }

    internal ArticleBuilder(ArticleState state) => State = state;

    /// <summary>Adds another rendering of the text.</summary>
    /// <param name="label">A short name for the rendering.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="configure">Sets its sources, language and deadline readings.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder Variant(string label, string text, Action<TextVariantBuilder> configure)
    {
        var variant = new TextVariantState { Label = Guard.Against.Null(label), Text = Guard.Against.Null(text) };
        Guard.Against.Null(configure)(new TextVariantBuilder(variant));
        State.Variants.Add(variant);
        return this;
    }

    /// <summary>Adds an obligation.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="configure">Sets who owes what, how and by when.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder Obligation(string id, Action<ObligationBuilder> configure)
    {
        var obligation = new ObligationState { Id = Guard.Against.Null(id) };
        Guard.Against.Null(configure)(new ObligationBuilder(obligation));
        State.Obligations.Add(obligation);
        return this;
    }
}
