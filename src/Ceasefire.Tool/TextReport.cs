using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Ceasefire.Domain;
using NodaTime;

namespace Ceasefire.Tool;

/// <summary>The plain-text report (the main job's default output): header, actors, statement status, the compliance matrix, deadlines, then any further sections (the built-in data's renderings and linked instruments).</summary>
internal static class TextReport
{
    public static string Render(Statement statement, Timeline timeline, LocalDate asOfDate, IReadOnlyList<ComplianceReport> reports, bool details, string dataVersion, string sectionsAfterDeadlines = "")
    {
        var zone = statement.TimeZone;
        var zoneLabel = zone.Id == "Europe/Moscow" ? "Moscow" : zone.Id;
        var asOf = statement.EndOfDay(asOfDate);
        string Format(Instant instant) => instant.InZone(zone).ToString("uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        void Line(FormattableString line) => text.AppendLine(FormattableString.Invariant(line));

        Line($"{statement.Title}");
        Line($"Signed {statement.SignedOn:uuuu-MM-dd}; effective {statement.EffectiveFrom} ({Format(statement.EffectiveFrom)}); zone {zone.Id}");
        foreach (var reference in statement.CrossReferences)
        {
            Line($"Cross-reference: {reference} {reference.Url}");
        }

        Line($"As of: end of {asOfDate:uuuu-MM-dd} {zoneLabel} time ({asOf}); {timeline.Claims.Length} sourced claims");
        Line($"Data version: {dataVersion}");
        if (statement.Reading is { } reading)
        {
            Line($"Reading: {reading} (the deadlines and scope as that rendering words them)");
        }
        text.AppendLine();
        Line($"Actors and roles");
        foreach (var actor in statement.Actors)
        {
            Line($"  {actor.Id,-11} {actor.Name} [{actor.Roles}]");
        }

        text.AppendLine();
        Line($"Statement in force?");
        foreach (var report in reports)
        {
            Line($"  {report.Perspective.Name,-16} {report.StatementStatus}: {report.StatementReason}");
        }

        text.AppendLine();
        var first = reports[0];
        Line($"Compliance matrix (status {string.Join(" | ", reports.Select(r => Describe(r.Perspective)))}; reason {Describe(first.Perspective)})");
        var header = new StringBuilder(FormattableString.Invariant($"  {"obligation",-29} {"art",3} {"due (" + zoneLabel + ")",-16}"));
        foreach (var report in reports)
        {
            header.Append(' ').Append(Label(report.Perspective).PadRight(18));
        }

        text.Append(header).AppendLine(" reason");
        foreach (var assessment in first.Obligations)
        {
            var id = assessment.ObligationId;
            var due = assessment.DueInstant is { } d ? Format(d) : assessment.Term is { } t ? "term " + Format(t.End) : "-";
            var line = new StringBuilder(FormattableString.Invariant($"  {id,-29} {assessment.Obligation.ArticleNumber,3} {due,-16}"));
            foreach (var report in reports)
            {
                line.Append(' ').Append(report[id].Status.ToString().PadRight(18));
            }

            text.Append(line).Append(' ').AppendLine(assessment.Explanation.Reason);
        }

        text.AppendLine();
        Line($"Upcoming deadlines ({Describe(first.Perspective)})");
        var upcoming = first.UpcomingDeadlines();
        if (upcoming.IsEmpty)
        {
            Line($"  none {Describe(first.Perspective)}");
        }

        foreach (var entry in upcoming)
        {
            Line($"  {Format(entry.Instant)} {zoneLabel} | {entry.Instant} | {entry.ObligationId} | {entry.Kind}");
        }

        text.AppendLine();
        Line($"Past deadlines of the text");
        foreach (var entry in asOf > statement.EffectiveFrom ? statement.DeadlinesBetween(statement.EffectiveFrom, asOf) : [])
        {
            Line($"  {Format(entry.Instant)} {zoneLabel} | {entry.Instant} | {entry.ObligationId} | {entry.Kind}");
        }

        text.Append(sectionsAfterDeadlines);
        if (details)
        {
            foreach (var report in reports)
            {
                text.AppendLine();
                Line($"Explanations, {report.Perspective.Name}");
                foreach (var a in report.Obligations)
                {
                    Line($"- {a.ObligationId}: {a.Status}");
                    foreach (var sentence in a.Explanation.Sentences)
                    {
                        Line($"    {sentence}");
                    }

                    foreach (var use in a.Explanation.ClaimsUsed)
                    {
                        Line($"    used ({use.Description}): {use.Claim.Id} per {use.Claim.Claimant} [{string.Join("; ", use.Claim.Sources)}]");
                    }
                }
            }
        }

        return text.ToString();
    }

    /// <summary>"under all claims", "siding with ARM", or the perspective's name.</summary>
    private static string Describe(Perspective p) => p == Perspective.AllClaims ? "under all claims" : p.Name;

    /// <summary>The column label: "all claims", the actor sided with, or the perspective's name.</summary>
    private static string Label(Perspective p)
        => p == Perspective.AllClaims ? "all claims"
            : p.Name.StartsWith("siding with ", StringComparison.Ordinal) && p.KnownOn is null ? p.Name["siding with ".Length..]
            : p.Name;
}
