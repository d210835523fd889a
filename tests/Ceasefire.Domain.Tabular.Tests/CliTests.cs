using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Ceasefire.Domain.Catalog;
using Ceasefire.Tool;
using FluentAssertions;
using NodaTime;
using NodaTime.Testing;
using Xunit;
using static Ceasefire.Domain.Tabular.Tests.Fixtures;

namespace Ceasefire.Domain.Tabular.Tests;

public sealed class CliTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed record Run(int ExitCode, string Out, string Error);

    private static Run Cli(params string[] args) => CliWith(null, args);

    private static Run CliWith(Func<Stream, Stream>? wrap, params string[] args) => CliWith(wrap, colour: false, args);

    private static Run CliWith(Func<Stream, Stream>? wrap, bool colour, params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext
        {
            Out = output,
            Error = error,
            Clock = new FakeClock(Instant.FromUtc(2026, 11, 22, 12, 0)),
            WrapOutputStream = wrap,
            Colour = colour,
            ProgressAfter = TimeSpan.FromMinutes(10),
        };
        var code = Ceasefire.Tool.Cli.Run(args, context);
        return new Run(code, output.ToString(), error.ToString());
    }

    private string Write(string name, string text)
    {
        var path = _dir.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    // ---- report -----------------------------------------------------------------------------------------------------

    // The library's status of Article 4's withdrawal at the end of 22 November 2026 under all claims or siding with an actor.
    private static string Status(string? side)
        => S.Evaluate(T, S.EndOfDay(new LocalDate(2026, 11, 22)), side is null ? null : Perspective.SidingWith(side))["a4-armed-forces-withdrawal"].Status.ToString();

    [Fact]
    public void NoCommand_RunsTheReportOfTheBuiltInStatementAsOfToday()
    {
        var run = Cli();
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().StartWith(S.Title + "\n");
        run.Out.Should().Contain("As of: end of 2026-11-22 Moscow time (2026-11-22T21:00:00Z); " + T.Claims.Length + " sourced claims");
        run.Out.Should().Contain("Data version: " + TrilateralStatement2020.DataVersion);
        run.Out.Should().Contain("Compliance matrix (status under all claims | siding with ARM | siding with AZE; reason under all claims)");
        var line = run.Out.Split('\n').Single(l => l.StartsWith("  a4-armed-forces-withdrawal ", StringComparison.Ordinal));
        line.Should().Contain(string.Concat(Status(null).PadRight(19), Status("ARM").PadRight(19), Status("AZE")));
        Cli("report", "--as-of", "2026-11-22").Out.Should().Be(run.Out);
    }

    [Fact]
    public void Report_OptionSyntaxes_EqualsFormAndCaseInsensitiveValuesAndShortAliases()
    {
        var spaced = Cli("report", "--as-of", "2021-01-01", "--format", "md");
        spaced.ExitCode.Should().Be(0);
        Cli("report", "--as-of=2021-01-01", "-f", "MD").Out.Should().Be(spaced.Out);
        spaced.Out.Should().Contain("Data version: " + TrilateralStatement2020.DataVersion);
    }

    [Theory]
    [InlineData("md", "| ")]
    [InlineData("csv", "obligation")]
    [InlineData("html", "<html")]
    [InlineData("json", "\"schemaVersion\"")]
    [InlineData("svg", "<svg")]
    public void Report_EveryFormat_WritesThatFormatToOut(string format, string expected)
    {
        var path = _dir.File("report." + format);
        var run = Cli("--as-of", "2023-06-01", "--format", format, "--out", path);
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().BeEmpty();
        File.ReadAllText(path).Should().Contain(expected);
        Directory.GetFiles(_dir.Path).Should().ContainSingle("the temporary file is renamed, not left behind");
    }

    [Fact]
    public void Report_Perspectives_EveryActorSourcesAndAsKnownOn()
    {
        var run = Cli("--as-of", "2023-06-01", "-p", "all", "-p", "RUS", "-p", "only:ARM", "-p", "sources:" + T.Claims[0].Sources[0].Source, "-p", "aze@2021-12-01");
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("siding with RUS").And.Contain("asserted by ARM").And.Contain("siding with AZE, as known on 2021-12-01");
        Cli("-p", "XYZ").ExitCode.Should().Be(2);
        Cli("-p", "all@2021-99-01").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Report_Width_WrapsEveryLine()
    {
        var run = Cli("--as-of", "2023-06-01", "--width", "80");
        run.ExitCode.Should().Be(0);
        run.Out.Split('\n').Should().OnlyContain(l => l.Length <= 80);
        Cli("--as-of", "2023-06-01").Out.Split('\n').Max(l => l.Length).Should().BeGreaterThan(80);
        Cli("--width", "5").ExitCode.Should().Be(2);
    }

    [Theory]
    [InlineData("--colour")]
    [InlineData("--as-of", "2021-13-01")]
    [InlineData("--as-of", "yesterday")]
    [InlineData("--as-of", "0000-01-01")]
    [InlineData("--format", "pdf")]
    [InlineData("--as-of")]
    [InlineData("frobnicate")]
    [InlineData("--format", "svg", "--as-of", "2020-01-01")]
    public void Report_BadUsage_ExitsTwoWithAMessage(params string[] args)
    {
        var run = Cli(args);
        run.ExitCode.Should().Be(2);
        run.Error.Should().StartWith("ceasefire: ");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public void Report_MissingUnreadableOrInvalidInput_ExitsOne()
    {
        Cli("--claims", _dir.File("missing.csv")).Should().Match<Run>(r => r.ExitCode == 1 && r.Error.Contains("no such file"));
        Cli("--statement", _dir.Path).Should().Match<Run>(r => r.ExitCode == 1 && r.Error.Contains("is a directory"));
        Cli("--statement", Write("s.json", "{\"schemaVersion\": 1, \"title\": 3}")).ExitCode.Should().Be(1);
        Cli("--timeline", Write("t.json", "[not json")).ExitCode.Should().Be(1);
        var binary = _dir.File("bin.csv");
        File.WriteAllBytes(binary, [0xFF, 0xFE, 0x00, 0x01, 0xC3, 0x28, 0x0A]);
        Cli("--claims", binary).ExitCode.Should().Be(1);
    }

    [Fact]
    public void Out_WriteFailsHalfWay_TheOldFileSurvivesAndNoTemporaryFileIsLeft()
    {
        var path = Write("report.txt", "the old report");
        var run = CliWith(stream => new FailingStream(stream, failAfter: 100), "--out", path);
        run.ExitCode.Should().Be(1);
        run.Error.Should().Contain("cannot write").And.Contain("unchanged");
        File.ReadAllText(path).Should().Be("the old report");
        Directory.GetFiles(_dir.Path).Should().Equal(path);
    }

    [Fact]
    public void Out_IntoAMissingDirectoryOrOntoADirectory_ExitsOne()
    {
        Cli("--out", Path.Combine(_dir.Path, "no", "such", "dir", "r.txt")).ExitCode.Should().Be(1);
        Cli("--out", _dir.Path).ExitCode.Should().Be(1);
        Cli("export", "claims", "--out", Path.Combine(_dir.Path, "no", "claims.csv")).ExitCode.Should().Be(1);
    }

    [Fact]
    public void Colour_OnlyOnATerminalWithoutNoColor_AndNeverInFiles()
    {
        Tool.Colour.Enabled(outputIsTerminal: true, noColor: null).Should().BeTrue();
        Tool.Colour.Enabled(outputIsTerminal: true, noColor: "1").Should().BeFalse();
        Tool.Colour.Enabled(outputIsTerminal: false, noColor: null).Should().BeFalse();
        var coloured = CliWith(null, colour: true, "--as-of", "2026-11-22");
        coloured.Out.Should().Contain("\u001b[33mDisputed\u001b[0m").And.Contain("\u001b[31mTerminated\u001b[0m");
        System.Text.RegularExpressions.Regex.Replace(coloured.Out, "\u001b\\[[0-9;]*m", string.Empty).Should().Be(Cli("--as-of", "2026-11-22").Out);
        Cli("--as-of", "2026-11-22").Out.Should().NotContain("\u001b");
        var file = _dir.File("r.txt");
        CliWith(null, colour: true, "--as-of", "2026-11-22", "--out", file).ExitCode.Should().Be(0);
        File.ReadAllText(file).Should().NotContain("\u001b");
    }

    [Fact]
    public void Progress_WorkOverTheThreshold_IsReportedOnStandardError_AndQuickWorkIsNot()
    {
        var error = new StringWriter();
        using (new Progress(new CliContext { Out = TextWriter.Null, Error = error, ProgressAfter = TimeSpan.Zero }, "computing"))
        {
            System.Threading.SpinWait.SpinUntil(() =>
            {
                lock (error)
                {
                    return error.ToString().Contains("ceasefire: computing...", StringComparison.Ordinal);
                }
            }, TimeSpan.FromMinutes(1)).Should().BeTrue("the threshold has passed");
        }

        error.ToString().Should().Contain("ceasefire: computing done in ");
        var quiet = new StringWriter();
        using (new Progress(new CliContext { Out = TextWriter.Null, Error = quiet, ProgressAfter = TimeSpan.FromHours(1) }, "computing"))
        {
        }

        quiet.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Version_AndHelp_DocumentTheExitCodes()
    {
        var version = Cli("--version");
        version.ExitCode.Should().Be(0);
        version.Out.Should().StartWith("0.");
        var help = Cli("--help");
        help.ExitCode.Should().Be(0);
        help.Out.Should().Contain("Exit codes: 0 success; 1 invalid data").And.Contain("2 bad usage");
        foreach (var command in new[] { "report", "validate", "export", "diff", "import" })
        {
            Cli(command, "--help").Out.Should().Contain("Exits 0 (success), 1 (invalid data) or 2 (bad usage)");
        }
    }

    // ---- validate ---------------------------------------------------------------------------------------------------

    [Fact]
    public void Validate_ValidAndInvalidFiles_ReportsEveryProblemAndExitsOne()
    {
        var claims = Write("claims.csv", Header + "\nok,Incident,a1-ceasefire,2021-05-12,,,,AZE,Someone,,,2021-05-13,Fine.,src,loc\n");
        var bad = Write("bad.csv", Header + "\nb1,Incident,a1-ceasefire,2021-05-32,,,,,Someone,,,2021-05-13,Bad.,src,loc\nb2,Nope,a1-ceasefire,2021-05-12,,,,,Someone,,,2021-05-13,Bad.,src,loc\n");
        var statement = Write("statement.json", Serialization.CeasefireJson.Serialize(S));
        var timeline = Write("timeline.json", Serialization.CeasefireJson.Serialize(T));
        var good = Cli("validate", claims, statement, timeline);
        good.ExitCode.Should().Be(0, good.Out + good.Error);
        good.Out.Should().Contain(claims + ": valid").And.Contain(statement + ": valid").And.Contain(timeline + ": valid");

        var run = Cli("validate", claims, bad, _dir.File("missing.json"));
        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain(bad + ": row 2, column date").And.Contain(bad + ": row 3, column kind").And.Contain("no such file");
        run.Error.Should().Contain("2 files are invalid");

        // A whole timeline as CSV repeats the built-in claims' ids: valid on its own, not as extra claims.
        var export = _dir.File("all.csv");
        Cli("export", "claims", "--out", export).ExitCode.Should().Be(0);
        Cli("validate", "--standalone", export).ExitCode.Should().Be(0);
        Cli("validate", export).Should().Match<Run>(r => r.ExitCode == 1 && r.Out.Contains("ids must be unique across all inputs"));
    }

    [Fact]
    public void Validate_TheBuiltInDataFiles_AreValid_AndAnEditedOneIsCaughtWithItsLocation()
    {
        string Data(string name)
        {
            using var reader = new StreamReader(BuiltInData.Open(name));
            return reader.ReadToEnd();
        }

        var statements = BuiltInData.FileNames.Where(n => n.EndsWith(".statement.json", StringComparison.Ordinal)).Select(n => Write(n, Data(n))).ToArray();
        statements.Should().HaveCountGreaterThan(1);
        var timeline = Write(TrilateralStatement2020.TimelineFile, Data(TrilateralStatement2020.TimelineFile));
        var good = Cli(["validate", .. statements, timeline]);
        good.ExitCode.Should().Be(0, good.Out + good.Error);

        var edited = Data(TrilateralStatement2020.TimelineFile).Replace("\"knownOn\": \"2020-11-11\"", "\"knownOn\": \"2020-13-11\"", StringComparison.Ordinal);
        var bad = Write("edited.timeline.json", edited);
        var run = Cli("validate", bad);
        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain(bad).And.Contain("knownOn").And.Contain("line ");
    }

    [Fact]
    public void Validate_BrokenJson_GivesTheLine()
    {
        var broken = Write("broken.json", "{\n  \"schemaVersion\": 1,\n  \"claims\": [\n    {\"id\": \"x\",, }\n  ]\n}\n");
        var run = Cli("validate", broken);
        run.ExitCode.Should().Be(1);
        run.Out.Should().Contain("line 4");
        Cli("validate").ExitCode.Should().Be(2);
        Cli("validate", "--strict", broken).ExitCode.Should().Be(2);
    }

    // ---- export -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("claims")]
    [InlineData("statuses")]
    [InlineData("intervals")]
    [InlineData("grades")]
    [InlineData("panel")]
    public void Export_EveryTableInEveryFormat(string table)
    {
        foreach (var format in new[] { "csv", "json", "parquet" })
        {
            var path = _dir.File(table + "." + format);
            var run = Cli("export", table, "--format", format, "--out", path, "--as-of", "2021-12-31");
            run.ExitCode.Should().Be(0, run.Error);
            new FileInfo(path).Length.Should().BeGreaterThan(0);
        }

        File.ReadAllBytes(_dir.File(table + ".parquet")).Take(4).Should().Equal("PAR1"u8.ToArray());
    }

    [Fact]
    public void Export_BadUsage_ExitsTwo()
    {
        Cli("export", "tables").ExitCode.Should().Be(2);
        Cli("export").ExitCode.Should().Be(2);
        Cli("export", "panel", "--format", "parquet").ExitCode.Should().Be(2);
        Cli("export", "panel", "--from", "2022-01-01", "--as-of", "2021-01-01").ExitCode.Should().Be(2);
        Cli("export", "panel", "--from", "2022-02-30").ExitCode.Should().Be(2);
    }

    [Fact]
    public void Export_ClaimsCsv_ThenUseAsTimeline_GivesTheSameReport()
    {
        var path = _dir.File("claims.csv");
        Cli("export", "claims", "--out", path).ExitCode.Should().Be(0);
        var original = Cli("--as-of", "2026-11-22", "--details");
        var again = Cli("--as-of", "2026-11-22", "--details", "--timeline", path);
        again.ExitCode.Should().Be(0, again.Error);
        static string WithoutVersion(string text) => string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("Data version:", StringComparison.Ordinal)));
        WithoutVersion(again.Out).Should().Be(WithoutVersion(original.Out));
        again.Out.Should().Contain("Data version: " + TrilateralStatement2020.DataVersion + "+sha256:");
    }

    // ---- diff -------------------------------------------------------------------------------------------------------

    [Fact]
    public void Diff_TwoPerspectivesOrTwoInstants()
    {
        var perspectives = Cli("diff", "--as-of", "2026-11-22", "-p", "ARM", "-p", "AZE");
        perspectives.ExitCode.Should().Be(0, perspectives.Error);
        perspectives.Out.Should().Contain("a4-armed-forces-withdrawal").And.Contain(Status("ARM").PadRight(19) + "-> " + Status("AZE"));
        var instants = Cli("diff", "--as-of", "2020-11-15", "--as-of", "2020-11-30");
        instants.ExitCode.Should().Be(0, instants.Error);
        instants.Out.Should().Contain("a2-aghdam-return");
        Cli("diff", "-p", "ARM").ExitCode.Should().Be(2);
        Cli("diff", "--as-of", "2021-01-01", "--as-of", "2022-01-01", "--as-of", "2023-01-01").ExitCode.Should().Be(2);
        Cli("diff", "--as-of", "2021-02-30", "--as-of", "2022-01-01").ExitCode.Should().Be(2);
        Cli("diff", "-p", "ARM", "-p", "AZE", "--claims", _dir.File("none.csv")).ExitCode.Should().Be(1);
    }

    // ---- readings ---------------------------------------------------------------------------------------------------

    private const string MfaEnglish = "Azerbaijani MFA English";

    // The library's status of the Aghdam return at the end of 31 December 2020 under all claims, in the primary text or a rendering.
    private static ObligationStatus Aghdam(string? reading)
        => S.WithReading(reading).Evaluate(T, S.EndOfDay(new LocalDate(2020, 12, 31)))["a2-aghdam-return"].Status;

    [Fact]
    public void Readings_TheAghdamReturnDiffersBetweenThePrimaryTextAndTheAzerbaijaniMfaEnglish()
    {
        Aghdam(null).Should().NotBe(Aghdam(MfaEnglish), "the test needs a rendering that changes a status");
        S.ReadingLabels.Should().Contain(MfaEnglish);

        var primary = Cli("report", "--as-of", "2020-12-31", "-p", "all");
        var mfa = Cli("report", "--as-of", "2020-12-31", "-p", "all", "--reading", "azerbaijani mfa english");
        mfa.ExitCode.Should().Be(0, mfa.Error);
        string Row(Run run) => run.Out.Split('\n').Single(l => l.StartsWith("  a2-aghdam-return ", StringComparison.Ordinal));
        Row(primary).Should().Contain(" " + Aghdam(null) + " ");
        Row(mfa).Should().Contain(" " + Aghdam(MfaEnglish) + " ");
        mfa.Out.Should().Contain("Reading: " + MfaEnglish);
        primary.Out.Should().NotContain("Reading: ");
        Cli("report", "--as-of", "2020-12-31", "-f", "md", "-r", MfaEnglish).Out.Should().Contain("Reading: " + MfaEnglish);

        var diff = Cli("diff", "--as-of", "2020-12-31", "--reading", MfaEnglish);
        diff.ExitCode.Should().Be(0, diff.Error);
        diff.Out.Should().Contain("(primary text) -> ").And.Contain("(reading: " + MfaEnglish + ")");
        diff.Out.Split('\n').Single(l => l.StartsWith("  a2-aghdam-return ", StringComparison.Ordinal))
            .Should().Contain(Aghdam(null).ToString().PadRight(18) + " -> " + Aghdam(MfaEnglish));
        var expected = S.Evaluate(T, S.EndOfDay(new LocalDate(2020, 12, 31))).Compare(S.WithReading(MfaEnglish).Evaluate(T, S.EndOfDay(new LocalDate(2020, 12, 31))));
        diff.Out.Split('\n').Count(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal)).Should().Be(expected.Length);

        var reversed = Cli("diff", "--as-of", "2020-12-31", "-r", MfaEnglish, "-r", S.ReadingLabels.First(l => l != MfaEnglish));
        reversed.ExitCode.Should().Be(0, reversed.Error);
        reversed.Out.Should().StartWith("Differences: all claims as of ");
    }

    [Theory]
    [InlineData("2020-12-31")]
    [InlineData("2026-11-22")]
    public void Report_BuiltInData_ShowsWhereTheRenderingChangesAStatus_AndTheLinkedInstruments(string day)
    {
        var instant = S.EndOfDay(LocalDate.FromDateTime(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
        var readings = S.CompareReadings(T, instant);
        var set = TrilateralStatement2020.Instruments;
        var reports = set.Evaluate(instant);
        set.Instruments.Length.Should().BeGreaterThan(1);

        var run = Cli("report", "--as-of", day);
        run.ExitCode.Should().Be(0, run.Error);
        var lines = run.Out.Split('\n');
        List<string> Section(string heading) => [.. lines.SkipWhile(l => !l.StartsWith(heading, StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0)];
        lines.Should().Contain(l => l.StartsWith("Where the rendering changes a status (under all claims", StringComparison.Ordinal));
        var readingLines = Section("Where the rendering changes a status");
        if (readings.IsEmpty)
        {
            readingLines.Should().ContainSingle().Which.Should().StartWith("  none:");
        }
        else
        {
            readingLines.Should().Equal(readings.Select(d => string.Concat("  ", d.Reading, " | ", d.ObligationId, " | ", d.PrimaryStatus.ToString(), " -> ", d.ReadingStatus.ToString())));
        }

        var instrumentLines = Section("Linked instruments");
        var expected = new List<string>();
        for (var i = 1; i < set.Instruments.Length; i++)
        {
            var statement = set.Instruments[i].Statement;
            expected.Add(string.Concat("  ", statement.Title, " [", statement.Id, "]"));
            var links = statement.Links.Where(l => l.TargetStatementId == S.Id).ToList();
            links.Should().NotBeEmpty();
            expected.AddRange(links.Select(l => string.Concat("    link: ", l.Kind.ToString(), " ", l.TargetArticle is { } a ? "article " + a : "the statement as a whole",
                l.FromArticle is { } f ? " (from its article " + f + ")" : string.Empty)));
            expected.AddRange(reports[i].Obligations.Select(o => string.Concat("    ", o.ObligationId.PadRight(36), " ", o.Status.ToString())));
        }

        instrumentLines.Should().Equal(expected);
        Array.IndexOf(lines, "Past deadlines of the text").Should().BeLessThan(Array.FindIndex(lines, l => l.StartsWith("Linked instruments", StringComparison.Ordinal)));

        var md = Cli("report", "--as-of", day, "--format", "md");
        md.Out.Should().Contain("\n## Where the rendering changes a status\n").And.Contain("\n## Linked instruments\n");
        foreach (var d in readings)
        {
            md.Out.Should().Contain(string.Concat("| ", d.Reading, " | ", d.ObligationId, " | ", d.PrimaryStatus.ToString(), " | ", d.ReadingStatus.ToString(), " |"));
        }

        for (var i = 1; i < set.Instruments.Length; i++)
        {
            md.Out.Should().Contain(string.Concat("\n### ", set.Instruments[i].Statement.Title, " (", set.Instruments[i].Statement.Id, ")\n"));
            foreach (var o in reports[i].Obligations)
            {
                md.Out.Should().Contain(string.Concat("| ", o.ObligationId, " | ", o.Status.ToString(), " |"));
            }
        }
    }

    [Fact]
    public void Report_TheRenderingsChangeAghdamAtTheEndOf2020_AndTheInstrumentsAreInForceIn2026()
    {
        S.CompareReadings(T, S.EndOfDay(new LocalDate(2020, 12, 31))).Should().Contain(d => d.ObligationId == "a2-aghdam-return" && d.Reading == MfaEnglish);
        TrilateralStatement2020.Instruments.Evaluate(S.EndOfDay(new LocalDate(2026, 11, 22))).Skip(1)
            .SelectMany(r => r.Obligations).Should().Contain(o => o.Status != ObligationStatus.NotYetInForce);
    }

    [Fact]
    public void Report_OwnStatement_HasNoBuiltInSections()
    {
        var statement = Write("own.json", Ceasefire.Domain.Serialization.CeasefireJson.Serialize(S));
        foreach (var format in new[] { "text", "md" })
        {
            var run = Cli("report", "--statement", statement, "--as-of", "2020-12-31", "-f", format);
            run.ExitCode.Should().Be(0, run.Error);
            run.Out.Should().NotContain("Where the rendering changes a status").And.NotContain("Linked instruments");
        }
    }

    [Theory]
    [InlineData("statuses")]
    [InlineData("intervals")]
    [InlineData("panel")]
    public void Readings_Export_EvaluatesTheRendering(string table)
    {
        var primary = Cli("export", table, "--as-of", "2020-12-31", "-p", "all");
        var mfa = Cli("export", table, "--as-of", "2020-12-31", "-p", "all", "--reading", MfaEnglish);
        mfa.ExitCode.Should().Be(0, mfa.Error);
        mfa.Out.Should().NotBe(primary.Out);
        var aghdam = mfa.Out.Split('\n').Where(l => l.Contains("a2-aghdam-return", StringComparison.Ordinal)).ToList();
        aghdam.Should().Contain(l => l.Contains(Aghdam(MfaEnglish).ToString(), StringComparison.Ordinal));
        primary.Out.Split('\n').Where(l => l.Contains("a2-aghdam-return", StringComparison.Ordinal))
            .Should().NotContain(l => l.Contains(Aghdam(MfaEnglish).ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Readings_ReportHtml_OffersEveryRenderingInTheExplorer()
    {
        var run = Cli("report", "--as-of", "2020-12-31", "-f", "html");
        run.ExitCode.Should().Be(0, run.Error);
        run.Out.Should().Contain("<select id=\"cf-axis-reading\" data-axis=\"1\"><option value=\"0\" selected>primary text</option>");
        for (var i = 0; i < S.ReadingLabels.Length; i++)
        {
            run.Out.Should().Contain(string.Concat("<option value=\"", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), "\">", System.Net.WebUtility.HtmlEncode(S.ReadingLabels[i]), "</option>"));
        }

        Cli("report", "--as-of", "2020-12-31", "-f", "html", "-r", MfaEnglish).Out.Should().NotContain("cf-axis-reading");
    }

    [Fact]
    public void Readings_UnknownLabelOrTooMany_ExitTwoListingTheRenderings()
    {
        foreach (var args in new[] { new[] { "report", "--reading", "Klingon" }, ["export", "statuses", "--reading", "Klingon"], ["diff", "--reading", "Klingon"] })
        {
            var run = Cli(args);
            run.ExitCode.Should().Be(2, string.Join(' ', args));
            run.Error.Should().Contain("'Klingon' is not a rendering").And.Contain("'" + MfaEnglish + "'");
        }

        Cli("diff", "-r", MfaEnglish, "-r", MfaEnglish, "-r", MfaEnglish).ExitCode.Should().Be(2);
        Cli("diff", "-r", MfaEnglish, "-p", "ARM", "-p", "AZE").ExitCode.Should().Be(2);
        Cli("diff", "-r", MfaEnglish, "--as-of", "2021-01-01", "--as-of", "2022-01-01").ExitCode.Should().Be(2);
    }

    // ---- import -----------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("acled", "2021-05-12")]
    [InlineData("ucdp", "2021-05-25")]
    public void Import_ThenReportWithTheClaims_ChangesAStatus(string dataset, string day)
    {
        var claims = _dir.File(dataset + "-claims.csv");
        var run = Cli("import", dataset, Data(dataset + "-sample.csv"), "--mapping", Data(dataset + "-mapping.json"), "--out", claims);
        run.ExitCode.Should().Be(0, run.Error);
        run.Error.Should().Contain("imported as incident claims");
        static string Ceasefire(Run r) => r.Out.Split('\n').Single(l => l.StartsWith("  a1-ceasefire ", StringComparison.Ordinal));
        var without = Cli("--as-of", day, "-p", "all");
        var with = Cli("--as-of", day, "-p", "all", "--claims", claims);
        with.ExitCode.Should().Be(0, with.Error);
        Ceasefire(without).Should().NotContain("Breached");
        Ceasefire(with).Should().Contain("Breached");
        Cli("import", dataset, Data(dataset + "-sample.csv"), "-m", Data(dataset + "-mapping.json"), "--format", "json").Out.Should().Contain("\"claims\"");
    }

    [Fact]
    public void Import_BadInput()
    {
        Cli("import", "acled", Data("acled-sample.csv")).ExitCode.Should().Be(2, "--mapping is required");
        Cli("import", "gdelt", Data("acled-sample.csv"), "-m", Data("acled-mapping.json")).ExitCode.Should().Be(2);
        Cli("import", "ucdp", Data("acled-sample.csv"), "-m", Data("acled-mapping.json")).ExitCode.Should().Be(2, "the mapping is for acled");
        Cli("import", "acled", Data("ucdp-sample.csv"), "-m", Data("acled-mapping.json")).Should().Match<Run>(r => r.ExitCode == 1 && r.Error.Contains("not a ACLED export"));
        Cli("import", "acled", _dir.File("none.csv"), "-m", Data("acled-mapping.json")).ExitCode.Should().Be(1);
        Cli("import", "acled", Data("acled-sample.csv"), "-m", Write("map.json", "{\"dataset\": \"acled\"}")).Should().Match<Run>(r => r.ExitCode == 1 && r.Error.Contains("$.rules"));
    }

    // ---- the process: UTF-8 whatever the locale -----------------------------------------------------------------------

    [Fact]
    public void Process_UnderALatin1Locale_WritesUtf8()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Ceasefire.Tool.dll");
        var claims = Write("unicode.csv", Header + "\nu1,Incident,a1-ceasefire,2021-05-12,,,,AZE,Ünïcödé Агентство,,,2021-05-13,Résumé — ✓.,src,loc\n");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { tool, "--as-of", "2021-05-12", "--details", "--claims", claims })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["LANG"] = "en_US.ISO-8859-1";
        start.Environment["LC_ALL"] = "en_US.ISO-8859-1";
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(bytes);
        process.WaitForExit();
        process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.ToArray());
        text.Should().Contain("Ünïcödé Агентство");
    }
}

/// <summary>A stream that fails after some bytes: a disk that fills up half-way through a write.</summary>
internal sealed class FailingStream(Stream inner, int failAfter) : Stream
{
    private int _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => inner.Length;

    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_written + buffer.Length > failAfter)
        {
            inner.Write(buffer[..Math.Max(0, failAfter - _written)]);
            throw new IOException("No space left on device");
        }

        inner.Write(buffer);
        _written += buffer.Length;
    }
}
