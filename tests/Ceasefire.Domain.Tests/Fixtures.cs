using NodaTime;

namespace Ceasefire.Domain.Tests;

/// <summary>Small statements shared by the tests. Every call builds new, independent objects.</summary>
internal static class Fixtures
{
    public const string ArticleOneText = "Party A shall return region X to Party B by 20 November 2020. The corridor (5 km wide) shall stay open.";

    public const string ArticleOneBasis = "Party A shall return region X to Party B by 20 November 2020";

    public const string ArticleTwoText = "Party B shall guarantee safe passage through the corridor.";

    public const string ArticleTwoBasis = "Party B shall guarantee safe passage through the corridor";

    public static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    public static readonly DateTimeZone Berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];

    /// <summary>00:00 Moscow time on 10 November 2020.</summary>
    public static readonly Instant Effective2020 = Instant.FromUtc(2020, 11, 9, 21, 0);

    public static DeadlineContext MoscowContext => new(Moscow, Effective2020);

    /// <summary>
    /// A valid builder without an effective instant. Actors: [0] A, [1] B, [2] G, [3] G-PKF (part of G).
    /// Places: [0] corridor. Articles: [0] number 1 (obligation o1 with a variant reading it), [1] number 2 (obligation o2).
    /// </summary>
    /// <param name="zoneId">The time zone (by default Moscow).</param>
    /// <param name="signedOn">The signing date (by default 9 November 2020).</param>
    public static StatementBuilder WithoutEffective(string zoneId = "Europe/Moscow", LocalDate? signedOn = null) => Statement.CreateBuilder("Test statement")
        .SignedOn(signedOn ?? new LocalDate(2020, 11, 9))
        .InTimeZone(zoneId)
        .Source("000_3fdbbacc57461726.txt", "the statement")
        .CrossReference("PA-X", "9999", "https://example.org/9999")
        .Actor("A", "Party A", a => a.As(ActorRoles.Signatory | ActorRoles.Party).AlsoKnownAs("Alpha").Described("The first party."))
        .Actor("B", "Party B", a => a.As(ActorRoles.Signatory | ActorRoles.Party).AlsoKnownAs("Bravo"))
        .Actor("G", "Guarantor", a => a.As(ActorRoles.Signatory | ActorRoles.Guarantor))
        .Actor("G-PKF", "Guarantor's contingent", a => a.As(ActorRoles.ImplementingBody).PartOf("G"))
        .Place("corridor", "The corridor", p => p.NameUsedBy("primary text").AlsoKnownAs("Der Korridor", "German usage"))
        .Article(1, ArticleOneText, a => a
            .Variant("Variant B", "before 20 November", v => v
                .InLanguage("en")
                .Source("https://example.org/variant-b", "point 1")
                .ReadsDeadline("o1", Deadline.Before(new LocalDate(2020, 11, 20))))
            .Obligation("o1", o => o
                .OwedBy("A").OwedTo("B").Must().OneOff()
                .DueBy(new LocalDate(2020, 11, 20))
                .Counting(5, "km wide")
                .Described("Return of region X.")
                .Quoting(ArticleOneBasis)))
        .Article(2, ArticleTwoText, a => a
            .Obligation("o2", o => o
                .OwedBy("B").Must().Continuous()
                .Concerning("corridor")
                .Described("Safe passage through the corridor.")
                .Quoting(ArticleTwoBasis)));

    /// <summary>A valid builder, effective 00:00 Moscow time on 10 November 2020.</summary>
    /// <param name="zoneId">The time zone (by default Moscow).</param>
    /// <param name="signedOn">The signing date (by default 9 November 2020).</param>
    public static StatementBuilder Valid(string zoneId = "Europe/Moscow", LocalDate? signedOn = null)
        => WithoutEffective(zoneId, signedOn).EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0));

    /// <summary>A valid builder in the given zone whose only article has one obligation with the given deadline.</summary>
    public static StatementBuilder InZone(string zoneId, LocalDateTime effective, Deadline deadline) => Statement.CreateBuilder("Zone statement")
        .SignedOn(effective.Date)
        .InTimeZone(zoneId)
        .EffectiveAt(effective)
        .Actor("A", "Party A", a => a.As(ActorRoles.Party))
        .Article(1, "Party A shall act.", a => a
            .Obligation("act", o => o
                .OwedBy("A").Must().OneOff()
                .Due(deadline)
                .Described("Act.")
                .Quoting("Party A shall act")));
}
