using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using System;
using Ardalis.GuardClauses;
using NodaTime;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

/// <summary>
/// Describes a <see cref="Statement"/> fluently (nested parts through lambdas); <see cref="Build"/> validates
/// everything at once and throws one <see cref="CeasefireValidationException"/> listing every problem with its path
/// and code. A null argument throws at the call; every other mistake, including setting a single-valued thing twice
/// (<see cref="ValidationCodes.SetTwice"/>) or contradictorily (<see cref="ValidationCodes.Contradictory"/>), is
/// reported by <see cref="Build"/>.
/// </summary>
/// <example>
/// <code>
/// var statement = Statement.CreateBuilder("Statement")
///     .SignedOn(new LocalDate(2020, 11, 9))
///     .InTimeZone("Europe/Moscow")
///     .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
///     .Actor("ARM", "Republic of Armenia", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
///     .Actor("AZE", "Republic of Azerbaijan", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
///     .Article(2, "Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020.", a => a
///         .Obligation("a2-aghdam-return", o => o
///             .OwedBy("ARM").OwedTo("AZE").Must().OneOff()
///             .DueBy(new LocalDate(2020, 11, 20))
///             .Described("Return the Aghdam region.")
///             .Quoting("Aghdam region shall be returned to the Republic of Azerbaijan by 20 November 2020")))
///     .Build();
/// </code>
/// </example>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class StatementBuilder
{
    /// <summary>Creates an empty builder (see also <see cref="Statement.CreateBuilder"/>).</summary>
    public StatementBuilder()
        : this(new StatementState())
    {
    }

    internal StatementBuilder(StatementState state) => State = state;

    internal StatementState State { get; }

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Titled(string title)
    {
        Guard.Against.Null(title);
        if (State.Calls.First("title", "the title"))
        {
            State.Title = title;
        }

        return this;
    }

    /// <summary>Sets the signing date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder SignedOn(LocalDate date)
    {
        State.SignedOn = State.Calls.Once("signedOn", "the signing date", State.SignedOn, date);
        return this;
    }

    /// <summary>Sets the time zone of the wording.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder InTimeZone(DateTimeZone zone)
    {
        Guard.Against.Null(zone);
        if (State.Calls.First("timeZone", "the time zone"))
        {
            State.TimeZone = zone;
            State.TimeZoneId = zone.Id;
        }

        return this;
    }

    /// <summary>Sets the time zone of the wording by TZDB id (for example "Europe/Moscow"); an unknown id is reported by <see cref="Build"/>.</summary>
    /// <param name="tzdbId">The zone id.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder InTimeZone(string tzdbId)
    {
        Guard.Against.Null(tzdbId);
        if (State.Calls.First("timeZone", "the time zone"))
        {
            State.TimeZoneId = tzdbId;
            State.TimeZone = null;
        }

        return this;
    }

    /// <summary>Sets the effective instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder EffectiveFrom(Instant instant)
    {
        if (State.Calls.First("effectiveFrom", "the effective instant"))
        {
            State.EffectiveInstant = instant;
            State.EffectiveLocal = null;
        }

        return this;
    }

    /// <summary>Sets the effective instant as a local date and time in the statement's zone ("00:00 Moscow time, 10 November 2020"). It must exist exactly once in the zone.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder EffectiveAt(LocalDateTime local)
    {
        if (State.Calls.First("effectiveFrom", "the effective instant"))
        {
            State.EffectiveLocal = local;
            State.HasEffectiveInstant = false;
        }

        return this;
    }

    /// <summary>Adds an actor.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The name used in the primary text.</param>
    /// <param name="configure">Sets roles, aliases, parent and description.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Actor(string id, string name, Action<ActorBuilder>? configure = null)
    {
        var actor = new ActorState { Id = Guard.Against.Null(id), Name = Guard.Against.Null(name) };
        configure?.Invoke(new ActorBuilder(actor));
        State.Actors.Add(actor);
        return this;
    }

    /// <summary>Adds an article.</summary>
    /// <param name="number">The article number, 1 or more.</param>
    /// <param name="text">The primary text.</param>
    /// <param name="configure">Adds variants and obligations.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Article(int number, string text, Action<ArticleBuilder>? configure = null)
    {
        var article = new ArticleState { Number = number, Text = Guard.Against.Null(text) };
        configure?.Invoke(new ArticleBuilder(article));
        State.Articles.Add(article);
        return this;
    }

    /// <summary>Adds a source of the statement's text.</summary>
    /// <param name="source">The document (file name or URL).</param>
    /// <param name="locator">Where in it.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Source(string source, string locator)
    {
        Guard.Against.Null(source);
        Guard.Against.Null(locator);
        State.Sources.AddCreated(State.Calls, "sources", () => CitationDto.From(new Citation(source, locator)));
        return this;
    }

    /// <summary>Adds a cross-reference to another catalogue.</summary>
    /// <param name="catalogue">The catalogue's name.</param>
    /// <param name="id">The id there.</param>
    /// <param name="url">A link, if any.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder CrossReference(string catalogue, string id, string? url = null)
    {
        Guard.Against.Null(catalogue);
        Guard.Against.Null(id);
        State.CrossReferences.AddCreated(State.Calls, "crossReferences", () => CrossReferenceDto.From(new CrossReference(catalogue, id, url)));
        return this;
    }

    /// <summary>Adds a place.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The primary text's spelling.</param>
    /// <param name="configure">Adds other spellings.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Place(string id, string name, Action<PlaceBuilder>? configure = null)
    {
        var place = new PlaceState { Id = Guard.Against.Null(id), Name = Guard.Against.Null(name) };
        configure?.Invoke(new PlaceBuilder(place));
        State.Places.Add(place);
        return this;
    }

    /// <summary>Sets the statement's stable id, which links from other instruments name (see <see cref="Statement.Id"/>).</summary>
    /// <param name="id">The id: 1-100 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Identified(string id)
    {
        Guard.Against.Null(id);
        State.Id = State.Calls.Once("id", "the id", State.Id, id);
        return this;
    }

    /// <summary>Builds the statement as the rendering with this label words it (see <see cref="Statement.WithReading"/>).</summary>
    /// <param name="label">The label of a text variant of the statement's articles.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder UnderReading(string label)
    {
        Guard.Against.Null(label);
        State.Reading = State.Calls.Once("reading", "the reading", State.Reading, label);
        return this;
    }

    /// <summary>Adds a typed link from this statement (or one of its articles) to another instrument (or one of its articles).</summary>
    /// <param name="kind">How this statement relates to the target.</param>
    /// <param name="fromArticle">This statement's article the link starts from, or <see langword="null"/> for the whole statement.</param>
    /// <param name="targetStatementId">The target's <see cref="Statement.Id"/>.</param>
    /// <param name="targetArticle">The target's article, or <see langword="null"/> for the whole target.</param>
    /// <param name="note">Why the link is drawn, in a sentence.</param>
    /// <param name="sources">Where the relation is stated or can be read; at least one.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Link(LinkKind kind, int? fromArticle, string targetStatementId, int? targetArticle, string note, params Citation[] sources)
    {
        Guard.Against.Null(targetStatementId);
        Guard.Against.Null(note);
        Guard.Against.Null(sources);
        State.Links.Add(new LinkState
        {
            Kind = kind,
            FromArticle = fromArticle,
            TargetStatementId = targetStatementId,
            TargetArticle = targetArticle,
            Note = note,
            Sources = CitationDto.From([.. sources]),
        });
        return this;
    }

    /// <summary>Validates everything and builds the statement.</summary>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">Anything is invalid; every problem is listed with its path and code.</exception>
    public Statement Build() => new StatementValidator(State).Build();
}

// This builder's state, which is also the JSON shape (the conventions are in Builders/WireValues.cs).
/// <summary>The state of a <see cref="StatementBuilder"/> (not sealed: the JSON document adds its schema version).</summary>
internal class StatementState
{
    [JsonRequired]
    [DisallowNull]
    public string? Title { get; set; }

    [JsonRequired]
    public LocalDate SignedOn
    {
        get;
        set
        {
            field = value;
            HasSignedOn = true;
        }
    }

    /// <summary>A TZDB zone id, resolved when building; <see cref="TimeZone"/> wins over it.</summary>
    [JsonRequired]
    [JsonPropertyName("timeZone")]
    [DisallowNull]
    public string? TimeZoneId { get; set; }

    /// <summary>The effective instant, when <see cref="HasEffectiveInstant"/>; wins over <see cref="EffectiveLocal"/>.</summary>
    [JsonRequired]
    [JsonPropertyName("effectiveFrom")]
    public Instant EffectiveInstant
    {
        get;
        set
        {
            field = value;
            HasEffectiveInstant = true;
        }
    }

    [AllowNull]
    public List<ActorState> Actors { get; set => field = value ?? []; } = [];

    [JsonRequired]
    public List<ArticleState> Articles { get; set; } = [];

    [AllowNull]
    public List<CitationDto> Sources { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<CrossReferenceDto> CrossReferences { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<PlaceState> Places { get; set => field = value ?? []; } = [];

    public string? Id { get; set; }

    /// <summary>The label of the rendering the statement is read under; null for the primary text (not written).</summary>
    public string? Reading { get; set; }

    [AllowNull]
    public List<LinkState> Links { get; set => field = value ?? []; } = [];

    /// <summary>The zone given as an object (a builder's); wins over <see cref="TimeZoneId"/>.</summary>
    [JsonIgnore]
    public DateTimeZone? TimeZone { get; set; }

    [JsonIgnore]
    public bool HasSignedOn { get; set; }

    [JsonIgnore]
    public bool HasEffectiveInstant { get; set; }

    /// <summary>The effective instant as a local date and time in the statement's zone (a builder's).</summary>
    [JsonIgnore]
    public LocalDateTime? EffectiveLocal { get; set; }

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();

    /// <summary>
    /// The state of a built statement: for <see cref="Statement.ToBuilder"/>, and for JSON writing, which serializes it
    /// (the one model-to-wire mapping). Copied values are a starting point, not fluent calls: each can be set once.
    /// </summary>
    public static StatementState From(Statement statement) => Fill(statement, new StatementState());

    /// <summary>Fills the given state (the JSON document derives from <see cref="StatementState"/>).</summary>
    public static T Fill<T>(Statement statement, T state)
        where T : StatementState
    {
        state.Id = statement.Id;
        state.Reading = statement.Reading;
        foreach (var link in statement.Links)
        {
            state.Links.Add(LinkState.From(link));
        }

        // A statement read under a rendering is written as its primary text plus the reading's label.
        statement = statement.PrimaryText;
        state.Title = statement.Title;
        state.SignedOn = statement.SignedOn;
        state.TimeZone = statement.TimeZone;
        state.TimeZoneId = statement.TimeZone.Id;
        state.EffectiveInstant = statement.EffectiveFrom;
        foreach (var actor in statement.Actors)
        {
            state.Actors.Add(ActorState.From(actor));
        }

        foreach (var article in statement.Articles)
        {
            state.Articles.Add(ArticleState.From(article));
        }

        state.Sources = CitationDto.From(statement.Sources);
        foreach (var x in statement.CrossReferences)
        {
            state.CrossReferences.Add(CrossReferenceDto.From(x));
        }

        foreach (var place in statement.Places)
        {
            state.Places.Add(PlaceState.From(place));
        }

        return state;
    }
}

/// <summary>An instrument link as written.</summary>
internal sealed class LinkState
{
    [JsonRequired]
    public LinkKind Kind { get; set; }

    public int? FromArticle { get; set; }

    [JsonRequired]
    public string TargetStatementId { get; set; } = string.Empty;

    public int? TargetArticle { get; set; }

    [JsonRequired]
    public string Note { get; set; } = string.Empty;

    [JsonRequired]
    public List<CitationDto> Sources { get; set; } = [];

    public static LinkState From(InstrumentLink link) => new()
    {
        Kind = link.Kind,
        FromArticle = link.FromArticle,
        TargetStatementId = link.TargetStatementId,
        TargetArticle = link.TargetArticle,
        Note = link.Note,
        Sources = CitationDto.From(link.Sources),
    };
}
