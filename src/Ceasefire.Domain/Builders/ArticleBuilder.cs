using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System;
using Ardalis.GuardClauses;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

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

// This builder's state, which is also the JSON shape (the conventions are in Builders/WireValues.cs).
/// <summary>The state of an <see cref="ArticleBuilder"/>.</summary>
internal sealed class ArticleState
{
    [JsonRequired]
    public int Number { get; set; }

    [JsonRequired]
    public string Text { get; set; } = string.Empty;

    [AllowNull]
    public List<TextVariantState> Variants { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<ObligationState> Obligations { get; set => field = value ?? []; } = [];

    /// <summary>The state of a built article, with its variants and obligations.</summary>
    public static ArticleState From(Article article)
    {
        var state = new ArticleState { Number = article.Number, Text = article.Text };
        foreach (var variant in article.Variants)
        {
            state.Variants.Add(TextVariantState.From(variant));
        }

        foreach (var o in article.Obligations)
        {
            state.Obligations.Add(ObligationState.From(o));
        }

        return state;
    }
}
