using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using Microsoft.DotNet.Interactive.Formatting;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Interactive.Tests;

/// <summary>What a notebook shows for each value once the package's formatters are registered (as its extension.dib does).</summary>
public class FormatterTests
{
    private const string Script = "<script>window.cfPwned=1</script>";
    private static readonly Instant AsOf = Instant.FromUtc(2023, 6, 1, 0, 0);

    static FormatterTests() => CeasefireFormatters.Register();

    private static string Show(object value) => value.ToDisplayString(HtmlFormatter.MimeType);

    [Fact]
    public void Report_ShownAsStatementStatusAndComplianceTable()
    {
        var report = TrilateralStatement2020.Statement.Evaluate(TrilateralStatement2020.Timeline, AsOf);

        var html = Show(report);

        html.Should().Be(report.ToHtml());
        html.Should().StartWith("<div class=\"ceasefire-report\">").And.Contain("<table");
        Regex.Count(html, "<tr><td class=\"num\">").Should().Be(TrilateralStatement2020.Statement.Obligations.Length, "one row per obligation");
        html.Should().NotContain("ComplianceReport {", "not the default object tree");
    }

    [Fact]
    public void Assessment_ShownAsStatusExplanationClaimsAndSources()
    {
        var report = TrilateralStatement2020.Statement.Evaluate(TrilateralStatement2020.Timeline, AsOf);
        var assessment = report["a2-aghdam-return"];

        var html = Show(assessment);

        html.Should().Be(assessment.ToHtml());
        html.Should().Contain("status-fulfilled").And.Contain(">Fulfilled</span>");
        Regex.Count(html, "<li>", RegexOptions.None).Should().BeGreaterThanOrEqualTo(assessment.Explanation.Sentences.Length);
        html.Should().Contain("<ul class=\"sentences\"><li>").And.Contain("<strong>Deadline:</strong>");
        html.Should().Contain("<h4>Claims used</h4>").And.Contain(assessment.Explanation.ClaimsUsed[0].Claim.Id).And.Contain("<ul class=\"sources\">");
    }

    [Fact]
    public void History_ShownAsTheSvgChart()
    {
        var evaluator = Evaluator.Create(TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);
        var history = evaluator.HistoryBetween(TrilateralStatement2020.Statement.EffectiveFrom, AsOf);

        var html = Show(history);

        html.Should().StartWith("<div class=\"ceasefire-chart\">\n<svg").And.NotContain("<?xml");
        var svg = XDocument.Parse(html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + 6)]);
        svg.Descendants().Count(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "lane").Should().Be(TrilateralStatement2020.Statement.Obligations.Length);
    }

    [Fact]
    public void Timeline_ShownAsClaimsTable()
    {
        var timeline = TrilateralStatement2020.Timeline;

        var html = Show(timeline);

        Regex.Count(html, "<tr><td>").Should().Be(timeline.Claims.Length);
        html.Should().Contain("<code>" + timeline.Claims[0].Id + "</code>");
        html.Should().Contain("rel=\"noopener noreferrer nofollow\"", "http sources are links that pass no referrer");
    }

    [Fact]
    public void Statement_ShownAsObligationsTable()
        => Regex.Count(Show(TrilateralStatement2020.Statement), "<tr><td>").Should().Be(TrilateralStatement2020.Statement.Obligations.Length);

    [Fact]
    public void HostileText_EscapedInEveryFormatter()
    {
        var statement = Statement.CreateBuilder(Script)
            .SignedOn(new LocalDate(2020, 11, 9))
            .InTimeZone("Europe/Moscow")
            .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
            .Actor("A", Script, a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Actor("B", "B", a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Article(1, "A shall return the region by 20 November 2020.", a => a
                .Obligation("return", o => o.OwedBy("A").OwedTo("B").Must().OneOff().DueBy(new LocalDate(2020, 11, 20)).Described(Script).Quoting("A shall return the region by 20 November 2020")))
            .Build();
        var timeline = Timeline.CreateBuilder(statement)
            .Claim("p1", c => c.Performed("return").On(new LocalDate(2020, 11, 19)).AssertedBy(Script, "A").Source("javascript:window.cfPwned=1", Script)
                .Saying(Script).KnownOn(new LocalDate(2020, 11, 19)))
            .Build();
        var evaluator = Evaluator.Create(statement, timeline);
        var report = evaluator.Evaluate(Instant.FromUtc(2021, 1, 1, 0, 0));

        foreach (var value in new object[] { report, report["return"], evaluator.HistoryBetween(statement.EffectiveFrom, report.AsOf), timeline, statement })
        {
            var html = Show(value);
            html.Should().NotContain(Script, "{0} escapes user text", value.GetType().Name).And.NotContain("href=\"javascript:");
            html.Should().Contain("&lt;script&gt;");
        }
    }

    [Fact]
    public void Register_CalledAgain_StillOneFormatterWinsAndCounts()
    {
        var before = CeasefireFormatters.Registrations;

        CeasefireFormatters.Register();

        CeasefireFormatters.Registrations.Should().Be(before + 1);
        Show(TrilateralStatement2020.Timeline).Should().StartWith("<div class=\"ceasefire-timeline\">");
    }

    [Fact]
    public void ExtensionScript_PackedWhereTheKernelLooksAndCallsRegister()
    {
        var script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "extension.dib"));
        var project = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Ceasefire.Domain.Interactive.csproj.xml"));

        script.Should().Contain("#!csharp").And.Contain("Ceasefire.Domain.Interactive.CeasefireFormatters.Register();");
        project.Descendants("None").Should().Contain(e => (string?)e.Attribute("Include") == "extension.dib"
            && (string?)e.Attribute("Pack") == "true" && (string?)e.Attribute("PackagePath") == "interactive-extensions/dotnet");
    }
}
