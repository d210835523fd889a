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

public class SvgTimelineChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly Instant From = Instant.FromUtc(2020, 11, 1, 0, 0);
    private static readonly Instant To = Instant.FromUtc(2023, 1, 1, 0, 0);

    private static XElement[] Lanes(XDocument document)
        => document.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "lane").ToArray();

    [Fact]
    public void Render_SmallFixture_ParsesAsSvgWithOneLanePerObligation()
    {
        var svg = SvgTimelineChart.Render(ReportFixture.Evaluator().HistoryBetween(From, To));

        var document = XDocument.Parse(svg);
        document.Root!.Name.Should().Be(Svg + "svg");
        document.Root.Attribute("version")!.Value.Should().Be("1.1");
        document.Root.Element(Svg + "title")!.Value.Should().StartWith("Small statement");
        var lanes = Lanes(document);
        lanes.Should().HaveCount(3);
        lanes.Select(l => l.Elements(Svg + "text").First().Nodes().OfType<XText>().Single().Value).Should().Equal(ReportFixture.ObligationIds);
    }

    [Fact]
    public void Render_SmallFixture_OneTitledRectanglePerHistoryInterval()
    {
        var evaluator = ReportFixture.Evaluator();

        var document = XDocument.Parse(SvgTimelineChart.Render(evaluator.HistoryBetween(From, To)));

        var lanes = Lanes(document);
        for (var i = 0; i < lanes.Length; i++)
        {
            var history = evaluator.History(ReportFixture.ObligationIds[i], From, To);
            var bars = lanes[i].Elements(Svg + "rect").Where(r => r.Element(Svg + "title") is not null && (string?)r.Attribute("class") != "episode").ToArray();
            bars.Should().HaveCount(history.Length);
            for (var j = 0; j < history.Length; j++)
            {
                var tooltip = bars[j].Element(Svg + "title")!.Value;
                tooltip.Should().Contain(history[j].Status.ToString()).And.Contain(history[j].Reason);
                tooltip.Should().Contain(string.Concat("[", history[j].Start.ToString(), ", ", history[j].End.ToString(), ")"));
            }
        }
    }

    [Fact]
    public void Render_SmallFixture_BreachEpisodeDrawnAsAMarkOnItsLane()
    {
        var document = XDocument.Parse(SvgTimelineChart.Render(ReportFixture.Evaluator().HistoryBetween(From, To)));

        var lanes = Lanes(document);
        var ceasefire = System.Array.IndexOf(ReportFixture.ObligationIds, "ceasefire");
        var marks = lanes[ceasefire].Elements(Svg + "rect").Where(r => (string?)r.Attribute("class") == "episode").ToArray();
        marks.Should().ContainSingle().Which.Element(Svg + "title")!.Value.Should().Contain("breach episode b1").And.Contain("(ongoing)");
        lanes.Where((_, i) => i != ceasefire).SelectMany(l => l.Elements(Svg + "rect")).Should().NotContain(r => (string?)r.Attribute("class") == "episode");
    }

    [Fact]
    public void Render_SmallFixture_HasYearTicksDeadlinesClaimsAndLegend()
    {
        var svg = SvgTimelineChart.Render(ReportFixture.Evaluator().HistoryBetween(From, To));

        var document = XDocument.Parse(svg);
        var texts = document.Descendants(Svg + "text").Select(t => t.Nodes().OfType<XText>().FirstOrDefault()?.Value).ToArray();
        texts.Should().Contain(["2021", "2022", "2023"]);
        var lanes = Lanes(document);
        lanes[1].Elements(Svg + "line").Count(l => (string?)l.Attribute("class") == "deadline").Should().Be(1);
        lanes[2].Elements(Svg + "line").Count(l => (string?)l.Attribute("class") == "deadline").Should().Be(1);
        lanes[0].Elements(Svg + "circle").Should().ContainSingle();
        lanes[1].Elements(Svg + "circle").Should().ContainSingle();
        var legend = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        legend.Elements(Svg + "text").Select(t => t.Value).Should().Contain(["NotYetInForce", "Pending", "Fulfilled", "NoInformation", "Breached", "deadline"]);
    }

    [Fact]
    public void Render_ShowClaimsOff_NoClaimMarkers()
    {
        var options = new SvgChartOptions { ShowClaims = false, Width = 800, LaneHeight = 30 };

        var document = XDocument.Parse(SvgTimelineChart.Render(ReportFixture.Evaluator().HistoryBetween(From, To), options));

        document.Descendants(Svg + "circle").Should().BeEmpty();
        document.Root!.Attribute("width")!.Value.Should().Be("800");
        Lanes(document)[0].Elements(Svg + "rect").First().Attribute("height")!.Value.Should().Be("30");
    }

    [Fact]
    public void Render_PerspectiveSettingClaimAside_DrawsHollowMarker()
    {
        var document = XDocument.Parse(SvgTimelineChart.Render(ReportFixture.Evaluator().HistoryBetween(From, To, Perspective.OnlyAssertedBy("B"))));

        var marker = Lanes(document)[1].Elements(Svg + "circle").Single();
        marker.Attribute("fill")!.Value.Should().Be("#FFFFFF");
        marker.Element(Svg + "title")!.Value.Should().Contain("set aside: ClaimantOutsidePerspective");
    }

    [Fact]
    public void Render_Coordinates_InvariantWithAtMostTwoDecimals()
    {
        var document = XDocument.Parse(SvgTimelineChart.Render(ReportFixture.Evaluator().HistoryBetween(From, To), new SvgChartOptions { Width = 1001 }));

        var numeric = new Regex("^-?[0-9]+(\\.[0-9]{1,2})?$");
        var names = new[] { "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height" };
        var values = document.Descendants().SelectMany(e => e.Attributes()).Where(a => names.Contains(a.Name.LocalName)).Select(a => a.Value).ToArray();
        values.Should().NotBeEmpty().And.OnlyContain(v => numeric.IsMatch(v));
    }

    [Fact]
    public void Render_HostileText_EscapedAndStillXml()
    {
        var texts = new ReportFixture.Texts(
            Title: ReportFixture.Script,
            Description: ReportFixture.Img,
            ClaimantName: ReportFixture.Script + " & co \u0001",
            Summary: ReportFixture.Img);

        var svg = SvgTimelineChart.Render(ReportFixture.Evaluator(texts).HistoryBetween(From, To));

        svg.Should().NotContain(ReportFixture.Script).And.NotContain("<img");
        svg.Should().Contain(ReportFixture.ScriptEscaped).And.Contain(ReportFixture.ImgEscaped).And.Contain("&amp; co");
        var document = XDocument.Parse(svg);
        document.Root!.Element(Svg + "title")!.Value.Should().StartWith(ReportFixture.Script);
        document.Descendants().Should().NotContain(e => e.Name.LocalName == "script" || e.Name.LocalName == "img");
    }

    [Fact]
    public void Render_EmptyRangeOrNoHistory_Throws()
    {
        FluentActions.Invoking(() => ReportFixture.Evaluator().HistoryBetween(To, To)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SvgTimelineChart.Render(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToSvg_EvaluatorAndHistory_SameAsRender()
    {
        var evaluator = ReportFixture.Evaluator();
        var expected = SvgTimelineChart.Render(evaluator.HistoryBetween(From, To, Perspective.OnlyAssertedBy("B")));

        evaluator.ToSvg(From, To, Perspective.OnlyAssertedBy("B")).Should().Be(expected);
        evaluator.HistoryBetween(From, To, Perspective.OnlyAssertedBy("B")).ToSvg().Should().Be(expected);
        evaluator.ToSvg(From, To).Should().NotBe(expected, "the perspective sets a claim aside");
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        FluentActions.Invoking(() => new SvgChartOptions { Width = 10 }).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new SvgChartOptions { LaneHeight = 0 }).Should().Throw<ArgumentOutOfRangeException>();
        SvgChartOptions.Default.Should().Be(new SvgChartOptions { Width = 1200, LaneHeight = 22, ShowClaims = true });
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
        var expected = ReportFixture.UnderCulture(string.Empty, () => SvgTimelineChart.Render(evaluator.HistoryBetween(From, To), new SvgChartOptions { Width = 977 }));

        var actual = ReportFixture.UnderCulture(culture, () => SvgTimelineChart.Render(evaluator.HistoryBetween(From, To), new SvgChartOptions { Width = 977 }));

        actual.Should().Be(expected);
    }

    [Fact]
    public void Render_BuiltInStatementWithEmptyTimeline_OneLanePerObligation()
    {
        var statement = BuiltIn.Statement;
        var evaluator = Evaluator.Create(statement, Timeline.Empty);

        var svg = SvgTimelineChart.Render(evaluator.HistoryBetween(statement.EffectiveFrom, Instant.FromUtc(2031, 1, 1, 0, 0)));

        Lanes(XDocument.Parse(svg)).Should().HaveCount(statement.Obligations.Length);
    }
}
