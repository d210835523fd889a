using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using NodaTime;
using Xunit;
using BuiltIn = Ceasefire.Domain.Catalog.TrilateralStatement2020;

namespace Ceasefire.Domain.Tests.Reports;

public class CsvReportTests
{
    private const string Header = "asOf,perspective,obligationId,article,status,timeliness,dueInstant,breachOngoing,reason,claimsUsed,sources";

    /// <summary>A strict RFC 4180 reader: CRLF record separators, quoted fields with doubled quotes.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(csv[i++]);
                }
            }

            while (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
            {
                csv[i].Should().NotBe('"', "a quote may only appear in a quoted field");
                csv[i].Should().NotBe('\n', "a bare LF may only appear in a quoted field");
                field.Append(csv[i++]);
            }

            record.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }

            csv.Substring(i, 2).Should().Be("\r\n");
            i += 2;
            records.Add(record);
            record = new List<string>();
        }

        return records;
    }

    private sealed class ReasonRule(string reason) : IStatusRule
    {
        public string Id => "hostile";

        public RuleDecision? Decide(RuleContext context)
            => context.Obligation.Id == "report" ? RuleDecision.Of(ObligationStatus.Pending, reason) : null;
    }

    [Fact]
    public void Render_SmallFixture_HeaderThenOneRowPerObligationAndPerspective()
    {
        var csv = CsvReport.Render(ReportFixture.Reports(ReportFixture.Evaluator()));

        csv.Should().StartWith(Header + "\r\n").And.EndWith("\r\n");
        csv.Replace("\r\n", string.Empty, StringComparison.Ordinal).Should().NotContain("\n");
        var records = Parse(csv);
        records.Should().HaveCount(1 + (3 * 2));
        records.Should().OnlyContain(r => r.Count == 11);
        records.Skip(1).Select(r => string.Join("/", r[1], r[2], r[4])).Should().Equal(
            "all claims/ceasefire/Breached", "all claims/return/Fulfilled", "all claims/report/NoInformation",
            "siding with B/ceasefire/Breached", "siding with B/return/Fulfilled", "siding with B/report/NoInformation");
    }

    [Fact]
    public void Render_SmallFixture_FieldsHoldInstantsClaimsAndSources()
    {
        var records = Parse(CsvReport.Render(ReportFixture.Reports(ReportFixture.Evaluator())));

        var ceasefire = records[1];
        ceasefire[0].Should().Be("2021-06-01T00:00:00Z");
        ceasefire[3].Should().Be("1");
        ceasefire[7].Should().Be("true");
        ceasefire[9].Should().Be("b1");
        ceasefire[10].Should().Be("https://example.org/news?id=1&lang=en");
        var returned = records[2];
        returned[5].Should().Be("OnTime");
        returned[6].Should().Be("2020-11-20T21:00:00Z");
        returned[7].Should().Be("false");
        returned[9].Should().Be("p1");
        returned[10].Should().Be("doc.txt");
    }

    [Fact]
    public void Render_FieldsWithCommasQuotesAndNewlines_AreQuoted()
    {
        var texts = new ReportFixture.Texts(ClaimantName: "Say \"hi\", then\r\nleave", Source: "a,b.txt");

        var csv = CsvReport.Render(ReportFixture.Reports(ReportFixture.Evaluator(texts)));

        csv.Should().Contain("\"a,b.txt\"");
        csv.Should().Contain("per Say \"\"hi\"\", then\r\nleave");
        var records = Parse(csv);
        records.Should().HaveCount(7);
        records[2][8].Should().Contain("per Say \"hi\", then\r\nleave");
        records[2][10].Should().Be("a,b.txt");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1")]
    [InlineData("-2")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1")]
    [InlineData("\r=1")]
    public void Render_SourceStartingLikeFormula_GetsLeadingApostrophe(string payload)
    {
        var texts = new ReportFixture.Texts(Description: payload, ClaimantName: payload, Summary: payload, Source: payload);

        var records = Parse(CsvReport.Render(ReportFixture.Reports(ReportFixture.Evaluator(texts))));

        records[2][10].Should().Be("'" + payload);
        records.SelectMany(r => r).Should().NotContain(cell => cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    public void Render_ReasonStartingLikeFormula_NeutralisedThenQuoted(string reason, string expectedField)
    {
        var options = EvaluationOptions.Default.WithRule(new ReasonRule(reason));

        var csv = CsvReport.Render(ReportFixture.Reports(ReportFixture.Evaluator(options: options)));

        csv.Should().Contain(",Pending,NotApplicable,2020-11-30T21:00:00Z,false," + expectedField + ",,\r\n");
        Parse(csv)[3][8].Should().Be("'" + reason);
    }

    [Fact]
    public void Render_EmptyOrNull_Throws()
    {
        FluentActions.Invoking(() => CsvReport.Render([])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => CsvReport.Render(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Columns_MatchHeaderRow()
    {
        string.Join(",", CsvReport.Columns).Should().Be(Header);
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
        var expected = ReportFixture.UnderCulture(string.Empty, () => CsvReport.Render(reports));

        var actual = ReportFixture.UnderCulture(culture, () => CsvReport.Render(reports));

        actual.Should().Be(expected);
    }

    [Fact]
    public void Render_BuiltInStatementWithEmptyTimeline_OneRowPerObligation()
    {
        var statement = BuiltIn.Statement;
        var report = statement.Evaluate(Timeline.Empty, Instant.FromUtc(2025, 1, 1, 0, 0));

        var records = Parse(CsvReport.Render([report]));

        records.Should().HaveCount(1 + statement.Obligations.Length);
    }
}
