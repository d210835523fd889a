using System.Collections.Generic;
using System.Text;
using NodaTime;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// The obligations section of <see cref="HtmlReport"/>: one collapsible <c>details</c> element per obligation with its
/// text and, per perspective, the explanation, deadline, breaches, dispute sides, claims used and claims set aside.
/// </summary>
internal static class HtmlObligations
{
    /// <summary>The id of an obligation's <c>details</c> element, which the matrix links to.</summary>
    public static string Anchor(string obligationId) => string.Concat("ob-", Markup.Escape(obligationId));

    /// <summary>Appends the section: the obligations of the first report, in order, each assessed under every report's perspective.</summary>
    public static void Append(StringBuilder html, List<ComplianceReport> reports)
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
                html.Append(' ').AppendBadge(status, report.Perspective.Name);
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

    /// <summary>
    /// An HTML fragment of one assessment (no page chrome), for notebooks: the obligation, its status, explanation,
    /// deadline, breaches, claims and sources. An assessment does not carry its statement, so instants are in UTC.
    /// </summary>
    public static string Fragment(ObligationAssessment a)
    {
        var html = new StringBuilder(4 * 1024);
        html.Append("<div class=\"ceasefire-report\">\n<style>\n");
        HtmlStyles.AppendFragmentRules(html);
        html.Append("</style>\n<p><strong>Art. ").Append(Text.Number(a.Obligation.ArticleNumber)).Append(" <code>").AppendEscaped(a.ObligationId).Append("</code></strong> ")
            .AppendEscaped(a.Obligation.Description).Append("</p>\n");
        AppendAssessment(html, null, a, DateTimeZone.Utc);
        html.Append("</div>\n");
        return html.ToString();
    }

    private static void AppendAssessment(StringBuilder html, Perspective? perspective, ObligationAssessment a, DateTimeZone zone)
    {
        var explanation = a.Explanation;
        html.Append("<div class=\"persp\">\n<h3>");
        if (perspective is not null)
        {
            html.AppendEscaped(perspective.Name).Append(' ');
        }

        html.AppendBadge(a.Status).Append("</h3>\n");
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
                html.Append("<li>").AppendBadge(side.Status).Append(" per ");
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
                html.Append("<tr><td><code>").AppendEscaped(claim.Id).Append("</code><div class=\"desc\">").Append(claim.Kind.ToString()).Append("</div></td><td>").AppendEscaped(use.Description)
                    .Append("</td><td>").AppendEscaped(claim.Date.ToString());
                if (claim.End is { } end)
                {
                    html.Append(" to ").AppendEscaped(end.ToString());
                }

                html.Append("<div class=\"desc\">known ").Append(Text.Iso(claim.KnownOn)).Append("</div></td><td>").AppendEscaped(claim.Claimant.ToString()).Append("</td><td>")
                    .AppendEscaped(claim.Summary).Append("</td><td>");
                Markup.AppendCitations(html, claim.Sources);
                html.Append("</td></tr>\n");
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
}
