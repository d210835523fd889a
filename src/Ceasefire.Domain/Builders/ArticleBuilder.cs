using System;
using System.Collections.Generic;

namespace Ceasefire.Domain;

/// <summary>A mutable description of an <see cref="Article"/>, used inside <see cref="StatementBuilder"/>.</summary>
public sealed class ArticleBuilder
{
    /// <summary>Creates a builder.</summary>
    /// <param name="number">The article number, 1 or more.</param>
    /// <param name="text">The primary text.</param>
    public ArticleBuilder(int number, string text)
    {
        Number = number;
        Text = text;
    }

    /// <summary>The article number.</summary>
    public int Number { get; set; }

    /// <summary>The primary text.</summary>
    public string Text { get; set; }

    /// <summary>Other renderings.</summary>
    public IList<TextVariantBuilder> Variants { get; } = new List<TextVariantBuilder>();

    /// <summary>The obligations, in the order written.</summary>
    public IList<ObligationBuilder> Obligations { get; } = new List<ObligationBuilder>();

    /// <summary>Adds another rendering of the text.</summary>
    /// <param name="label">A short name for the rendering.</param>
    /// <param name="text">Its wording.</param>
    /// <param name="configure">Sets its sources, language and deadline readings.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder Variant(string label, string text, Action<TextVariantBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var variant = new TextVariantBuilder(label, text);
        configure(variant);
        Variants.Add(variant);
        return this;
    }

    /// <summary>Adds an obligation.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="configure">Sets who owes what, how and by when.</param>
    /// <returns>This builder.</returns>
    public ArticleBuilder Obligation(string id, Action<ObligationBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var obligation = new ObligationBuilder(id);
        configure(obligation);
        Obligations.Add(obligation);
        return this;
    }
}
