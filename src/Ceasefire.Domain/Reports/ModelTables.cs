using System.Text;

namespace Ceasefire.Domain.Reports;

/// <summary>Markdown and HTML tables of the model itself (statement, timeline), for notebooks.</summary>
internal static class ModelTables
{
    public static string StatementMarkdown(Statement s)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendMarkdown(s.Title).Append("\n\n");
        md.Append("Signed ").Append(Text.Iso(s.SignedOn)).Append("; effective ").Append(Text.Iso(s.EffectiveFrom))
            .Append(" (").AppendMarkdown(Text.InZone(s.EffectiveFrom, s.TimeZone)).Append(").\n\n");
        md.Append("| Art. | Obligation | Owed by | Kind | Deadline | Due (UTC) |\n|---:|---|---|---|---|---|\n");
        foreach (var o in s.Obligations)
        {
            md.Append("| ").Append(Text.Number(o.ArticleNumber)).Append(" | ").AppendMarkdown(o.Id)
                .Append(" | ").AppendMarkdown(o.ObligorUnnamed ? "(not named)" : string.Join(", ", o.Obligors))
                .Append(" | ").Append(o.DeonticKind.ToString()).Append(' ').Append(o.PerformanceKind.ToString())
                .Append(" | ").AppendMarkdown(o.Deadline.ToString())
                .Append(" | ").Append(s.DueInstant(o) is { } due ? Text.Iso(due) : "-").Append(" |\n");
        }

        return md.ToString();
    }

    public static string StatementHtml(Statement s)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"ceasefire-statement\">\n<p><strong>").AppendEscaped(s.Title).Append("</strong>, signed ").Append(Text.Iso(s.SignedOn))
            .Append(", effective <code>").Append(Text.Iso(s.EffectiveFrom)).Append("</code> (").AppendEscaped(Text.InZone(s.EffectiveFrom, s.TimeZone)).Append(")</p>\n");
        html.Append("<table>\n<thead><tr><th>Art.</th><th>Obligation</th><th>Owed by</th><th>Kind</th><th>Deadline</th><th>Due (UTC)</th></tr></thead>\n<tbody>\n");
        foreach (var o in s.Obligations)
        {
            html.Append("<tr><td>").Append(Text.Number(o.ArticleNumber)).Append("</td><td><code>").AppendEscaped(o.Id).Append("</code><br>")
                .AppendEscaped(o.Description).Append("</td><td>").AppendEscaped(o.ObligorUnnamed ? "(not named)" : string.Join(", ", o.Obligors))
                .Append("</td><td>").Append(o.DeonticKind.ToString()).Append(' ').Append(o.PerformanceKind.ToString())
                .Append("</td><td>").AppendEscaped(o.Deadline.ToString()).Append("</td><td>")
                .Append(s.DueInstant(o) is { } due ? Text.Iso(due) : "-").Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        return html.ToString();
    }

    public static string TimelineMarkdown(Timeline t)
    {
        var md = new StringBuilder();
        md.Append("| Date | Claim | Kind | Obligations | Claimant | Sources |\n|---|---|---|---|---|---|\n");
        foreach (var c in t.Claims)
        {
            md.Append("| ").Append(c.Date.ToString()).Append(" | ").AppendMarkdown(c.Id).Append(" | ").Append(c.Kind.ToString())
                .Append(" | ").AppendMarkdown(c.IsAboutStatement ? "(statement)" : string.Join(", ", c.ObligationIds))
                .Append(" | ").AppendMarkdown(c.Claimant.ToString()).Append(" | ");
            for (var i = 0; i < c.Sources.Length; i++)
            {
                if (i > 0)
                {
                    md.Append("; ");
                }

                md.AppendMarkdown(c.Sources[i].Source);
            }

            md.Append(" |\n");
        }

        return md.ToString();
    }

    public static string TimelineHtml(Timeline t)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"ceasefire-timeline\">\n<p>").Append(Text.Number(t.Claims.Length)).Append(t.Claims.Length == 1 ? " claim" : " claims").Append("</p>\n")
            .Append("<table>\n<thead><tr><th>Date</th><th>Claim</th><th>Kind</th><th>Obligations</th><th>Claimant</th><th>Summary</th><th>Sources</th></tr></thead>\n<tbody>\n");
        foreach (var c in t.Claims)
        {
            html.Append("<tr><td>").AppendEscaped(c.Date.ToString()).Append("</td><td><code>").AppendEscaped(c.Id).Append("</code></td><td>").Append(c.Kind.ToString())
                .Append("</td><td>").AppendEscaped(c.IsAboutStatement ? "(statement)" : string.Join(", ", c.ObligationIds))
                .Append("</td><td>").AppendEscaped(c.Claimant.ToString()).Append("</td><td>").AppendEscaped(c.Summary).Append("</td><td>");
            Markup.AppendCitations(html, c.Sources);
            html.Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        return html.ToString();
    }
}
