using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests;

/// <summary>Tests of <see cref="TrilateralStatement2020.Statement"/> against docs/built-in-statement.md and the seed text.</summary>
public sealed class BuiltInStatementTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static readonly string[] DesignIds =
    [
        "a1-ceasefire",
        "a1-hold-positions",
        "a2-aghdam-return",
        "a3-peacekeeper-deployment",
        "a4-armed-forces-withdrawal",
        "a4-peacekeeping-term",
        "a5-ceasefire-control-center",
        "a6-kelbajar-return",
        "a6-lachin-return",
        "a6-corridor-control",
        "a6-new-route-plan",
        "a6-corridor-safe-movement",
        "a7-displaced-return",
        "a8-prisoner-exchange",
        "a9-unblock-links",
        "a9-nakhchivan-transit-safety",
        "a9-border-guard-control",
        "a9-new-communications",
    ];

    private sealed record Expected(int Article, string[] Obligors, string[] Beneficiaries, DeonticKind Deontic, PerformanceKind Performance, Deadline Deadline, bool Conditional);

    private static readonly string[] None = [];

    // docs/built-in-statement.md, the table of obligations. "RUS (contingent)" is RUS-PKF, "RUS (FSB Border Guard Service)" is RUS-FSB-BG.
    private static readonly Dictionary<string, Expected> Table = new()
    {
        ["a1-ceasefire"] = new(1, ["ARM", "AZE"], None, DeonticKind.Prohibition, PerformanceKind.Continuous, Deadline.None, false),
        ["a1-hold-positions"] = new(1, ["ARM", "AZE"], None, DeonticKind.Obligation, PerformanceKind.Continuous, Deadline.None, false),
        ["a2-aghdam-return"] = new(2, ["ARM"], ["AZE"], DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.By(new LocalDate(2020, 11, 20)), false),
        ["a3-peacekeeper-deployment"] = new(3, ["RUS-PKF"], None, DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.None, false),
        ["a4-armed-forces-withdrawal"] = new(4, ["ARM"], None, DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.None, false),
        ["a4-peacekeeping-term"] = new(4, ["RUS-PKF"], ["ARM", "AZE"], DeonticKind.Obligation, PerformanceKind.Term, Deadline.Renewable(Period.FromYears(5), Period.FromYears(5), Period.FromMonths(6)), false),
        ["a5-ceasefire-control-center"] = new(5, None, None, DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.None, false),
        ["a6-kelbajar-return"] = new(6, ["ARM"], ["AZE"], DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.By(new LocalDate(2020, 11, 15)), false),
        ["a6-lachin-return"] = new(6, ["ARM"], ["AZE"], DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.By(new LocalDate(2020, 12, 1)), false),
        ["a6-corridor-control"] = new(6, ["RUS-PKF"], None, DeonticKind.Obligation, PerformanceKind.Continuous, Deadline.None, false),
        ["a6-new-route-plan"] = new(6, ["ARM", "AZE"], None, DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.Within(Period.FromYears(3)), true),
        ["a6-corridor-safe-movement"] = new(6, ["AZE"], None, DeonticKind.Obligation, PerformanceKind.Continuous, Deadline.None, false),
        ["a7-displaced-return"] = new(7, None, None, DeonticKind.Obligation, PerformanceKind.OpenEndedProgress, Deadline.None, false),
        ["a8-prisoner-exchange"] = new(8, ["ARM", "AZE"], None, DeonticKind.Obligation, PerformanceKind.OpenEndedProgress, Deadline.None, false),
        ["a9-unblock-links"] = new(9, ["ARM", "AZE"], None, DeonticKind.Obligation, PerformanceKind.OpenEndedProgress, Deadline.None, false),
        ["a9-nakhchivan-transit-safety"] = new(9, ["ARM"], ["AZE"], DeonticKind.Obligation, PerformanceKind.Continuous, Deadline.None, false),
        ["a9-border-guard-control"] = new(9, ["RUS-FSB-BG"], None, DeonticKind.Obligation, PerformanceKind.Continuous, Deadline.None, false),
        ["a9-new-communications"] = new(9, ["ARM", "AZE"], ["AZE"], DeonticKind.Obligation, PerformanceKind.OneOff, Deadline.None, true),
    };

    public static TheoryData<string> ObligationIds => new(DesignIds);

    private static string SourcesFolder => Path.Combine(AppContext.BaseDirectory, "sources");

    private static string SeedStatementText()
    {
        var seed = File.ReadAllText(Path.Combine(SourcesFolder, "000_3fdbbacc57461726.txt"));
        const string Heading = "The November 9 Trilateral Statement";
        const string Trailer = "Translated statement from the Prime Minister";
        var start = seed.IndexOf(Heading, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "the seed contains the statement heading");
        var end = seed.IndexOf(Trailer, start, StringComparison.Ordinal);
        end.Should().BeGreaterThan(start, "the seed's statement text ends with the translation note");
        return seed[(start + Heading.Length)..end];
    }

    // ---- shape ----

    [Fact]
    public void Articles_BuiltIn_AreNineNumberedOneToNineInOrder()
    {
        S.Articles.Select(a => a.Number).Should().Equal(Enumerable.Range(1, 9));
    }

    [Fact]
    public void Obligations_BuiltIn_AreExactlyTheDesignIdsInOrder()
    {
        S.Obligations.Select(o => o.Id).Should().Equal(DesignIds);
    }

    [Fact]
    public void SignedOn_BuiltIn_Is9November2020()
    {
        S.SignedOn.Should().Be(new LocalDate(2020, 11, 9));
    }

    [Fact]
    public void EffectiveFrom_BuiltIn_IsMidnightMoscow10November2020()
    {
        S.EffectiveFrom.Should().Be(Instant.FromUtc(2020, 11, 9, 21, 0));
        S.EffectiveFrom.InZone(S.TimeZone).LocalDateTime.Should().Be(new LocalDateTime(2020, 11, 10, 0, 0));
    }

    [Fact]
    public void TimeZone_BuiltIn_IsEuropeMoscow()
    {
        S.TimeZone.Id.Should().Be("Europe/Moscow");
    }

    [Fact]
    public void CrossReferences_BuiltIn_IncludePaX2324()
    {
        S.CrossReferences.Should().ContainSingle(c => c.Catalogue == "PA-X").Which.Id.Should().Be("2324");
    }

    [Fact]
    public void Parties_BuiltIn_AreExactlyArmeniaAndAzerbaijan()
    {
        S.Parties.Select(a => a.Id).Should().BeEquivalentTo("ARM", "AZE");
    }

    [Fact]
    public void Russia_BuiltIn_IsSignatoryAndGuarantorButNotParty()
    {
        var russia = S.GetActor("RUS");

        russia.Has(ActorRoles.Signatory | ActorRoles.Guarantor).Should().BeTrue();
        russia.Has(ActorRoles.Party).Should().BeFalse();
        S.Signatories.Select(a => a.Id).Should().BeEquivalentTo("ARM", "AZE", "RUS");
    }

    [Fact]
    public void Bodies_BuiltIn_ArePartOfRussia()
    {
        S.GetActor("RUS-PKF").ParentId.Should().Be("RUS");
        S.GetActor("RUS-FSB-BG").ParentId.Should().Be("RUS");
        S.GetActor("RUS-PKF").Has(ActorRoles.ImplementingBody).Should().BeTrue();
        S.GetActor("UNHCR").Has(ActorRoles.SupervisingBody).Should().BeTrue();
    }

    // ---- per-obligation facts from the table in docs/built-in-statement.md ----

    [Theory]
    [MemberData(nameof(ObligationIds))]
    public void Obligation_BuiltIn_MatchesDesignTable(string id)
    {
        var expected = Table[id];
        var obligation = S.GetObligation(id);

        obligation.ArticleNumber.Should().Be(expected.Article);
        obligation.Obligors.Should().Equal(expected.Obligors);
        obligation.ObligorUnnamed.Should().Be(expected.Obligors.Length == 0);
        obligation.Beneficiaries.Should().Equal(expected.Beneficiaries);
        obligation.DeonticKind.Should().Be(expected.Deontic);
        obligation.PerformanceKind.Should().Be(expected.Performance);
        obligation.Deadline.Should().Be(expected.Deadline);
        (obligation.Condition is not null).Should().Be(expected.Conditional);
        S.GetArticle(expected.Article).Obligations.Should().Contain(obligation);
    }

    [Theory]
    [MemberData(nameof(ObligationIds))]
    public void Basis_BuiltIn_IsInItsArticlesText(string id)
    {
        var obligation = S.GetObligation(id);

        obligation.Basis.Should().NotBeNullOrWhiteSpace();
        S.GetArticle(obligation.ArticleNumber).Text.Should().Contain(obligation.Basis);
    }

    [Fact]
    public void ConditionalObligations_BuiltIn_WaitForAgreementBetweenParties()
    {
        S.GetObligation("a6-new-route-plan").Condition.Should().Be(Condition.AgreementBetweenParties);
        S.GetObligation("a9-new-communications").Condition.Should().Be(Condition.AgreementBetweenParties);
    }

    [Fact]
    public void DeploymentAndWithdrawal_BuiltIn_AreInParallel()
    {
        S.GetObligation("a3-peacekeeper-deployment").InParallelWith.Should().Equal("a4-armed-forces-withdrawal");
        S.GetObligation("a4-armed-forces-withdrawal").InParallelWith.Should().Equal("a3-peacekeeper-deployment");
    }

    [Theory]
    [InlineData("a2-aghdam-return", 2020, 11, 20)]
    [InlineData("a6-kelbajar-return", 2020, 11, 15)]
    [InlineData("a6-lachin-return", 2020, 12, 1)]
    [InlineData("a6-new-route-plan", 2023, 11, 9)]
    public void DueInstant_DatedObligations_Are2100UtcOnTheDay(string id, int year, int month, int day)
    {
        S.DueInstant(S.GetObligation(id)).Should().Be(Instant.FromUtc(year, month, day, 21, 0));
    }

    // ---- facts checked against the seed text ----

    [Fact]
    public void ArticleText_BuiltIn_IsVerbatimInTheSeedStatement()
    {
        var seedText = SeedStatementText();

        foreach (var article in S.Articles)
        {
            seedText.Should().Contain(article.Text, "article {0} is quoted from the seed", article.Number);
            seedText.Should().Contain(string.Concat("\n", article.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), ". ", article.Text));
        }
    }

    [Fact]
    public void Quantities_PeacekeeperDeployment_AreInTheSeedText()
    {
        var seedText = SeedStatementText();
        var quantities = S.GetObligation("a3-peacekeeper-deployment").Quantities;

        quantities.Select(q => q.Value).Should().Equal(1960m, 90m, 380m);
        foreach (var quantity in quantities)
        {
            seedText.Should().Contain(quantity.ToString());
        }
    }

    [Fact]
    public void Quantities_CorridorControl_FiveKmIsInTheSeedText()
    {
        var quantity = S.GetObligation("a6-corridor-control").Quantities.Should().ContainSingle().Subject;

        quantity.Value.Should().Be(5m);
        SeedStatementText().Should().Contain(string.Concat(quantity.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), " km"));
    }

    [Fact]
    public void Citations_BuiltIn_AreSeedFilesOrHttpsUrls()
    {
        var citations = S.Sources.Concat(S.Articles.SelectMany(a => a.Variants).SelectMany(v => v.Sources)).ToList();

        citations.Should().NotBeEmpty();
        foreach (var citation in citations)
        {
            if (citation.IsUrl)
            {
                citation.Source.Should().StartWith("https://");
            }
            else
            {
                File.Exists(Path.Combine(SourcesFolder, citation.Source)).Should().BeTrue("{0} is a file in docs/sources", citation.Source);
            }
        }
    }

    [Fact]
    public void Variants_BuiltIn_EachHaveASource()
    {
        foreach (var variant in S.Articles.SelectMany(a => a.Variants))
        {
            variant.Sources.Should().NotBeEmpty(variant.Label);
        }
    }

    [Fact]
    public void AzerbaijaniVariant_Article2_ReadsAghdamReturnAsBefore20November()
    {
        var variant = S.GetArticle(2).Variants.Should().ContainSingle(v => v.Label.Contains("Azerbaijani", StringComparison.Ordinal)).Subject;

        var deadline = variant.DeadlineFor("a2-aghdam-return");

        deadline.Should().Be(Deadline.Before(new LocalDate(2020, 11, 20)));
        deadline!.DueInstant(S.DeadlineContext).Should().Be(Instant.FromUtc(2020, 11, 19, 21, 0));
    }

    // ---- every side's place names ----

    [Theory]
    [InlineData("Kelbajar", "Kalbajar", "Karvachar")]
    [InlineData("Shushi", "Shusha")]
    [InlineData("Lachin", "Berdzor")]
    [InlineData("Stepanakert", "Khankendi")]
    [InlineData("Nakhichevan", "Nakhchivan", "Nakhijevan")]
    [InlineData("Aghdam", "Agdam")]
    [InlineData("Nagorno-Karabakh", "Artsakh")]
    public void FindPlaces_EverySidesSpelling_FindsTheSamePlace(params string[] spellings)
    {
        var place = S.FindPlaces(spellings[0]).Should().ContainSingle().Subject;

        foreach (var spelling in spellings)
        {
            S.FindPlaces(spelling).Should().Equal(place);
            S.FindPlaces(spelling.ToUpperInvariant()).Should().Equal(place);
            place.Names.Select(n => n.Name).Should().Contain(spelling);
        }
    }

    [Fact]
    public void FindPlaces_UnknownName_IsEmpty()
    {
        S.FindPlaces("Atlantis").Should().BeEmpty();
    }

    [Fact]
    public void Statement_Twice_IsTheSameInstance()
    {
        TrilateralStatement2020.Statement.Should().BeSameAs(TrilateralStatement2020.Statement);
    }
}
