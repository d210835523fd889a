using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using NodaTime;
using Xunit;
using BuiltIn = Ceasefire.Domain.Catalog.TrilateralStatement2020;

namespace Ceasefire.Domain.Tests.Reports;

public class HtmlReportTests
{
    private static readonly Perspective[] Perspectives = [Perspective.AllClaims, Perspective.SidingWith("B"), Perspective.OnlyAssertedBy("B")];

    private static ComplianceReport[] Reports(Evaluator evaluator, Instant asOf, params Perspective[] perspectives)
        => Array.ConvertAll(perspectives.Length > 0 ? perspectives : Perspectives, p => evaluator.Evaluate(asOf, p));

    /// <summary>The page with the chart from the statement's effective instant, under the first perspective.</summary>
    private static string Page(Evaluator evaluator, Instant asOf)
        => HtmlReport.Render(Reports(evaluator, asOf), evaluator.Timeline, evaluator.HistoryBetween(evaluator.Statement.EffectiveFrom, asOf, Perspectives[0]));

    private static string Cell(string css, string status, string glyph)
        => $"<td class=\"status status-{css}\" data-status=\"{status}\"><span class=\"glyph\" aria-hidden=\"true\">{glyph}</span>{status}</td>";

    private static string SvgPart(string html)
    {
        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal);
        start.Should().BeGreaterThan(0);
        end.Should().BeGreaterThan(start);
        return html[start..(end + "</svg>".Length)];
    }

    [Fact]
    public void Render_SmallFixture_SelfContainedPageWithFactsMatrixDetailsAndSvg()
    {
        var html = Page(ReportFixture.Evaluator(), ReportFixture.AsOf);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        html.Should().Contain("<style>").And.NotContain("<link").And.NotContain(" src=").And.NotContain("url(http");
        Regex.Count(html, "<script").Should().Be(2, "the data block and the page's one constant script");
        html.Should().Contain(string.Concat("<script>", HtmlExplorer.Script, "</script>")).And.Contain("<script type=\"application/json\" id=\"cf-data\">");
        html.Should().Contain("<h1>Small statement</h1>");
        html.Should().Contain("2020-11-10 00:00 Europe/Moscow");
        Regex.Count(html, "<details id=\"ob-").Should().Be(3);
        html.Should().Contain(string.Concat(Cell("breached", "Breached", "\u2717"), Cell("breached", "Breached", "\u2717")));
        html.Should().Contain(string.Concat(Cell("fulfilled", "Fulfilled", "\u2713"), Cell("fulfilled", "Fulfilled", "\u2713")));
        var svg = XDocument.Parse(SvgPart(html));
        svg.Root!.Name.LocalName.Should().Be("svg");
        svg.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "lane").Should().Be(3);
    }

    [Fact]
    public void Render_SmallFixture_DetailsHoldSentencesDeadlineClaimsAndSetAside()
    {
        var html = Page(ReportFixture.Evaluator(), ReportFixture.AsOf);

        var start = html.IndexOf("<details id=\"ob-return\">", StringComparison.Ordinal);
        var section = html[start..html.IndexOf("</details>", start, StringComparison.Ordinal)];
        section.Should().Contain("<ul class=\"sentences\"><li>");
        section.Should().Contain("<strong>Deadline:</strong>").And.Contain("2020-11-20T21:00:00Z");
        section.Should().Contain("<h4>Claims used</h4>").And.Contain("<code>p1</code>").And.Contain("<code>doc.txt</code>");
        section.Should().Contain("<h4>Claims set aside</h4>").And.Contain("ClaimantOutsidePerspective");
    }

    [Fact]
    public void Render_Sources_LinkOnlyHttpAndHttps()
    {
        var html = Page(ReportFixture.Evaluator(new ReportFixture.Texts(Source: "javascript:alert(1)")), ReportFixture.AsOf);

        html.Should().Contain("<a href=\"https://example.org/news?id=1&amp;lang=en\"");
        html.Should().Contain("<code>javascript:alert(1)</code>");
        html.Should().NotContain("href=\"javascript:");
    }

    [Fact]
    public void Render_HostileText_EscapedEverywhereIncludingSvg()
    {
        var texts = new ReportFixture.Texts(
            Title: ReportFixture.Script,
            Description: ReportFixture.Img,
            ClaimantName: ReportFixture.Script,
            Summary: ReportFixture.Img,
            Source: ReportFixture.Img,
            Locator: ReportFixture.Script);

        var page = Page(ReportFixture.Evaluator(texts), ReportFixture.AsOf);

        // The page's own constant script and its JSON data block (checked in HtmlExplorerTests) are the only scripts.
        var html = Regex.Replace(page.Replace(string.Concat("<script>", HtmlExplorer.Script, "</script>"), string.Empty, StringComparison.Ordinal),
            "<script type=\"application/json\" id=\"cf-data\">[^<>&]*</script>", string.Empty);
        html.Should().NotContain(ReportFixture.Script).And.NotContain(ReportFixture.Img).And.NotContain("<img").And.NotContain("<script");
        html.Should().Contain(ReportFixture.ScriptEscaped).And.Contain(ReportFixture.ImgEscaped);
        var svg = SvgPart(html);
        svg.Should().Contain(ReportFixture.ScriptEscaped).And.Contain(ReportFixture.ImgEscaped);
        XDocument.Parse(svg).Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "img");
    }

    [Fact]
    public void Render_NoHistory_NoteInsteadOfChart()
    {
        var evaluator = ReportFixture.Evaluator();

        var html = HtmlReport.Render(Reports(evaluator, ReportFixture.AsOf), evaluator.Timeline);

        html.Should().NotContain("<svg").And.Contain("<p class=\"note\">No chart: no status history was given.</p>");
        html.Should().Contain("<h2>Compliance matrix</h2>");
    }

    [Fact]
    public void ToHtml_AsOfNotAfterEffectiveInstant_NoteNamingTheChartStart()
    {
        var html = ReportFixture.Evaluator().ToHtml(ReportFixture.Effective, Perspectives);

        html.Should().NotContain("<svg").And.Contain("No chart: the evaluation instant is not after the chart&#39;s start (2020-11-09T21:00:00Z).");
    }

    [Fact]
    public void Render_HistoryFromEarlierInstant_StartsChartThere()
    {
        var evaluator = ReportFixture.Evaluator();

        var html = HtmlReport.Render(Reports(evaluator, ReportFixture.AsOf), evaluator.Timeline, evaluator.HistoryBetween(Instant.FromUtc(2019, 1, 1, 0, 0), ReportFixture.AsOf));

        XDocument.Parse(SvgPart(html)).Root!.Elements().First(e => e.Name.LocalName == "title").Value.Should().Contain("2019-01-01T00:00:00Z to 2021-06-01T00:00:00Z");
    }

    [Fact]
    public void ToHtml_Evaluator_SamePageAsRenderWithEveryPerspectivesHistoryFromEffectiveInstant()
    {
        var evaluator = ReportFixture.Evaluator();
        var histories = Array.ConvertAll(Perspectives, p => (StatusHistory?)evaluator.HistoryBetween(ReportFixture.Effective, ReportFixture.AsOf, p));

        evaluator.ToHtml(ReportFixture.AsOf, Perspectives).Should().Be(HtmlReport.Render(Reports(evaluator, ReportFixture.AsOf), evaluator.Timeline, histories));
        evaluator.ToHtml(ReportFixture.AsOf).Should().Be(HtmlReport.Render(
            [evaluator.Evaluate(ReportFixture.AsOf)], evaluator.Timeline, evaluator.HistoryBetween(ReportFixture.Effective, ReportFixture.AsOf)));
        evaluator.ToHtml(ReportFixture.AsOf, Perspectives).Should().NotBe(Page(evaluator, ReportFixture.AsOf), "the one-history page charts only the first perspective");
    }

    [Fact]
    public void Render_BadArguments_Throw()
    {
        var evaluator = ReportFixture.Evaluator();
        var timeline = evaluator.Timeline;
        var reports = Reports(evaluator, ReportFixture.AsOf);
        var otherStatement = ReportFixture.Evaluator(new ReportFixture.Texts(Title: "Another statement"));

        FluentActions.Invoking(() => HtmlReport.Render([], timeline)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HtmlReport.Render([null!], timeline)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HtmlReport.Render(null!, timeline)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HtmlReport.Render(reports, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HtmlReport.Render([reports[0], evaluator.Evaluate(ReportFixture.Effective)], timeline)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HtmlReport.Render(reports, timeline, otherStatement.HistoryBetween(ReportFixture.Effective, ReportFixture.AsOf)))
            .Should().Throw<ArgumentException>().WithParameterName("history");
        FluentActions.Invoking(() => evaluator.ToHtml(ReportFixture.AsOf, [Perspective.AllClaims, null!])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HtmlReport.Render(reports, timeline, evaluator.HistoryBetween(ReportFixture.Effective, ReportFixture.AsOf, Perspective.OnlyAssertedBy("A"))))
            .Should().Throw<ArgumentException>().WithParameterName("history").WithMessage("*none of the reports has*");
        var history = evaluator.HistoryBetween(ReportFixture.Effective, ReportFixture.AsOf);
        FluentActions.Invoking(() => HtmlReport.Render(reports, timeline, (IReadOnlyList<StatusHistory?>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => HtmlReport.Render(reports, timeline, new StatusHistory?[] { history })).Should().Throw<ArgumentException>().WithParameterName("histories");
        FluentActions.Invoking(() => HtmlReport.Render(reports, timeline, new StatusHistory?[] { null, history, null }))
            .Should().Throw<ArgumentException>().WithParameterName("histories").WithMessage("*History 1 is under the perspective*");
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("hy-AM")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ru-RU")]
    public void Render_UnderCulture_ByteIdenticalToInvariant(string culture)
    {
        var evaluator = ReportFixture.Evaluator();
        var expected = ReportFixture.UnderCulture(string.Empty, () => Page(evaluator, ReportFixture.AsOf));

        var actual = ReportFixture.UnderCulture(culture, () => Page(evaluator, ReportFixture.AsOf));

        actual.Should().Be(expected);
    }

    [Fact]
    public void Render_BuiltInStatementWithEmptyTimeline_RendersEveryObligation()
    {
        var statement = BuiltIn.Statement;
        var evaluator = Evaluator.Create(statement, Timeline.Empty);

        var asOf = Instant.FromUtc(2025, 1, 1, 0, 0);

        var html = HtmlReport.Render(Reports(evaluator, asOf, Perspective.AllClaims, Perspective.OnlyAssertedBy("ARM"), Perspective.OnlyAssertedBy("AZE")),
            Timeline.Empty, evaluator.HistoryBetween(statement.EffectiveFrom, asOf));

        Regex.Count(html, "<details id=\"ob-").Should().Be(statement.Obligations.Length);
        XDocument.Parse(SvgPart(html));
    }
}
