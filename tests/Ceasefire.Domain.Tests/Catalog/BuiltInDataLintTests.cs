using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Catalog;

/// <summary>
/// Data lint of the built-in data files (Catalog/Data) and one test per encoding correction of issue 10: each reads the
/// data, so a curator's edit that undoes a correction fails here. The claim-level lints that already existed (seed quotes
/// verbatim, claim sources listed, known-on not before the event) are in <see cref="BuiltInTimelineTests"/>.
/// </summary>
public sealed class BuiltInDataLintTests
{
    private static Statement S => TrilateralStatement2020.Statement;

    private static Timeline T => TrilateralStatement2020.Timeline;

    // The seeds' publication dates (docs/sources/README.md, "Publication dates"): a claim documented only by seeds cannot
    // have become known after the earliest of them was published.
    private static readonly Dictionary<string, LocalDate> SeedPublished = new(StringComparer.Ordinal)
    {
        ["000_3fdbbacc57461726.txt"] = new LocalDate(2024, 11, 9),
        ["001_c37d971bb9393cab.txt"] = new LocalDate(2021, 11, 12),
        ["002_abd292481f5c1753.txt"] = new LocalDate(2021, 12, 31),
        ["003_972e9ba7447b0314.txt"] = new LocalDate(2023, 12, 31),
        ["004_ae735be57041eb1b.txt"] = new LocalDate(2021, 12, 31),
    };

    private static string SourcePath(string name) => Path.Combine(AppContext.BaseDirectory, "sources", name);

    private static Instant EndOf(int y, int m, int d) => S.TimeZone.AtStartOfDay(new LocalDate(y, m, d).PlusDays(1)).ToInstant();

    private static Claim Claim(string id) => T.Claims.Should().ContainSingle(c => c.Id == id).Subject;

    private static bool IsBreach(Claim c) => c.Kind is ClaimKind.Breached or ClaimKind.Incident;

    private static bool Cites(Claim c, string text) => c.Sources.Any(s => s.Locator.Contains(text, StringComparison.Ordinal));

    // ---- lint ----

    [Fact]
    public void Claims_EachHaveANamedClaimantAndASourceWithALocator()
        => T.Claims.Where(c => string.IsNullOrWhiteSpace(c.Claimant.Name) || c.Sources.IsEmpty
                               || c.Sources.Any(s => string.IsNullOrWhiteSpace(s.Source) || string.IsNullOrWhiteSpace(s.Locator)))
            .Select(c => c.Id).Should().BeEmpty();

    [Fact]
    public void Claims_KnownOn_NeverAfterTheirEarliestSeedsPublication()
    {
        var problems = new List<string>();
        foreach (var claim in T.Claims)
        {
            var seeds = claim.Sources.Where(s => !s.IsUrl && SeedPublished.ContainsKey(s.Source)).Select(s => SeedPublished[s.Source]).ToList();
            if (seeds.Count > 0 && claim.KnownOn > seeds.Min())
            {
                problems.Add(claim.Id + ": known on " + claim.KnownOn.ToString("yyyy-MM-dd", null) + ", published " + seeds.Min().ToString("yyyy-MM-dd", null));
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Claims_KnownOn_NotBeforeADayOrInstantEvent()
        => T.Claims.Where(c => c.Date.Precision is DatePrecision.Day or DatePrecision.Instant && c.KnownOn < c.Date.First)
            .Select(c => c.Id).Should().BeEmpty();

    [Fact]
    public void StatementAndVariants_UrlSources_AreListedInTheResearchNotesOrTheSourcesReadme()
    {
        var listed = string.Concat(new[] { "timeline-after-2024.md", "addendum-2026-11-30.md", "README.md" }.Select(n => File.ReadAllText(SourcePath(n))));
        var citations = S.Sources.Concat(S.Articles.SelectMany(a => a.Variants).SelectMany(v => v.Sources)).Where(c => c.IsUrl);

        citations.Where(c => !listed.Contains(c.Source, StringComparison.Ordinal)).Select(c => c.Source).Should().BeEmpty();
    }

    [Fact]
    public void Places_EveryNameSaysWhichSourceUsesIt()
        => S.Places.SelectMany(p => p.Names.Select(n => (p.Id, n.Name, n.Usage)))
            .Where(x => !Regex.IsMatch(x.Usage, @"seed 00\d|seeds 00\d|\.md|primary text|rendering", RegexOptions.CultureInvariant))
            .Should().BeEmpty();

    [Theory]
    [InlineData("Kelbajar", "Kalbajar", "Karvachar", "Kelbecer")]
    [InlineData("Lachin", "Berdzor", "Laçin")]
    [InlineData("Stepanakert", "Khankendi")]
    [InlineData("Gazakh", "Kazakh", "Kazah")]
    [InlineData("Karaglukh heights", "Karaglukh")]
    public void Places_EverySpellingTheSourcesGive_FindsTheSamePlace(params string[] spellings)
    {
        var place = S.FindPlaces(spellings[0]).Should().ContainSingle().Subject;

        foreach (var spelling in spellings)
        {
            S.FindPlaces(spelling).Should().Equal(place);
        }
    }

    [Theory]
    [InlineData("hadrut", "Hadrut")]
    [InlineData("khtsaberd", "Khtsaberd")]
    [InlineData("hin-tagher", "Hin Tagher")]
    [InlineData("parukh", "Parukh")]
    [InlineData("karaglukh", "Karaglukh")]
    [InlineData("aghavno", "Aghavno")]
    [InlineData("kornidzor", "Kornidzor")]
    [InlineData("kelbajar", "Karvachar")]
    [InlineData("aghdam", "Aghdam")]
    public void Claims_NamingAnEventPlaceInTheirQuotes_AreLinkedToIt(string placeId, string name)
    {
        var naming = T.Claims.Where(c => Cites(c, name)).ToList();

        naming.Should().NotBeEmpty();
        naming.Where(c => !c.PlaceIds.Contains(placeId)).Select(c => c.Id).Should().BeEmpty();
    }

    // ---- per-rendering deadline readings (timeline-after-2024.md and addendum, section 1) ----

    [Fact]
    public void AzerbaijaniMfaEnglish_ReadsAghdamAndKelbajarAsBeforeAndLachinAsBy()
    {
        var article2 = S.GetArticle(2).Variants.Single(v => v.Label == "Azerbaijani MFA English");
        var article6 = S.GetArticle(6).Variants.Single(v => v.Label == "Azerbaijani MFA English");

        article2.DeadlineFor("a2-aghdam-return").Should().Be(Deadline.Before(new LocalDate(2020, 11, 20)));
        article6.DeadlineFor("a6-kelbajar-return").Should().Be(Deadline.Before(new LocalDate(2020, 11, 15)));
        article6.DeadlineFor("a6-lachin-return").Should().Be(Deadline.By(new LocalDate(2020, 12, 1)));
        article6.DeadlineFor("a6-kelbajar-return")!.DueInstant(S.DeadlineContext).Should().Be(Instant.FromUtc(2020, 11, 14, 21, 0));
    }

    [Fact]
    public void AddendumRenderings_AreVariantsWithTheirSources_AndAmbiguousWordingsGiveNoReading()
    {
        foreach (var article in new[] { 2, 6 })
        {
            var labels = S.GetArticle(article).Variants.Select(v => v.Label).ToList();
            labels.Should().Contain(["Azerbaijani MFA English", "qadin.net English", "Early unofficial English translation (unconfirmed, low reliability)", "Russian-language reporting (Interfax.az via massa.az)"]);
        }

        S.GetArticle(2).Variants.Select(v => v.Label).Should().Contain("nouvelhay.com French");
        // "до" reads as either "by" or "before"; "from" is no deadline: those renderings carry no reading.
        S.Articles.SelectMany(a => a.Variants).Where(v => v.Label.StartsWith("Russian-language", StringComparison.Ordinal) || v.Label.StartsWith("Early unofficial", StringComparison.Ordinal))
            .Should().OnlyContain(v => v.DeadlineReadings.IsEmpty);
        S.GetArticle(2).Variants.Single(v => v.Label == "qadin.net English").Sources.Should().Contain(c => c.Source.StartsWith("https://qadin.net/", StringComparison.Ordinal));
    }

    [Fact]
    public void GazakhRenderings_NameTheGazakhPlace_AndTheRussianOriginalIsNotReconstructed()
    {
        S.FindPlaces("Gazakh").Should().ContainSingle();
        S.GetArticle(2).Variants.Where(v => v.Text.Contains("Gazakh", StringComparison.Ordinal)).Select(v => v.Label)
            .Should().BeEquivalentTo(["qadin.net English", "nouvelhay.com French"]);
        // No stored public copy of the Russian original was found: no variant claims to be it.
        S.Articles.SelectMany(a => a.Variants).Should().NotContain(v => v.Label.Contains("authoritative", StringComparison.OrdinalIgnoreCase));
    }

    // ---- one test per encoding correction ----

    [Fact]
    public void BrusselsRailAgreement_BearsOnUnblocking_StatedByTheEuropeanCouncilPresidentAndConfirmedByBothLeaders()
    {
        var brussels = T.Claims.Where(c => c.Date == ClaimDate.On(new LocalDate(2021, 12, 15))).ToList();

        brussels.Should().Contain(c => c.Concerns("a9-unblock-links") && c.Kind == ClaimKind.PartlyPerformed && c.Claimant.Name.Contains("Charles Michel", StringComparison.Ordinal));
        brussels.Should().Contain(c => c.Concerns("a9-unblock-links") && c.Claimant.CountsFor == "ARM");
        brussels.Should().Contain(c => c.Concerns("a9-unblock-links") && c.Claimant.CountsFor == "AZE");
        brussels.Should().NotContain(c => c.Claimant.Name.StartsWith("Encyclopedia", StringComparison.Ordinal));
        brussels.Should().OnlyContain(c => c.KnownOn == new LocalDate(2021, 12, 15));
    }

    [Fact]
    public void Deployment_ArmenianSideStatements_AreEncoded_SoTheArmenianViewIsNotPendingForYears()
    {
        var armenian = T.ClaimsAbout("a3-peacekeeper-deployment").Where(c => c.Claimant.CountsFor == "ARM").ToList();

        armenian.Should().Contain(c => c.Kind == ClaimKind.PartlyPerformed && c.KnownOn == new LocalDate(2020, 12, 13));
        armenian.Should().Contain(c => Cites(c, "Stepanakert airport") && c.PlaceIds.Contains("stepanakert"));
        S.Evaluate(T, EndOf(2021, 1, 1), Perspective.OnlyAssertedBy("ARM"))["a3-peacekeeper-deployment"].Status
            .Should().Be(ObligationStatus.PartiallyFulfilled);
    }

    [Fact]
    public void BreachAllegations_AreEncodedWhoeverTheyAccuse_IncludingRussia()
    {
        var accused = T.Claims.Where(IsBreach).Select(c => c.ActorId).ToList();

        accused.Should().Contain(["AZE", "ARM", "RUS"]);
        T.Claims.Where(c => IsBreach(c) && c.ActorId == "RUS").Should().OnlyContain(c => c.Claimant.CountsFor == "ARM");
        T.Claims.Should().Contain(c => IsBreach(c) && Cites(c, "where are the peacekeepers"));
        T.Claims.Should().Contain(c => IsBreach(c) && c.ActorId == "ARM" && c.Claimant.CountsFor == "AZE" && Cites(c, "mine maps"));
        T.Claims.Should().Contain(c => IsBreach(c) && c.ActorId == "AZE" && Cites(c, "systematic threats and harassment"));
        S.Evaluate(T, EndOf(2024, 11, 30), Perspective.OnlyAssertedBy("ARM"))["a4-peacekeeping-term"].Breaches
            .Should().Contain(b => b.BreachingActorId == "RUS");
    }

    [Fact]
    public void ControlCentre_BothReadingsAreEncoded_AndWasStartedIsNotACompletedPerformance()
    {
        var claims = T.ClaimsAbout("a5-ceasefire-control-center").ToList();

        var avim = claims.Should().ContainSingle(c => Cites(c, "was started with the opening of Turkish-Russian joint monitoring center")).Subject;
        avim.Kind.Should().Be(ClaimKind.PartlyPerformed);
        avim.KnownOn.Should().Be(new LocalDate(2021, 1, 30));
        claims.Should().Contain(c => Cites(c, "the command of the Russian peacekeeping forces was to be stationed in Stepanakert") && c.Summary.Contains("reading", StringComparison.Ordinal));
    }

    [Fact]
    public void PrisonerExchange_CallsAreNotBreachFindings_AndTheDetaineesStatusIsAScopeDispute()
    {
        var claims = T.ClaimsAbout("a8-prisoner-exchange").ToList();

        claims.Should().NotContain(c => IsBreach(c) && (c.Claimant.Name == "European Parliament" || c.Claimant.Name.StartsWith("U.S. House", StringComparison.Ordinal)));
        var azerbaijan = claims.Should().ContainSingle(c => c.Kind == ClaimKind.Denied && c.Claimant.CountsFor == "AZE" && Cites(c, "not POWs")).Subject;
        azerbaijan.Summary.Should().Contain("scope dispute");
        claims.Should().Contain(c => c.Kind == ClaimKind.Denied && c.Claimant.Name.StartsWith("U.S. House", StringComparison.Ordinal) && c.Contradicts.Contains(azerbaijan.Id));
    }

    [Fact]
    public void CorridorVillages2022_NoPeacekeeperObligationBreachByAzerbaijan_AndTheCounterAccountIsEncoded()
    {
        var villages = T.Claims.Where(c => c.PlaceIds.Contains("aghavno")).ToList();
        var peacekeepers = S.Obligations.Where(o => o.Obligors.Contains("RUS-PKF")).Select(o => o.Id).ToHashSet(StringComparer.Ordinal);

        villages.Where(c => IsBreach(c) && c.ActorId == "AZE" && c.ObligationIds.Any(peacekeepers.Contains)).Should().BeEmpty();
        var allegation = villages.Should().ContainSingle(c => IsBreach(c)).Subject;
        allegation.ObligationIds.Should().Equal("a6-new-route-plan");
        villages.Should().Contain(c => c.Kind == ClaimKind.Denied && c.Claimant.ActorId == "NK" && c.Contradicts.Contains(allegation.Id));
    }

    [Fact]
    public void NewCommunicationsCondition_IsNotMetByTheWashingtonDeclarationOrTheRouteFramework()
    {
        var conditionClaims = T.ClaimsAbout("a9-new-communications").ToList();

        conditionClaims.Should().NotContain(c => c.Date.First.Year >= 2025);
        conditionClaims.Should().NotContain(c => c.Sources.Any(s => s.Source.Contains("caliber.az", StringComparison.Ordinal) || s.Source.Contains("mediamax", StringComparison.Ordinal)));
        T.Claims.Where(c => c.Sources.Any(s => s.Source.Contains("state-department-releases", StringComparison.Ordinal)))
            .Should().OnlyContain(c => c.Kind != ClaimKind.ConditionMet);
    }

    [Fact]
    public void ArmedForcesWithdrawal_AnAnnouncementOfFutureCompletionIsNotAPerformance()
        => T.ClaimsAbout("a4-armed-forces-withdrawal")
            .Where(c => (c.Kind == ClaimKind.Performed || c.Kind == ClaimKind.PartlyPerformed) && Cites(c, "would be completed by September"))
            .Should().BeEmpty();

    [Fact]
    public void Ceasefire_TheSeptember2022IncursionIntoArmeniaIsNotAPoint1Breach()
        => T.Claims.Where(c => c.Concerns("a1-ceasefire") || c.Concerns("a1-hold-positions"))
            .Should().NotContain(c => c.Date.First.Year == 2022 && c.Date.First.Month == 9)
            .And.NotContain(c => Cites(c, "Incursion"));

    [Fact]
    public void AsKnownOn26November2020_KnowsTheKelbajarExtensionAndHandover()
    {
        var report = S.Evaluate(T, EndOf(2020, 11, 26), Perspective.AllClaims.AsKnownOn(new LocalDate(2020, 11, 26)));
        var kelbajar = report["a6-kelbajar-return"];

        kelbajar.Status.Should().Be(ObligationStatus.Fulfilled);
        kelbajar.DueInstant.Should().Be(Instant.FromUtc(2020, 11, 25, 21, 0));
        kelbajar.Explanation.ClaimsUsed.Should().Contain(u => u.Role == ClaimRole.Extension);
    }

    [Fact]
    public void KnownOn_SeedOnesFootnotesGiveTheEarliestDates()
    {
        Claim("c-a8-june-2021-release-15-seed001").KnownOn.Should().Be(new LocalDate(2021, 6, 12));
        Claim("c-a2-aghdam-handover-seed001").KnownOn.Should().Be(new LocalDate(2020, 11, 20));
        Claim("c-a6-kelbajar-extension-seed001").KnownOn.Should().Be(new LocalDate(2020, 11, 15));
        Claim("c-a6-kelbajar-handover-seed001").KnownOn.Should().Be(new LocalDate(2020, 11, 25));
    }

    [Fact]
    public void ArmenianPrimeMinistersOctober2024Remarks_ArePositionsOnTheStatement()
    {
        var positions = T.Claims.Where(c => c.IsAboutStatement && c.Kind == ClaimKind.InForceAffirmed && c.Claimant.CountsFor == "ARM").ToList();

        positions.Should().Contain(c => c.Date == ClaimDate.On(new LocalDate(2024, 10, 8)) && Cites(c, "our obligation"));
        positions.Should().Contain(c => c.Date == ClaimDate.On(new LocalDate(2024, 10, 12)) && Cites(c, "consists of nine points"));
    }

    [Fact]
    public void PositionsOnPoint9AndOtherSeedPositions_AreEncoded()
    {
        T.Claims.Should().Contain(c => c.Claimant.CountsFor == "AZE" && c.Date == ClaimDate.On(new LocalDate(2024, 1, 10)));
        T.Claims.Should().Contain(c => c.Claimant.CountsFor == "RUS" && Cites(c, "under the control of the Russian FSB Border Service"));
        T.Claims.Should().Contain(c => c.Claimant.CountsFor == "ARM" && Cites(c, "does not specify the physical presence"));
        T.Claims.Should().Contain(c => c.Claimant.CountsFor == "RUS" && c.Date == ClaimDate.On(new LocalDate(2021, 11, 5)));
        T.Claims.Should().Contain(c => c.Claimant.CountsFor == "AZE" && Cites(c, "ecological terror") && c.PlaceIds.Contains("kelbajar"));
        // AVIM's complaint that no return was arranged for displaced Azerbaijanis is a non-performance claim, not progress.
        T.ClaimsAbout("a7-displaced-return").Where(c => Cites(c, "no arrangements have been made yet"))
            .Should().NotBeEmpty().And.OnlyContain(c => c.Kind == ClaimKind.Breached);
    }

    [Fact]
    public void PaX_DatingOn10November_IsExplainedBesideSignedOn9November()
    {
        S.SignedOn.Should().Be(new LocalDate(2020, 11, 9));
        S.Sources.Should().Contain(c => c.Source == "https://pax.peaceagreements.org/agreements/2324"
                                        && c.Locator.Contains("10 November 2020", StringComparison.Ordinal)
                                        && c.Locator.Contains("signed on 9 November 2020", StringComparison.Ordinal));
    }
}
