using System;
using System.IO;
using System.Linq;
using Ceasefire.Domain.Catalog;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tabular.Tests.Fixtures;

namespace Ceasefire.Domain.Tabular.Tests;

public class ClaimsCsvTests
{
    private static CeasefireValidationException Fails(string csv, params ClaimSet[] before)
        => FluentActions.Invoking(() => ClaimSet.Merge(S, [.. before, ClaimsCsv.Read(csv, "my.csv")])).Should().Throw<CeasefireValidationException>().Which;

    [Fact]
    public void Write_ThenRead_BuiltInTimeline_GivesAnEqualTimeline()
    {
        var csv = ClaimsCsv.Write(T);
        var back = ClaimsCsv.ReadTimeline(csv, S);
        back.Claims.Should().HaveCount(T.Claims.Length);
        back.Should().Be(T);
        back.Claims.Select(c => c.Id).Should().Equal(T.Claims.Select(c => c.Id));
    }

    [Fact]
    public void Write_ThenRead_EveryDateFormAndDeadline_RoundTrips()
    {
        var timeline = Timeline.CreateBuilder(S)
            .Claim("instant", c => c.Incident("a1-ceasefire").At(Instant.FromUtc(2021, 5, 12, 3, 30, 15)).AssertedBy("Someone, with a comma", "ARM", "ARM").Source("https://example.org/a?x=1", "\"quoted\", with\nnewline").KnownOn(new LocalDate(2021, 5, 13)).Saying("Ünïcödé summary — with a dash."))
            .Claim("month", c => c.Incident("a1-ceasefire").InMonth(2021, 6).AssertedBy("X").Source("s", "l").Source("s2", "l2").KnownOn(new LocalDate(2021, 7, 1)).Saying("m"))
            .Claim("year", c => c.Incident("a1-ceasefire").InYear(2022).AssertedBy("X").Source("s", "l").KnownOn(new LocalDate(2023, 1, 1)).Saying("y"))
            .Claim("throughout", c => c.ComplianceAttested("a1-ceasefire").Throughout(new LocalDate(2021, 1, 1), new LocalDate(2021, 1, 31)).AssertedBy("X").Source("s", "l").KnownOn(new LocalDate(2021, 2, 1)).Saying("t"))
            .Claim("breach", c => c.Breached("a1-hold-positions").ActedBy("AZE").Between(new LocalDate(2022, 3, 1), new LocalDate(2022, 3, 5)).Until(ClaimDate.On(new LocalDate(2022, 3, 20))).AssertedBy("X").Source("s", "l").KnownOn(new LocalDate(2022, 3, 21)).Saying("b").Contradicts("year"))
            .Claim("extended", c => c.DeadlineExtended("a6-kelbajar-return", Deadline.By(new LocalDate(2020, 11, 25))).On(new LocalDate(2020, 11, 15)).RequestedBy("AZE").AgreedBy("ARM").AssertedBy("X").Source("s", "l").KnownOn(new LocalDate(2020, 11, 15)).Saying("e"))
            .Claim("partly", c => c.PartlyPerformed("a8-prisoner-exchange", new Quantity(12.5m, "persons")).On(new LocalDate(2021, 6, 12)).AssertedBy("X").Source("s", "l").KnownOn(new LocalDate(2021, 6, 12)).Saying("p"))
            .Claim("ended", c => c.Terminated(TerminationReason.EarlyWithdrawal, "a4-peacekeeping-term").On(new LocalDate(2024, 4, 17)).AssertedBy("X").Source("s", "l").KnownOn(new LocalDate(2024, 4, 17)).Saying("x"))
            .Build();
        var csv = ClaimsCsv.Write(timeline);
        csv.Should().Contain("source_2,locator_2");
        ClaimsCsv.ReadTimeline(csv, S).Should().Be(timeline);
    }

    [Fact]
    public void Read_ProblemsInSeveralRows_ReportsEveryOneAtOnceByRowAndColumn()
    {
        var csv = Header + "\n"
            + "ok,Incident,a1-ceasefire,2021-05-12,,,,AZE,Someone,,,2021-05-13,Fine.,src,loc\n"
            + "bad-date,Incident,a1-ceasefire,2021-13-40,,,,,Someone,,,2021-05-13,Bad date.,src,loc\n"
            + "bad-kind,Exploded,a1-ceasefire,2021-05-12,,,,,Someone,,,2021-05-13,Bad kind.,src,loc\n"
            + "bad-obligation,Incident,a99-nothing,2021-05-12,,,,,Someone,,,2021-05-13,Unknown obligation.,src,loc\n"
            + "no-known-on,Incident,a1-ceasefire,2021-05-12,,,,,Someone,,,,No known_on.,src,loc\n"
            + "bad-precision,Incident,a1-ceasefire,2021-05,Day,,,,Someone,,,2021-06-13,Wrong precision.,src,loc\n";
        var e = Fails(csv);
        var paths = e.Problems.Select(p => p.Path).ToList();
        paths.Should().Contain("my.csv: row 3, column date");
        paths.Should().Contain("my.csv: row 4, column kind");
        paths.Should().Contain(p => p.StartsWith("my.csv: row 5, column obligations", StringComparison.Ordinal));
        paths.Should().Contain("my.csv: row 6, column known_on");
        paths.Should().Contain("my.csv: row 7, column precision");
        paths.Should().NotContain(p => p.Contains("row 2,", StringComparison.Ordinal));
        e.Problems.Single(p => p.Path == "my.csv: row 3, column date").Line.Should().Be(3);
        e.Problems.Single(p => p.Path == "my.csv: row 4, column kind").Message.Should().Contain("Exploded");
    }

    [Fact]
    public void Read_HeaderProblems_AreReportedTogether()
    {
        var e = Fails("id,kind,obligations,colour,date\nx,Incident,a1-ceasefire,red,2021-01-01\n");
        e.Problems.Select(p => p.Message).Should().Contain(m => m.Contains("unknown column 'colour'", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("'known_on' is missing", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("'claimant' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EmptyFile_IsAProblemNotAnEmptyTimeline()
        => Fails(string.Empty).Problems.Should().ContainSingle().Which.Message.Should().Contain("empty");

    [Fact]
    public void Read_UnclosedQuote_IsReportedAsMalformed()
        => Fails(Header + "\nx,Incident,a1-ceasefire,2021-05-12,,,,,\"Someone,,,2021-05-13,s,src,loc\n")
            .Problems.Should().Contain(p => p.Message.Contains("malformed CSV", StringComparison.Ordinal));

    [Fact]
    public void Merge_SameIdInTwoInputs_NamesBothPlaces()
    {
        var row = "c-dup,Incident,a1-ceasefire,2021-05-12,,,,,Someone,,,2021-05-13,s,src,loc";
        var e = FluentActions.Invoking(() => ClaimSet.Merge(S, [ClaimsCsv.Read(Header + "\n" + row + "\n", "a.csv"), ClaimsCsv.Read(Header + "\n" + row + "\n", "b.csv")]))
            .Should().Throw<CeasefireValidationException>().Which;
        var problem = e.Problems.Should().ContainSingle(p => p.Code == ValidationCodes.DuplicateId).Which;
        problem.Path.Should().Be("b.csv: row 2");
        problem.Message.Should().Contain("a.csv: row 2");
    }

    [Fact]
    public void Merge_ClaimContradictingABuiltInClaim_IsAcceptedWithTheBuiltInTimeline()
    {
        var target = T.Claims.First(c => c.Kind == ClaimKind.Performed);
        var csv = Header + ",contradicts\nmy-denial,Denied," + string.Join(";", target.ObligationIds) + ",2024-01-01,,,,,Someone,,,2024-01-02,Denies it.,src,loc," + target.Id + "\n";
        var merged = ClaimSet.Merge(S, [ClaimSet.FromTimeline(T, "built-in"), ClaimsCsv.Read(csv, "my.csv")]);
        merged.Claims.Should().HaveCount(T.Claims.Length + 1);
        merged.GetClaim("my-denial").Contradicts.Should().Equal(target.Id);
        // Alone, the reference is unknown: reported at its row and column.
        Fails(csv).Problems.Should().Contain(p => p.Path.StartsWith("my.csv: row 2, column contradicts", StringComparison.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_TidyClaimsExport_ReadsBackAsClaims()
    {
        using var stream = new MemoryStream();
        await TidyWriter.WriteAsync(TidyExports.Claims(T, TrilateralStatement2020.DataVersion), TidyFormat.Csv, stream);
        var csv = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        csv.Should().Contain("date_first").And.Contain("data_version");
        ClaimsCsv.ReadTimeline(csv, S).Should().Be(T);
    }
}
