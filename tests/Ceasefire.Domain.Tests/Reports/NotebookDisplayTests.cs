using System.Xml.Linq;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Reports;

/// <summary>Reports and key types render themselves for notebooks: a table or a chart, not a type name.</summary>
public class NotebookDisplayTests
{
    private static readonly Instant AsOf = Instant.FromUtc(2023, 6, 1, 0, 0);

    [Fact]
    public void ComplianceReport_ToMarkdownToHtmlToCsvToString_ShowTheMatrix()
    {
        var report = TrilateralStatement2020.Statement.Evaluate(TrilateralStatement2020.Timeline, AsOf);

        report.ToMarkdown().Should().Contain("| ").And.Contain("a2-aghdam-return").And.Contain("Fulfilled");
        report.ToHtml().Should().StartWith("<div class=\"ceasefire-report\">").And.Contain("<table").And.Contain("a6-corridor-safe-movement");
        report.ToCsv().Should().StartWith("asOf,perspective,obligationId");
        report.ToString().Should().Contain("a4-armed-forces-withdrawal: Disputed").And.NotContain("Ceasefire.Domain.ComplianceReport");
    }

    [Fact]
    public void Statement_ToMarkdownAndToHtml_ListEveryObligation()
    {
        var statement = TrilateralStatement2020.Statement;

        foreach (var obligation in statement.Obligations)
        {
            statement.ToMarkdown().Should().Contain(obligation.Id);
            statement.ToHtml().Should().Contain(obligation.Id);
        }

        statement.ToMarkdown().Should().Contain("2020-11-20T21:00:00Z");
    }

    [Fact]
    public void Timeline_ToMarkdown_OneRowPerClaim()
    {
        var timeline = TrilateralStatement2020.Timeline;

        var rows = timeline.ToMarkdown().Split('\n', System.StringSplitOptions.RemoveEmptyEntries);

        rows.Should().HaveCount(timeline.Claims.Length + 2);
    }

    [Fact]
    public void Evaluator_ToSvgAndToHtml_ProduceDocuments()
    {
        var evaluator = Evaluator.Create(TrilateralStatement2020.Statement, TrilateralStatement2020.Timeline);

        XDocument.Parse(evaluator.ToSvg(TrilateralStatement2020.Statement.EffectiveFrom, AsOf)).Root!.Name.LocalName.Should().Be("svg");
        evaluator.ToHtml(AsOf).Should().StartWith("<!DOCTYPE html>").And.Contain("<svg");
    }
}
