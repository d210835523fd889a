using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ceasefire.Domain.Reports;
using FluentAssertions;
using NodaTime;
using Xunit;

namespace Ceasefire.Domain.Tests.Hostile;

/// <summary>
/// User text carrying HTML, SVG, script, URL and spreadsheet-formula payloads (in titles, names, article text,
/// descriptions, places, conditions, claimant names, summaries, sources and locators) comes out inert in every report
/// format: no live markup in HTML, SVG or Markdown, no javascript: links, and no CSV cell that a spreadsheet would
/// run as a formula.
/// </summary>
public class ReportPayloadTests
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "\"><svg onload=alert(1)>",
        "javascript:alert(1)",
        "=cmd|' /C calc'!A0",
        "+SUM(1)",
        "@x",
        "-1",
    ];

    private static readonly DateTimeZone Moscow = DateTimeZoneProviders.Tzdb["Europe/Moscow"];

    private static readonly Instant AsOf = Instant.FromUtc(2021, 6, 1, 0, 0);

    private static readonly string All = string.Join(" ", Payloads);

    /// <summary>One obligation per payload, each performed per a claim whose only source, claimant, summary and locator is that payload.</summary>
    private static Statement Statement()
    {
        var b = Domain.Statement.CreateBuilder(All)
            .SignedOn(new LocalDate(2020, 11, 9))
            .InTimeZone(Moscow)
            .EffectiveAt(new LocalDateTime(2020, 11, 10, 0, 0))
            .Actor("A", Payloads[0], a => a.As(ActorRoles.Signatory | ActorRoles.Party).AlsoKnownAs(Payloads).Described(All))
            .Actor("B", Payloads[1], a => a.As(ActorRoles.Signatory | ActorRoles.Party))
            .Place("p1", Payloads[2], p => p.NameUsedBy(Payloads[3]).AlsoKnownAs(Payloads[4], Payloads[5]))
            .CrossReference(Payloads[0], Payloads[5], Payloads[2])
            .CrossReference("PA-X", "2324", "javascript:alert(document.cookie)")
            .Source(Payloads[2], Payloads[0])
            .Source(Payloads[3], Payloads[1]);
        var text = new StringBuilder();
        for (var i = 0; i < Payloads.Length; i++)
        {
            text.Append(Payloads[i]).Append(" shall be done ").Append(i).Append(" by 20 November 2020. ");
        }

        b.Article(1, text.ToString(), a =>
        {
            for (var i = 0; i < Payloads.Length; i++)
            {
                var n = i;
                a.Obligation("o" + n, o => o.OwedBy("A").OwedTo("B").Must().OneOff().DueBy(new LocalDate(2020, 11, 20))
                    .Described(Payloads[n]).Quoting(string.Concat(Payloads[n], " shall be done ", n))
                    .Counting(n, Payloads[n]).Concerning("p1"));
            }

            a.Variant(Payloads[1], All, v => v.Source(Payloads[2], Payloads[3]).InLanguage(Payloads[4]));
        });
        b.Article(2, All + " The Parties shall cease fire.", a => a
            .Obligation("ceasefire", o => o.OwedBy("A", "B").MustNot().Continuous().Described(All).Quoting("The Parties shall cease fire")
                .Upon(new Condition(ConditionKind.Other, All))));
        return b.Build();
    }

    private static Timeline Timeline(Statement statement)
    {
        var t = Domain.Timeline.CreateBuilder(statement);
        for (var i = 0; i < Payloads.Length; i++)
        {
            var n = i;
            var day = new LocalDate(2020, 11, 12 + n);
            t.Claim("p" + n, c => c.Performed("o" + n).On(day).ActedBy("A").AssertedBy(Payloads[n], "A")
                .Source(Payloads[n], Payloads[n]).KnownOn(day).Saying(Payloads[n]));
        }

        t.Claim("met", c => c.ConditionMet("ceasefire").On(new LocalDate(2020, 11, 10)).AssertedBy(All).Source(Payloads[3], All).KnownOn(new LocalDate(2020, 11, 10)).Saying(All));
        t.Claim("b1", c => c.Breached("ceasefire").On(new LocalDate(2020, 12, 12)).ActedBy("B").AssertedBy(Payloads[5], "A")
            .Source(Payloads[6], Payloads[4]).KnownOn(new LocalDate(2020, 12, 12)).Saying(All));
        t.Claim("d1", c => c.Denied("ceasefire").On(new LocalDate(2020, 12, 13)).Contradicts("b1").AssertedBy(Payloads[1], "B")
            .Source(Payloads[0], Payloads[2]).KnownOn(new LocalDate(2020, 12, 13)).Saying(All));
        return t.Build();
    }

    private static readonly Lazy<(Statement Statement, Timeline Timeline, Evaluator Evaluator, ComplianceReport[] Reports)> Subject = new(() =>
    {
        var s = Statement();
        var t = Timeline(s);
        var e = Evaluator.Create(s, t);
        return (s, t, e, [e.Evaluate(AsOf), e.Evaluate(AsOf, Perspective.OnlyAssertedBy("B")), e.Evaluate(AsOf, Perspective.FromSources(Payloads))]);
    });

    public static IEnumerable<object[]> Markup()
    {
        var (s, t, e, reports) = Subject.Value;
        var from = s.EffectiveFrom;
        var to = AsOf;
        return new (string, Func<string>)[]
        {
            ("report html", () => reports[0].ToHtml()),
            ("statement html", s.ToHtml),
            ("html page", () => HtmlReport.Render(reports, t, e.HistoryBetween(from, to, reports[0].Perspective))),
            ("evaluator html", () => e.ToHtml(AsOf, Perspective.AllClaims, Perspective.OnlyAssertedBy("A"))),
            ("svg", () => e.ToSvg(from, to)),
            ("svg per party", () => SvgTimelineChart.Render(e.HistoryBetween(from, to, Perspective.OnlyAssertedBy("B")), new SvgChartOptions { ShowClaims = true })),
            ("report markdown", () => reports[0].ToMarkdown()),
            ("markdown matrix", () => MarkdownReport.Render(reports.Take(2).ToArray())),
            ("statement markdown", s.ToMarkdown),
            ("timeline markdown", t.ToMarkdown),
            ("timeline html", t.ToHtml),
            ("assessment html", () => reports[0]["o0"].ToHtml()),
            ("assessment html, disputed", () => reports[0]["ceasefire"].ToHtml()),
            ("history html", () => e.HistoryBetween(from, to).ToHtml()),
        }.Select(x => new object[] { x.Item1, x.Item2 });
    }

    // A start tag, then its attributes as a browser tokenises them (values quoted with " or ', or unquoted).
    private static readonly Regex Tag = new(@"<([A-Za-z][A-Za-z0-9:-]*)((?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'>]+))?)*)\s*/?>", RegexOptions.CultureInvariant);

    private static readonly Regex Attribute = new(@"\s+([^\s""'>/=]+)(?:\s*=\s*(""[^""]*""|'[^']*'|[^\s""'>]+))?", RegexOptions.CultureInvariant);

    private static IEnumerable<(string Tag, string Name, string Value)> Attributes(string markup)
        => Tag.Matches(markup).SelectMany(tag => Attribute.Matches(tag.Groups[2].Value)
            .Select(a => (tag.Groups[1].Value, a.Groups[1].Value, System.Net.WebUtility.HtmlDecode(a.Groups[2].Value.Trim('"', '\'')))));

    /// <summary>What would be live if the text were opened in a browser (or a Markdown viewer that passes HTML through).</summary>
    private static List<string> LiveMarkup(string output)
    {
        var problems = new List<string>();

        // The explorer page's own two scripts are the only ones allowed: the constant script (the page's CSP admits it by
        // its hash) and the JSON data block, which must be pure ASCII without '<', '>' or '&' (so no text can end it).
        output = output.Replace(string.Concat("<script>", HtmlExplorer.Script, "</script>"), string.Empty, StringComparison.Ordinal);
        output = Regex.Replace(output, "<script type=\"application/json\" id=\"cf-data\">[\\x20-\\x25\\x27-\\x3B\\x3D\\x3F-\\x7E]*</script>", string.Empty);
        if (output.Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("a <script element");
        }

        if (output.Contains("](javascript:", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("a Markdown link to a javascript: URL");
        }

        foreach (Match tag in Tag.Matches(output))
        {
            if (tag.Groups[1].Value.ToUpperInvariant() is "IFRAME" or "OBJECT" or "EMBED" or "FOREIGNOBJECT")
            {
                problems.Add("an embedding element: " + tag.Value);
            }
        }

        foreach (var (tag, name, value) in Attributes(output))
        {
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(string.Concat("an event handler ", name, "= in <", tag, ">"));
            }

            if (name.ToUpperInvariant() is "HREF" or "SRC" or "ACTION" or "FORMACTION" or "XLINK:HREF"
                && Regex.IsMatch(value.TrimStart(), "^(javascript|vbscript|data):", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                problems.Add(string.Concat("a script URL in ", name, "= of <", tag, ">"));
            }
        }

        return problems;
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p title=\"x\"><svg onload=alert(1)></p>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href='&#106;avascript:alert(1)'>x</a>")]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("<script type=\"application/json\" id=\"cf-data\">{\"a\":\"</script><script>alert(1)</script>\"}</script>")]
    [InlineData("<script type=\"application/json\" id=\"cf-data\">{}</script><script>alert(1)</script>")]
    public void LiveMarkup_KnownLivePayload_Detected(string markup)
        => LiveMarkup(markup).Should().NotBeEmpty("the checker must catch what it is meant to catch");

    [Theory]
    [InlineData("<span title=\"&quot;&gt;&lt;svg onload=alert(1)&gt;\">x</span>")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1)")]
    [InlineData("<a href=\"https://example.org/?q=javascript:alert(1)\">x</a>")]
    public void LiveMarkup_InertPayload_NotReported(string markup)
        => LiveMarkup(markup).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Markup))]
    public void Render_HostilePayloads_NoLiveMarkup(string format, Func<string> render)
    {
        var output = render();

        LiveMarkup(output).Should().BeEmpty("{0} must carry user text inert", format);
        output.Should().Contain("alert(1)", "{0} shows the user's text, escaped, rather than dropping it", format);
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("svg per party")]
    public void RenderSvg_HostilePayloads_WellFormedXmlWithoutScriptOrHandlers(string format)
    {
        var render = (Func<string>)Markup().Single(x => (string)x[0] == format)[1];

        var document = XDocument.Parse(render());

        var elements = document.Descendants().ToList();
        elements.Should().NotContain(x => x.Name.LocalName == "script" || x.Name.LocalName == "foreignObject");
        elements.SelectMany(x => x.Attributes()).Should().NotContain(a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        elements.SelectMany(x => x.Attributes()).Where(a => a.Name.LocalName == "href")
            .Should().NotContain(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        string.Concat(elements.Select(x => x.Value)).Should().Contain("<script>alert(1)</script>", "the text content keeps the user's words");
    }

    [Fact]
    public void RenderHtml_HostilePayloads_EscapedTextPresent()
    {
        var (s, t, e, reports) = Subject.Value;

        var html = HtmlReport.Render(reports, t, e.HistoryBetween(s.EffectiveFrom, AsOf, reports[0].Perspective));

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;");
        html.Should().Contain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
        html.Should().NotContain("href=\"javascript:", "a javascript: source or cross-reference is never a link");
    }

    public static IEnumerable<object[]> Csv()
    {
        var (_, _, _, reports) = Subject.Value;
        yield return ["report csv", (Func<string>)(() => reports[0].ToCsv())];
        yield return ["csv of every perspective", (Func<string>)(() => CsvReport.Render(reports))];
    }

    [Theory]
    [MemberData(nameof(Csv))]
    public void RenderCsv_FormulaPayloads_NoCellStartsAFormula(string format, Func<string> render)
    {
        var rows = ParseCsv(render());

        rows.Should().HaveCountGreaterThan(Payloads.Length);
        rows.Select(r => r.Count).Distinct().Should().ContainSingle("every row has the same number of cells in {0}", format);
        foreach (var cell in rows.SelectMany(r => r))
        {
            if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                throw new Xunit.Sdk.XunitException(string.Concat(format, ": the cell '", cell, "' would run as a formula"));
            }
        }

        // Each payload is the first source of one row, neutralised with a leading apostrophe where it would be a formula.
        var cells = rows.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        cells.Should().Contain("'=cmd|' /C calc'!A0").And.Contain("'+SUM(1)").And.Contain("'@x").And.Contain("'-1");
    }

    /// <summary>An RFC 4180 reader: quoted cells may hold commas, quotes (doubled) and line breaks.</summary>
    private static List<List<string>> ParseCsv(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        quoted.Should().BeFalse("every quoted cell is closed");
        if (cell.Length > 0 || row.Count > 0)
        {
            row.Add(cell.ToString());
            rows.Add(row);
        }

        return rows;
    }
}
