using NodaTime;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>
/// A small statement for the evidence semantics (docs/semantics.md): two Parties, a guarantor and a border guard
/// service; a ceasefire, a one-off return, a border guards' continuous duty, a permission with a window, a peacekeeping
/// term whose notice only the Parties may give, and a route to be built upon agreement.
/// </summary>
internal static class EvidenceFixture
{
    public static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    public const string Text =
        "The Parties shall cease fire. ARM shall return the district before 16 November 2020. " +
        "The border guards shall ensure safe movement along the route. ARM may transit goods within one year. " +
        "The contingent shall stay for 5 years, renewed unless a Party gives notice 6 months before expiry. " +
        "Upon agreement between the Parties, a new route shall be built within three years.";

    public static Statement Subject { get; } = Statement.CreateBuilder("Evidence statement")
        .SignedOn(new LocalDate(2020, 11, 9))
        .InTimeZone(Moscow)
        .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
        .Actor("ARM", "Armenia", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Actor("AZE", "Azerbaijan", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Actor("RUS", "Russia", a => a.As(ActorRoles.Signatory | ActorRoles.Guarantor))
        .Actor("BG", "Border guards", a => a.As(ActorRoles.ImplementingBody).PartOf("RUS"))
        .Article(1, Text, a => a
            .Obligation("ceasefire", o => o.OwedBy("ARM", "AZE").MustNot().Continuous().Described("Ceasefire.").Quoting("The Parties shall cease fire"))
            .Obligation("return", o => o.OwedBy("ARM").OwedTo("AZE").Must().OneOff().DueBefore(new LocalDate(2020, 11, 16))
                .Described("Return.").Quoting("ARM shall return the district before 16 November 2020"))
            .Obligation("guards", o => o.OwedBy("BG").Must().Continuous().Described("Guards.").Quoting("The border guards shall ensure safe movement along the route"))
            .Obligation("transit", o => o.OwedBy("ARM").May().OneOff().DueWithin(Period.FromYears(1)).Described("Transit.").Quoting("ARM may transit goods within one year"))
            .Obligation("stay", o => o.OwedBy("RUS").OwedTo("ARM", "AZE").Must()
                .RenewableTerm(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6))
                .Described("Stay.").Quoting("The contingent shall stay for 5 years"))
            .Obligation("new-route", o => o.OwedBy("ARM", "AZE").Must().OneOff().Upon(Condition.AgreementBetweenParties).DueWithin(Period.FromYears(3))
                .Described("New route.").Quoting("Upon agreement between the Parties, a new route shall be built within three years")))
        .Build();

    public static Instant EndOfDay(int year, int month, int day) => Moscow.AtStartOfDay(new LocalDate(year, month, day).PlusDays(1)).ToInstant();

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static TimelineBuilder Timeline() => Domain.Timeline.CreateBuilder(Subject);

    public static ComplianceReport Eval(Timeline timeline, Instant asOf, Perspective? perspective = null, EvaluationOptions? options = null)
        => Subject.Evaluate(timeline, asOf, perspective, options);
}
