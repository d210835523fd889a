using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

/// <summary>Describes a <see cref="TextVariant"/> inside <see cref="ArticleBuilder.Variant"/>.</summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class TextVariantBuilder
{
    internal TextVariantState State { get; }

    internal TextVariantBuilder(TextVariantState state) => State = state;

    /// <summary>Adds a source where the rendering is published (at least one is required).</summary>
    /// <param name="source">The document (file name or URL).</param>
    /// <param name="locator">Where in it.</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder Source(string source, string locator)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(locator);
        State.Sources.AddCreated(State.Calls, "sources", () => CitationDto.From(new Citation(source, locator)));
        return this;
    }

    /// <summary>Sets the language tag.</summary>
    /// <param name="language">A BCP 47 tag such as "en" or "ru".</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder InLanguage(string language)
    {
        Guard.Against.Null(language);
        State.Language = State.Calls.Once("language", "the language", State.Language, language);
        return this;
    }

    /// <summary>Records that this wording gives an obligation a different deadline.</summary>
    /// <param name="obligationId">The obligation id (of the same article).</param>
    /// <param name="deadline">The deadline under this wording.</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder ReadsDeadline(string obligationId, Deadline deadline)
    {
        Guard.Against.Null(obligationId);
        Guard.Against.Null(deadline);
        State.DeadlineReadings.AddCreated(State.Calls, "deadlineReadings", () => DeadlineReadingDto.From(new DeadlineReading(obligationId, deadline)));
        return this;
    }

    /// <summary>Records that this wording gives an obligation of the same article a different scope: the places it concerns under this wording.</summary>
    /// <param name="obligationId">The obligation id (of the same article).</param>
    /// <param name="placeIds">The ids of the statement's places the obligation concerns under this wording; at least one.</param>
    /// <returns>This builder.</returns>
    public TextVariantBuilder ReadsScope(string obligationId, params string[] placeIds)
    {
        Guard.Against.Null(obligationId);
        Guard.Against.Null(placeIds);
        State.ScopeReadings.AddCreated(State.Calls, "scopeReadings", () => ScopeReadingDto.From(new ScopeReading(obligationId, [.. placeIds])));
        return this;
    }
}

// This builder's state, which is also the JSON shape (the conventions are in Builders/WireValues.cs).
/// <summary>The state of a <see cref="TextVariantBuilder"/>.</summary>
internal sealed class TextVariantState
{
    [JsonRequired]
    public string Label { get; set; } = string.Empty;

    [JsonRequired]
    public string Text { get; set; } = string.Empty;

    public string? Language { get; set; }

    [JsonRequired]
    public List<CitationDto> Sources { get; set; } = [];

    [AllowNull]
    public List<DeadlineReadingDto> DeadlineReadings { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<ScopeReadingDto> ScopeReadings { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();

    /// <summary>The state of a built text variant.</summary>
    public static TextVariantState From(TextVariant variant)
    {
        var state = new TextVariantState { Label = variant.Label, Text = variant.Text, Language = variant.Language, Sources = CitationDto.From(variant.Sources) };
        foreach (var reading in variant.DeadlineReadings)
        {
            state.DeadlineReadings.Add(DeadlineReadingDto.From(reading));
        }

        foreach (var reading in variant.ScopeReadings)
        {
            state.ScopeReadings.Add(ScopeReadingDto.From(reading));
        }

        return state;
    }
}
