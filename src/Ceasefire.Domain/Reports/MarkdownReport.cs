using System;
using System.Collections.Generic;
using System.Text;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// Renders compliance reports of one statement at one instant, under one or more perspectives, as a Markdown (GitHub
/// flavoured) compliance matrix: a header naming the statement, the instant in UTC and in the statement's zone and the
/// statement's status under each perspective, then a table with one row per obligation (article, id, the status under
/// each perspective, and the first report's one-line reason). Output is deterministic and culture-invariant, with
/// <c>\n</c> line endings; user text is escaped so it cannot break the table or inject links or HTML.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class MarkdownReport
{
    /// <summary>Renders the compliance matrix.</summary>
    /// <param name="reports">At least one report; all of the same statement and instant, one column each, in order.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, holds a null, or mixes statements or instants.</exception>
    public static string Render(IReadOnlyList<ComplianceReport> reports)
    {
        ReportSet.RequireSameStatementAndInstant(reports, nameof(reports));
        var first = reports[0];
        var statement = first.Statement;
        var md = new StringBuilder();

        md.Append("# Compliance matrix: ").AppendMarkdown(statement.Title).Append('\n').Append('\n');
        md.Append("- **As of:** ").Append(Text.Iso(first.AsOf)).Append(" (").AppendMarkdown(Text.InZone(first.AsOf, statement.TimeZone)).Append(")\n");
        md.Append("- **Signed:** ").Append(Text.Iso(statement.SignedOn))
            .Append("; **effective:** ").Append(Text.Iso(statement.EffectiveFrom))
            .Append(" (").AppendMarkdown(Text.InZone(statement.EffectiveFrom, statement.TimeZone)).Append(")\n");
        md.Append("- **Statement status:**\n");
        foreach (var report in reports)
        {
            md.Append("  - ").AppendMarkdown(report.Perspective.Name).Append(": **").Append(report.StatementStatus.ToString()).Append("**");
            if (!string.IsNullOrEmpty(report.StatementReason))
            {
                md.Append(" - ").AppendMarkdown(report.StatementReason);
            }

            md.Append('\n');
        }

        md.Append('\n');
        md.Append("| Article | Obligation |");
        foreach (var report in reports)
        {
            md.Append(' ').AppendMarkdown(report.Perspective.Name).Append(" |");
        }

        md.Append(" Reason (").AppendMarkdown(first.Perspective.Name).Append(") |\n");
        md.Append("|---:|---|");
        for (var i = 0; i < reports.Count; i++)
        {
            md.Append("---|");
        }

        md.Append("---|\n");
        foreach (var assessment in first.Obligations)
        {
            md.Append("| ").Append(Text.Number(assessment.Obligation.ArticleNumber)).Append(" | ").AppendMarkdown(assessment.ObligationId).Append(" |");
            foreach (var report in reports)
            {
                md.Append(' ').Append(report[assessment.ObligationId].Status.ToString()).Append(" |");
            }

            md.Append(' ').AppendMarkdown(assessment.Explanation.Reason).Append(" |\n");
        }

        return md.ToString();
    }

    /// <summary>
    /// Appends user text escaped for a Markdown table cell or line: backslash escapes for the Markdown punctuation that
    /// could start formatting, code, links or break a table (<c>\ ` * _ [ ] | #</c>), character references for
    /// <c>&amp; &lt; &gt;</c> so no raw HTML gets through, and line breaks (CR, LF, other vertical separators) as spaces.
    /// </summary>
    internal static StringBuilder AppendMarkdown(this StringBuilder md, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return md;
        }

        foreach (var c in text)
        {
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '~' or '!':
                    md.Append('\\').Append(c);
                    break;
                case '&':
                    md.Append("&amp;");
                    break;
                case '<':
                    md.Append("&lt;");
                    break;
                case '>':
                    md.Append("&gt;");
                    break;
                case '\r' or '\n' or '\f' or '\v' or '\u0085' or '\u2028' or '\u2029':
                    md.Append(' ');
                    break;
                case < ' ':
                    md.Append(' ');
                    break;
                default:
                    md.Append(c);
                    break;
            }
        }

        return md;
    }
}
