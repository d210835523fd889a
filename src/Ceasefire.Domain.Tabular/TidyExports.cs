using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;

namespace Ceasefire.Domain.Tabular;

/// <summary>
/// The tidy exports: long tables for pandas, R, Polars and DuckDB (columns documented in docs/exports.md). Each table
/// carries the data version it was computed from.
/// </summary>
/// <threadsafety>Stateless and thread-safe: its static members may be called from any thread (the evaluator is thread-safe).</threadsafety>
public static class TidyExports
{
    /// <summary>
    /// One row per claim, with its sources: the columns of the claims CSV format (docs/claims-csv.md), so that the CSV
    /// export reads back as claims, then date_first, date_last and date_instant (derived, ignored when read back).
    /// </summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="dataVersion">The data version to carry.</param>
    /// <returns>The table "claims".</returns>
    public static TidyTable Claims(Timeline timeline, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(dataVersion);
        var header = ClaimsCsv.Header(timeline, out var extraSources);
        var t = new TidyTable.Builder("claims", dataVersion);
        foreach (var column in header)
        {
            t.Column(column, column == "known_on" ? TidyType.Date : TidyType.Text, ClaimColumnDescription(column));
        }

        t.Column("date_first", TidyType.Date, "The first day the date may denote (derived from date).")
            .Column("date_last", TidyType.Date, "The last day the date may denote, inclusive (derived from date).")
            .Column("date_instant", TidyType.Timestamp, "The exact instant, for precision Instant (derived from date).");
        var knownOn = header.IndexOf("known_on");
        foreach (var c in timeline.Claims)
        {
            var fields = ClaimsCsv.Fields(c, extraSources);
            var values = new object?[fields.Length + 3];
            for (var i = 0; i < fields.Length; i++)
            {
                values[i] = i == knownOn ? c.KnownOn : fields[i];
            }

            values[fields.Length] = c.Date.First;
            values[fields.Length + 1] = c.Date.Last;
            values[fields.Length + 2] = c.Date.Instant;
            t.Row(values);
        }

        return t.Build();
    }

    private static string ClaimColumnDescription(string column) => column switch
    {
        "id" => "The claim's id, unique in the timeline.",
        "kind" => "What is claimed (Performed, Breached, Incident, ComplianceAttested, ...).",
        "obligations" => "The obligation ids concerned, separated by ';'; empty for a claim about the statement itself.",
        "date" => "When: YYYY-MM-DD, YYYY-MM, YYYY, FIRST/LAST (a range of days) or an instant (…Z).",
        "precision" => "Instant, Day, Month, Year or Range.",
        "quantifier" => "For a range: Within (at some time in it) or Throughout (over all of it).",
        "end" => "For a breach or suspension: when it ended (same syntax as date).",
        "acted_by" => "The actor said to have acted.",
        "claimant" => "Who asserts the claim.",
        "claimant_actor" => "The actor the claimant speaks for officially.",
        "claimant_side" => "The actor whose view the claimant gives.",
        "known_on" => "When the claim became known (the source's publication date).",
        "summary" => "The neutral one-sentence summary.",
        "source" or "locator" => column == "source" ? "The first source (document or URL)." : "Where in it: a short quotation or paraphrase.",
        "contradicts" => "The ids of the claims it contradicts, separated by ';'.",
        "quantity" or "quantity_unit" => "For PartlyPerformed: how much, and its unit.",
        "new_deadline" => "For DeadlineExtended: the new deadline ('by 2020-11-25', ...).",
        "requested_by" => "For an extension: who asked for it.",
        "agreed_by" => "Who agreed, separated by ';'.",
        "places" => "The ids of the statement's places where the event happened, separated by ';'.",
        "reason" => "For Terminated: why (NoticeAndExpiry, Agreement, EarlyWithdrawal, Superseded, Lapsed).",
        _ => column.StartsWith("source_", StringComparison.Ordinal) ? "A further source." : "Where in that further source.",
    };

    /// <summary>Every obligation's status at one instant, under each perspective.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="asOf">The instant.</param>
    /// <param name="perspectives">The perspectives.</param>
    /// <param name="dataVersion">The data version to carry.</param>
    /// <returns>The table "statuses".</returns>
    public static TidyTable Statuses(Evaluator evaluator, Instant asOf, IReadOnlyList<Perspective> perspectives, string dataVersion)
    {
        Check(evaluator, perspectives, dataVersion);
        var t = new TidyTable.Builder("statuses", dataVersion)
            .Column("as_of", TidyType.Timestamp, "The instant evaluated (UTC).")
            .Column("perspective", TidyType.Text, "The perspective's name (all claims, siding with ARM, as known on ..., ...).")
            .Column("obligation_id", TidyType.Text, "The obligation.")
            .Column("article", TidyType.WholeNumber, "Its article number.")
            .Column("status", TidyType.Text, "Its status (Fulfilled, Breached, Disputed, NoInformation, ...).")
            .Column("timeliness", TidyType.Text, "For a performed one-off: OnTime, Late, Uncertain; otherwise NotApplicable.")
            .Column("due", TidyType.Timestamp, "Its due instant, if it has one.")
            .Column("breaches", TidyType.WholeNumber, "The number of breach episodes recorded up to the instant.")
            .Column("statement_status", TidyType.Text, "Whether the statement is in force under the perspective.")
            .Column("reason", TidyType.Text, "The one-line reason for the status.");
        foreach (var perspective in perspectives)
        {
            var report = evaluator.Evaluate(asOf, perspective);
            foreach (var a in report.Obligations)
            {
                t.Row(asOf, perspective.Name, a.ObligationId, (long)a.Obligation.ArticleNumber, a.Status.ToString(), a.Explanation.Timeliness.ToString(),
                    a.DueInstant, (long)a.Breaches.Length, report.StatementStatus.ToString(), a.Explanation.Reason);
            }
        }

        return t.Build();
    }

    /// <summary>Each obligation's status history (exact intervals, from <see cref="Evaluator.History"/>) under each perspective.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="from">The start of the range.</param>
    /// <param name="to">The end of the range.</param>
    /// <param name="perspectives">The perspectives.</param>
    /// <param name="dataVersion">The data version to carry.</param>
    /// <returns>The table "intervals".</returns>
    public static TidyTable Intervals(Evaluator evaluator, Instant from, Instant to, IReadOnlyList<Perspective> perspectives, string dataVersion)
    {
        Check(evaluator, perspectives, dataVersion);
        var t = new TidyTable.Builder("intervals", dataVersion)
            .Column("perspective", TidyType.Text, "The perspective's name.")
            .Column("obligation_id", TidyType.Text, "The obligation.")
            .Column("start", TidyType.Timestamp, "When the status starts (UTC, inclusive).")
            .Column("end", TidyType.Timestamp, "When it ends (UTC, exclusive).")
            .Column("status", TidyType.Text, "The status over the interval.")
            .Column("reason", TidyType.Text, "The one-line reason at the interval's start.");
        foreach (var perspective in perspectives)
        {
            foreach (var obligation in evaluator.Statement.Obligations)
            {
                foreach (var interval in evaluator.History(obligation.Id, from, to, perspective))
                {
                    t.Row(perspective.Name, interval.ObligationId, interval.Start, interval.End, interval.Status.ToString(), interval.Reason);
                }
            }
        }

        return t.Build();
    }

    /// <summary>Yearly implementation grades (<see cref="Evaluator.YearlyGrades"/>) under each perspective.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year.</param>
    /// <param name="perspectives">The perspectives.</param>
    /// <param name="dataVersion">The data version to carry.</param>
    /// <returns>The table "grades".</returns>
    public static TidyTable Grades(Evaluator evaluator, int firstYear, int lastYear, IReadOnlyList<Perspective> perspectives, string dataVersion)
    {
        Check(evaluator, perspectives, dataVersion);
        var t = new TidyTable.Builder("grades", dataVersion)
            .Column("perspective", TidyType.Text, "The perspective's name.")
            .Column("obligation_id", TidyType.Text, "The obligation.")
            .Column("year", TidyType.WholeNumber, "The calendar year.")
            .Column("grade", TidyType.WholeNumber, "The PAM-style grade 0-3; missing when not gradable (no information, permissions).")
            .Column("status_at_year_end", TidyType.Text, "The status at the end of the year.")
            .Column("reason", TidyType.Text, "Why that grade.");
        foreach (var perspective in perspectives)
        {
            foreach (var g in evaluator.YearlyGrades(firstYear, lastYear, perspective))
            {
                t.Row(perspective.Name, g.ObligationId, (long)g.Year, g.Grade is { } grade ? (long)grade : null, g.StatusAtYearEnd.ToString(), g.Reason);
            }
        }

        return t.Build();
    }

    /// <summary>A panel: each obligation's status at the end of each day of a range (in the statement's zone), under each perspective.</summary>
    /// <param name="evaluator">The evaluator.</param>
    /// <param name="first">The first day.</param>
    /// <param name="last">The last day (inclusive).</param>
    /// <param name="perspectives">The perspectives.</param>
    /// <param name="dataVersion">The data version to carry.</param>
    /// <returns>The table "panel".</returns>
    public static TidyTable Panel(Evaluator evaluator, LocalDate first, LocalDate last, IReadOnlyList<Perspective> perspectives, string dataVersion)
    {
        Check(evaluator, perspectives, dataVersion);
        if (last < first)
        {
            throw new ArgumentException("the last day is before the first", nameof(last));
        }

        var days = new List<LocalDate>();
        for (var d = first; d <= last; d = d.PlusDays(1))
        {
            days.Add(d);
        }

        var instants = days.Select(evaluator.Statement.EndOfDay).ToArray();
        var t = new TidyTable.Builder("panel", dataVersion)
            .Column("perspective", TidyType.Text, "The perspective's name.")
            .Column("obligation_id", TidyType.Text, "The obligation.")
            .Column("day", TidyType.Date, "The day; the status is the one at its end in the statement's zone.")
            .Column("status", TidyType.Text, "The status at the end of the day.");
        foreach (var perspective in perspectives)
        {
            foreach (var obligation in evaluator.Statement.Obligations)
            {
                var series = evaluator.StatusSeries(obligation.Id, instants, perspective);
                for (var i = 0; i < days.Count; i++)
                {
                    t.Row(perspective.Name, obligation.Id, days[i], series[i].ToString());
                }
            }
        }

        return t.Build();
    }

    private static void Check(Evaluator evaluator, IReadOnlyList<Perspective> perspectives, string dataVersion)
    {
        ArgumentNullException.ThrowIfNull(evaluator);
        ArgumentNullException.ThrowIfNull(perspectives);
        ArgumentNullException.ThrowIfNull(dataVersion);
    }

    private static string? Join(IEnumerable<string> values)
    {
        var text = string.Join(";", values);
        return text.Length == 0 ? null : text;
    }
}
