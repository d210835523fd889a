using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Catalog;

/// <summary>The built-in instruments linked to the 2020 statement: they load, link, evaluate, and every datum is sourced.</summary>
public sealed class InstrumentsTests
{
    private const string Founding = "trilateral-2020-11-09";
    private const string January2021 = "trilateral-2021-01-11";
    private const string Sochi = "sochi-2021-11-26";
    private const string Local2023 = "local-arrangement-2023-09-20";
    private const string Washington = "washington-2025-08-08";

    private static readonly string[] LinkedIds = [January2021, Sochi, Local2023, Washington];

    private static InstrumentSet Set => TrilateralStatement2020.Instruments;

    private static IEnumerable<Instrument> Linked => Set.Instruments.Skip(1);

    // ---- helpers ----

    private static string SourcePath(string name) => Path.Combine(AppContext.BaseDirectory, "sources", name);

    private static string Normalise(string text) => Regex.Replace(text, @"\s+", " ").Trim();

    private static string[] SourceFiles() => Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "sources"));

    private static Instant Moscow(int year, int month, int day, int hour = 12)
        => new LocalDateTime(year, month, day, hour, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Moscow"]).ToInstant();

    private static ObligationAssessment Assess(string statementId, string obligationId, Instant asOf, string? reading = null, Perspective? perspective = null)
    {
        var instrument = Set[statementId];
        return instrument.Statement.WithReading(reading).Evaluate(instrument.Timeline, asOf, perspective)[obligationId];
    }

    // Every citation of a linked instrument: its statement's, its articles' variants', its links' and its claims'.
    private static IEnumerable<(string Where, Citation Citation)> Citations(Instrument instrument)
    {
        var id = instrument.Statement.Id!;
        foreach (var c in instrument.Statement.Sources)
        {
            yield return (id, c);
        }

        foreach (var variant in instrument.Statement.Articles.SelectMany(a => a.Variants))
        {
            foreach (var c in variant.Sources)
            {
                yield return (id + " variant " + variant.Label, c);
            }
        }

        foreach (var link in instrument.Statement.Links)
        {
            foreach (var c in link.Sources)
            {
                yield return (id + " " + link, c);
            }
        }

        foreach (var claim in instrument.Timeline.Claims)
        {
            foreach (var c in claim.Sources)
            {
                yield return (id + " " + claim.Id, c);
            }
        }
    }

    // ---- the set ----

    [Fact]
    public void Instruments_Load_FoundingStatementFirstThenLinkedInDateOrder()
    {
        var set = Set;

        set.Instruments.Select(i => i.Statement.Id).Should().Equal(Founding, January2021, Sochi, Local2023, Washington);
        set.Instruments[0].Statement.Should().BeSameAs(TrilateralStatement2020.Statement);
        set.Instruments[0].Timeline.Should().BeSameAs(TrilateralStatement2020.Timeline);
        set.Instruments.Select(i => i.Statement.SignedOn).Should().BeInAscendingOrder();
        TrilateralStatement2020.Instruments.Should().BeSameAs(set);
    }

    [Fact]
    public void Instruments_DataFiles_AreEmbeddedAndTimelinesFitTheirStatements()
    {
        foreach (var id in LinkedIds)
        {
            BuiltInData.FileNames.Should().Contain([id + ".statement.json", id + ".timeline.json"]);
            var instrument = Set[id];
            instrument.Timeline.IsFor(instrument.Statement).Should().BeTrue(id);
            FluentActions.Invoking(() => instrument.Timeline.ValidateAgainst(instrument.Statement)).Should().NotThrow();
        }
    }

    [Fact]
    public void Links_EveryTargetExists_AndEveryLinkedInstrumentLinksToThe2020Statement()
    {
        // Create checks every link's target statement and article; doing it again on the loaded instruments must pass.
        FluentActions.Invoking(() => InstrumentSet.Create(Set.Instruments)).Should().NotThrow();

        foreach (var instrument in Linked)
        {
            instrument.Statement.Links.Should().Contain(l => l.TargetStatementId == Founding, instrument.Statement.Id);
            foreach (var link in instrument.Statement.Links)
            {
                link.Note.Should().NotBeNullOrWhiteSpace();
                link.Sources.Should().NotBeEmpty();
                if (link.FromArticle is { } from)
                {
                    instrument.Statement.Articles.Should().Contain(a => a.Number == from, link.ToString());
                }
            }
        }

        Set[Founding].Statement.Links.Should().BeEmpty("the founding statement links to nothing");
    }

    [Fact]
    public void LinksTo_Point9_ListsTheJanuary2021StatementAsImplementingIt()
    {
        var links = Set.LinksTo(Founding, 9);

        links.Should().Contain(l => l.From.Statement.Id == January2021 && l.Link.Kind == LinkKind.Implements && l.Link.FromArticle == 1);
        links.Select(l => l.From.Statement.Id).Distinct().Should().BeEquivalentTo([January2021, Sochi, Washington]);
        links.Where(l => l.From.Statement.Id == Washington).Select(l => l.Link.Kind).Should().OnlyContain(k => k == LinkKind.BearsOn,
            "the sources place the Washington declaration outside point 9, so it neither implements nor reaffirms it");
    }

    [Fact]
    public void Links_NoneIsASupersession_AndSochiReaffirmsBothEarlierStatements()
    {
        Enum.GetNames<LinkKind>().Should().NotContain(n => n.Contains("Supersede", StringComparison.OrdinalIgnoreCase));
        Set.LinksTo(Founding).Where(l => l.From.Statement.Id == Sochi && l.Link.Kind == LinkKind.Reaffirms)
            .Should().ContainSingle().Which.Link.TargetArticle.Should().BeNull();
        Set.LinksTo(January2021).Where(l => l.From.Statement.Id == Sochi).Select(l => l.Link.Kind)
            .Should().Contain(LinkKind.Reaffirms);
    }

    [Fact]
    public void Instruments_RoundTripThroughThePublicJsonFormat_WithLinkKindsByName()
    {
        foreach (var instrument in Linked)
        {
            var json = CeasefireJson.Serialize(instrument.Statement);

            json.Should().MatchRegex("\"kind\": \"(Implements|Elaborates|Reaffirms|BearsOn)\"", instrument.Statement.Id);
            var read = CeasefireJson.ReadStatement(json);
            read.Should().Be(instrument.Statement);
            read.Links.Should().Equal(instrument.Statement.Links);
            CeasefireJson.ReadTimeline(CeasefireJson.Serialize(instrument.Timeline), read).Claims.Should().Equal(instrument.Timeline.Claims);
        }
    }

    // ---- the statement of 11 January 2021: its dated steps ----

    [Fact]
    public void January2021_Deadlines_UseTheWordingOfEachRendering()
    {
        var statement = Set[January2021].Statement;
        statement.ReadingLabels.Should().Contain("Aravot English");

        statement.GetObligation("j2-first-meeting").Deadline.Should().Be(Deadline.Before(new LocalDate(2021, 1, 30)));
        statement.GetObligation("j4-list-and-timetable").Deadline.Should().Be(Deadline.Before(new LocalDate(2021, 3, 1)));
        statement.GetObligation("j3-subgroup-project-lists").Deadline.Should().Be(Deadline.Within(Period.FromMonths(1), DeadlineAnchor.ConditionMet));

        var aravot = statement.WithReading("Aravot English");
        aravot.GetObligation("j2-first-meeting").Deadline.Should().Be(Deadline.By(new LocalDate(2021, 1, 30)));
        aravot.GetObligation("j4-list-and-timetable").Deadline.Should().Be(Deadline.By(new LocalDate(2021, 3, 1)));
        aravot.GetObligation("j3-subgroup-project-lists").Deadline.Should().Be(Deadline.Within(Period.FromMonths(1), DeadlineAnchor.ConditionMet));
    }

    [Fact]
    public void January2021_FirstMeeting_StatusRestsOnTheMeetingReport_AndTheRenderingDecidesItsTimeliness()
    {
        var asOf = Moscow(2021, 2, 15);

        var before = Assess(January2021, "j2-first-meeting", asOf);
        var by = Assess(January2021, "j2-first-meeting", asOf, "Aravot English");

        before.Status.Should().Be(ObligationStatus.FulfilledLate, "a meeting on 30 January is not before 30 January");
        by.Status.Should().Be(ObligationStatus.Fulfilled, "a meeting on 30 January is by 30 January");
        before.Explanation.ClaimsUsed.Select(u => u.Claim.Id).Should().Contain("c-j2-first-meeting-massispost");
        by.Explanation.ClaimsUsed.Select(u => u.Claim.Id).Should().Contain("c-j2-first-meeting-massispost");
    }

    [Fact]
    public void January2021_FirstMeeting_BeforeTheReportWasKnown_IsNoInformation()
    {
        var asOf = Moscow(2021, 1, 31, 6);
        var knownOn30 = Perspective.AllClaims.AsKnownOn(new LocalDate(2021, 1, 30));

        Assess(January2021, "j2-first-meeting", asOf, perspective: knownOn30).Status.Should().Be(ObligationStatus.NoInformation);
        Assess(January2021, "j2-first-meeting", Moscow(2021, 1, 20)).Status.Should().Be(ObligationStatus.Pending);
    }

    [Fact]
    public void January2021_SubgroupLists_RunOneMonthFromTheFirstMeeting()
    {
        Assess(January2021, "j3-subgroup-project-lists", Moscow(2021, 1, 20)).Status.Should().Be(ObligationStatus.AwaitingCondition);

        var pending = Assess(January2021, "j3-subgroup-project-lists", Moscow(2021, 2, 15));
        pending.Status.Should().Be(ObligationStatus.Pending);
        // One month from the meeting day (30 January; 30 February does not exist): the start of 28 February, Moscow time.
        pending.DueInstant.Should().Be(Moscow(2021, 2, 28, 0));

        Assess(January2021, "j3-subgroup-project-lists", Moscow(2021, 3, 15)).Status
            .Should().Be(ObligationStatus.NoInformation, "no source records whether the lists were submitted");
    }

    [Fact]
    public void January2021_ListAndTimetable_IsNoInformationAfter1March_NotBreached()
    {
        Assess(January2021, "j4-list-and-timetable", Moscow(2021, 2, 15)).Status.Should().Be(ObligationStatus.Pending);
        Assess(January2021, "j4-list-and-timetable", Moscow(2021, 3, 15)).Status.Should().Be(ObligationStatus.NoInformation);
        Assess(January2021, "j4-list-and-timetable", Moscow(2021, 3, 15), "Aravot English").Status.Should().Be(ObligationStatus.NoInformation);
        Set[January2021].Timeline.ClaimsAbout("j4-list-and-timetable").Should().BeEmpty();
    }

    // ---- the later instruments ----

    [Fact]
    public void Evaluate_TheWholeSet_ReportsEachInstrumentInOrder()
    {
        var asOf = Instant.FromUtc(2026, 2, 1, 0, 0);

        var reports = Set.Evaluate(asOf);

        reports.Select(r => r.Statement.Id).Should().Equal(Set.Instruments.Select(i => i.Statement.Id));
        reports[4]["w4-tripp-framework"].Status.Should().Be(ObligationStatus.Fulfilled);
        reports[3]["l4-dissolution"].Status.Should().Be(ObligationStatus.PartiallyFulfilled);
        reports[2]["s4-border-commission"].Status.Should().Be(ObligationStatus.NoInformation, "no source records the commission's progress");
        reports[1]["j2-first-meeting"].Status.Should().Be(ObligationStatus.FulfilledLate);
    }

    [Fact]
    public void LocalArrangement_WithdrawalHasNoNamedObligor_AndWashingtonOwesOnlyTheTrippFramework()
    {
        var local = Set[Local2023].Statement;
        local.GetObligation("l2-withdraw-remaining-forces").ObligorUnnamed.Should().BeTrue();
        local.Actors.Should().NotContain(a => a.Id == "ARM", "Armenia is not a party to the local arrangement in any source");

        var washington = Set[Washington].Statement;
        washington.Obligations.Select(o => o.Id).Should().Equal("w4-tripp-framework");
        washington.GetObligation("w4-tripp-framework").Obligors.Should().Equal("ARM");
    }

    // ---- data lint ----

    [Fact]
    public void Lint_EveryClaimAndLinkHasASource_AndEveryAddressIsListedInTheResearchNotesOrReadme()
    {
        // A claim's sources are seed files or research notes in docs/sources, or addresses those notes or the README list;
        // every link also cites at least one address, so that the relation can be checked against the text itself.
        var texts = SourceFiles().Where(f => f.EndsWith(".md", StringComparison.Ordinal)).Select(File.ReadAllText).ToList();
        var problems = new List<string>();
        foreach (var instrument in Linked)
        {
            problems.AddRange(instrument.Timeline.Claims.Where(c => c.Sources.IsEmpty).Select(c => c.Id + ": no source"));
            problems.AddRange(instrument.Statement.Links.Where(l => l.Sources.IsEmpty).Select(l => l + ": no source"));
            problems.AddRange(instrument.Statement.Links.Where(l => !l.Sources.Any(s => s.IsUrl)).Select(l => l + ": no address"));
            foreach (var (where, citation) in Citations(instrument))
            {
                if (citation.IsUrl)
                {
                    if (!citation.Source.StartsWith("https://", StringComparison.Ordinal) || !texts.Exists(t => t.Contains(citation.Source, StringComparison.Ordinal)))
                    {
                        problems.Add(where + ": unlisted address " + citation.Source);
                    }
                }
                else if (!File.Exists(SourcePath(citation.Source)))
                {
                    problems.Add(where + ": missing file " + citation.Source);
                }
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Lint_EveryNewAddressIsInTheSourcesReadme()
    {
        var readme = File.ReadAllText(SourcePath("README.md"));

        var missing = Linked.SelectMany(Citations).Select(x => x.Citation).Where(c => c.IsUrl).Select(c => c.Source).Distinct()
            .Where(url => !readme.Contains(url, StringComparison.Ordinal)).ToList();

        missing.Should().BeEmpty("each address the linked instruments cite has a line with its description and reliability");
    }

    [Fact]
    public void Lint_SeedLocatorsAreVerbatim_AndNoteLocatorsQuoteTheNote()
    {
        var problems = new List<string>();
        foreach (var (where, citation) in Linked.SelectMany(Citations).Where(x => !x.Citation.IsUrl))
        {
            var text = Normalise(File.ReadAllText(SourcePath(citation.Source)));
            if (citation.Source.EndsWith(".txt", StringComparison.Ordinal))
            {
                if (!text.Contains(Normalise(citation.Locator), StringComparison.Ordinal))
                {
                    problems.Add(where + " / " + citation.Source + ": \"" + citation.Locator + "\"");
                }
            }
            else
            {
                // A research note is cited by section; whatever the locator quotes must be in the note word for word.
                problems.AddRange(Regex.Matches(citation.Locator, "\"([^\"]+)\"").Select(m => m.Groups[1].Value)
                    .Where(quote => !text.Contains(Normalise(quote), StringComparison.Ordinal))
                    .Select(quote => where + " / " + citation.Source + ": \"" + quote + "\""));
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Lint_EveryObligationBasisIsQuotedWordForWordFromTheSources()
    {
        var corpus = SourceFiles().Select(f => Normalise(File.ReadAllText(f))).ToList();

        var unquoted = Linked.SelectMany(i => i.Statement.Obligations)
            .Where(o => !corpus.Exists(text => text.Contains(Normalise(o.Basis), StringComparison.Ordinal)))
            .Select(o => o.Id + ": " + o.Basis).ToList();

        unquoted.Should().BeEmpty("a basis quotes a source's text or paraphrase, never the catalog's own words");
    }

    [Fact]
    public void Lint_ClaimsHaveClaimants_AndKnownOnIsNotBeforeTheEvent()
    {
        foreach (var claim in Linked.SelectMany(i => i.Timeline.Claims))
        {
            claim.Claimant.Name.Should().NotBeNullOrWhiteSpace(claim.Id);
            claim.KnownOn.Should().BeGreaterThanOrEqualTo(claim.Date.First, claim.Id);
            claim.Summary.Should().NotBeNullOrWhiteSpace(claim.Id);
        }

        Linked.SelectMany(i => i.Timeline.Claims).Select(c => c.Id)
            .Concat(TrilateralStatement2020.Timeline.Claims.Select(c => c.Id)).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Lint_DescribedInstruments_SayTheyAreParaphrases()
    {
        foreach (var article in Linked.SelectMany(i => i.Statement.Articles))
        {
            article.Text.Should().MatchRegex("^(Paraphrase|Described, not quoted)", "no linked instrument's text is reproduced");
        }

        foreach (var obligation in Linked.SelectMany(i => i.Statement.Obligations))
        {
            obligation.Description.Should().Contain("Paraphrase", obligation.Id);
        }
    }
}
