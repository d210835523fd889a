using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// Renders a <see cref="StatusHistory"/>, the status history of every obligation of a statement over a range, as a
/// standalone SVG 1.1 timeline chart: one horizontal lane per obligation (its id at the left), a coloured rectangle per
/// <see cref="StatusInterval"/> with a tooltip (status, interval, reason), year ticks along the top axis (years
/// begin at midnight on 1 January in the statement's zone), deadline markers, claim markers and a legend of the
/// statuses and markers shown. Output is deterministic and culture-invariant; all text is escaped.
/// </summary>
/// <remarks>
/// <para>The palette is fixed and colour-blind-safe (Okabe-Ito and Paul Tol colours):
/// <c>NotYetInForce</c> #DDDDDD pale grey, <c>AwaitingCondition</c> #F0E442 yellow, <c>Pending</c> #56B4E9 sky blue,
/// <c>Fulfilled</c> #009E73 bluish green, <c>FulfilledLate</c> #0072B2 blue, <c>PartiallyFulfilled</c> #E69F00
/// orange, <c>Overdue</c> #D55E00 vermilion, <c>Upheld</c> #99DDCC mint, <c>Breached</c> #882255 wine,
/// <c>Disputed</c> #CC79A7 reddish purple hatched with white diagonal stripes, <c>NotYetInForce</c> also hatched (the
/// other way, so that it never looks like <c>Upheld</c> to a red-green colour-blind reader), <c>Suspended</c> #999999 grey,
/// <c>Terminated</c> #333333 near black. Status names are also written inside rectangles wide enough to hold them.</para>
/// <para>Deadline markers are thin dark vertical lines across a lane: solid at the obligation's due instant as the
/// statement sets it, at the due instant in force at the end of the range (after agreed extensions) and at the end of
/// the current term; dashed at a term's notice cut-off. Claim markers are small circles at the instant each claim about
/// the obligation starts counting (the end of its date's interval, or its exact instant), on the lower edge of the
/// lane's bar: filled when the claim counts under the perspective, hollow when the perspective sets it aside.</para>
/// </remarks>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class SvgTimelineChart
{
    private const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
    private const string MonoFamily = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";
    private const string PatternIdPrefix = "cf-hatch-";
    private const double AxisLabelY = 64;
    private const double AxisY = 72;
    private const double LanesTop = 78;

    /// <summary>Renders the chart as a standalone SVG document (with an XML declaration).</summary>
    /// <param name="history">The history to draw (from <see cref="Evaluator.HistoryBetween"/>): its range, perspective and timeline.</param>
    /// <param name="options">Layout options; <see langword="null"/> for <see cref="SvgChartOptions.Default"/>.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    public static string Render(StatusHistory history, SvgChartOptions? options = null)
    {
        Guard.Against.Null(history);
        var svg = new StringBuilder();
        svg.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n");
        AppendSvg(svg, history, options);
        return svg.ToString();
    }

    /// <summary>Appends the <c>svg</c> element alone, for embedding in HTML.</summary>
    /// <param name="svg">The output.</param>
    /// <param name="history">The history to draw.</param>
    /// <param name="options">Layout options.</param>
    /// <param name="idSuffix">Appended to the ids the chart defines, so that several charts can share one HTML page.</param>
    /// <param name="cursor">
    /// Whether to draw a movable day cursor (a <c>line class="cursor"</c> across the lanes) that carries the chart's scale in
    /// <c>data-from</c>, <c>data-to</c> (Unix milliseconds), <c>data-left</c> and <c>data-right</c> (x coordinates), for the HTML explorer.
    /// </param>
    internal static void AppendSvg(StringBuilder svg, StatusHistory history, SvgChartOptions? options, string idSuffix = "", bool cursor = false)
    {
        Guard.Against.Null(svg);
        Guard.Against.Null(history);
        var (from, to, perspective) = (history.From, history.To, history.Perspective);
        options ??= SvgChartOptions.Default;
        var statement = history.Statement;
        var zone = statement.TimeZone;
        var histories = history.Intervals;
        var atEnd = history.AtEnd;
        var obligations = statement.Obligations;

        var width = (double)options.Width;
        var laneHeight = (double)options.LaneHeight;
        var longestId = 0;
        foreach (var o in obligations)
        {
            longestId = Math.Max(longestId, o.Id.Length);
        }

        var labelWidth = Math.Clamp((longestId * 7.2) + 24, 90, width * 0.35);
        var plotLeft = labelWidth;
        var plotRight = width - 16;
        var scale = new Scale(from, to, plotLeft, plotRight);
        var lanesBottom = LanesTop + (obligations.Length * laneHeight);

        var used = new SortedSet<ObligationStatus>();
        foreach (var lane in histories)
        {
            foreach (var interval in lane)
            {
                used.Add(interval.Status);
            }
        }

        var drawn = new Drawn();
        var lanes = new StringBuilder();
        for (var i = 0; i < obligations.Length; i++)
        {
            var top = LanesTop + (i * laneHeight);
            AppendLane(lanes, drawn, history, i, histories[i], atEnd.Obligations[i], options, scale, top, laneHeight, labelWidth, idSuffix);
        }

        var legend = LegendItems(used, drawn);
        var legendRows = LayoutLegend(legend, 10, plotRight, out var positions);
        var legendTop = lanesBottom + 26;
        var height = legendTop + ((legendRows - 1) * 20) + 14;

        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").Append(N(width))
            .Append("\" height=\"").Append(N(height)).Append("\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" font-family=\"").Append(FontFamily).Append("\" font-size=\"12\" role=\"img\">\n");
        var title = string.Concat(statement.Title, ": obligation status, ", Text.Iso(from), " to ", Text.Iso(to), " (", perspective.Name, ")");
        svg.Append("<title>").AppendEscaped(title).Append("</title>\n");
        svg.Append("<defs>");
        foreach (var status in (ReadOnlySpan<ObligationStatus>)[ObligationStatus.Disputed, ObligationStatus.NotYetInForce])
        {
            svg.Append("<pattern id=\"").Append(PatternIdPrefix).Append(StatusPalette.CssClass(status)).Append(idSuffix)
                .Append("\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(").Append(Text.Number(StatusPalette.HatchAngle(status))).Append(")\">")
                .Append("<rect width=\"6\" height=\"6\" fill=\"").Append(StatusPalette.Fill(status)).Append("\"/>")
                .Append("<rect width=\"2.5\" height=\"6\" fill=\"#FFFFFF\" fill-opacity=\"0.75\"/></pattern>");
        }

        svg.Append("</defs>\n");
        svg.Append("<rect x=\"0\" y=\"0\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height)).Append("\" fill=\"#FFFFFF\"/>\n");

        svg.Append("<text x=\"10\" y=\"22\" font-size=\"15\" font-weight=\"600\" fill=\"#111111\">").AppendEscaped(statement.Title).Append("</text>\n");
        svg.Append("<text x=\"10\" y=\"41\" fill=\"#555555\">")
            .AppendEscaped(string.Concat("Status of each obligation from ", Text.InZone(from, zone), " to ", Text.Local(Text.Zoned(to, zone).LocalDateTime),
                " (", Text.Iso(from), " to ", Text.Iso(to), "); perspective: ", perspective.Name))
            .Append("</text>\n");

        AppendAxis(svg, scale, zone, lanesBottom);
        svg.Append(lanes);
        svg.Append("<line x1=\"").Append(N(plotLeft)).Append("\" y1=\"").Append(N(AxisY)).Append("\" x2=\"").Append(N(plotRight))
            .Append("\" y2=\"").Append(N(AxisY)).Append("\" stroke=\"#444444\" stroke-width=\"1\"/>\n");
        if (cursor)
        {
            svg.Append("<line class=\"cursor\" x1=\"").Append(N(plotRight)).Append("\" y1=\"").Append(N(AxisY)).Append("\" x2=\"").Append(N(plotRight))
                .Append("\" y2=\"").Append(N(lanesBottom)).Append("\" stroke=\"#0B5CAD\" stroke-width=\"2\" data-from=\"").Append(Text.Number((long)from.ToUnixTimeMilliseconds()))
                .Append("\" data-to=\"").Append(Text.Number((long)to.ToUnixTimeMilliseconds())).Append("\" data-left=\"").Append(N(plotLeft)).Append("\" data-right=\"").Append(N(plotRight))
                .Append("\"/>\n");
        }

        AppendLegend(svg, legend, positions, legendTop, idSuffix);
        svg.Append("</svg>\n");
    }

    private static void AppendAxis(StringBuilder svg, Scale scale, DateTimeZone zone, double lanesBottom)
    {
        var firstYear = Text.Zoned(scale.From, zone).Year;
        var lastYear = Text.Zoned(scale.To, zone).Year;
        var years = Math.Max(1, (scale.To - scale.From).TotalDays / 365.2425);
        var pixelsPerYear = (scale.Right - scale.Left) / years;
        var step = 1;
        foreach (var candidate in (ReadOnlySpan<int>)[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000])
        {
            step = candidate;
            if (candidate * pixelsPerYear >= 44)
            {
                break;
            }
        }

        svg.Append("<g class=\"axis\">\n");
        if (pixelsPerYear >= 96 && lastYear - firstYear <= 200)
        {
            for (var year = firstYear; year <= lastYear; year++)
            {
                for (var month = 2; month <= 12; month++)
                {
                    var t = zone.AtStartOfDay(new LocalDate(year, month, 1)).ToInstant();
                    if (t > scale.From && t < scale.To)
                    {
                        var x = N(scale.X(t));
                        svg.Append("<line x1=\"").Append(x).Append("\" y1=\"").Append(N(AxisY - 3)).Append("\" x2=\"").Append(x)
                            .Append("\" y2=\"").Append(N(AxisY)).Append("\" stroke=\"#888888\" stroke-width=\"0.75\"/>\n");
                    }
                }
            }
        }

        for (var year = firstYear; year <= lastYear; year++)
        {
            if (year % step != 0 || year < -CalendarLimits.LastConstructibleYear || year > CalendarLimits.LastConstructibleYear)
            {
                continue;
            }

            var t = zone.AtStartOfDay(new LocalDate(year, 1, 1)).ToInstant();
            if (t < scale.From || t > scale.To)
            {
                continue;
            }

            var x = N(scale.X(t));
            svg.Append("<line x1=\"").Append(x).Append("\" y1=\"").Append(N(AxisY)).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(N(lanesBottom))
                .Append("\" stroke=\"#BBBBBB\" stroke-width=\"0.75\" stroke-dasharray=\"2 3\"/>\n");
            svg.Append("<line x1=\"").Append(x).Append("\" y1=\"").Append(N(AxisY - 7)).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(N(AxisY))
                .Append("\" stroke=\"#444444\" stroke-width=\"1\"/>\n");
            svg.Append("<text x=\"").Append(x).Append("\" y=\"").Append(N(AxisLabelY - 3)).Append("\" text-anchor=\"middle\" fill=\"#333333\">")
                .Append(Text.Number(year)).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static void AppendLane(StringBuilder svg, Drawn drawn, StatusHistory source, int index, IReadOnlyList<StatusInterval> history, ObligationAssessment atEnd,
        SvgChartOptions options, Scale scale, double top, double laneHeight, double labelWidth, string idSuffix)
    {
        var statement = source.Statement;
        var obligation = atEnd.Obligation;
        var perspective = source.Perspective;
        var zone = statement.TimeZone;
        var middle = top + (laneHeight / 2);
        svg.Append("<g class=\"lane\">\n");
        svg.Append("<rect x=\"0\" y=\"").Append(N(top)).Append("\" width=\"").Append(N(scale.Right + 8)).Append("\" height=\"").Append(N(laneHeight))
            .Append("\" fill=\"").Append(index % 2 == 0 ? "#F6F6F6" : "#FFFFFF").Append("\"/>\n");

        var maxChars = Math.Max(4, (int)((labelWidth - 18) / 7.2));
        var label = obligation.Id.Length <= maxChars ? obligation.Id : string.Concat(obligation.Id.AsSpan(0, maxChars - 1), "\u2026");
        svg.Append("<text class=\"lane-label\" x=\"10\" y=\"").Append(N(middle + 4)).Append("\" font-family=\"").Append(MonoFamily)
            .Append("\" font-size=\"12\" fill=\"#111111\"><title>")
            .AppendEscaped(string.Concat(obligation.Id, " (article ", Text.Number(obligation.ArticleNumber), "): ", obligation.Description))
            .Append("</title>").AppendEscaped(label).Append("</text>\n");

        var barTop = top + 3;
        var barHeight = laneHeight - 6;
        foreach (var interval in history)
        {
            var x1 = scale.X(interval.Start);
            var x2 = scale.X(interval.End);
            var w = Math.Max(x2 - x1, 0.5);
            var fill = FillOf(interval.Status, idSuffix);
            svg.Append("<rect class=\"").Append(StatusPalette.CssClass(interval.Status)).Append("\" x=\"").Append(N(x1)).Append("\" y=\"").Append(N(barTop))
                .Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(barHeight)).Append("\" fill=\"").Append(fill)
                .Append("\" stroke=\"#FFFFFF\" stroke-width=\"1\"><title>")
                .AppendEscaped(string.Concat(
                    obligation.Id, ": ", interval.Status.ToString(), "\n",
                    Text.Local(Text.Zoned(interval.Start, zone).LocalDateTime), " to ", Text.Local(Text.Zoned(interval.End, zone).LocalDateTime), " ", zone.Id, "\n",
                    "[", Text.Iso(interval.Start), ", ", Text.Iso(interval.End), ")\n",
                    interval.Reason))
                .Append("</title></rect>\n");
            var name = interval.Status.ToString();
            if (barHeight >= 12 && w >= (name.Length * 6.4) + 10)
            {
                svg.Append("<text x=\"").Append(N(x1 + 5)).Append("\" y=\"").Append(N(middle + 4)).Append("\" font-size=\"11\" fill=\"")
                    .Append(StatusPalette.Ink(interval.Status)).Append("\" pointer-events=\"none\">").Append(name).Append("</text>\n");
            }
        }

        AppendEpisodes(svg, obligation, atEnd, scale, zone, barTop);
        var marked = new List<Instant>();
        if (statement.DueInstant(obligation) is { } due)
        {
            AppendDeadline(svg, drawn, scale, marked, due, top, laneHeight, false, string.Concat(obligation.Id, ": due ", Text.InZone(due, zone), " (", Text.Iso(due), "), as the statement sets it"));
        }

        if (atEnd.DueInstant is { } inForce)
        {
            AppendDeadline(svg, drawn, scale, marked, inForce, top, laneHeight, false, string.Concat(obligation.Id, ": due ", Text.InZone(inForce, zone), " (", Text.Iso(inForce), ")",
                atEnd.Explanation.DeadlineReading is { } reading ? string.Concat("\n", reading) : string.Empty));
        }

        if (atEnd.Term is { } term)
        {
            AppendDeadline(svg, drawn, scale, marked, term.End, top, laneHeight, false, string.Concat(obligation.Id, ": term ", Text.Number(term.Number), " ends ", Text.InZone(term.End, zone), " (", Text.Iso(term.End), ")"));
            AppendDeadline(svg, drawn, scale, marked, term.NoticeCutoff, top, laneHeight, true, string.Concat(obligation.Id, ": notice cut-off for term ", Text.Number(term.Number), ", ", Text.InZone(term.NoticeCutoff, zone), " (", Text.Iso(term.NoticeCutoff), ")"));
        }

        if (options.ShowClaims)
        {
            var radius = Math.Min(3.5, laneHeight / 6);
            var claimY = barTop + barHeight;
            foreach (var claim in source.Timeline.ClaimsAbout(obligation.Id))
            {
                var (start, end) = claim.Date.Resolve(zone);
                var counts = claim.Date.Precision == DatePrecision.Instant ? start : end;
                if (counts < scale.From || counts > scale.To)
                {
                    continue;
                }

                var included = perspective.Includes(claim, out var setAside);
                if (included)
                {
                    drawn.Counted = true;
                }
                else
                {
                    drawn.SetAside = true;
                }

                svg.Append("<circle class=\"claim\" cx=\"").Append(N(scale.X(counts))).Append("\" cy=\"").Append(N(claimY)).Append("\" r=\"").Append(N(radius))
                    .Append(included ? "\" fill=\"#111111\" stroke=\"#FFFFFF\" stroke-width=\"1\"><title>" : "\" fill=\"#FFFFFF\" stroke=\"#111111\" stroke-width=\"1.25\"><title>")
                    .AppendEscaped(string.Concat("Claim ", claim.Id, included ? " (counted)" : string.Concat(" (set aside: ", setAside.ToString(), ")"), "\n", claim.ToString()))
                    .Append("</title></circle>\n");
            }
        }

        svg.Append("</g>\n");
    }

    /// <summary>Each breach episode counted by the chart's end (docs/semantics.md, section 7) as a mark along the top of the lane: incidents at least 2 px wide, ongoing states to the end.</summary>
    private static void AppendEpisodes(StringBuilder svg, Obligation obligation, ObligationAssessment atEnd, Scale scale, DateTimeZone zone, double barTop)
    {
        foreach (var episode in atEnd.Breaches)
        {
            var x1 = scale.X(episode.From);
            var w = Math.Max(scale.X(episode.Until ?? scale.To) - x1, 2);
            svg.Append("<rect class=\"episode\" x=\"").Append(N(x1)).Append("\" y=\"").Append(N(barTop - 2)).Append("\" width=\"").Append(N(w))
                .Append("\" height=\"3\" fill=\"").Append(StatusPalette.Fill(ObligationStatus.Breached)).Append("\"><title>")
                .AppendEscaped(string.Concat(obligation.Id, ": ", episode.IsIncident ? "incident " : "breach episode ", episode.Claim.Id, " from ",
                    Text.InZone(episode.From, zone), episode.Until is { } until ? string.Concat(" to ", Text.InZone(until, zone)) : " (ongoing)", ", per ", episode.According.Name))
                .Append("</title></rect>\n");
        }
    }

    private static void AppendDeadline(StringBuilder svg, Drawn drawn, Scale scale, List<Instant> marked, Instant at, double top, double laneHeight, bool dashed, string tooltip)
    {
        if (at < scale.From || at > scale.To || marked.Contains(at))
        {
            return;
        }

        marked.Add(at);
        if (dashed)
        {
            drawn.Notice = true;
        }
        else
        {
            drawn.Deadline = true;
        }

        var x = N(scale.X(at));
        svg.Append("<line class=\"deadline\" x1=\"").Append(x).Append("\" y1=\"").Append(N(top + 1)).Append("\" x2=\"").Append(x).Append("\" y2=\"").Append(N(top + laneHeight - 1))
            .Append("\" stroke=\"#111111\" stroke-width=\"2\"").Append(dashed ? " stroke-dasharray=\"3 2\"" : string.Empty).Append("><title>")
            .AppendEscaped(tooltip).Append("</title></line>\n");
    }

    private static List<LegendItem> LegendItems(SortedSet<ObligationStatus> used, Drawn drawn)
    {
        var items = new List<LegendItem>();
        foreach (var status in used)
        {
            items.Add(new LegendItem(LegendKind.Status, status, status.ToString()));
        }

        if (drawn.Deadline)
        {
            items.Add(new LegendItem(LegendKind.Deadline, default, "deadline"));
        }

        if (drawn.Notice)
        {
            items.Add(new LegendItem(LegendKind.Notice, default, "notice cut-off"));
        }

        if (drawn.Counted)
        {
            items.Add(new LegendItem(LegendKind.Claim, default, "claim (counted)"));
        }

        if (drawn.SetAside)
        {
            items.Add(new LegendItem(LegendKind.SetAsideClaim, default, "claim (set aside)"));
        }

        return items;
    }

    private static int LayoutLegend(List<LegendItem> items, double left, double right, out List<(double X, int Row)> positions)
    {
        positions = new List<(double, int)>(items.Count);
        var x = left;
        var row = 0;
        foreach (var item in items)
        {
            var w = 22 + (item.Label.Length * 6.6) + 18;
            if (x + w > right && x > left)
            {
                row++;
                x = left;
            }

            positions.Add((x, row));
            x += w;
        }

        return row + 1;
    }

    /// <summary>The fill of a status's rectangles: its colour, or its hatching pattern.</summary>
    private static string FillOf(ObligationStatus status, string idSuffix)
        => StatusPalette.Hatch(status) is null ? StatusPalette.Fill(status) : string.Concat("url(#", PatternIdPrefix, StatusPalette.CssClass(status), idSuffix, ")");

    private static void AppendLegend(StringBuilder svg, List<LegendItem> items, List<(double X, int Row)> positions, double top, string idSuffix)
    {
        svg.Append("<g class=\"legend\">\n");
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var x = positions[i].X;
            var y = top + (positions[i].Row * 20);
            switch (item.Kind)
            {
                case LegendKind.Status:
                    var fill = FillOf(item.Status, idSuffix);
                    svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y - 10)).Append("\" width=\"16\" height=\"12\" fill=\"").Append(fill)
                        .Append("\" stroke=\"#666666\" stroke-width=\"0.5\"/>\n");
                    break;
                case LegendKind.Deadline or LegendKind.Notice:
                    svg.Append("<line x1=\"").Append(N(x + 8)).Append("\" y1=\"").Append(N(y - 11)).Append("\" x2=\"").Append(N(x + 8)).Append("\" y2=\"").Append(N(y + 3))
                        .Append("\" stroke=\"#111111\" stroke-width=\"2\"").Append(item.Kind == LegendKind.Notice ? " stroke-dasharray=\"3 2\"" : string.Empty).Append("/>\n");
                    break;
                default:
                    svg.Append("<circle cx=\"").Append(N(x + 8)).Append("\" cy=\"").Append(N(y - 4)).Append("\" r=\"4\"")
                        .Append(item.Kind == LegendKind.Claim ? " fill=\"#111111\" stroke=\"#FFFFFF\"" : " fill=\"#FFFFFF\" stroke=\"#111111\" stroke-width=\"1.25\"").Append("/>\n");
                    break;
            }

            svg.Append("<text x=\"").Append(N(x + 22)).Append("\" y=\"").Append(N(y)).Append("\" fill=\"#222222\">").AppendEscaped(item.Label).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    /// <summary>Formats a coordinate with invariant culture and at most two decimals.</summary>
    internal static string N(double value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    private enum LegendKind
    {
        Status,
        Deadline,
        Notice,
        Claim,
        SetAsideClaim,
    }

    /// <summary>Which kinds of marker the lanes drew, for the legend.</summary>
    private sealed class Drawn
    {
        public bool Deadline { get; set; }

        public bool Notice { get; set; }

        public bool Counted { get; set; }

        public bool SetAside { get; set; }
    }

    private readonly record struct LegendItem(LegendKind Kind, ObligationStatus Status, string Label);

    private readonly record struct Scale(Instant From, Instant To, double Left, double Right)
    {
        public double X(Instant instant)
        {
            var fraction = (instant - From).TotalSeconds / (To - From).TotalSeconds;
            return Left + (Math.Clamp(fraction, 0, 1) * (Right - Left));
        }
    }
}
