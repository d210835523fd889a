using Ceasefire.Domain.Validation;
using NodaTime;

namespace Ceasefire.Domain.Tests.Evaluation;

/// <summary>A small statement in Moscow time with one obligation of each kind, and helpers to write claims tersely.</summary>
internal static class Fixture
{
    public static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    // Effective 00:00 Moscow on 10 Nov 2020 = 2020-11-09T21:00:00Z.
    public static readonly Instant Effective = Instant.FromUtc(2020, 11, 9, 21, 0);

    public const string Text =
        "The Parties shall cease fire. A shall return the region by 20 November 2020. " +
        "Prisoners shall be exchanged. The contingent shall stay for 5 years, renewed for 5 years unless notice 6 months before expiry. " +
        "Upon agreement, a plan shall be made within three years. B shall report before 1 December 2020.";

    public static Statement Subject { get; } = Build();

    public static Instant EndOfDay(int year, int month, int day) => Moscow.AtStartOfDay(new LocalDate(year, month, day).PlusDays(1)).ToInstant();

    public static Instant StartOfDay(int year, int month, int day) => Moscow.AtStartOfDay(new LocalDate(year, month, day)).ToInstant();

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    public static TimelineBuilder Timeline() => Domain.Timeline.CreateBuilder(Subject);

    /// <summary>Fills the fields every claim needs: a claimant (for side A by default), a source, a known-on date and a summary.</summary>
    public static ClaimBuilder Std(this ClaimBuilder c, string claimantActor = "A", LocalDate? known = null, string source = "doc.txt")
    {
        c.AssertedBy(string.Concat("Government of ", claimantActor), claimantActor)
            .Source(source, "locator")
            .Saying("test claim");
        c.KnownOn(known ?? (c.State.Date is { } date ? WireValues.ToClaimDate(date, "$", new ProblemList())!.Last : D(2030, 1, 1)));
        return c;
    }

    private static Statement Build() => Domain.Statement.CreateBuilder("Test statement")
        .SignedOn(D(2020, 11, 9))
        .InTimeZone(Moscow)
        .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
        .Actor("A", "State A", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Actor("B", "State B", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
        .Actor("G", "Guarantor", a => a.As(ActorRoles.Signatory | ActorRoles.Guarantor))
        .Actor("PK", "Contingent", a => a.As(ActorRoles.ImplementingBody).PartOf("G"))
        .Actor("X", "Armed group", a => a.As(ActorRoles.None))
        .Article(1, Text, a => a
            .Obligation("ceasefire", o => o.OwedBy("A", "B").MustNot().Continuous().Described("Ceasefire.").Quoting("The Parties shall cease fire"))
            .Obligation("return", o => o.OwedBy("A").OwedTo("B").Must().OneOff().DueBy(D(2020, 11, 20)).Described("Return.").Quoting("A shall return the region by 20 November 2020"))
            .Obligation("exchange", o => o.OwedBy("A", "B").Must().OpenEndedProgress().Described("Exchange.").Quoting("Prisoners shall be exchanged"))
            .Obligation("stay", o => o.OwedBy("PK").OwedTo("A", "B").Must()
                .RenewableTerm(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6))
                .Described("Stay.").Quoting("The contingent shall stay for 5 years"))
            .Obligation("plan", o => o.OwedBy("A", "B").Must().OneOff().Upon(Condition.AgreementBetweenParties)
                .DueWithin(Period.FromYears(3)).Described("Plan.").Quoting("Upon agreement, a plan shall be made within three years"))
            .Obligation("report", o => o.OwedBy("B").Must().OneOff().DueBefore(D(2020, 12, 1)).Described("Report.").Quoting("B shall report before 1 December 2020")))
        .Build();
}
