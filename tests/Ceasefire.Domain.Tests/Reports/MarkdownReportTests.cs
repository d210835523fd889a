using System;
using System.Linq;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using NodaTime;
using Xunit;
using BuiltIn = Ceasefire.Domain.Catalog.TrilateralStatement2020;

namespace Ceasefire.Domain.Tests.Reports;

public class MarkdownReportTests
{
    private static string[] TableRows(string markdown)
        => markdown.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Article", StringComparison.Ordinal)).ToArray();

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\')
            {
                i++;
            }
            else if (line[i] == '|')
            {
                count++;
            }
        }

        return count;
    }

    [Fact]
    public void Render_SmallFixture_OneRowPerObligationWithExpectedStatuses()
    {
        var reports = ReportFixture.Reports(ReportFixture.Evaluator());

        var markdown = MarkdownReport.Render(reports);

        var rows = TableRows(markdown);
        rows.Should().HaveCount(3);
        rows[0].Should().StartWith("| 1 | ceasefire | Breached | Breached | Breached: ");
        rows[1].Should().StartWith("| 2 | return | Fulfilled | Fulfilled | Performed on 2020-11-19");
        rows[2].Should().StartWith("| 2 | report | NoInformation | NoInformation | ");
    }

    [Fact]
    public void Render_SmallFixture_HeaderNamesStatementInstantZoneAndStatusPerPerspective()
    {
        var markdown = MarkdownReport.Render(ReportFixture.Reports(ReportFixture.Evaluator()));

        markdown.Should().StartWith("# Compliance matrix: Small statement\n");
        markdown.Should().Contain("2021-06-01T00:00:00Z (2021-06-01 03:00 Europe/Moscow)");
        markdown.Should().Contain("  - all claims: **InForce**");
        markdown.Should().Contain("  - siding with B: **InForce**");
        markdown.Should().Contain("| Article | Obligation | all claims | siding with B | Reason (all claims) |\n|---:|---|---|---|---|\n");
    }

    [Fact]
    public void Render_HostileText_EscapesTableMetacharacters()
    {
        var texts = new ReportFixture.Texts(Title: "T|i`t\nle [x](javascript:y) <b>", ClaimantName: "A | B\r\n`x` [l](u) <i>");
        var markdown = MarkdownReport.Render(ReportFixture.Reports(ReportFixture.Evaluator(texts)));

        markdown.Should().StartWith("# Compliance matrix: T\\|i\\`t le \\[x\\](javascript:y) &lt;b&gt;\n");
        markdown.Should().NotContain("<b>").And.NotContain("<i>").And.NotContain("[l]");
        var rows = TableRows(markdown);
        rows.Should().HaveCount(3);
        rows.Should().OnlyContain(r => UnescapedPipes(r) == 6);
        rows[1].Should().Contain("A \\| B  \\`x\\` \\[l\\](u) &lt;i&gt;");
    }

    [Fact]
    public void Render_ReportsOfDifferentInstants_Throws()
    {
        var evaluator = ReportFixture.Evaluator();
        var reports = new[] { evaluator.Evaluate(ReportFixture.AsOf), evaluator.Evaluate(ReportFixture.AsOf + Duration.FromDays(1)) };

        var act = () => MarkdownReport.Render(reports);

        act.Should().Throw<ArgumentException>().WithParameterName("reports");
    }

    [Fact]
    public void Render_ReportsOfDifferentStatements_Throws()
    {
        var reports = new[]
        {
            ReportFixture.Evaluator().Evaluate(ReportFixture.AsOf),
            ReportFixture.Evaluator(new ReportFixture.Texts(Title: "Other")).Evaluate(ReportFixture.AsOf),
        };

        var act = () => MarkdownReport.Render(reports);

        act.Should().Throw<ArgumentException>().WithParameterName("reports");
    }

    [Fact]
    public void Render_EmptyOrNull_Throws()
    {
        FluentActions.Invoking(() => MarkdownReport.Render([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => MarkdownReport.Render(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => MarkdownReport.Render([null!])).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("hy-AM")]
    [InlineData("az-Latn-AZ")]
    [InlineData("ru-RU")]
    public void Render_UnderCulture_ByteIdenticalToInvariant(string culture)
    {
        var reports = ReportFixture.Reports(ReportFixture.Evaluator());
        var expected = ReportFixture.UnderCulture(string.Empty, () => MarkdownReport.Render(reports));

        var actual = ReportFixture.UnderCulture(culture, () => MarkdownReport.Render(reports));

        actual.Should().Be(expected);
    }

    [Fact]
    public void Render_BuiltInStatementWithEmptyTimeline_OneRowPerObligation()
    {
        var statement = BuiltIn.Statement;
        var asOf = Instant.FromUtc(2025, 1, 1, 0, 0);
        var reports = new[] { statement.Evaluate(Timeline.Empty, asOf), statement.Evaluate(Timeline.Empty, asOf, Perspective.OnlyAssertedBy("ARM")) };

        var markdown = MarkdownReport.Render(reports);

        TableRows(markdown).Should().HaveCount(statement.Obligations.Length);
    }
}
