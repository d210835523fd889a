using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// The renderers as extension methods, for notebooks and quick looks: <c>statement.ToMarkdown()</c>,
/// <c>report.ToHtml()</c>, <c>report.ToCsv()</c>, <c>evaluator.ToSvg(from, to)</c>. Import
/// <c>Ceasefire.Domain.Reports</c> to use them; the model and the evaluator know nothing of rendering.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class RenderingExtensions
{
    /// <summary>The statement's obligations as a Markdown table (article, id, obligors, kind, deadline, due instant).</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static string ToMarkdown(this Statement statement)
    {
        Guard.Against.Null(statement);
        return ModelTables.StatementMarkdown(statement);
    }

    /// <summary>The statement's obligations as an HTML table; all user text is escaped.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="statement"/> is null.</exception>
    public static string ToHtml(this Statement statement)
    {
        Guard.Against.Null(statement);
        return ModelTables.StatementHtml(statement);
    }

    /// <summary>The timeline's claims as a Markdown table (date, id, kind, obligations, claimant, sources).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string ToMarkdown(this Timeline timeline)
    {
        Guard.Against.Null(timeline);
        return ModelTables.TimelineMarkdown(timeline);
    }

    /// <summary>The timeline's claims as an HTML table (date, id, kind, obligations, claimant, summary, sources linked only when http or https); all user text is escaped.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>HTML text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeline"/> is null.</exception>
    public static string ToHtml(this Timeline timeline)
    {
        Guard.Against.Null(timeline);
        return ModelTables.TimelineHtml(timeline);
    }

    /// <summary>
    /// One assessment as an HTML fragment with its own scoped styles: the obligation, its status, explanation sentences,
    /// deadline reading, breaches, dispute sides, the claims used with their sources and the claims set aside. An
    /// assessment does not carry its statement's zone, so instants are given in UTC.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>HTML text; all user text is escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> is null.</exception>
    public static string ToHtml(this ObligationAssessment assessment)
    {
        Guard.Against.Null(assessment);
        return HtmlObligations.Fragment(assessment);
    }

    /// <summary>The SVG timeline chart of a status history as an HTML fragment (the <c>svg</c> element in a <c>div</c>, no XML declaration), for notebooks.</summary>
    /// <param name="history">The history.</param>
    /// <returns>HTML text; all user text is escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string ToHtml(this StatusHistory history)
    {
        Guard.Against.Null(history);
        var html = new System.Text.StringBuilder("<div class=\"ceasefire-chart\">\n");
        SvgTimelineChart.AppendSvg(html, history, null);
        return html.Append("</div>\n").ToString();
    }

    /// <summary>The compliance matrix as Markdown (see <see cref="MarkdownReport"/>); a notebook shows it as a table.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToMarkdown(this ComplianceReport report)
    {
        Guard.Against.Null(report);
        return MarkdownReport.Render([report]);
    }

    /// <summary>The statement status and compliance matrix as an HTML fragment with its own scoped styles; a notebook shows it as a table.</summary>
    /// <param name="report">The report.</param>
    /// <returns>HTML text; all user text is escaped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToHtml(this ComplianceReport report)
    {
        Guard.Against.Null(report);
        return HtmlReport.RenderFragment([report]);
    }

    /// <summary>The report as CSV, one row per obligation (see <see cref="CsvReport"/>).</summary>
    /// <param name="report">The report.</param>
    /// <returns>CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string ToCsv(this ComplianceReport report)
    {
        Guard.Against.Null(report);
        return CsvReport.Render([report]);
    }

    // RS0026 guards one type's overloads against ambiguity when optional parameters are added later; these two extend
    // different types (a history, an evaluator), so a call can never be ambiguous between them.
#pragma warning disable RS0026
    /// <summary>The SVG timeline chart of a status history (see <see cref="SvgTimelineChart"/>).</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">Layout options; <see langword="null"/> for <see cref="SvgChartOptions.Default"/>.</param>
    /// <returns>A standalone SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string ToSvg(this StatusHistory history, SvgChartOptions? options = null) => SvgTimelineChart.Render(history, options);

    /// <summary>The SVG timeline chart of every obligation's status history over a range (see <see cref="SvgTimelineChart"/>).</summary>
    /// <param name="evaluator">The compiled statement and timeline.</param>
    /// <param name="from">The start of the chart.</param>
    /// <param name="to">The end of the chart; after <paramref name="from"/>.</param>
    /// <param name="perspective">Which claims count; <see langword="null"/> for all claims.</param>
    /// <returns>A standalone SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public static string ToSvg(this Evaluator evaluator, Instant from, Instant to, Perspective? perspective = null)
    {
        Guard.Against.Null(evaluator);
        return SvgTimelineChart.Render(evaluator.HistoryBetween(from, to, perspective));
    }
#pragma warning restore RS0026

    /// <summary>
    /// A self-contained HTML page, the explorer (see <see cref="HtmlReport"/>): the statement, its status and every
    /// obligation's under each perspective, explanations, and every perspective's history from the statement's effective
    /// instant to <paramref name="asOf"/>, charted and behind the day slider (a note instead when <paramref name="asOf"/>
    /// is not after it).
    /// </summary>
    /// <param name="evaluator">The compiled statement and timeline.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <param name="perspectives">One or more perspectives; none for all claims only.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="perspectives"/> holds a null.</exception>
    public static string ToHtml(this Evaluator evaluator, Instant asOf, params Perspective[] perspectives)
    {
        Guard.Against.Null(evaluator);
        var (reports, histories) = Views(evaluator, asOf, ref perspectives);
        return HtmlReport.Render(reports, evaluator.Timeline, histories);
    }

    /// <summary>
    /// The explorer page of <see cref="ToHtml(Evaluator, Instant, Perspective[])"/> with a second selector, the
    /// rendering: the primary text, then each of <paramref name="readings"/> (labels of
    /// <see cref="Statement.ReadingLabels"/>), whose statuses and history under each perspective come from the statement
    /// as that rendering words it (<see cref="Statement.WithReading"/>, evaluated with the same timeline and options).
    /// The matrix, charts and explanations show the primary text.
    /// </summary>
    /// <param name="evaluator">The compiled statement (its primary text) and timeline.</param>
    /// <param name="asOf">The evaluation instant.</param>
    /// <param name="readings">The renderings to offer; empty for none (then the page is that of the other overload).</param>
    /// <param name="perspectives">One or more perspectives; none for all claims only.</param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluator"/> or <paramref name="readings"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="perspectives"/> holds a null.</exception>
    /// <exception cref="CeasefireValidationException">A label is not a rendering of the statement.</exception>
    public static string ToHtml(this Evaluator evaluator, Instant asOf, IReadOnlyList<string> readings, params Perspective[] perspectives)
    {
        Guard.Against.Null(evaluator);
        Guard.Against.Null(readings);
        var (reports, histories) = Views(evaluator, asOf, ref perspectives);
        var renderings = new List<HtmlExplorer.Rendering>(readings.Count);
        foreach (var label in readings)
        {
            var reading = Evaluator.Create(evaluator.Statement.WithReading(Guard.Against.Null(label)), evaluator.Timeline, evaluator.Options);
            var (readingReports, readingHistories) = Views(reading, asOf, ref perspectives);
            renderings.Add(new HtmlExplorer.Rendering(label, [.. readingReports], [.. readingHistories]));
        }

        return HtmlReport.Render(reports, evaluator.Timeline, histories, renderings);
    }

    private static (ComplianceReport[] Reports, StatusHistory?[] Histories) Views(Evaluator evaluator, Instant asOf, ref Perspective[] perspectives)
    {
        perspectives = perspectives is { Length: > 0 } ? perspectives : [Perspective.AllClaims];
        var reports = new ComplianceReport[perspectives.Length];
        for (var i = 0; i < perspectives.Length; i++)
        {
            var perspective = perspectives[i] ?? throw new ArgumentException(string.Concat("Perspective ", Text.Number(i), " is null."), nameof(perspectives));
            reports[i] = evaluator.Evaluate(asOf, perspective);
        }

        var from = evaluator.Statement.EffectiveFrom;
        var histories = new StatusHistory?[perspectives.Length];
        for (var i = 0; i < perspectives.Length && asOf > from; i++)
        {
            histories[i] = evaluator.HistoryBetween(from, asOf, perspectives[i]);
        }

        return (reports, histories);
    }
}
