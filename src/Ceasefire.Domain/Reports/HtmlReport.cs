using System;
using System.Collections.Generic;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// Renders a self-contained, interactive HTML5 compliance report (an explorer) of a statement at one instant under one
/// or more perspectives: the statement's facts (title, signing date, effective instant, zone, parties,
/// cross-references), its status under each perspective, an explorer (a day slider from the statement's effective day
/// to the report's instant and a perspective selector, showing every obligation's status on the chosen day from the
/// library's own status intervals, embedded as JSON), the compliance matrix (as <see cref="MarkdownReport"/>, with a
/// CSS class per status such as <c>status-fulfilled-late</c>), the <see cref="SvgTimelineChart"/> of each perspective
/// that has a history (breach episodes and deadlines drawn on it, and a cursor at the chosen day), and one collapsible
/// section per obligation with, per perspective, its explanation sentences, deadline reading, the claims used with their
/// sources and the claims set aside with why; a click or Enter on an obligation in the explorer opens its section.
/// </summary>
/// <remarks>
/// <para>The page loads nothing: an inline style sheet (with print rules: controls hidden, every section opened), one
/// constant inline script allowed by the page's Content-Security-Policy (<c>default-src 'none'</c>) through its hash,
/// no external scripts, fonts or images. Without scripts it still shows everything at the report's instant. Links are
/// emitted only for http and https URLs, with <c>rel="noopener noreferrer nofollow"</c>. Every piece of text from the
/// statement, timeline or perspectives is escaped, and the embedded JSON escapes <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>,
/// U+2028 and U+2029. Statuses differ by a glyph and their name as well as by colour; text on every status colour meets
/// WCAG AA contrast. Output is deterministic and culture-invariant.</para>
/// </remarks>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class HtmlReport
{
    /// <summary>Renders the report page.</summary>
    /// <param name="reports">At least one report, all of the same statement and instant: one per perspective, one matrix column each, in order.</param>
    /// <param name="timeline">The timeline the reports evaluate (the page counts its claims).</param>
    /// <param name="history">
    /// The status history of one report's perspective (the first report with that perspective), usually from
    /// <see cref="Evaluator.HistoryBetween"/> from the statement's effective instant to the reports' instant under the
    /// first report's perspective: it is charted and drives the explorer for that perspective; the other perspectives
    /// show their status at the reports' instant only. <see langword="null"/> for none, and a note takes the chart's place.
    /// To give every perspective its history, use the overload that takes a list of histories.
    /// </param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="reports"/> is empty, holds a null or mixes statements or instants, or <paramref name="history"/> is
    /// of another statement or timeline, or of a perspective none of the reports has.
    /// </exception>
    // RS0027 wants the overload with an optional parameter to have the most parameters; both have three, of unrelated
    // types (one history, a list of them), so only a literal null third argument is ambiguous, and a caller drops it.
#pragma warning disable RS0027
    public static string Render(IReadOnlyList<ComplianceReport> reports, Timeline timeline, StatusHistory? history = null)
#pragma warning restore RS0027
    {
        ReportSet.RequireSameStatementAndInstant(reports, nameof(reports));
        Guard.Against.Null(timeline);
        var histories = new List<StatusHistory?>(reports.Count);
        var attached = history is null;
        foreach (var report in reports)
        {
            var mine = !attached && report.Perspective.Equals(history!.Perspective);
            histories.Add(mine ? history : null);
            attached |= mine;
        }

        if (history is not null)
        {
            RequireOf(history, reports[0].Statement, timeline, nameof(history));
            if (!attached)
            {
                throw new ArgumentException(string.Concat("The history is under the perspective '", history.Perspective.Name, "', which none of the reports has."), nameof(history));
            }
        }

        return Page(new List<ComplianceReport>(reports), timeline, histories);
    }

    /// <summary>Renders the report page with a history for every report, so that the explorer's slider works under every perspective.</summary>
    /// <param name="reports">At least one report, all of the same statement and instant: one per perspective, one matrix column each, in order.</param>
    /// <param name="timeline">The timeline the reports evaluate (the page counts its claims).</param>
    /// <param name="histories">
    /// One status history per report, in the same order and under the same perspective, usually from
    /// <see cref="Evaluator.HistoryBetween"/> from the statement's effective instant to the reports' instant; an entry may be
    /// <see langword="null"/> (that perspective then has no chart, and the explorer shows it at the reports' instant only).
    /// </param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/>, <paramref name="timeline"/> or <paramref name="histories"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="reports"/> is empty, holds a null or mixes statements or instants; <paramref name="histories"/> has
    /// another count than <paramref name="reports"/>, or holds a history of another statement, timeline or perspective
    /// than its report's.
    /// </exception>
    public static string Render(IReadOnlyList<ComplianceReport> reports, Timeline timeline, IReadOnlyList<StatusHistory?> histories)
        => Render(reports, timeline, histories, []);

    /// <summary>As the public overload, with the explorer's views under further renderings of the text (a rendering selector).</summary>
    internal static string Render(IReadOnlyList<ComplianceReport> reports, Timeline timeline, IReadOnlyList<StatusHistory?> histories, List<HtmlExplorer.Rendering> renderings)
    {
        ReportSet.RequireSameStatementAndInstant(reports, nameof(reports));
        Guard.Against.Null(timeline);
        Guard.Against.Null(histories);
        if (histories.Count != reports.Count)
        {
            throw new ArgumentException(string.Concat("Give one history (or null) per report: ", Text.Number(reports.Count), " reports, ", Text.Number(histories.Count), " histories."), nameof(histories));
        }

        for (var i = 0; i < histories.Count; i++)
        {
            if (histories[i] is { } history)
            {
                RequireOf(history, reports[0].Statement, timeline, nameof(histories));
                if (!history.Perspective.Equals(reports[i].Perspective))
                {
                    throw new ArgumentException(string.Concat("History ", Text.Number(i), " is under the perspective '", history.Perspective.Name, "', its report under '", reports[i].Perspective.Name, "'."), nameof(histories));
                }
            }
        }

        return Page(new List<ComplianceReport>(reports), timeline, new List<StatusHistory?>(histories), renderings);
    }

    private static void RequireOf(StatusHistory history, Statement statement, Timeline timeline, string parameter)
    {
        if (!history.Statement.Equals(statement) || !history.Timeline.Equals(timeline))
        {
            throw new ArgumentException("The history is of another statement or timeline than the reports.", parameter);
        }
    }

    private static string Page(List<ComplianceReport> list, Timeline timeline, List<StatusHistory?> histories, List<HtmlExplorer.Rendering>? renderings = null)
    {
        var statement = list[0].Statement;
        var asOf = list[0].AsOf;
        var zone = statement.TimeZone;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(HtmlExplorer.ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Ceasefire.Domain\">\n")
            .Append("<title>").AppendEscaped(statement.Title).Append(": compliance as of ").Append(Text.Iso(Text.Zoned(asOf, zone).Date)).Append("</title>\n")
            .Append("<style>\n").Append(HtmlStyles.Page).Append('\n');
        HtmlStyles.AppendStatusRules(html);
        html.Append("</style>\n</head>\n<body>\n<main>\n");
        AppendHeader(html, statement, asOf, timeline);
        AppendStatementStatus(html, list);
        HtmlExplorer.Append(html, list, histories, renderings ?? []);
        AppendMatrix(html, list);
        AppendCharts(html, statement, asOf, list, histories);
        HtmlObligations.Append(html, list);
        html.Append("<footer>Generated by Ceasefire.Domain. Each status is an evaluation of attributed, sourced claims under a perspective, not a finding of fact. ")
            .Append("Times are given in the statement&#39;s zone (").AppendEscaped(zone.Id).Append(") and in UTC.</footer>\n");
        html.Append("</main>\n<script>").Append(HtmlExplorer.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>An HTML fragment (no page chrome) with the statement status and the matrix, for notebooks and embedding.</summary>
    internal static string RenderFragment(IReadOnlyList<ComplianceReport> reports)
    {
        ReportSet.RequireSameStatementAndInstant(reports, nameof(reports));
        var html = new StringBuilder(16 * 1024);
        html.Append("<div class=\"ceasefire-report\">\n<style>\n");
        HtmlStyles.AppendFragmentRules(html);
        html.Append("</style>\n<p><strong>").AppendEscaped(reports[0].Statement.Title).Append("</strong> as of ")
            .AppendEscaped(Text.InZone(reports[0].AsOf, reports[0].Statement.TimeZone)).Append(" (<code>").Append(Text.Iso(reports[0].AsOf)).Append("</code>)</p>\n");
        var list = new List<ComplianceReport>(reports);
        AppendStatementStatus(html, list);
        AppendMatrix(html, list);
        html.Append("</div>\n");
        return html.ToString();
    }

    private static void AppendHeader(StringBuilder html, Statement statement, Instant asOf, Timeline timeline)
    {
        var zone = statement.TimeZone;
        html.Append("<header>\n<p class=\"eyebrow\">Compliance report</p>\n<h1>").AppendEscaped(statement.Title).Append("</h1>\n")
            .Append("<p class=\"asof\">As of <strong>").AppendEscaped(Text.InZone(asOf, zone)).Append("</strong> &middot; <code>").Append(Text.Iso(asOf)).Append("</code></p>\n</header>\n");

        html.Append("<section>\n<h2>The statement</h2>\n<dl class=\"facts\">\n");
        html.Append("<dt>Title</dt><dd>").AppendEscaped(statement.Title).Append("</dd>\n");
        html.Append("<dt>Signed</dt><dd>").Append(Text.Long(statement.SignedOn)).Append("</dd>\n");
        html.Append("<dt>In force from</dt><dd>").AppendEscaped(Text.InZone(statement.EffectiveFrom, zone)).Append(" &middot; <code>").Append(Text.Iso(statement.EffectiveFrom)).Append("</code></dd>\n");
        html.Append("<dt>Time zone</dt><dd>").AppendEscaped(zone.Id).Append("</dd>\n");
        AppendActors(html, "Signatories", statement.Signatories);
        AppendActors(html, "Parties", statement.Parties);
        html.Append("<dt>Content</dt><dd>").Append(Text.Number(statement.Articles.Length)).Append(statement.Articles.Length == 1 ? " article, " : " articles, ")
            .Append(Text.Number(statement.Obligations.Length)).Append(statement.Obligations.Length == 1 ? " obligation; " : " obligations; ")
            .Append(Text.Number(timeline.Claims.Length)).Append(timeline.Claims.Length == 1 ? " claim in the timeline" : " claims in the timeline").Append("</dd>\n");
        if (!statement.CrossReferences.IsEmpty)
        {
            html.Append("<dt>Cross-references</dt><dd>");
            for (var i = 0; i < statement.CrossReferences.Length; i++)
            {
                var reference = statement.CrossReferences[i];
                if (i > 0)
                {
                    html.Append("; ");
                }

                var text = string.Concat(reference.Catalogue, " ", reference.Id);
                if (Markup.IsWebUrl(reference.Url))
                {
                    Markup.AppendLink(html, reference.Url!, text);
                }
                else
                {
                    html.AppendEscaped(text);
                }
            }

            html.Append("</dd>\n");
        }

        if (!statement.Sources.IsEmpty)
        {
            html.Append("<dt>Text sources</dt><dd>");
            Markup.AppendCitations(html, statement.Sources);
            html.Append("</dd>\n");
        }

        html.Append("</dl>\n</section>\n");
    }

    private static void AppendActors(StringBuilder html, string label, IReadOnlyList<Actor> actors)
    {
        if (actors.Count == 0)
        {
            return;
        }

        html.Append("<dt>").Append(label).Append("</dt><dd>");
        for (var i = 0; i < actors.Count; i++)
        {
            if (i > 0)
            {
                html.Append("; ");
            }

            html.AppendEscaped(actors[i].Name).Append(" <code>").AppendEscaped(actors[i].Id).Append("</code>");
        }

        html.Append("</dd>\n");
    }

    private static void AppendStatementStatus(StringBuilder html, List<ComplianceReport> reports)
    {
        html.Append("<section>\n<h2>Statement status</h2>\n<table>\n<thead><tr><th>Perspective</th><th>Status</th><th>Why</th></tr></thead>\n<tbody>\n");
        foreach (var report in reports)
        {
            html.Append("<tr><td>").AppendEscaped(report.Perspective.Name).Append("</td><td><span class=\"status ").Append(StatementClass(report.StatementStatus)).Append("\">")
                .Append(report.StatementStatus.ToString()).Append("</span></td><td>").AppendEscaped(report.StatementReason).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void AppendMatrix(StringBuilder html, List<ComplianceReport> reports)
    {
        var first = reports[0];
        html.Append("<section>\n<h2>Compliance matrix</h2>\n<div class=\"scroll\">\n<table class=\"matrix\">\n<thead><tr><th>Art.</th><th>Obligation</th>");
        foreach (var report in reports)
        {
            html.Append("<th>").AppendEscaped(report.Perspective.Name).Append("</th>");
        }

        html.Append("<th>Reason (").AppendEscaped(first.Perspective.Name).Append(")</th></tr></thead>\n<tbody>\n");
        var used = new SortedSet<ObligationStatus>();
        foreach (var a in first.Obligations)
        {
            html.Append("<tr><td class=\"num\">").Append(Text.Number(a.Obligation.ArticleNumber)).Append("</td><td><a href=\"#").Append(HtmlObligations.Anchor(a.ObligationId)).Append("\"><code>")
                .AppendEscaped(a.ObligationId).Append("</code></a><div class=\"desc\">").AppendEscaped(a.Obligation.Description).Append("</div></td>");
            foreach (var report in reports)
            {
                var status = report[a.ObligationId].Status;
                used.Add(status);
                HtmlExplorer.AppendStatusCell(html, status);
            }

            html.Append("<td>").AppendEscaped(a.Explanation.Reason).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n<ul class=\"legend\">");
        foreach (var status in used)
        {
            html.Append("<li>").AppendBadge(status).Append("</li>");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendCharts(StringBuilder html, Statement statement, Instant asOf, List<ComplianceReport> reports, List<StatusHistory?> histories)
    {
        html.Append("<section>\n<h2>Status history</h2>\n");
        if (histories.TrueForAll(h => h is null))
        {
            // Without a history there is no chart; before the statement applies there cannot be one.
            html.Append(asOf <= statement.EffectiveFrom
                ? string.Concat("<p class=\"note\">No chart: the evaluation instant is not after the chart&#39;s start (", Text.Iso(statement.EffectiveFrom), ").</p>\n")
                : "<p class=\"note\">No chart: no status history was given.</p>\n").Append("</section>\n");
            return;
        }

        for (var v = 0; v < reports.Count; v++)
        {
            if (histories[v] is not { } history)
            {
                html.Append("<p class=\"note\" data-view=\"").Append(Text.Number(v)).Append("\">No chart for the perspective &#8220;").AppendEscaped(reports[v].Perspective.Name)
                    .Append("&#8221;: no status history was given for it.</p>\n");
                continue;
            }

            html.Append("<figure class=\"chart\" data-view=\"").Append(Text.Number(v)).Append("\">\n");
            SvgTimelineChart.AppendSvg(html, history, null, v == 0 ? string.Empty : string.Concat("-", Text.Number(v)), cursor: true);
            html.Append("<figcaption>Status of each obligation over time under the perspective &#8220;").AppendEscaped(history.Perspective.Name)
                .Append("&#8221;. Vertical bars mark deadlines (dashed: notice cut-offs); thin wine-coloured marks along the top of a lane are breach episodes; ")
                .Append("dots mark the instants claims start counting (hollow: set aside by the perspective); the blue line is the explorer&#39;s chosen day. ")
                .Append("Hover over a bar for its interval and reason.</figcaption>\n</figure>\n");
        }

        html.Append("</section>\n");
    }

    private static string StatementClass(StatementStatus status) => status switch
    {
        StatementStatus.NotYetInForce => "stmt-not-yet-in-force",
        StatementStatus.InForce => "stmt-in-force",
        StatementStatus.DisputedWhetherInForce => "stmt-disputed-whether-in-force",
        _ => "stmt-terminated",
    };
}
