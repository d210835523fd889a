using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

/// <summary>
/// Every public property of every model type takes part in equality and survives a JSON write and read. The properties
/// are enumerated by reflection: a property that no case below changes makes the test fail, so a new field cannot be
/// forgotten in <c>Equals</c> or in the JSON layer. Each case builds two values that differ in exactly the properties
/// it declares (checked: any other difference fails), so a derived property (<see cref="Citation.IsUrl"/>,
/// <see cref="Claimant.CountsFor"/>, <see cref="Statement.Parties"/>) is covered by the case that changes what it is
/// derived from.
/// </summary>
public sealed class ModelPropertyCoverageTests
{
    private static readonly Type[] ModelTypes =
    [
        typeof(Statement), typeof(Actor), typeof(Article), typeof(TextVariant), typeof(DeadlineReading), typeof(Obligation),
        typeof(Condition), typeof(Citation), typeof(CrossReference), typeof(Place), typeof(PlaceName), typeof(Quantity),
        typeof(Claim), typeof(ClaimDate), typeof(Claimant), typeof(Timeline), typeof(ScopeReading), typeof(InstrumentLink),
    ];

    private static readonly LocalDate Day = new(2020, 12, 1);

    /// <summary>A case: a model type, the properties it changes, and (base, variant, variant after a JSON write and read).</summary>
    private sealed record Case(Type Type, string[] Changes, Func<(object Base, object Variant, object RoundTripped)> Run)
    {
        public override string ToString() => string.Concat(Type.Name, " {", string.Join(", ", Changes), "}");
    }

    public static IEnumerable<object[]> CaseData => Cases().Select((c, i) => new object[] { i, c.ToString() });

    [Fact]
    public void EveryPublicProperty_IsChangedBySomeCase()
    {
        var cases = Cases();
        var uncovered = ModelTypes
            .SelectMany(t => PropertiesOf(t).Select(p => (t, p)))
            .Where(x => !cases.Any(c => c.Type == x.t && c.Changes.Contains(x.p.Name)))
            .Select(x => string.Concat(x.t.Name, ".", x.p.Name))
            .ToList();

        uncovered.Should().BeEmpty("every public property of a model type needs a case proving it takes part in equality and in the JSON round trip");
    }

    [Fact]
    public void EveryCase_NamesRealPropertiesOfAModelType()
    {
        foreach (var c in Cases())
        {
            ModelTypes.Should().Contain(c.Type);
            PropertiesOf(c.Type).Select(p => p.Name).Should().Contain(c.Changes, "case {0} names its changes", c);
        }
    }

    [Theory]
    [MemberData(nameof(CaseData))]
    public void Case_VariantDiffersInExactlyTheDeclaredProperties_IsUnequal_AndSurvivesJson(int index, string description)
    {
        var c = Cases()[index];
        var (baseValue, variant, roundTripped) = c.Run();

        foreach (var property in PropertiesOf(c.Type))
        {
            var differs = !Same(property.GetValue(baseValue), property.GetValue(variant));
            differs.Should().Be(c.Changes.Contains(property.Name), "in case {0}, {1} should {2}differ", description, property.Name, c.Changes.Contains(property.Name) ? string.Empty : "not ");
            Same(property.GetValue(variant), property.GetValue(roundTripped)).Should().BeTrue("in case {0}, {1} should survive a JSON write and read", description, property.Name);
        }

        variant.Should().NotBe(baseValue, "case {0} changes a property that equality must see", description);
        baseValue.Equals(variant).Should().BeFalse();
        roundTripped.Should().Be(variant);
    }

    // Statement.PrimaryText is the statement itself unless it is read under a rendering, so it differs whenever anything
    // differs; ReadingTests covers it.
    private static PropertyInfo[] PropertiesOf(Type type)
        => [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && !(type == typeof(Statement) && p.Name == nameof(Statement.PrimaryText)))];

    private static bool Same(object? left, object? right)
        => left is IEnumerable a && right is IEnumerable b && left is not string
            ? a.Cast<object?>().SequenceEqual(b.Cast<object?>())
            : Equals(left, right);

    private static List<Case> Cases() =>
    [
        // Statement
        S<Statement>(s => s, ["Title"], st => st.Title = "Another title"),
        S<Statement>(s => s, ["SignedOn"], st => st.SignedOn = new LocalDate(2020, 11, 8)),
        S<Statement>(s => s, ["EffectiveFrom", "DeadlineContext"], st => st.EffectiveLocal = new LocalDateTime(2020, 11, 10, 1, 0)),
        S<Statement>(s => s, ["TimeZone", "DeadlineContext"], st =>
        {
            st.TimeZoneId = "Europe/Istanbul";
            st.EffectiveLocal = null;
            st.EffectiveInstant = Fixtures.Effective2020;
        }),
        S<Statement>(s => s, ["Actors", "Parties", "Signatories"], st => st.Actors.Add(new ActorState { Id = "H", Name = "Party H", Roles = ["signatory", "party"] })),
        S<Statement>(s => s, ["Articles"], st => st.Articles[1].Text += " It shall stay open."),
        S<Statement>(s => s, ["Articles", "Obligations"], st => st.Articles[1].Obligations[0].Description = "Another description."),
        S<Statement>(s => s, ["Sources"], st => st.Sources.Add(CitationDto.From(new Citation("other.txt", "elsewhere")))),
        S<Statement>(s => s, ["CrossReferences"], st => st.CrossReferences.Add(CrossReferenceDto.From(new CrossReference("UCDP", "42")))),
        S<Statement>(s => s, ["Places"], st => st.Places[0].Aliases.Add(PlaceNameDto.From(new PlaceName("Le couloir", "French usage")))),

        S<Statement>(s => s, ["Id"], st => st.Id = "test-statement"),
        S<Statement>(s => s, ["Links"], AddLink),
        S<Statement>(s => s, ["Reading", "Articles", "Obligations"], st => st.Reading = "Variant B"),
        S<Statement>(s => s, ["Articles", "ReadingLabels"], st => st.Articles[0].Variants[0].Label = "Variant C"),

        // ScopeReading, InstrumentLink
        S(s => s.Articles[0].Variants[0].ScopeReadings[0], ["ObligationId"], st => st.Articles[0].Variants[0].ScopeReadings[0] = new ScopeReadingDto { ObligationId = "o3", PlaceIds = ["corridor"] }, st => { AddScope(st); AddSecondObligation(st); }),
        S(s => s.Articles[0].Variants[0].ScopeReadings[0], ["PlaceIds"], st => st.Articles[0].Variants[0].ScopeReadings[0].PlaceIds.Add("gap"), st => { AddScope(st); AddPlace(st); }),
        S(s => s.Links[0], ["Kind"], st => st.Links[0].Kind = LinkKind.Implements, AddLink),
        S(s => s.Links[0], ["FromArticle"], st => st.Links[0].FromArticle = 2, AddLink),
        S(s => s.Links[0], ["TargetStatementId"], st => st.Links[0].TargetStatementId = "later", AddLink),
        S(s => s.Links[0], ["TargetArticle"], st => st.Links[0].TargetArticle = null, AddLink),
        S(s => s.Links[0], ["Note"], st => st.Links[0].Note = "Another note.", AddLink),
        S(s => s.Links[0], ["Sources"], st => st.Links[0].Sources.Add(CitationDto.From(new Citation("other.txt", "elsewhere"))), AddLink),

        // Actor
        S(s => s.Actors[3], ["Id"], st => st.Actors[3].Id = "G-PKF2"),
        S(s => s.Actors[3], ["Name"], st => st.Actors[3].Name = "Another name"),
        S(s => s.Actors[3], ["Roles"], st => st.Actors[3].Roles.Add("supervisingBody")),
        S(s => s.Actors[0], ["Aliases"], st => st.Actors[0].Aliases.Add("Al")),
        S(s => s.Actors[3], ["ParentId"], st => st.Actors[3].ParentId = "A"),
        S(s => s.Actors[0], ["Description"], st => st.Actors[0].Description = "Another description."),

        // Article
        S(s => s.Articles[1], ["Number", "Obligations"], st => st.Articles[1].Number = 3),
        S(s => s.Articles[1], ["Text"], st => st.Articles[1].Text += " It shall stay open."),
        S(s => s.Articles[0], ["Variants"], st => st.Articles[0].Variants[0].Label = "Variant C"),
        S(s => s.Articles[1], ["Obligations"], st => st.Articles[1].Obligations[0].Description = "Another description."),

        // TextVariant
        S(s => s.Articles[0].Variants[0], ["Label"], st => st.Articles[0].Variants[0].Label = "Variant C"),
        S(s => s.Articles[0].Variants[0], ["Text"], st => st.Articles[0].Variants[0].Text = "by 21 November"),
        S(s => s.Articles[0].Variants[0], ["Language"], st => st.Articles[0].Variants[0].Language = "ru"),
        S(s => s.Articles[0].Variants[0], ["Sources"], st => st.Articles[0].Variants[0].Sources.Add(CitationDto.From(new Citation("other.txt", "elsewhere")))),
        S(s => s.Articles[0].Variants[0], ["ScopeReadings"], AddScope),
        S(s => s.Articles[0].Variants[0], ["DeadlineReadings"], st => st.Articles[0].Variants[0].DeadlineReadings.Clear()),

        // DeadlineReading (a second obligation in article 1 to read instead)
        S(s => s.Articles[0].Variants[0].DeadlineReadings[0], ["ObligationId"],
            st => st.Articles[0].Variants[0].DeadlineReadings[0] = DeadlineReadingDto.From(new DeadlineReading("o3", Deadline.Before(new LocalDate(2020, 11, 20)))), AddSecondObligation),
        S(s => s.Articles[0].Variants[0].DeadlineReadings[0], ["Deadline"],
            st => st.Articles[0].Variants[0].DeadlineReadings[0] = DeadlineReadingDto.From(new DeadlineReading("o1", Deadline.Before(new LocalDate(2020, 11, 19))))),

        // Obligation (o2)
        S(s => s.Obligations[1], ["Id"], st => st.Articles[1].Obligations[0].Id = "o2b"),
        S(s => s.Obligations[1], ["ArticleNumber"], st => st.Articles[1].Number = 3),
        S(s => s.Obligations[1], ["Obligors"], st => st.Articles[1].Obligations[0].Obligors.Add("A")),
        S(s => s.Obligations[1], ["Obligors", "ObligorUnnamed"], st =>
        {
            st.Articles[1].Obligations[0].Obligors.Clear();
            st.Articles[1].Obligations[0].ObligorUnnamed = true;
        }),
        S(s => s.Obligations[1], ["Beneficiaries"], st => st.Articles[1].Obligations[0].Beneficiaries.Add("A")),
        S(s => s.Obligations[1], ["DeonticKind"], st => st.Articles[1].Obligations[0].DeonticKind = DeonticKind.Prohibition),
        S(s => s.Obligations[1], ["PerformanceKind"], st => st.Articles[1].Obligations[0].PerformanceKind = PerformanceKind.OpenEndedProgress),
        S(s => s.Obligations[1], ["Deadline"], st => st.Articles[1].Obligations[0].Deadline = DeadlineDto.From(Deadline.By(Day))),
        S(s => s.Obligations[1], ["Condition"], st => st.Articles[1].Obligations[0].Condition = ConditionDto.From(Condition.AgreementBetweenParties)),
        S(s => s.Obligations[1], ["Description"], st => st.Articles[1].Obligations[0].Description = "Another description."),
        S(s => s.Obligations[1], ["Basis"], st => st.Articles[1].Obligations[0].Basis = "Party B shall guarantee safe passage"),
        S(s => s.Obligations[1], ["Quantities"], st => st.Articles[1].Obligations[0].Quantities.Add(QuantityDto.From(new Quantity(3, "checkpoints")))),
        S(s => s.Obligations[1], ["InParallelWith"], st => st.Articles[1].Obligations[0].InParallelWith.Add("o1")),
        S(s => s.Obligations[1], ["PlaceIds"], st => st.Articles[1].Obligations[0].PlaceIds.Clear()),

        // Condition
        S(s => s.Obligations[1].Condition!, ["Kind"], st => st.Articles[1].Obligations[0].Condition = ConditionDto.From(new Condition(ConditionKind.Other, "upon agreement reached between the Parties")), WithCondition),
        S(s => s.Obligations[1].Condition!, ["Description"], st => st.Articles[1].Obligations[0].Condition = ConditionDto.From(new Condition(ConditionKind.AgreementBetweenParties, "once agreed")), WithCondition),

        // Citation, CrossReference
        S(s => s.Sources[0], ["Source", "IsUrl"], st => st.Sources[0] = CitationDto.From(new Citation("https://example.org/statement", st.Sources[0].Locator))),
        S(s => s.Sources[0], ["Locator"], st => st.Sources[0] = CitationDto.From(new Citation(st.Sources[0].Source, "another locator"))),
        S(s => s.CrossReferences[0], ["Catalogue"], st => st.CrossReferences[0] = CrossReferenceDto.From(new CrossReference("UCDP", "9999", "https://example.org/9999"))),
        S(s => s.CrossReferences[0], ["Id"], st => st.CrossReferences[0] = CrossReferenceDto.From(new CrossReference("PA-X", "9998", "https://example.org/9999"))),
        S(s => s.CrossReferences[0], ["Url"], st => st.CrossReferences[0] = CrossReferenceDto.From(new CrossReference("PA-X", "9999"))),

        // Place, PlaceName
        S(s => s.Places[0], ["Id"], st =>
        {
            st.Places[0].Id = "corridor2";
            st.Articles[1].Obligations[0].PlaceIds[0] = "corridor2";
        }),
        S(s => s.Places[0], ["Name", "Names"], st => st.Places[0].Name = "The Lachin corridor"),
        S(s => s.Places[0], ["Names"], st => st.Places[0].Aliases.Add(PlaceNameDto.From(new PlaceName("Le couloir", "French usage")))),
        S(s => s.Places[0].Names[1], ["Name"], st => st.Places[0].Aliases[0] = PlaceNameDto.From(new PlaceName("Korridor", "German usage"))),
        S(s => s.Places[0].Names[1], ["Usage"], st => st.Places[0].Aliases[0] = PlaceNameDto.From(new PlaceName("Der Korridor", "Austrian usage"))),

        // Quantity
        S(s => s.Obligations[0].Quantities[0], ["Value"], st => st.Articles[0].Obligations[0].Quantities[0] = QuantityDto.From(new Quantity(6, "km wide"))),
        S(s => s.Obligations[0].Quantities[0], ["Unit"], st => st.Articles[0].Obligations[0].Quantities[0] = QuantityDto.From(new Quantity(5, "km long"))),

        // Claim (claims: [0] breach of o2, [1] partial performance of o1, [2] extension of o1, [3] termination of o2)
        T(t => t.Claims[0], ["Id"], c => c[0].Id = "c1b"),
        T(t => t.Claims[0], ["Kind"], c => c[0].Kind = ClaimKind.Suspended),
        T(t => t.Claims[0], ["Kind", "ObligationIds", "IsAboutStatement", "End", "Reason"], c =>
        {
            c[0].Kind = ClaimKind.Terminated;
            c[0].ObligationIds.Clear();
            c[0].End = null;
            c[0].Reason = TerminationReason.Superseded;
        }),
        T(t => t.Claims[0], ["ObligationIds"], c => c[0].ObligationIds.Add("o1")),
        T(t => t.Claims[0], ["Date"], c => c[0].Date = ClaimDateDto.From(ClaimDate.On(Day.PlusDays(1)))),
        T(t => t.Claims[0], ["End"], c => c[0].End = ClaimDateDto.From(ClaimDate.On(Day.PlusDays(5)))),
        T(t => t.Claims[0], ["Claimant"], c => c[0].Claimant = ClaimantDto.From(new Claimant("Another outlet", null, "A"))),
        T(t => t.Claims[0], ["ActorId"], c => c[0].ActorId = "A"),
        T(t => t.Claims[0], ["Sources"], c => c[0].Sources.Add(CitationDto.From(new Citation("other.txt", "elsewhere")))),
        T(t => t.Claims[0], ["KnownOn"], c => c[0].KnownOn = Day.PlusDays(3)),
        T(t => t.Claims[0], ["Summary"], c => c[0].Summary = "Another summary."),
        T(t => t.Claims[1], ["Quantity"], c => c[1].Quantity = QuantityDto.From(new Quantity(3, "km"))),
        T(t => t.Claims[2], ["NewDeadline"], c => c[2].NewDeadline = DeadlineDto.From(Deadline.By(new LocalDate(2020, 12, 25)))),
        T(t => t.Claims[2], ["RequestedBy"], c => c[2].RequestedBy = "G"),
        T(t => t.Claims[2], ["AgreedBy"], c => (c[2].AgreedBy ??= []).Add("G")),
        T(t => t.Claims[3], ["Reason"], c => c[3].Reason = TerminationReason.Agreement),
        T(t => t.Claims[0], ["Contradicts"], c => (c[0].Contradicts ??= []).Add("c2")),
        T(t => t.Claims[0], ["PlaceIds"], c => (c[0].PlaceIds ??= []).Add("corridor")),

        // ClaimDate
        T(t => t.Claims[0].Date, ["Precision", "Last"], c => c[0].Date = ClaimDateDto.From(ClaimDate.InMonth(2020, 12))),
        T(t => t.Claims[0].Date, ["First", "Last"], c => c[0].Date = ClaimDateDto.From(ClaimDate.On(Day.PlusDays(1)))),
        T(t => t.Claims[0].Date, ["Precision", "Instant"], c => c[0].Date = ClaimDateDto.From(ClaimDate.At(Instant.FromUtc(2020, 12, 1, 12, 0)))),
        T(t => t.Claims[0].Date, ["Precision", "Last", "Quantifier"], c => c[0].Date = ClaimDateDto.From(ClaimDate.Range(Day, Day.PlusDays(2), DateQuantifier.Throughout))),

        // Claimant
        T(t => t.Claims[0].Claimant, ["Name"], c => c[0].Claimant = ClaimantDto.From(new Claimant("Another outlet", null, "A"))),
        T(t => t.Claims[0].Claimant, ["ActorId", "CountsFor"], c => c[0].Claimant = ClaimantDto.From(new Claimant("Outlet", "B", "A"))),
        T(t => t.Claims[0].Claimant, ["Side", "CountsFor"], c => c[0].Claimant = ClaimantDto.From(new Claimant("Outlet", null, "B"))),

        // Timeline
        T(t => t, ["Claims"], c => c.RemoveAt(3)),
        T(t => t, ["Statement"], _ => { }, st => st.Title = "Another title"),
    ];

    private static void AddLink(StatementState st)
        => st.Links.Add(new LinkState
        {
            Kind = LinkKind.Reaffirms,
            FromArticle = 1,
            TargetStatementId = "earlier",
            TargetArticle = 1,
            Note = "Reaffirms the earlier statement's first article.",
            Sources = [CitationDto.From(new Citation("link.txt", "the link"))],
        });

    private static void AddScope(StatementState st)
        => st.Articles[0].Variants[0].ScopeReadings.Add(new ScopeReadingDto { ObligationId = "o1", PlaceIds = ["corridor"] });

    private static void AddPlace(StatementState st)
        => st.Places.Add(new PlaceState { Id = "gap", Name = "The gap" });

    private static void AddSecondObligation(StatementState st)
        => st.Articles[0].Obligations.Add(new ObligationState
        {
            Id = "o3",
            Obligors = { "B" },
            Description = "Keep the corridor open.",
            Basis = "The corridor (5 km wide) shall stay open",
            PerformanceKind = PerformanceKind.Continuous,
        });

    private static void WithCondition(StatementState st) => st.Articles[1].Obligations[0].Condition = ConditionDto.From(Condition.AgreementBetweenParties);

    private static Statement BuildStatement(params Action<StatementState>?[] changes)
    {
        var builder = Fixtures.Valid();
        foreach (var change in changes)
        {
            change?.Invoke(builder.State);
        }

        return builder.Build();
    }

    /// <summary>A statement case: the fixture statement with <paramref name="setup"/>, without and with <paramref name="change"/>.</summary>
    private static Case S<T>(Func<Statement, T> pick, string[] changes, Action<StatementState> change, Action<StatementState>? setup = null)
        where T : notnull
        => new(typeof(T), changes, () =>
        {
            var variant = BuildStatement(setup, change);
            var read = CeasefireJson.ReadStatement(CeasefireJson.Serialize(variant));
            return (pick(BuildStatement(setup)), pick(variant), pick(read));
        });

    /// <summary>A timeline case: four claims about the fixture statement, without and with <paramref name="change"/> (and, for the variant, the statement changed by <paramref name="statementChange"/>).</summary>
    private static Case T<T>(Func<Timeline, T> pick, string[] changes, Action<List<ClaimState>> change, Action<StatementState>? statementChange = null)
        where T : notnull
        => new(typeof(T), changes, () =>
        {
            var statement = BuildStatement();
            var variantStatement = BuildStatement(statementChange);
            var variantBuilder = Claims(variantStatement);
            change(variantBuilder.Claims);
            var variant = variantBuilder.Build();
            var read = CeasefireJson.ReadTimeline(CeasefireJson.Serialize(variant), variantStatement);
            return (pick(Claims(statement).Build()), pick(variant), pick(read));
        });

    private static TimelineBuilder Claims(Statement statement) => Timeline.CreateBuilder(statement)
        .Claim("c1", c => c.Breached("o2").On(Day).Until(ClaimDate.On(Day.PlusDays(4))).ActedBy("B")
            .AssertedBy("Outlet", side: "A").Source("report.txt", "the breach").KnownOn(Day.PlusDays(2)).Saying("Reports a breach."))
        .Claim("c2", c => c.PartlyPerformed("o1", new Quantity(2, "km")).On(new LocalDate(2020, 11, 15))
            .AssertedBy("Outlet").Source("report.txt", "progress").KnownOn(new LocalDate(2020, 11, 16)).Saying("Reports progress."))
        .Claim("c3", c => c.DeadlineExtended("o1", Deadline.By(new LocalDate(2020, 12, 20))).On(new LocalDate(2020, 11, 18)).RequestedBy("A").AgreedBy("B")
            .AssertedBy("Outlet").Source("report.txt", "extension").KnownOn(new LocalDate(2020, 11, 18)).Saying("Reports an extension."))
        .Claim("c4", c => c.Terminated(TerminationReason.Superseded, "o2").On(new LocalDate(2021, 6, 1))
            .AssertedBy("Outlet").Source("report.txt", "end").KnownOn(new LocalDate(2021, 6, 1)).Saying("Reports the end."));
}
