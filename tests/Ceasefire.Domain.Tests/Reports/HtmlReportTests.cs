using System;
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
        var html = HtmlReport.Render(ReportFixture.Evaluator(), ReportFixture.AsOf, Perspectives);

        html.Should().StartWith("<!DOCTYPE html>\n<html lang=\"en\">");
        html.Should().Contain("<style>").And.NotContain("<script").And.NotContain("<link").And.NotContain(" src=");
        html.Should().Contain("<h1>Small statement</h1>");
        html.Should().Contain("2020-11-10 00:00 Europe/Moscow");
        Regex.Count(html, "<details id=\"ob-").Should().Be(3);
        html.Should().Contain("<td class=\"status status-breached\">Breached</td><td class=\"status status-breached\">Breached</td>");
        html.Should().Contain("<td class=\"status status-fulfilled\">Fulfilled</td><td class=\"status status-fulfilled\">Fulfilled</td>");
        var svg = XDocument.Parse(SvgPart(html));
        svg.Root!.Name.LocalName.Should().Be("svg");
        svg.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "lane").Should().Be(3);
    }

    [Fact]
    public void Render_SmallFixture_DetailsHoldSentencesDeadlineClaimsAndSetAside()
    {
        var html = HtmlReport.Render(ReportFixture.Evaluator(), ReportFixture.AsOf, Perspectives);

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
        var html = HtmlReport.Render(ReportFixture.Evaluator(new ReportFixture.Texts(Source: "javascript:alert(1)")), ReportFixture.AsOf, Perspectives);

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

        var html = HtmlReport.Render(ReportFixture.Evaluator(texts), ReportFixture.AsOf, Perspectives);

        html.Should().NotContain(ReportFixture.Script).And.NotContain(ReportFixture.Img).And.NotContain("<img").And.NotContain("<script");
        html.Should().Contain(ReportFixture.ScriptEscaped).And.Contain(ReportFixture.ImgEscaped);
        var svg = SvgPart(html);
        svg.Should().Contain(ReportFixture.ScriptEscaped).And.Contain(ReportFixture.ImgEscaped);
        XDocument.Parse(svg).Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "img");
    }

    [Fact]
    public void Render_ChartFromNotBeforeAsOf_NoteInsteadOfChart()
    {
        var html = HtmlReport.Render(ReportFixture.Evaluator(), ReportFixture.Effective, Perspectives);

        html.Should().NotContain("<svg").And.Contain("No chart");
    }

    [Fact]
    public void Render_ChartFrom_StartsChartThere()
    {
        var html = HtmlReport.Render(ReportFixture.Evaluator(), ReportFixture.AsOf, Perspectives, Instant.FromUtc(2019, 1, 1, 0, 0));

        XDocument.Parse(SvgPart(html)).Root!.Elements().First(e => e.Name.LocalName == "title").Value.Should().Contain("2019-01-01T00:00:00Z to 2021-06-01T00:00:00Z");
    }

    [Fact]
    public void Render_NoPerspectives_Throws()
    {
        FluentActions.Invoking(() => HtmlReport.Render(ReportFixture.Evaluator(), ReportFixture.AsOf, [])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HtmlReport.Render(ReportFixture.Evaluator(), ReportFixture.AsOf, [null!])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => HtmlReport.Render(null!, ReportFixture.AsOf, Perspectives)).Should().Throw<ArgumentNullException>();
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
        var expected = ReportFixture.UnderCulture(string.Empty, () => HtmlReport.Render(evaluator, ReportFixture.AsOf, Perspectives));

        var actual = ReportFixture.UnderCulture(culture, () => HtmlReport.Render(evaluator, ReportFixture.AsOf, Perspectives));

        actual.Should().Be(expected);
    }

    [Fact]
    public void Render_BuiltInStatementWithEmptyTimeline_RendersEveryObligation()
    {
        var statement = BuiltIn.Statement;
        var evaluator = Evaluator.Create(statement, Timeline.Empty);

        var html = HtmlReport.Render(evaluator, Instant.FromUtc(2025, 1, 1, 0, 0), [Perspective.AllClaims, Perspective.AssertedBy("ARM"), Perspective.AssertedBy("AZE")]);

        Regex.Count(html, "<details id=\"ob-").Should().Be(statement.Obligations.Length);
        XDocument.Parse(SvgPart(html));
    }
}
