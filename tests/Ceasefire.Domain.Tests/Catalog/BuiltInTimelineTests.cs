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

public sealed class BuiltInTimelineTests
{
    // The research notes whose listed addresses claims may cite (docs/sources).
    private static readonly string[] ResearchNoteNames = ["timeline-after-2024.md", "addendum-2026-11-30.md"];

    private static Timeline Built => TrilateralStatement2020.Timeline;

    private static Statement BuiltStatement => TrilateralStatement2020.Statement;

    // ---- helpers ----

    private static string SourcePath(string name) => Path.Combine(AppContext.BaseDirectory, "sources", name);

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    // The addresses the sources' README lists (docs/sources/README.md), beside those in the research notes.
    private static IEnumerable<string> SourceConstants()
        => Regex.Matches(File.ReadAllText(SourcePath("README.md")), @"https://[^\s)>`]+").Select(m => m.Value);

    private static bool Linked(Claim a, Claim b) => a.Contradicts.Contains(b.Id) || b.Contradicts.Contains(a.Id);

    private static string? CountsFor(Claim c) => c.Claimant.CountsFor;

    // ---- the timeline itself ----

    [Fact]
    public void Timeline_Build_SucceedsWithClaims()
    {
        var timeline = Built;

        timeline.Claims.Should().NotBeEmpty();
        FluentActions.Invoking(() => timeline.ValidateAgainst(BuiltStatement)).Should().NotThrow();
    }

    [Fact]
    public void Timeline_RepeatedAccess_ReturnsSameInstance()
        => TrilateralStatement2020.Timeline.Should().BeSameAs(TrilateralStatement2020.Timeline);

    [Fact]
    public void Claims_Ids_AreUnique()
        => Built.Claims.Select(c => c.Id).Should().OnlyHaveUniqueItems();

    [Fact]
    public void Claims_KnownOn_NeverPrecedesDate()
        => Built.Claims.Where(c => c.KnownOn < c.Date.First).Select(c => c.Id).Should().BeEmpty();

    [Fact]
    public void Claims_ObligationIds_ExistInStatement()
    {
        var missing = Built.Claims
            .SelectMany(c => c.ObligationIds.Select(id => (c.Id, Obligation: id)))
            .Where(x => !BuiltStatement.TryGetObligation(x.Obligation, out _))
            .ToList();

        missing.Should().BeEmpty();
    }

    [Fact]
    public void Claims_Summaries_AreSingleNonBlankSentences()
        => Built.Claims.Where(c => string.IsNullOrWhiteSpace(c.Summary) || c.Summary.Contains('\n', StringComparison.Ordinal))
            .Select(c => c.Id).Should().BeEmpty();

    // ---- sources ----

    [Fact]
    public void Claims_Sources_AreSeedFilesOrListedUrls()
    {
        var notes = ResearchNoteNames.Select(name => File.ReadAllText(SourcePath(name))).ToList();
        var constants = SourceConstants().ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var claim in Built.Claims)
        {
            claim.Sources.Should().NotBeEmpty();
            foreach (var citation in claim.Sources)
            {
                if (citation.IsUrl)
                {
                    var ok = citation.Source.StartsWith("https://", StringComparison.Ordinal)
                             && (notes.Exists(note => note.Contains(citation.Source, StringComparison.Ordinal)) || constants.Contains(citation.Source));
                    if (!ok)
                    {
                        problems.Add(claim.Id + ": " + citation.Source);
                    }
                }
                else if (!File.Exists(SourcePath(citation.Source)))
                {
                    problems.Add(claim.Id + ": missing file " + citation.Source);
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Claims_SeedLocators_AppearVerbatimInTheirSeed()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var claim in Built.Claims)
        {
            foreach (var citation in claim.Sources.Where(s => !s.IsUrl))
            {
                if (!texts.TryGetValue(citation.Source, out var text))
                {
                    text = Normalise(File.ReadAllText(SourcePath(citation.Source)));
                    texts[citation.Source] = text;
                }

                if (!text.Contains(Normalise(citation.Locator), StringComparison.Ordinal))
                {
                    problems.Add(claim.Id + " / " + citation.Source + ": \"" + citation.Locator + "\"");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    // ---- the Kelbajar extension ----

    [Fact]
    public void KelbajarExtension_RequestedByArmenia_AgreedByAzerbaijan()
    {
        var extensions = Built.ClaimsAbout("a6-kelbajar-return")
            .Where(c => c.Kind == ClaimKind.DeadlineExtended)
            .ToList();

        extensions.Should().Contain(c => c.RequestedBy == "ARM"
                                         && c.AgreedBy.Contains("AZE")
                                         && c.Date == ClaimDate.On(new LocalDate(2020, 11, 15))
                                         && Equals(c.NewDeadline, Deadline.By(new LocalDate(2020, 11, 25))));
    }

    // ---- contradictions ----

    [Fact]
    public void ArmedForcesWithdrawal_ArmenianPerformedClaim_IsContradictedByAzerbaijan()
    {
        var claims = Built.ClaimsAbout("a4-armed-forces-withdrawal");
        var performed = claims.Where(c => c.Kind == ClaimKind.Performed && c.ActorId == "ARM" && CountsFor(c) == "ARM").ToList();
        // Azerbaijan's claims are accusations that Armenian forces remained (a breach by ARM), not bare denials.
        var accusations = claims.Where(c => c.Kind == ClaimKind.Breached && c.ActorId == "ARM" && CountsFor(c) == "AZE").ToList();

        performed.Should().NotBeEmpty();
        accusations.Should().NotBeEmpty();
        performed.Should().OnlyContain(p => accusations.Any(d => d.Contradicts.Contains(p.Id)));
    }

    [Fact]
    public void PrisonerExchange_WhetherDetaineesArePrisonersOfWar_IsContradiction()
    {
        var claims = Built.ClaimsAbout("a8-prisoner-exchange");
        var azerbaijaniDenials = claims.Where(c => c.Kind == ClaimKind.Denied && CountsFor(c) == "AZE").ToList();
        var armenianClaims = claims.Where(c => CountsFor(c) == "ARM" && c.Kind == ClaimKind.Breached).ToList();

        azerbaijaniDenials.Should().Contain(d => d.Summary.Contains("not prisoners of war", StringComparison.Ordinal));
        azerbaijaniDenials.Should().Contain(d => armenianClaims.Any(a => Linked(a, d)));
    }

    [Fact]
    public void PrisonerExchange_June2021Count_SeventeenAndFifteenContradict()
    {
        var june12 = ClaimDate.On(new LocalDate(2021, 6, 12));
        var claims = Built.ClaimsAbout("a8-prisoner-exchange")
            .Where(c => c.Kind == ClaimKind.PartlyPerformed && c.Date == june12)
            .ToList();

        var seventeen = claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value == 17).Which;
        var fifteen = claims.Should().ContainSingle(c => c.Quantity != null && c.Quantity.Value == 15).Which;
        fifteen.Contradicts.Should().Contain(seventeen.Id);
        seventeen.Sources.Should().OnlyContain(s => s.Source == "001_c37d971bb9393cab.txt");
        fifteen.Sources.Should().OnlyContain(s => s.Source == "001_c37d971bb9393cab.txt");
    }

    [Fact]
    public void Statement_InForceAfterAugust2025_RussianAffirmationsContradictArmenianObsoletePositions()
    {
        // Armenia's Prime Minister's remarks are positions that the text no longer applies, not terminations.
        Built.Claims.Should().NotContain(c => c.IsAboutStatement && c.Kind == ClaimKind.Terminated);
        var lapses = Built.Claims
            .Where(c => c.IsAboutStatement && c.Kind == ClaimKind.ObsoleteAsserted && CountsFor(c) == "ARM")
            .ToList();
        var affirmations = Built.Claims
            .Where(c => c.IsAboutStatement && c.Kind == ClaimKind.InForceAffirmed && CountsFor(c) == "RUS"
                        && c.Date.First >= new LocalDate(2025, 8, 1))
            .ToList();

        lapses.Should().HaveCountGreaterThanOrEqualTo(2);
        affirmations.Should().HaveCountGreaterThanOrEqualTo(2);
        lapses.Should().OnlyContain(l => affirmations.Any(a => Linked(a, l)));
        affirmations.Should().OnlyContain(a => lapses.Any(l => Linked(a, l)));
    }

    [Fact]
    public void Claims_Contradicts_ReferToExistingOtherClaims()
    {
        var ids = Built.Claims.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Built.Claims.SelectMany(c => c.Contradicts.Select(id => (c.Id, Other: id)))
            .Where(x => !ids.Contains(x.Other) || x.Other == x.Id)
            .Should().BeEmpty();
    }

    // ---- a few anchors ----

    [Fact]
    public void PeacekeepingTerm_2024Withdrawal_IsEarlyWithdrawal()
        => Built.ClaimsAbout("a4-peacekeeping-term")
            .Should().Contain(c => c.Kind == ClaimKind.Terminated && c.Reason == TerminationReason.EarlyWithdrawal
                                   && c.Date == ClaimDate.On(new LocalDate(2024, 6, 12)));

    [Fact]
    public void Ceasefire_September2023Offensive_IsDatedToTheInstant()
    {
        var offensive = Built.ClaimsAbout("a1-ceasefire")
            .Should().ContainSingle(c => c.Kind == ClaimKind.Breached && c.Date.Precision == DatePrecision.Instant).Which;

        offensive.Date.Instant.Should().Be(Instant.FromUtc(2023, 9, 19, 9, 0));
        offensive.End.Should().Be(ClaimDate.At(Instant.FromUtc(2023, 9, 20, 9, 0)));
    }
}
