using System;
using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// Renders a self-contained HTML5 compliance report of a statement at one instant under one or more perspectives: the
/// statement's facts (title, signing date, effective instant, zone, parties, cross-references), its status under each
/// perspective, the compliance matrix (as <see cref="MarkdownReport"/>, with a CSS class per status such as
/// <c>status-fulfilled-late</c>), the <see cref="SvgTimelineChart"/> inline, and one collapsible section per
/// obligation with, per perspective, its explanation sentences, deadline reading, the claims used with their sources
/// and the claims set aside with why. The page has an inline style sheet, no scripts and no external resources; links
/// are emitted only for http and https URLs. Every piece of text from the statement, timeline or perspectives is
/// escaped. Output is deterministic and culture-invariant.
/// </summary>
public static class HtmlReport
{
    private const string Css = """
        :root { color-scheme: light; --ink: #1b1f24; --muted: #59636e; --line: #d8dee4; --soft: #f6f8fa; --accent: #0b5cad; }
        * { box-sizing: border-box; }
        body { margin: 0; background: #eef1f4; color: var(--ink); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 1280px; margin: 0 auto; padding: 28px 32px 40px; background: #fff; min-height: 100vh; }
        header { border-bottom: 3px solid var(--ink); padding-bottom: 14px; margin-bottom: 8px; }
        .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); font-weight: 600; }
        h1 { margin: 4px 0 6px; font-size: 26px; line-height: 1.25; }
        h2 { font-size: 19px; margin: 30px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 16px; margin: 16px 0 6px; }
        h4 { font-size: 13px; margin: 12px 0 4px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
        .asof { margin: 0; color: var(--muted); }
        .asof strong { color: var(--ink); }
        code, .mono { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 13px; }
        a { color: var(--accent); }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 0; }
        dl.facts dt { font-weight: 600; color: var(--muted); }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { border: 1px solid var(--line); padding: 5px 8px; text-align: left; vertical-align: top; }
        thead th { background: var(--soft); font-weight: 600; position: sticky; top: 0; }
        td.num { text-align: right; width: 3em; color: var(--muted); }
        .scroll { overflow-x: auto; }
        .desc { color: var(--muted); font-size: 13px; }
        .status { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12.5px; font-weight: 600; white-space: nowrap; }
        td.status { display: table-cell; border-radius: 0; text-align: center; vertical-align: middle; border: 1px solid #fff; }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 10px; margin: 10px 0 0; padding: 0; list-style: none; font-size: 13px; }
        figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 8px; overflow-x: auto; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figcaption { font-size: 13px; color: var(--muted); margin-top: 6px; }
        details { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; background: #fff; }
        details[open] { box-shadow: 0 1px 3px rgba(0,0,0,.08); }
        summary { cursor: pointer; padding: 8px 12px; display: flex; flex-wrap: wrap; gap: 6px 10px; align-items: baseline; background: var(--soft); border-radius: 6px; }
        summary .art { color: var(--muted); font-size: 13px; min-width: 3.5em; }
        summary .desc { flex-basis: 100%; margin-left: 4.2em; }
        .body { padding: 4px 16px 14px; }
        .persp { border-left: 4px solid var(--line); padding: 2px 0 2px 12px; margin: 14px 0; }
        .persp h3 { display: flex; gap: 10px; align-items: baseline; }
        ul.sentences { margin: 4px 0; padding-left: 20px; }
        blockquote { margin: 6px 0 10px; padding: 4px 12px; border-left: 3px solid #9aa5b1; color: #3d4650; font-style: italic; }
        .note { color: var(--muted); font-size: 13px; }
        .sources { margin: 0; padding-left: 18px; }
        .loc { color: var(--muted); }
        footer { margin-top: 36px; padding-top: 10px; border-top: 1px solid var(--line); color: var(--muted); font-size: 13px; }
        .stmt-not-yet-in-force { background: #dddddd; color: #111; }
        .stmt-in-force { background: #009e73; color: #fff; }
        .stmt-disputed-whether-in-force { background: repeating-linear-gradient(45deg, #cc79a7 0 5px, #e8c2d8 5px 9px); color: #111; }
        .stmt-terminated { background: #333333; color: #fff; }
        """;

    /// <summary>Renders the report page.</summary>
    /// <param name="reports">At least one report, all of the same statement and instant: one per perspective, one matrix column each, in order.</param>
    /// <param name="timeline">The timeline the reports evaluate (the page counts its claims).</param>
    /// <param name="history">
    /// The status history to chart, usually from <see cref="Evaluator.HistoryBetween"/> from the statement's effective
    /// instant to the reports' instant under the first report's perspective; <see langword="null"/> for none, and a note
    /// takes the chart's place.
    /// </param>
    /// <returns>The HTML document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> or <paramref name="timeline"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="reports"/> is empty, holds a null or mixes statements or instants, or <paramref name="history"/> is
    /// of another statement or timeline.
    /// </exception>
    public static string Render(IReadOnlyList<ComplianceReport> reports, Timeline timeline, StatusHistory? history = null)
    {
        ReportSet.RequireSameStatementAndInstant(reports, nameof(reports));
        ArgumentNullException.ThrowIfNull(timeline);
        var statement = reports[0].Statement;
        if (history is not null && (!history.Statement.Equals(statement) || !history.Timeline.Equals(timeline)))
        {
            throw new ArgumentException("The history is of another statement or timeline than the reports.", nameof(history));
        }

        var asOf = reports[0].AsOf;
        var list = new List<ComplianceReport>(reports);
        var zone = statement.TimeZone;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Ceasefire.Domain\">\n")
            .Append("<title>").AppendEscaped(statement.Title).Append(": compliance as of ").Append(Text.Iso(asOf.InZone(zone).Date)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append('\n');
        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            html.Append('.').Append(StatusPalette.CssClass(status)).Append(" { ");
            if (status == ObligationStatus.Disputed)
            {
                html.Append("background: repeating-linear-gradient(45deg, ").Append(StatusPalette.Fill(status)).Append(" 0 5px, #E8C2D8 5px 9px)");
            }
            else
            {
                html.Append("background: ").Append(StatusPalette.Fill(status));
            }

            html.Append("; color: ").Append(StatusPalette.Ink(status)).Append("; }\n");
        }

        html.Append("</style>\n</head>\n<body>\n<main>\n");
        AppendHeader(html, statement, asOf, timeline);
        AppendStatementStatus(html, list);
        AppendMatrix(html, list);
        AppendChart(html, statement, asOf, history);
        AppendObligations(html, list);
        html.Append("<footer>Generated by Ceasefire.Domain. Each status is an evaluation of attributed, sourced claims under a perspective, not a finding of fact. ")
            .Append("Times are given in the statement&#39;s zone (").AppendEscaped(zone.Id).Append(") and in UTC.</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>An HTML fragment (no page chrome) with the statement status and the matrix, for notebooks and embedding.</summary>
    internal static string RenderFragment(IReadOnlyList<ComplianceReport> reports)
    {
        ReportSet.RequireSameStatementAndInstant(reports, nameof(reports));
        var html = new StringBuilder(16 * 1024);
        html.Append("<div class=\"ceasefire-report\">\n<style>\n")
            .Append(".ceasefire-report table { border-collapse: collapse; } .ceasefire-report th, .ceasefire-report td { border: 1px solid #ccd3da; padding: 4px 8px; text-align: left; vertical-align: top; }\n")
            .Append(".ceasefire-report .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; }\n");
        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            html.Append(".ceasefire-report .").Append(StatusPalette.CssClass(status)).Append(" { background: ").Append(StatusPalette.Fill(status))
                .Append("; color: ").Append(StatusPalette.Ink(status)).Append("; }\n");
        }

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
                    AppendLink(html, reference.Url!, text);
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
            html.Append("<dt>Text sources</dt><dd><ul class=\"sources\">");
            foreach (var citation in statement.Sources)
            {
                html.Append("<li>");
                AppendCitation(html, citation);
                html.Append("</li>");
            }

            html.Append("</ul></dd>\n");
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
            html.Append("<tr><td class=\"num\">").Append(Text.Number(a.Obligation.ArticleNumber)).Append("</td><td><a href=\"#").Append(Anchor(a.ObligationId)).Append("\"><code>")
                .AppendEscaped(a.ObligationId).Append("</code></a><div class=\"desc\">").AppendEscaped(a.Obligation.Description).Append("</div></td>");
            foreach (var report in reports)
            {
                var status = report[a.ObligationId].Status;
                used.Add(status);
                html.Append("<td class=\"status ").Append(StatusPalette.CssClass(status)).Append("\">").Append(status.ToString()).Append("</td>");
            }

            html.Append("<td>").AppendEscaped(a.Explanation.Reason).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n<ul class=\"legend\">");
        foreach (var status in used)
        {
            html.Append("<li><span class=\"status ").Append(StatusPalette.CssClass(status)).Append("\">").Append(status.ToString()).Append("</span></li>");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendChart(StringBuilder html, Statement statement, Instant asOf, StatusHistory? history)
    {
        html.Append("<section>\n<h2>Status history</h2>\n");
        if (history is null)
        {
            // Without a history there is no chart; before the statement applies there cannot be one.
            html.Append(asOf <= statement.EffectiveFrom
                ? string.Concat("<p class=\"note\">No chart: the evaluation instant is not after the chart&#39;s start (", Text.Iso(statement.EffectiveFrom), ").</p>\n")
                : "<p class=\"note\">No chart: no status history was given.</p>\n").Append("</section>\n");
            return;
        }

        html.Append("<figure class=\"chart\">\n");
        SvgTimelineChart.AppendSvg(html, history, null);
        html.Append("<figcaption>Status of each obligation over time under the perspective &#8220;").AppendEscaped(history.Perspective.Name)
            .Append("&#8221;. Vertical bars mark deadlines (dashed: notice cut-offs); dots mark the instants claims start counting (hollow: set aside by the perspective). ")
            .Append("Hover over a bar for its interval and reason.</figcaption>\n</figure>\n</section>\n");
    }

    private static void AppendObligations(StringBuilder html, List<ComplianceReport> reports)
    {
        var zone = reports[0].Statement.TimeZone;
        html.Append("<section>\n<h2>Obligations</h2>\n");
        foreach (var a in reports[0].Obligations)
        {
            var obligation = a.Obligation;
            html.Append("<details id=\"").Append(Anchor(obligation.Id)).Append("\">\n<summary><span class=\"art\">Art. ").Append(Text.Number(obligation.ArticleNumber))
                .Append("</span> <code>").AppendEscaped(obligation.Id).Append("</code>");
            foreach (var report in reports)
            {
                var status = report[obligation.Id].Status;
                html.Append(" <span class=\"status ").Append(StatusPalette.CssClass(status)).Append("\" title=\"").AppendEscaped(report.Perspective.Name).Append("\">")
                    .Append(status.ToString()).Append("</span>");
            }

            html.Append("<span class=\"desc\">").AppendEscaped(obligation.Description).Append("</span></summary>\n<div class=\"body\">\n");
            if (!string.IsNullOrWhiteSpace(obligation.Basis))
            {
                html.Append("<blockquote>").AppendEscaped(obligation.Basis).Append("</blockquote>\n");
            }

            html.Append("<p class=\"note\">").Append(obligation.DeonticKind.ToString()).Append(", ").Append(obligation.PerformanceKind.ToString());
            if (!obligation.Obligors.IsEmpty)
            {
                html.Append("; owed by ").AppendEscaped(string.Join(", ", obligation.Obligors));
            }

            if (!obligation.Beneficiaries.IsEmpty)
            {
                html.Append("; owed to ").AppendEscaped(string.Join(", ", obligation.Beneficiaries));
            }

            html.Append(".</p>\n");
            foreach (var report in reports)
            {
                AppendAssessment(html, report.Perspective, report[obligation.Id], zone);
            }

            html.Append("</div>\n</details>\n");
        }

        html.Append("</section>\n");
    }

    private static void AppendAssessment(StringBuilder html, Perspective perspective, ObligationAssessment a, DateTimeZone zone)
    {
        var explanation = a.Explanation;
        html.Append("<div class=\"persp\">\n<h3>").AppendEscaped(perspective.Name).Append(" <span class=\"status ").Append(StatusPalette.CssClass(a.Status)).Append("\">")
            .Append(a.Status.ToString()).Append("</span></h3>\n");
        if (!explanation.Sentences.IsEmpty)
        {
            html.Append("<ul class=\"sentences\">");
            foreach (var sentence in explanation.Sentences)
            {
                html.Append("<li>").AppendEscaped(sentence).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        if (explanation.DeadlineReading is not null || explanation.DueInstant is not null)
        {
            html.Append("<p><strong>Deadline:</strong> ");
            if (explanation.DeadlineReading is { } reading)
            {
                html.AppendEscaped(reading);
            }

            if (explanation.DueInstant is { } due)
            {
                html.Append(explanation.DeadlineReading is null ? "due " : "; due ").AppendEscaped(Text.InZone(due, zone)).Append(" (<code>").Append(Text.Iso(due)).Append("</code>, exclusive)");
            }

            if (explanation.Timeliness != Timeliness.NotApplicable)
            {
                html.Append("; timeliness: ").Append(explanation.Timeliness.ToString());
            }

            html.Append(".</p>\n");
        }

        if (a.TerminationReason is { } terminated)
        {
            html.Append("<p><strong>Terminated:</strong> ").Append(terminated.ToString()).Append(".</p>\n");
        }

        if (!a.Breaches.IsEmpty)
        {
            html.Append("<h4>Breaches</h4>\n<ul>");
            foreach (var breach in a.Breaches)
            {
                html.Append("<li><code>").AppendEscaped(breach.Claim.Id).Append("</code> from ").AppendEscaped(breach.Start.ToString());
                if (breach.EndedAt is { } ended)
                {
                    html.Append(" to ").AppendEscaped(ended.ToString());
                }

                html.Append(breach.IsOngoing ? " (ongoing)" : string.Empty);
                if (breach.BreachingActorId is { } actor)
                {
                    html.Append(", by ").AppendEscaped(actor);
                }

                html.Append(", according to ").AppendEscaped(breach.According.ToString()).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        if (!explanation.DisputeSides.IsEmpty)
        {
            html.Append("<h4>Dispute</h4>\n<ul>");
            foreach (var side in explanation.DisputeSides)
            {
                html.Append("<li><span class=\"status ").Append(StatusPalette.CssClass(side.Status)).Append("\">").Append(side.Status.ToString()).Append("</span> per ");
                for (var i = 0; i < side.Claims.Length; i++)
                {
                    html.Append(i > 0 ? ", " : string.Empty).Append("<code>").AppendEscaped(side.Claims[i].Id).Append("</code> (").AppendEscaped(side.Claims[i].Claimant.ToString()).Append(')');
                }

                html.Append("</li>");
            }

            html.Append("</ul>\n");
        }

        if (!explanation.ClaimsUsed.IsEmpty)
        {
            html.Append("<h4>Claims used</h4>\n<div class=\"scroll\"><table>\n<thead><tr><th>Claim</th><th>Role</th><th>Date</th><th>According to</th><th>Summary</th><th>Sources</th></tr></thead>\n<tbody>\n");
            foreach (var use in explanation.ClaimsUsed)
            {
                var claim = use.Claim;
                html.Append("<tr><td><code>").AppendEscaped(claim.Id).Append("</code><div class=\"desc\">").Append(claim.Kind.ToString()).Append("</div></td><td>").AppendEscaped(use.Role)
                    .Append("</td><td>").AppendEscaped(claim.Date.ToString());
                if (claim.End is { } end)
                {
                    html.Append(" to ").AppendEscaped(end.ToString());
                }

                html.Append("<div class=\"desc\">known ").Append(Text.Iso(claim.KnownOn)).Append("</div></td><td>").AppendEscaped(claim.Claimant.ToString()).Append("</td><td>")
                    .AppendEscaped(claim.Summary).Append("</td><td><ul class=\"sources\">");
                foreach (var citation in claim.Sources)
                {
                    html.Append("<li>");
                    AppendCitation(html, citation);
                    html.Append("</li>");
                }

                html.Append("</ul></td></tr>\n");
            }

            html.Append("</tbody>\n</table></div>\n");
        }

        if (!explanation.ClaimsSetAside.IsEmpty)
        {
            html.Append("<h4>Claims set aside</h4>\n<ul>");
            foreach (var setAside in explanation.ClaimsSetAside)
            {
                html.Append("<li><code>").AppendEscaped(setAside.Claim.Id).Append("</code> <em>").Append(setAside.Reason.ToString()).Append("</em>: ")
                    .AppendEscaped(setAside.Detail).Append(" <span class=\"desc\">(").AppendEscaped(setAside.Claim.Claimant.ToString()).Append(")</span></li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</div>\n");
    }

    private static void AppendCitation(StringBuilder html, Citation citation)
    {
        if (Markup.IsWebUrl(citation.Source))
        {
            AppendLink(html, citation.Source, citation.Source);
        }
        else
        {
            html.Append("<code>").AppendEscaped(citation.Source).Append("</code>");
        }

        if (!string.IsNullOrWhiteSpace(citation.Locator))
        {
            html.Append(" <span class=\"loc\">&#8220;").AppendEscaped(citation.Locator).Append("&#8221;</span>");
        }
    }

    private static void AppendLink(StringBuilder html, string url, string text)
        => html.Append("<a href=\"").AppendEscaped(url).Append("\" rel=\"noopener noreferrer nofollow\">").AppendEscaped(text).Append("</a>");

    private static string Anchor(string obligationId) => string.Concat("ob-", Markup.Escape(obligationId));

    private static string StatementClass(StatementStatus status) => status switch
    {
        StatementStatus.NotYetInForce => "stmt-not-yet-in-force",
        StatementStatus.InForce => "stmt-in-force",
        StatementStatus.DisputedWhetherInForce => "stmt-disputed-whether-in-force",
        _ => "stmt-terminated",
    };
}
