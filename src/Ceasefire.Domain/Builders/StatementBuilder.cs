using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// A mutable description of a <see cref="Statement"/>. Configure it fluently (nested parts through lambdas) or
/// through its properties, then call <see cref="Build"/>, which validates everything at once and throws one
/// <see cref="CeasefireValidationException"/> listing every problem with its path.
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
public sealed class StatementBuilder
{
    private LocalDateTime? _effectiveLocal;
    private Instant? _effectiveInstant;

    /// <summary>The title; required.</summary>
    public string? Title { get; set; }

    /// <summary>The signing date; required.</summary>
    public LocalDate? SignedOnDate { get; set; }

    /// <summary>The time zone of the wording; required. Set with <see cref="InTimeZone(DateTimeZone)"/> or <see cref="InTimeZone(string)"/>.</summary>
    public DateTimeZone? TimeZone { get; set; }

    /// <summary>A TZDB zone id to resolve when building, if <see cref="TimeZone"/> is not set.</summary>
    public string? TimeZoneId { get; set; }

    /// <summary>The actors.</summary>
    public IList<ActorBuilder> Actors { get; } = new List<ActorBuilder>();

    /// <summary>The articles; <see cref="Build"/> orders them by number.</summary>
    public IList<ArticleBuilder> Articles { get; } = new List<ArticleBuilder>();

    /// <summary>Where the statement's text comes from.</summary>
    public IList<Citation> Sources { get; } = new List<Citation>();

    /// <summary>The statement's ids in other catalogues.</summary>
    public IList<CrossReference> CrossReferences { get; } = new List<CrossReference>();

    /// <summary>The places named.</summary>
    public IList<PlaceBuilder> Places { get; } = new List<PlaceBuilder>();

    /// <summary>Sets the title.</summary>
    /// <param name="title">The title.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Titled(string title)
    {
        Title = title;
        return this;
    }

    /// <summary>Sets the signing date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder SignedOn(LocalDate date)
    {
        SignedOnDate = date;
        return this;
    }

    /// <summary>Sets the time zone of the wording.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder InTimeZone(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        TimeZone = zone;
        TimeZoneId = null;
        return this;
    }

    /// <summary>Sets the time zone of the wording by TZDB id (for example "Europe/Moscow"); an unknown id is reported by <see cref="Build"/>.</summary>
    /// <param name="tzdbId">The zone id.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder InTimeZone(string tzdbId)
    {
        TimeZoneId = tzdbId;
        TimeZone = null;
        return this;
    }

    /// <summary>Sets the effective instant.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder EffectiveFrom(Instant instant)
    {
        _effectiveInstant = instant;
        _effectiveLocal = null;
        return this;
    }

    /// <summary>Sets the effective instant as a local date and time in the statement's zone ("00:00 Moscow time, 10 November 2020"). It must exist exactly once in the zone.</summary>
    /// <param name="local">The local date and time.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder EffectiveAt(LocalDateTime local)
    {
        _effectiveLocal = local;
        _effectiveInstant = null;
        return this;
    }

    /// <summary>Adds an actor.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The name used in the primary text.</param>
    /// <param name="configure">Sets roles, aliases, parent and description.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Actor(string id, string name, Action<ActorBuilder>? configure = null)
    {
        var actor = new ActorBuilder(id, name);
        configure?.Invoke(actor);
        Actors.Add(actor);
        return this;
    }

    /// <summary>Adds an article.</summary>
    /// <param name="number">The article number.</param>
    /// <param name="text">The primary text.</param>
    /// <param name="configure">Adds variants and obligations.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Article(int number, string text, Action<ArticleBuilder>? configure = null)
    {
        var article = new ArticleBuilder(number, text);
        configure?.Invoke(article);
        Articles.Add(article);
        return this;
    }

    /// <summary>Adds a source of the statement's text.</summary>
    /// <param name="source">The document (file name or URL).</param>
    /// <param name="locator">Where in it.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Source(string source, string locator)
    {
        Sources.Add(new Citation(source, locator));
        return this;
    }

    /// <summary>Adds a cross-reference to another catalogue.</summary>
    /// <param name="catalogue">The catalogue's name.</param>
    /// <param name="id">The id there.</param>
    /// <param name="url">A link, if any.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder CrossReference(string catalogue, string id, string? url = null)
    {
        CrossReferences.Add(new CrossReference(catalogue, id, url));
        return this;
    }

    /// <summary>Adds a place.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The primary text's spelling.</param>
    /// <param name="configure">Adds other spellings.</param>
    /// <returns>This builder.</returns>
    public StatementBuilder Place(string id, string name, Action<PlaceBuilder>? configure = null)
    {
        var place = new PlaceBuilder(id, name);
        configure?.Invoke(place);
        Places.Add(place);
        return this;
    }

    /// <summary>Validates everything and builds the statement.</summary>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">Anything is invalid; every problem is listed with its path.</exception>
    public Statement Build() => new StatementValidator(this).Build();

    internal LocalDateTime? EffectiveLocal => _effectiveLocal;

    internal Instant? EffectiveInstant => _effectiveInstant;

    internal static StatementBuilder From(Statement statement)
    {
        var builder = new StatementBuilder()
            .Titled(statement.Title)
            .SignedOn(statement.SignedOn)
            .InTimeZone(statement.TimeZone)
            .EffectiveFrom(statement.EffectiveFrom);
        foreach (var actor in statement.Actors)
        {
            var a = new ActorBuilder(actor.Id, actor.Name) { Roles = actor.Roles, ParentId = actor.ParentId, Description = actor.Description };
            a.Aliases.AddAll(actor.Aliases);

            builder.Actors.Add(a);
        }

        foreach (var article in statement.Articles)
        {
            var ab = new ArticleBuilder(article.Number, article.Text);
            foreach (var variant in article.Variants)
            {
                var vb = new TextVariantBuilder(variant.Label, variant.Text) { Language = variant.Language };
                vb.Sources.AddAll(variant.Sources);
                vb.DeadlineReadings.AddAll(variant.DeadlineReadings);
                ab.Variants.Add(vb);
            }

            foreach (var obligation in article.Obligations)
            {
                var ob = new ObligationBuilder(obligation.Id)
                {
                    ObligorUnnamed = obligation.ObligorUnnamed,
                    DeonticKind = obligation.DeonticKind,
                    PerformanceKind = obligation.PerformanceKind,
                    Deadline = obligation.Deadline,
                    Condition = obligation.Condition,
                    Description = obligation.Description,
                    Basis = obligation.Basis,
                };
                ob.Obligors.AddAll(obligation.Obligors);
                ob.Beneficiaries.AddAll(obligation.Beneficiaries);
                ob.Quantities.AddAll(obligation.Quantities);
                ob.InParallelWith.AddAll(obligation.InParallelWith);
                ob.PlaceIds.AddAll(obligation.PlaceIds);
                ab.Obligations.Add(ob);
            }

            builder.Articles.Add(ab);
        }

        builder.Sources.AddAll(statement.Sources);
        builder.CrossReferences.AddAll(statement.CrossReferences);
        foreach (var place in statement.Places)
        {
            var pb = new PlaceBuilder(place.Id, place.Name) { NameUsage = place.Names[0].Usage };
            for (var i = 1; i < place.Names.Length; i++)
            {
                pb.Aliases.Add(place.Names[i]);
            }

            builder.Places.Add(pb);
        }

        return builder;
    }
}
