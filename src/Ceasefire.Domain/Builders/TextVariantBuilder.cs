using System.Collections.Generic;

namespace Ceasefire.Domain;

/// <summary>A mutable description of a <see cref="TextVariant"/>, used inside <see cref="ArticleBuilder"/>.</summary>
public sealed class TextVariantBuilder
{
    /// <summary>Creates a builder.</summary>
    /// <param name="label">A short name for the rendering.</param>
    /// <param name="text">The variant's wording.</param>
    public TextVariantBuilder(string label, string text)
    {
        Label = label;
        Text = text;
    }

    /// <summary>A short name for the rendering.</summary>
    public string Label { get; set; }

    /// <summary>The variant's wording.</summary>
    public string Text { get; set; }

    /// <summary>The language tag, or <see langword="null"/>.</summary>
    public string? Language { get; set; }

    /// <summary>Where the rendering is published; at least one is required.</summary>
    public IList<Citation> Sources { get; } = new List<Citation>();

    /// <summary>Deadlines this wording reads differently.</summary>
    public IList<DeadlineReading> DeadlineReadings { get; } = new List<DeadlineReading>();

    /// <summary>Adds a source.</summary>
    /// <param name="source">The document (file name or URL).</param>
    /// <param name="locator">Where in it.</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder From(string source, string locator)
    {
        Sources.Add(new Citation(source, locator));
        return this;
    }

    /// <summary>Sets the language tag.</summary>
    /// <param name="language">A BCP 47 tag such as "en" or "ru".</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder InLanguage(string language)
    {
        Language = language;
        return this;
    }

    /// <summary>Records that this wording gives an obligation a different deadline.</summary>
    /// <param name="obligationId">The obligation id (of the same article).</param>
    /// <param name="deadline">The deadline under this wording.</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder ReadsDeadline(string obligationId, Deadline deadline)
    {
        DeadlineReadings.Add(new DeadlineReading(obligationId, deadline));
        return this;
    }
}
