using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Evaluation;
using NodaTime;

namespace Ceasefire.Tool;

/// <summary>
/// The main job's sections after the built-in statement's compliance matrix: where the choice of rendering changes a
/// status (<see cref="StatementEvaluation.CompareReadings"/>), and the linked instruments of
/// <see cref="TrilateralStatement2020.Instruments"/> with their links to the statement's articles and their statuses.
/// </summary>
internal static class LinkedSections
{
    public const string ReadingsHeading = "Where the rendering changes a status";

    public const string InstrumentsHeading = "Linked instruments";

    /// <summary>What the sections show, computed once for both formats.</summary>
    private sealed record Sections(
        IReadOnlyList<ReadingDifference> Readings,
        IReadOnlyList<(Statement Statement, IReadOnlyList<InstrumentLink> Links, ComplianceReport Report)> Instruments);

    private static Sections Compute(Statement primary, Timeline timeline, Instant asOf, Perspective perspective)
    {
        var readings = primary.CompareReadings(timeline, asOf, perspective);
        var set = TrilateralStatement2020.Instruments;
        var reports = set.Evaluate(asOf);
        var instruments = set.Instruments.Select((instrument, i) => (instrument.Statement, (IReadOnlyList<InstrumentLink>)[.. instrument.Statement.Links.Where(l => l.TargetStatementId == primary.Id)], reports[i]))
            .Skip(1).ToList();
        return new Sections(readings, instruments);
    }

    private static string Describe(Perspective p) => p == Perspective.AllClaims ? "under all claims" : p.Name;

    private static string Link(InstrumentLink link)
        => string.Concat(link.Kind.ToString(), " ", link.TargetArticle is { } to ? "article " + to.ToString(CultureInfo.InvariantCulture) : "the statement as a whole",
            link.FromArticle is { } from ? " (from its article " + from.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty);

    /// <summary>The plain-text sections, each preceded by a blank line.</summary>
    public static string Text(Statement primary, Timeline timeline, Instant asOf, Perspective perspective)
    {
        var sections = Compute(primary, timeline, asOf, perspective);
        var text = new StringBuilder();
        text.Append('\n').Append(ReadingsHeading).Append(" (").Append(Describe(perspective)).Append(": rendering | obligation | primary text -> under the rendering)\n");
        if (sections.Readings.Count == 0)
        {
            text.Append("  none: every rendering gives every obligation the primary text's status\n");
        }

        foreach (var d in sections.Readings)
        {
            text.Append("  ").Append(d.Reading).Append(" | ").Append(d.ObligationId).Append(" | ").Append(d.PrimaryStatus.ToString()).Append(" -> ").Append(d.ReadingStatus.ToString()).Append('\n');
        }

        text.Append('\n').Append(InstrumentsHeading).Append(" (after the statement; their links to its articles; each obligation's status under all claims)\n");
        foreach (var (statement, links, report) in sections.Instruments)
        {
            text.Append("  ").Append(statement.Title).Append(" [").Append(statement.Id).Append("]\n");
            foreach (var link in links)
            {
                text.Append("    link: ").Append(Link(link)).Append('\n');
            }

            foreach (var assessment in report.Obligations)
            {
                text.Append("    ").Append(assessment.ObligationId.PadRight(36)).Append(' ').Append(assessment.Status.ToString()).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>The Markdown sections, each starting with a blank line and a second-level heading.</summary>
    public static string Markdown(Statement primary, Timeline timeline, Instant asOf, Perspective perspective)
    {
        static string Cell(string s) => s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
        var sections = Compute(primary, timeline, asOf, perspective);
        var text = new StringBuilder();
        text.Append("\n## ").Append(ReadingsHeading).Append("\n\n");
        if (sections.Readings.Count == 0)
        {
            text.Append("None: every rendering gives every obligation the primary text's status (").Append(Describe(perspective)).Append(").\n");
        }
        else
        {
            text.Append("Status ").Append(Describe(perspective)).Append(".\n\n| Rendering | Obligation | Primary text | Under the rendering |\n|---|---|---|---|\n");
            foreach (var d in sections.Readings)
            {
                text.Append("| ").Append(Cell(d.Reading)).Append(" | ").Append(Cell(d.ObligationId)).Append(" | ").Append(d.PrimaryStatus.ToString())
                    .Append(" | ").Append(d.ReadingStatus.ToString()).Append(" |\n");
            }
        }

        text.Append("\n## ").Append(InstrumentsHeading).Append('\n');
        foreach (var (statement, links, report) in sections.Instruments)
        {
            text.Append("\n### ").Append(Cell(statement.Title)).Append(" (").Append(Cell(statement.Id ?? string.Empty)).Append(")\n\n");
            foreach (var link in links)
            {
                text.Append("- Link: ").Append(Cell(Link(link))).Append('\n');
            }

            text.Append(links.Count > 0 ? "\n" : string.Empty).Append("| Obligation | Status (all claims) |\n|---|---|\n");
            foreach (var assessment in report.Obligations)
            {
                text.Append("| ").Append(Cell(assessment.ObligationId)).Append(" | ").Append(assessment.Status.ToString()).Append(" |\n");
            }
        }

        return text.ToString();
    }
}
