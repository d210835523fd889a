using System;
using System.Collections.Generic;
using System.Text;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// Renders compliance reports as RFC 4180 CSV, one row per obligation and report (perspective), after a header row:
/// <c>asOf, perspective, obligationId, article, status, timeliness, dueInstant, breachOngoing, reason, claimsUsed,
/// sources</c>. Instants are ISO-8601 UTC; <c>claimsUsed</c> holds the distinct ids of the claims used, separated by spaces, and <c>sources</c>
/// the distinct citation sources of those claims separated by <c>" | "</c>. Lines end with CRLF. Fields holding a
/// comma, quote, CR or LF are quoted (quotes doubled), and any field that a spreadsheet would read as a formula (one
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR) gets a leading apostrophe first. Output is
/// deterministic and culture-invariant.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class CsvReport
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["asOf", "perspective", "obligationId", "article", "status", "timeliness", "dueInstant", "breachOngoing", "reason", "claimsUsed", "sources"];

    /// <summary>Renders the reports, report by report, each in statement order.</summary>
    /// <param name="reports">At least one report; they may be of different instants or perspectives.</param>
    /// <returns>The CSV text, header first, every line ending with CRLF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty or holds a null.</exception>
    public static string Render(IReadOnlyList<ComplianceReport> reports)
    {
        ReportSet.RequireNonEmpty(reports, nameof(reports));
        var csv = new StringBuilder();
        for (var i = 0; i < Columns.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.AppendField(Columns[i]);
        }

        csv.Append("\r\n");
        var claimIds = new StringBuilder();
        var sources = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var asOf = Text.Iso(report.AsOf);
            foreach (var a in report.Obligations)
            {
                claimIds.Clear();
                sources.Clear();
                ids.Clear();
                foreach (var use in a.Explanation.ClaimsUsed)
                {
                    if (!ids.Add(use.Claim.Id))
                    {
                        continue;
                    }

                    if (claimIds.Length > 0)
                    {
                        claimIds.Append(' ');
                    }

                    claimIds.Append(use.Claim.Id);
                    foreach (var citation in use.Claim.Sources)
                    {
                        if (!sources.Contains(citation.Source))
                        {
                            sources.Add(citation.Source);
                        }
                    }
                }

                csv.AppendField(asOf).Append(',')
                    .AppendField(report.Perspective.Name).Append(',')
                    .AppendField(a.ObligationId).Append(',')
                    .AppendField(Text.Number(a.Obligation.ArticleNumber)).Append(',')
                    .AppendField(a.Status.ToString()).Append(',')
                    .AppendField(a.Explanation.Timeliness.ToString()).Append(',')
                    .AppendField(a.DueInstant is { } due ? Text.Iso(due) : string.Empty).Append(',')
                    .AppendField(a.IsBreachOngoing ? "true" : "false").Append(',')
                    .AppendField(a.Explanation.Reason).Append(',')
                    .AppendField(claimIds.ToString()).Append(',')
                    .AppendField(string.Join(" | ", sources))
                    .Append("\r\n");
            }
        }

        return csv.ToString();
    }

    /// <summary>Appends one field: formula-neutralised (leading apostrophe), then quoted if it needs to be.</summary>
    private static StringBuilder AppendField(this StringBuilder csv, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return csv;
        }

        var neutralise = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0;
        if (quote)
        {
            csv.Append('"');
        }

        if (neutralise)
        {
            csv.Append('\'');
        }

        foreach (var c in value)
        {
            if (c == '"')
            {
                csv.Append('"');
            }

            csv.Append(c);
        }

        if (quote)
        {
            csv.Append('"');
        }

        return csv;
    }
}
