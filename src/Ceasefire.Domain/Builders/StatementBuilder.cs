using System;
using Ardalis.GuardClauses;
using NodaTime;

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
        if (State.Calls.First("signedOn", "the signing date"))
        {
            State.SignedOn = date;
        }

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

    /// <summary>Validates everything and builds the statement.</summary>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">Anything is invalid; every problem is listed with its path and code.</exception>
    public Statement Build() => new StatementValidator(State).Build();
}
