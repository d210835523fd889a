using System;
using System.IO;
using System.Linq;
using System.Text;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tabular.Tests.Fixtures;

namespace Ceasefire.Domain.Tabular.Tests;

/// <summary>The ACLED and UCDP GED samples under samples/data are synthetic: invented events in exactly those layouts.</summary>
public class EventImportTests
{
    private static EventMapping Mapping(string name) => EventMapping.Parse(File.ReadAllText(Data(name)), name);

    private static EventImportResult Import(string csv, string mapping)
    {
        using var stream = File.OpenRead(Data(csv));
        return EventImport.Read(stream, csv, Mapping(mapping));
    }

    private static EventImportResult ImportText(string csv, string mapping)
        => EventImport.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "events.csv", Mapping(mapping));

    [Fact]
    public void Acled_Sample_BecomesAttributedIncidentClaimsWithTheDatasetsPrecision()
    {
        var result = Import("acled-sample.csv", "acled-mapping.json");
        result.EventsRead.Should().Be(4);
        result.EventsImported.Should().Be(3);
        var timeline = ClaimSet.Merge(S, [result.Claims]);
        var day = timeline.GetClaim("acled-SYN0001");
        day.Kind.Should().Be(ClaimKind.Incident);
        day.ObligationIds.Should().Equal("a1-ceasefire");
        day.Date.Should().Be(ClaimDate.On(new LocalDate(2021, 5, 12)));
        day.ActorId.Should().Be("AZE");
        day.Claimant.Name.Should().Be("ACLED (synthetic sample)");
        day.KnownOn.Should().Be(new LocalDate(2021, 5, 19));
        day.Sources[0].Locator.Should().Contain("event_id_cnty SYN0001").And.Contain("Synthetic Village A, Syunik, Armenia (39.5000, 46.3000)");
        day.Sources[1].Source.Should().Be("Synthetic Wire Service");
        timeline.GetClaim("acled-SYN0002").Date.Should().Be(ClaimDate.Between(new LocalDate(2021, 7, 17), new LocalDate(2021, 7, 23)));
        timeline.GetClaim("acled-SYN0002").ActorId.Should().Be("ARM");
        timeline.GetClaim("acled-SYN0004").Date.Should().Be(ClaimDate.InMonth(2021, 11));
        timeline.TryGetClaim("acled-SYN0003", out _).Should().BeFalse("a protest matches no rule");
    }

    [Fact]
    public void Ucdp_Sample_KeepsGedsDateSpanAndNamesNoInitiator()
    {
        var result = Import("ucdp-sample.csv", "ucdp-mapping.json");
        result.EventsRead.Should().Be(3);
        result.EventsImported.Should().Be(2);
        var timeline = ClaimSet.Merge(S, [result.Claims]);
        timeline.GetClaim("ucdp-900001").Date.Should().Be(ClaimDate.On(new LocalDate(2021, 5, 25)));
        timeline.GetClaim("ucdp-900002").Date.Should().Be(ClaimDate.Between(new LocalDate(2022, 9, 13), new LocalDate(2022, 9, 14)));
        timeline.GetClaim("ucdp-900001").ActorId.Should().BeNull();
        timeline.GetClaim("ucdp-900001").Sources[0].Locator.Should().Contain("id 900001").And.Contain("fatalities 0");
    }

    [Theory]
    [InlineData("acled-sample.csv", "acled-mapping.json", 2021, 5, 12)]
    [InlineData("ucdp-sample.csv", "ucdp-mapping.json", 2021, 5, 25)]
    public void ImportedClaims_ChangeTheCeasefiresStatus(string csv, string mapping, int year, int month, int day)
    {
        var merged = ClaimSet.Merge(S, [ClaimSet.FromTimeline(T, "built-in"), Import(csv, mapping).Claims]);
        var asOf = S.EndOfDay(new LocalDate(year, month, day));
        var before = S.Evaluate(T, asOf)["a1-ceasefire"];
        var after = S.Evaluate(merged, asOf)["a1-ceasefire"];
        before.Status.Should().NotBe(ObligationStatus.Breached);
        after.Status.Should().Be(ObligationStatus.Breached);
        after.Breaches.Length.Should().BeGreaterThan(before.Breaches.Length);
    }

    [Fact]
    public void Read_MissingColumns_SaysItIsNotThatLayout()
    {
        var result = ImportText("id,date\n1,2021-01-01\n", "acled-mapping.json");
        result.Claims.Problems.Should().ContainSingle().Which.Message.Should().Contain("not a ACLED export").And.Contain("event_id_cnty");
    }

    [Fact]
    public void Read_BadValues_AreReportedByRowAndColumn()
    {
        var header = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,admin1,location,latitude,longitude,source,notes,fatalities\n";
        var result = ImportText(header
            + "A1,2021-02-30,1,Battles,,Military Forces of Armenia (2018-),,Armenia,,,39.5,46.3,,,0\n"
            + "A2,2021-05-12,7,Battles,,Military Forces of Armenia (2018-),,Armenia,,,north,46.3,,,0\n", "acled-mapping.json");
        result.Claims.Problems.Select(p => p.Path).Should().BeEquivalentTo("events.csv: row 2, column event_date", "events.csv: row 3, column time_precision", "events.csv: row 3, column latitude");
        FluentActions.Invoking(() => ClaimSet.Merge(S, [result.Claims])).Should().Throw<CeasefireValidationException>().Which.Problems.Should().HaveCount(3);
    }

    [Fact]
    public void Mapping_Problems_AreAllReportedWithTheirPaths()
    {
        var e = FluentActions.Invoking(() => EventMapping.Parse("{\"dataset\": \"gdelt\", \"colour\": 1, \"rules\": [{\"eventTypes\": \"Battles\"}], \"knownAfterDays\": -1}", "map.json"))
            .Should().Throw<CeasefireValidationException>().Which;
        e.Problems.Select(p => p.Path).Should().Contain(["map.json: $.dataset", "map.json: $.colour", "map.json: $.rules[0].obligation", "map.json: $.rules[0].eventTypes", "map.json: $.knownAfterDays"]);
        FluentActions.Invoking(() => EventMapping.Parse("{ not json", "map.json")).Should().Throw<CeasefireValidationException>()
            .Which.Problems.Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.InvalidJson);
    }

    [Fact]
    public void Mapping_UnknownObligationOrActor_IsReportedWhenTheClaimsAreValidated()
    {
        var mapping = EventMapping.Parse("{\"dataset\": \"ucdp\", \"actors\": {\"Government of Armenia\": \"ARMX\"}, \"actedBy\": \"side_a\", \"rules\": [{\"obligation\": \"a99-none\"}]}", "map.json");
        using var stream = File.OpenRead(Data("ucdp-sample.csv"));
        var result = EventImport.Read(stream, "ucdp-sample.csv", mapping);
        var problems = FluentActions.Invoking(() => ClaimSet.Merge(S, [result.Claims])).Should().Throw<CeasefireValidationException>().Which.Problems;
        problems.Should().Contain(p => p.Path.StartsWith("ucdp-sample.csv: row 4, column obligations", StringComparison.Ordinal));
        problems.Should().Contain(p => p.Path.StartsWith("ucdp-sample.csv: row 4, column acted_by", StringComparison.Ordinal));
    }
}

public class CitationTests
{
    [Fact]
    public void CitationCff_CarriesTheVersionAndTheDataVersion()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Ceasefire.Domain.sln")))
        {
            root = root.Parent;
        }

        root.Should().NotBeNull("the tests run inside the repository");
        var citation = File.ReadAllText(Path.Combine(root!.FullName, "CITATION.cff"));
        var props = File.ReadAllText(Path.Combine(root.FullName, "Directory.Build.props"));
        var version = System.Text.RegularExpressions.Regex.Match(props, "<VersionPrefix>(.*)</VersionPrefix>").Groups[1].Value;
        citation.Should().StartWith("cff-version: 1.2.0").And.Contain("version: \"" + version + "\"")
            .And.Contain("data version " + Ceasefire.Domain.Catalog.TrilateralStatement2020.DataVersion);
    }
}
