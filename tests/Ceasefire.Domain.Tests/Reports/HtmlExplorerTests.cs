using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using NodaTime;
using Xunit;
using BuiltIn = Ceasefire.Domain.Catalog.TrilateralStatement2020;

namespace Ceasefire.Domain.Tests.Reports;

/// <summary>
/// The explorer part of the HTML page without a browser: its embedded data (status intervals, slider positions) agrees
/// with the evaluator, its JSON cannot end its script element, its one script is the one the page's policy admits, and
/// its palette meets WCAG AA. The browser tests (tests/Ceasefire.Domain.BrowserTests) drive the same page in Chromium.
/// </summary>
public class HtmlExplorerTests
{
    private static readonly Regex DataBlock = new("<script type=\"application/json\" id=\"cf-data\">(.*?)</script>", RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static JsonElement Data(string html) => JsonDocument.Parse(DataBlock.Match(html).Groups[1].Value).RootElement;

    /// <summary>The status index the page's script shows for an obligation at a position (the same lookup, in C#).</summary>
    private static int StatusAt(JsonElement data, int view, int obligation, long t)
    {
        var v = data.GetProperty("views")[view];
        if (t >= data.GetProperty("asOf").GetInt64())
        {
            return v.GetProperty("atEnd")[obligation].GetInt32();
        }

        foreach (var interval in v.GetProperty("intervals")[obligation].EnumerateArray())
        {
            if (t >= interval[0].GetInt64() && t < interval[1].GetInt64())
            {
                return interval[2].GetInt32();
            }
        }

        return -1;
    }

    [Fact]
    public void Data_BuiltInStatement_StatusAtEverySampledDayEqualsTheEvaluators()
    {
        var statement = BuiltIn.Statement;
        var evaluator = Evaluator.Create(statement, BuiltIn.Timeline);
        var asOf = statement.EndOfDay(new LocalDate(2023, 6, 1));
        Perspective[] perspectives = [Perspective.AllClaims, Perspective.SidingWith("ARM"), Perspective.OnlyAssertedBy("AZE")];

        var data = Data(evaluator.ToHtml(asOf, perspectives));

        var instants = data.GetProperty("instants").EnumerateArray().Select(x => x.GetInt64()).ToArray();
        instants.Should().HaveCount(Period.Between(new LocalDate(2020, 11, 10), new LocalDate(2023, 6, 1), PeriodUnits.Days).Days + 1, "one position per day from the effective day to the report's day");
        instants[0].Should().Be(statement.EndOfDay(new LocalDate(2020, 11, 10)).ToUnixTimeMilliseconds());
        instants[^1].Should().Be(asOf.ToUnixTimeMilliseconds());
        data.GetProperty("lastLabel").GetString().Should().Be("2023-06-01");
        var names = data.GetProperty("statuses").EnumerateArray().Select(s => s[0].GetString()).ToArray();
        names.Should().Equal(Enum.GetNames<ObligationStatus>());
        var checkedCells = 0;
        var differing = 0;
        for (var v = 0; v < perspectives.Length; v++)
        {
            for (var p = 0; p < instants.Length; p += 17)
            {
                var instant = Instant.FromUnixTimeMilliseconds(instants[p]);
                var report = evaluator.Evaluate(instant, perspectives[v]);
                for (var o = 0; o < statement.Obligations.Length; o++)
                {
                    var shown = StatusAt(data, v, o, instants[p]);
                    shown.Should().BeGreaterThanOrEqualTo(0);
                    names[shown].Should().Be(report.Obligations[o].Status.ToString(), "{0} on {1} under {2}", statement.Obligations[o].Id, instant, perspectives[v].Name);
                    checkedCells++;
                    differing += names[shown] != names[StatusAt(data, v, o, instants[^1])] ? 1 : 0;
                }
            }
        }

        checkedCells.Should().BeGreaterThan(1000);
        differing.Should().BeGreaterThan(50, "the statuses change over the range, so the check is not of one constant");
    }

    [Fact]
    public void Data_HostileReason_EscapedSoItCannotEndTheScriptElement()
    {
        const string Hostile = "</script><script>window.pwned=1</script>&amp;\u2028\u2029<!--";
        var evaluator = ReportFixture.Evaluator(new ReportFixture.Texts(ClaimantName: Hostile));

        var html = evaluator.ToHtml(ReportFixture.AsOf, Perspective.AllClaims, Perspective.SidingWith("B"));

        var block = DataBlock.Match(html).Groups[1].Value;
        block.Should().MatchRegex("^[\\x20-\\x7E]*$", "the data is printable ASCII");
        block.Should().NotContainAny("<", ">", "&");
        block.Should().Contain("\\u003C/script\\u003E").And.Contain("\\u2028").And.Contain("\\u2029").And.Contain("\\u0026amp;");
        var reasons = Data(html).GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToList();
        reasons.Should().Contain(r => r.Contains(Hostile, StringComparison.Ordinal), "the parsed JSON gives the user's text back unchanged");
        Regex.Count(html, "<script").Should().Be(2);
    }

    [Fact]
    public void Page_ContentSecurityPolicy_AdmitsExactlyTheInlineScriptAndNoNetwork()
    {
        var html = ReportFixture.Evaluator().ToHtml(ReportFixture.AsOf);

        var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").Groups[1].Value;
        var script = Regex.Match(html, "<script>(.*?)</script>", RegexOptions.Singleline).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)));
        policy.Should().StartWith("default-src 'none';").And.Contain($"script-src 'sha256-{hash}'").And.NotContain("unsafe-eval").And.NotContain("http");
        script.Should().NotContain("innerHTML").And.NotContain("eval(").And.NotContain("fetch(").And.NotContain("XMLHttpRequest").And.NotContain("</").And.NotContain("<!--");
    }

    [Fact]
    public void Page_WithoutScripts_TableShowsFirstPerspectiveAtTheReportsInstant()
    {
        var evaluator = ReportFixture.Evaluator();
        var report = evaluator.Evaluate(ReportFixture.AsOf);

        var html = evaluator.ToHtml(ReportFixture.AsOf, Perspective.AllClaims, Perspective.OnlyAssertedBy("B"));

        var table = html[html.IndexOf("<table id=\"cf-table\">", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        Regex.Matches(table, "data-status=\"([A-Za-z]+)\"").Select(m => m.Groups[1].Value)
            .Should().Equal(report.Obligations.Select(a => a.Status.ToString()));
        Regex.Count(table, "<a class=\"ob\" href=\"#ob-").Should().Be(3, "each obligation links to its explanation");
        html.Should().Contain("<form id=\"cf-controls\" class=\"controls\" hidden>", "the controls appear only when the script runs");
        html.Should().Contain("<label for=\"cf-axis-perspective\">Perspective</label>").And.Contain("<label for=\"cf-day\">Day</label>");
    }

    [Fact]
    public void Positions_AsOfNotAtEndOfDay_LastLabelHasTheTime()
    {
        var statement = ReportFixture.Statement();
        var asOf = Instant.FromUtc(2020, 11, 12, 9, 30);

        var (firstDay, step, instants, lastLabel) = HtmlExplorer.Positions(statement, asOf);

        firstDay.Should().Be(new LocalDate(2020, 11, 10));
        step.Should().Be(1);
        instants.Should().Equal(statement.EndOfDay(new LocalDate(2020, 11, 10)), statement.EndOfDay(new LocalDate(2020, 11, 11)), asOf);
        lastLabel.Should().Be("2020-11-12 12:30 Europe/Moscow");
        HtmlExplorer.Positions(statement, statement.EffectiveFrom).Instants.Should().Equal(statement.EffectiveFrom);
    }

    [Fact]
    public void Positions_LongRange_AtMostTheCapEveryStepDays()
    {
        var statement = ReportFixture.Statement();

        var (_, step, instants, _) = HtmlExplorer.Positions(statement, Instant.FromUtc(2200, 1, 1, 0, 0));

        step.Should().BeGreaterThan(1);
        instants.Count.Should().BeLessThanOrEqualTo((int)HtmlExplorer.MaxPositions + 1).And.BeGreaterThan((int)HtmlExplorer.MaxPositions / 2);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }

    internal static double Contrast(string a, string b)
    {
        var (x, y) = (Luminance(a), Luminance(b));
        return (Math.Max(x, y) + 0.05) / (Math.Min(x, y) + 0.05);
    }

    [Fact]
    public void Contrast_KnownPair_MatchesWcagFormula()
        => Contrast("#FFFFFF", "#009E73").Should().BeApproximately(3.42, 0.01, "the ratio the issue measured for white on the old Fulfilled");

    [Fact]
    public void Palette_EveryStatus_InkMeetsWcagAaOnFillAndHatch()
    {
        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            Contrast(StatusPalette.Ink(status), StatusPalette.Fill(status)).Should().BeGreaterThanOrEqualTo(4.5, "text on {0}", status);
            if (StatusPalette.Hatch(status) is { } hatch)
            {
                Contrast(StatusPalette.Ink(status), hatch).Should().BeGreaterThanOrEqualTo(4.5, "text on {0}'s stripes", status);
            }
        }
    }

    [Fact]
    public void Palette_StatusesDistinguishableWithoutColour()
    {
        var statuses = Enum.GetValues<ObligationStatus>();

        statuses.Select(StatusPalette.Glyph).Should().OnlyHaveUniqueItems();
        StatusPalette.Hatch(ObligationStatus.NotYetInForce).Should().NotBeNull("NotYetInForce and Upheld look alike to red-green colour-blind readers");
        StatusPalette.Hatch(ObligationStatus.Upheld).Should().BeNull();
        StatusPalette.HatchAngle(ObligationStatus.NotYetInForce).Should().NotBe(StatusPalette.HatchAngle(ObligationStatus.Disputed));
    }

    [Fact]
    public void Page_SeveralCharts_DistinctPatternIdsAndOneCursorEach()
    {
        var html = ReportFixture.Evaluator().ToHtml(ReportFixture.AsOf, Perspective.AllClaims, Perspective.SidingWith("B"));

        Regex.Count(html, "<figure class=\"chart\" data-view=\"").Should().Be(2);
        Regex.Count(html, "<line class=\"cursor\"").Should().Be(2);
        var ids = Regex.Matches(html, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        ids.Should().OnlyHaveUniqueItems();
        ids.Should().Contain(["cf-hatch-status-disputed", "cf-hatch-status-disputed-1", "cf-hatch-status-not-yet-in-force-1"]);
    }
}
