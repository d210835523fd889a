using System;
using System.Collections.Generic;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Ardalis.GuardClauses;
using System.Threading;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// A ceasefire statement: title, signing date, effective instant, the time zone of its wording, the actors it names
/// with their roles, its articles and obligations, its own sources, cross-references and the places it names.
/// Immutable; create one with <see cref="CreateBuilder"/> and change it with <see cref="ToBuilder"/>. Equality is by
/// value over everything the statement holds (<c>==</c> included); hashing reads only the title, dates, zone and number of
/// articles, so it is constant-time. The built-in statement is
/// <see cref="Catalog.TrilateralStatement2020.Statement"/>.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed partial class Statement : IEquatable<Statement>
{
    private readonly FrozenDictionary<string, Obligation> _obligationsById;
    private readonly FrozenDictionary<string, Actor> _actorsById;
    private readonly FrozenDictionary<string, int> _obligationIndexes;
    private ConcurrentDictionary<string, Statement>? _readings;

    internal Statement(
        string title,
        LocalDate signedOn,
        Instant effectiveFrom,
        DateTimeZone timeZone,
        ImmutableArray<Actor> actors,
        ImmutableArray<Article> articles,
        ImmutableArray<Citation> sources,
        ImmutableArray<CrossReference> crossReferences,
        ImmutableArray<Place> places,
        string? id = null,
        ImmutableArray<InstrumentLink> links = default,
        string? reading = null,
        Statement? primaryText = null)
    {
        Id = id;
        Links = links.IsDefault ? [] : links;
        Reading = reading;
        PrimaryText = primaryText ?? this;
        Title = title;
        SignedOn = signedOn;
        EffectiveFrom = effectiveFrom;
        TimeZone = timeZone;
        Actors = actors;
        Articles = articles;
        Sources = sources;
        CrossReferences = crossReferences;
        Places = places;

        var obligations = ImmutableArray.CreateBuilder<Obligation>();
        foreach (var article in articles)
        {
            obligations.AddRange(article.Obligations);
        }

        Obligations = obligations.ToImmutable();
        _obligationsById = Obligations.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Obligations.Length; i++)
        {
            indexes[Obligations[i].Id] = i;
        }

        _obligationIndexes = indexes.ToFrozenDictionary(StringComparer.Ordinal);
        _actorsById = actors.ToFrozenDictionary(a => a.Id, StringComparer.Ordinal);
        Parties = actors.RemoveAll(a => !a.Has(ActorRoles.Party));
        Signatories = actors.RemoveAll(a => !a.Has(ActorRoles.Signatory));
    }

    /// <summary>
    /// The statement's stable id (1-100 ASCII letters, digits, '-', '_' or '.'), which links from other instruments name,
    /// or <see langword="null"/> when none is given.
    /// </summary>
    public string? Id { get; }

    /// <summary>Typed links from this statement (or its articles) to other instruments (see <see cref="InstrumentSet"/>).</summary>
    public ImmutableArray<InstrumentLink> Links { get; }

    /// <summary>
    /// The label of the text variant (rendering) whose deadline and scope readings this statement's obligations take, or
    /// <see langword="null"/> for the primary text. See <see cref="WithReading"/>.
    /// </summary>
    public string? Reading { get; }

    /// <summary>The statement as its primary text words it: this statement when <see cref="Reading"/> is <see langword="null"/>.</summary>
    public Statement PrimaryText { get; }

    /// <summary>The labels of every text variant of the statement's articles, in order of first appearance: the renderings <see cref="WithReading"/> accepts.</summary>
    public ImmutableArray<string> ReadingLabels
    {
        get
        {
            var labels = ImmutableArray.CreateBuilder<string>();
            foreach (var article in Articles)
            {
                foreach (var variant in article.Variants)
                {
                    if (!labels.Contains(variant.Label))
                    {
                        labels.Add(variant.Label);
                    }
                }
            }

            return labels.ToImmutable();
        }
    }

    /// <summary>
    /// The statement as a rendering words it: every obligation takes the deadline and the scope that the text variants
    /// with that label give it (<see cref="TextVariant.DeadlineReadings"/>, <see cref="TextVariant.ScopeReadings"/>), and
    /// keeps the primary text's otherwise. Evaluate the result with the same timeline (a timeline built for the primary
    /// text fits every reading of it) to see where the choice of rendering changes a status, for example with
    /// <c>ComplianceReport.Compare</c>.
    /// </summary>
    /// <param name="label">A label from <see cref="ReadingLabels"/>, or <see langword="null"/> for the primary text.</param>
    /// <returns>The statement under that reading.</returns>
    /// <exception cref="CeasefireValidationException">No text variant has that label.</exception>
    public Statement WithReading(string? label)
    {
        if (label == Reading)
        {
            return this;
        }

        if (label is null)
        {
            return PrimaryText;
        }

        var primary = PrimaryText;
        if (primary._readings?.TryGetValue(label, out var known) == true)
        {
            return known;
        }

        var state = StatementState.From(primary);
        state.Reading = label;
        var read = new StatementValidator(state).Build();
        var readings = LazyInitializer.EnsureInitialized(ref primary._readings, () => new ConcurrentDictionary<string, Statement>(StringComparer.Ordinal));
        return readings.Count < 64 ? readings.GetOrAdd(label, read) : read;
    }

    /// <summary>The statement's title.</summary>
    public string Title { get; }

    /// <summary>The date the statement was signed (in its own zone).</summary>
    public LocalDate SignedOn { get; }

    /// <summary>The instant from which the statement applies (00:00 Moscow time on 10 November 2020 is 2020-11-09T21:00:00Z).</summary>
    public Instant EffectiveFrom { get; }

    /// <summary>The time zone of the statement's wording; dates in the text are read in it.</summary>
    public DateTimeZone TimeZone { get; }

    /// <summary>Every actor the statement names, with roles, in the order defined.</summary>
    public ImmutableArray<Actor> Actors { get; }

    /// <summary>The actors that are "the Parties" as the statement defines them (role <see cref="ActorRoles.Party"/>).</summary>
    public ImmutableArray<Actor> Parties { get; }

    /// <summary>The actors that signed the statement (role <see cref="ActorRoles.Signatory"/>).</summary>
    public ImmutableArray<Actor> Signatories { get; }

    /// <summary>The articles, ordered by number.</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>Every obligation, in article order and then in the order written.</summary>
    public ImmutableArray<Obligation> Obligations { get; }

    /// <summary>Where the statement's text comes from.</summary>
    public ImmutableArray<Citation> Sources { get; }

    /// <summary>The statement's ids in other catalogues (PA-X 2324).</summary>
    public ImmutableArray<CrossReference> CrossReferences { get; }

    /// <summary>The places the statement names, each with every side's spelling.</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>The zone and effective instant deadlines are read against.</summary>
    public DeadlineContext DeadlineContext => new(TimeZone, EffectiveFrom);

    /// <summary>Creates an empty builder.</summary>
    /// <param name="title">The statement's title.</param>
    /// <returns>A new builder.</returns>
    public static StatementBuilder CreateBuilder(string title) => new StatementBuilder().Titled(title);

    /// <summary>Creates a builder holding everything in this statement; <c>ToBuilder().Build()</c> equals this statement.</summary>
    /// <returns>A new builder.</returns>
    public StatementBuilder ToBuilder() => new(StatementState.From(this));

    /// <summary>The first instant of a day in the statement's zone ("as of the start of 10 November 2020, Moscow time").</summary>
    /// <param name="date">The day.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The start of the day falls beyond the calendar (the calendar's
    /// first or last day in a zone whose offset pushes it past NodaTime's range).</exception>
    public Instant StartOfDay(LocalDate date)
    {
        try
        {
            return TimeZone.AtStartOfDay(date).ToInstant();
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw CalendarLimits.Beyond(nameof(date), date, string.Concat("the start of ", Text.Iso(date), " in ", TimeZone.Id));
        }
    }

    /// <summary>
    /// The end of a day in the statement's zone: the first instant of the next day, so that everything dated that day
    /// counts ("as of 20 November 2020" evaluates at 2020-11-20T21:00:00Z for Moscow time).
    /// </summary>
    /// <param name="date">The day; before 9999-12-31.</param>
    /// <returns>The instant.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The end of the day falls beyond the calendar (the calendar's last
    /// day, or its first in a zone whose offset pushes it past NodaTime's range).</exception>
    public Instant EndOfDay(LocalDate date)
    {
        if (date == LocalDate.MaxIsoValue)
        {
            throw CalendarLimits.Beyond(nameof(date), date, string.Concat("the end of ", Text.Iso(date)));
        }

        return StartOfDay(date.PlusDays(1));
    }

    /// <summary>The obligation with the given id.</summary>
    /// <param name="id">The obligation id.</param>
    /// <returns>The obligation.</returns>
    /// <exception cref="KeyNotFoundException">No obligation has that id.</exception>
    public Obligation GetObligation(string id)
    {
        Guard.Against.Null(id);
        return _obligationsById.TryGetValue(id, out var obligation)
            ? obligation
            : throw new KeyNotFoundException(string.Concat("The statement has no obligation '", id, "'."));
    }

    /// <summary>Looks up an obligation by id.</summary>
    /// <param name="id">The obligation id.</param>
    /// <param name="obligation">The obligation, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetObligation(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Obligation? obligation)
    {
        Guard.Against.Null(id);
        return _obligationsById.TryGetValue(id, out obligation);
    }

    /// <summary>The position of an obligation in <see cref="Obligations"/>.</summary>
    internal bool TryGetObligationIndex(string id, out int index) => _obligationIndexes.TryGetValue(id, out index);

    /// <summary>The actor with the given id.</summary>
    /// <param name="id">The actor id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="KeyNotFoundException">No actor has that id.</exception>
    public Actor GetActor(string id)
    {
        Guard.Against.Null(id);
        return _actorsById.TryGetValue(id, out var actor)
            ? actor
            : throw new KeyNotFoundException(string.Concat("The statement has no actor '", id, "'."));
    }

    /// <summary>Looks up an actor by id.</summary>
    /// <param name="id">The actor id.</param>
    /// <param name="actor">The actor, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    public bool TryGetActor(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Actor? actor)
    {
        Guard.Against.Null(id);
        return _actorsById.TryGetValue(id, out actor);
    }

    /// <summary>The article with the given number.</summary>
    /// <param name="number">The article number.</param>
    /// <returns>The article.</returns>
    /// <exception cref="KeyNotFoundException">No article has that number.</exception>
    public Article GetArticle(int number)
    {
        foreach (var article in Articles)
        {
            if (article.Number == number)
            {
                return article;
            }
        }

        throw new KeyNotFoundException(string.Concat("The statement has no article ", Text.Number(number), "."));
    }

    /// <summary>The places known by the given name in any side's spelling (ordinal, ignoring case).</summary>
    /// <param name="name">A spelling, for example "Karvachar" or "Kalbajar".</param>
    /// <returns>The matching places; usually one, empty if none.</returns>
    public ImmutableArray<Place> FindPlaces(string name)
    {
        Guard.Against.Null(name);
        return Places.RemoveAll(p => !p.IsKnownAs(name));
    }

    /// <summary>The due instant of an obligation's primary deadline (exclusive), or <see langword="null"/> when there is none.</summary>
    /// <param name="obligation">An obligation of this statement.</param>
    /// <param name="conditionMetAt">When its condition was met, for deadlines that run from it.</param>
    /// <returns>The due instant or <see langword="null"/>.</returns>
    public Instant? DueInstant(Obligation obligation, Instant? conditionMetAt = null)
    {
        Guard.Against.Null(obligation);
        return obligation.Deadline.DueInstant(new DeadlineContext(TimeZone, EffectiveFrom, conditionMetAt));
    }

    /// <inheritdoc />
    public bool Equals(Statement? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Title == other.Title && SignedOn == other.SignedOn && EffectiveFrom == other.EffectiveFrom
                   && TimeZone.Id == other.TimeZone.Id
                   && Equality.Sequence(Actors, other.Actors) && Equality.Sequence(Articles, other.Articles)
                   && Equality.Sequence(Sources, other.Sources) && Equality.Sequence(CrossReferences, other.CrossReferences)
                   && Equality.Sequence(Places, other.Places)
                   && Id == other.Id && Reading == other.Reading && Equality.Sequence(Links, other.Links)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Statement);

    /// <summary>Whether two values are equal, as <see cref="Equals(Statement)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(Statement? left, Statement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Statement? left, Statement? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Title, SignedOn, EffectiveFrom, TimeZone.Id, Articles.Length);

    /// <summary>Formats the statement as its title and signing date.</summary>
    /// <returns>The statement as text.</returns>
    public override string ToString() => string.Concat(Text.Plain(Title), " (signed ", Text.Iso(SignedOn), ")");
}
