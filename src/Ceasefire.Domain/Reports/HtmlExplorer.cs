using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace Ceasefire.Domain.Reports;

/// <summary>
/// The interactive part of <see cref="HtmlReport"/>: a day slider from the statement's effective day to the report's
/// instant, a selector per axis of the views (today one axis, the perspective: one view per report), and a table of every
/// obligation's status on the chosen day in the chosen view, read from the library's own status intervals
/// (<see cref="StatusHistory"/>), which the page embeds as JSON. Without scripts the table shows the first view at the
/// report's instant, server-rendered, and the controls stay hidden.
/// </summary>
/// <remarks>
/// <para>The JSON sits in a <c>script type="application/json"</c> element, written by <see cref="Utf8JsonWriter"/> with
/// <see cref="JavaScriptEncoder.Default"/>: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes, U+2028, U+2029 and every
/// other non-ASCII character are <c>\uXXXX</c> escapes, so no text can close the element. The one script is a constant
/// (<see cref="Script"/>), allowed by the page's Content-Security-Policy through its hash; it writes user text only with
/// <c>textContent</c>.</para>
/// <para>Views are keyed by one index per axis (<c>key</c>), so a second axis (for example a rendering of the text) adds
/// a selector and keys of two indices without changing the script.</para>
/// </remarks>
internal static class HtmlExplorer
{
    /// <summary>The page's script: reads the JSON, drives the slider, the selectors, the table, the chart cursor and printing.</summary>
    public const string Script = """
        (function () {
          'use strict';
          var root = document.documentElement;
          var dataElement = document.getElementById('cf-data');
          if (!dataElement) { return; }
          var data = JSON.parse(dataElement.textContent);
          root.classList.add('js');
          var slider = document.getElementById('cf-day');
          var dayText = document.getElementById('cf-day-text');
          var controls = document.getElementById('cf-controls');
          var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-axis]'));
          var rows = Array.prototype.slice.call(document.querySelectorAll('#cf-table tbody tr'));
          var captionDay = document.getElementById('cf-caption-day');
          var captionView = document.getElementById('cf-caption-view');
          var viewParts = Array.prototype.slice.call(document.querySelectorAll('[data-view]'));
          controls.hidden = false;
          slider.disabled = data.instants.length < 2;

          function pad(n) { return (n < 10 ? '0' : '') + n; }
          function dayLabel(i) {
            if (i === data.instants.length - 1) { return data.lastLabel; }
            var p = data.firstDay.split('-');
            var d = new Date(Date.UTC(+p[0], +p[1] - 1, +p[2] + i * data.step));
            return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
          }
          function currentView() {
            for (var v = 0; v < data.views.length; v++) {
              var key = data.views[v].key, same = true;
              for (var a = 0; a < selects.length; a++) { if (key[a] !== +selects[a].value) { same = false; } }
              if (same) { return v; }
            }
            return 0;
          }
          function statusAt(view, ob, t) {
            if (t >= data.asOf) { return [view.atEnd[ob], view.atEndReason[ob]]; }
            var list = view.intervals ? view.intervals[ob] : null;
            if (!list) { return [-1, -1]; }
            var lo = 0, hi = list.length - 1;
            while (lo <= hi) {
              var mid = (lo + hi) >> 1, iv = list[mid];
              if (t < iv[0]) { hi = mid - 1; } else if (t >= iv[1]) { lo = mid + 1; } else { return [iv[2], iv[3]]; }
            }
            return [-1, -1];
          }
          function render() {
            var pos = +slider.value, t = data.instants[pos], v = currentView(), view = data.views[v];
            var label = dayLabel(pos);
            dayText.textContent = label;
            slider.setAttribute('aria-valuetext', label);
            captionDay.textContent = label;
            captionView.textContent = selects.map(function (s) { return s.options[s.selectedIndex].text; }).join(', ');
            rows.forEach(function (row, ob) {
              var r = statusAt(view, ob, t);
              var cell = row.querySelector('td.status');
              var reason = row.querySelector('td.reason');
              if (r[0] < 0) {
                cell.className = 'status status-none';
                cell.textContent = 'no history';
                reason.textContent = data.noHistory;
              } else {
                var s = data.statuses[r[0]];
                cell.className = 'status ' + s[1];
                cell.textContent = '';
                var glyph = document.createElement('span');
                glyph.className = 'glyph';
                glyph.setAttribute('aria-hidden', 'true');
                glyph.textContent = s[2];
                cell.appendChild(glyph);
                cell.appendChild(document.createTextNode(s[0]));
                reason.textContent = data.reasons[r[1]];
              }
              cell.setAttribute('data-status', r[0] < 0 ? '' : data.statuses[r[0]][0]);
            });
            viewParts.forEach(function (part) {
              var shown = +part.getAttribute('data-view') === v;
              part.hidden = !shown;
              var cursor = shown ? part.querySelector('line.cursor') : null;
              if (cursor) {
                var from = +cursor.getAttribute('data-from'), to = +cursor.getAttribute('data-to');
                var left = +cursor.getAttribute('data-left'), right = +cursor.getAttribute('data-right');
                var f = Math.min(1, Math.max(0, (t - from) / (to - from)));
                var x = String(Math.round((left + f * (right - left)) * 100) / 100);
                cursor.setAttribute('x1', x);
                cursor.setAttribute('x2', x);
              }
            });
          }
          function open(id) {
            var target = document.getElementById(id);
            if (!target) { return; }
            target.open = true;
            var summary = target.querySelector('summary');
            target.scrollIntoView({ block: 'start' });
            if (summary) { summary.focus(); }
          }
          document.getElementById('cf-table').addEventListener('click', function (e) {
            var link = e.target.closest ? e.target.closest('a.ob') : null;
            if (!link) { return; }
            e.preventDefault();
            open(link.getAttribute('href').slice(1));
          });
          slider.addEventListener('input', render);
          selects.forEach(function (s) { s.addEventListener('change', render); });
          var opened = [];
          window.addEventListener('beforeprint', function () {
            opened = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
            opened.forEach(function (d) { d.open = true; });
          });
          window.addEventListener('afterprint', function () { opened.forEach(function (d) { d.open = false; }); opened = []; });
          render();
        })();
        """;

    /// <summary>The Content-Security-Policy source of <see cref="Script"/> (<c>'sha256-...'</c>).</summary>
    public static readonly string ScriptHash = string.Concat("'sha256-", Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Script))), "'");

    /// <summary>
    /// The page's Content-Security-Policy: nothing may be fetched (no network: <c>default-src 'none'</c>), styles are
    /// inline, images only data URLs, and the only script that runs is <see cref="Script"/>.
    /// </summary>
    public static readonly string ContentSecurityPolicy = string.Concat(
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src ", ScriptHash, "; base-uri 'none'; form-action 'none'");

    /// <summary>The most slider positions a page has (about 55 years of days).</summary>
    internal const double MaxPositions = 20000;

    /// <summary>The text shown where a view has no history for the chosen day.</summary>
    public const string NoHistory = "The page has this view's statuses at the report's instant only: no status history was given for it.";

    /// <summary>Appends the explorer section.</summary>
    /// <param name="html">The output.</param>
    /// <param name="reports">The views, one report each (same statement and instant).</param>
    /// <param name="histories">One history per report, or null where there is none; each of its report's perspective.</param>
    /// <param name="renderings">Further renderings of the text: each adds the views of its reports (one per perspective, in the same order) to a second selector.</param>
    public static void Append(StringBuilder html, List<ComplianceReport> reports, List<StatusHistory?> histories, List<Rendering> renderings)
    {
        var statement = reports[0].Statement;
        var zone = statement.TimeZone;
        var asOf = reports[0].AsOf;
        var (firstDay, step, instants, lastLabel) = Positions(statement, asOf);
        var first = reports[0];

        html.Append("<section class=\"explorer\" aria-labelledby=\"cf-explorer-title\">\n<h2 id=\"cf-explorer-title\">Explore over time</h2>\n")
            .Append("<p class=\"note nojs-only\">With scripts enabled, a slider and a perspective selector show every obligation&#39;s status on any day from ")
            .Append(Text.Iso(firstDay)).Append(" to the report&#39;s instant. Without them, the table shows the report&#39;s instant under the first perspective.</p>\n")
            .Append("<form id=\"cf-controls\" class=\"controls\" hidden>\n");
        foreach (var axis in Axes(reports, renderings))
        {
            html.Append("<div class=\"control\"><label for=\"cf-axis-").Append(axis.Id).Append("\">").Append(axis.Label).Append("</label>")
                .Append("<select id=\"cf-axis-").Append(axis.Id).Append("\" data-axis=\"").Append(Text.Number(axis.Index)).Append("\">");
            for (var i = 0; i < axis.Values.Count; i++)
            {
                html.Append("<option value=\"").Append(Text.Number(i)).Append(i == 0 ? "\" selected>" : "\">").AppendEscaped(axis.Values[i]).Append("</option>");
            }

            html.Append("</select></div>\n");
        }

        html.Append("<div class=\"control day\"><label for=\"cf-day\">Day</label><input type=\"range\" id=\"cf-day\" min=\"0\" max=\"").Append(Text.Number(instants.Count - 1))
            .Append("\" step=\"1\" value=\"").Append(Text.Number(instants.Count - 1)).Append("\" aria-describedby=\"cf-day-help\">")
            .Append("<output id=\"cf-day-text\" for=\"cf-day\">").AppendEscaped(lastLabel).Append("</output></div>\n")
            .Append("<p id=\"cf-day-help\" class=\"note\">A day means the end of that day in ").AppendEscaped(zone.Id)
            .Append(". Arrow keys move the slider one position; Page Up and Page Down move it further. Select an obligation to open its explanation as of the report&#39;s instant.</p>\n")
            .Append("</form>\n");

        html.Append("<div class=\"scroll\">\n<table id=\"cf-table\">\n<caption>Status of each obligation on <span id=\"cf-caption-day\">").AppendEscaped(lastLabel)
            .Append("</span> under <span id=\"cf-caption-view\">").AppendEscaped(first.Perspective.Name).Append("</span></caption>\n")
            .Append("<thead><tr><th scope=\"col\">Art.</th><th scope=\"col\">Obligation</th><th scope=\"col\">Status</th><th scope=\"col\">Why, on that day</th></tr></thead>\n<tbody>\n");
        foreach (var a in first.Obligations)
        {
            html.Append("<tr><td class=\"num\">").Append(Text.Number(a.Obligation.ArticleNumber)).Append("</td><td><a class=\"ob\" href=\"#").Append(HtmlObligations.Anchor(a.ObligationId))
                .Append("\"><code>").AppendEscaped(a.ObligationId).Append("</code></a><div class=\"desc\">").AppendEscaped(a.Obligation.Description).Append("</div></td>");
            AppendStatusCell(html, a.Status);
            html.Append("<td class=\"reason\">").AppendEscaped(a.Explanation.Reason).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
        for (var r = 0; r < renderings.Count; r++)
        {
            html.Append("<p class=\"note\" data-view=\"").Append(Text.Number((r + 1) * reports.Count)).Append("\" hidden>The table shows the rendering &#8220;")
                .AppendEscaped(renderings[r].Label).Append("&#8221;; the matrix, the charts and the explanations below show the primary text.</p>\n");
        }

        html.Append("<script type=\"application/json\" id=\"cf-data\">");
        AppendData(html, reports, histories, renderings, firstDay, step, instants, lastLabel);
        html.Append("</script>\n</section>\n");
    }

    /// <summary>Appends a table cell with a status: its class, its glyph (hidden from screen readers) and its name.</summary>
    public static void AppendStatusCell(StringBuilder html, ObligationStatus status)
        => html.Append("<td class=\"status ").Append(StatusPalette.CssClass(status)).Append("\" data-status=\"").Append(status.ToString()).Append("\">")
            .Append("<span class=\"glyph\" aria-hidden=\"true\">").Append(StatusPalette.Glyph(status)).Append("</span>").Append(status.ToString()).Append("</td>");

    /// <summary>Appends a status badge: a span with the status's class, its glyph (hidden from screen readers) and its name.</summary>
    public static StringBuilder AppendBadge(this StringBuilder html, ObligationStatus status, string? title = null)
    {
        html.Append("<span class=\"status ").Append(StatusPalette.CssClass(status));
        if (title is not null)
        {
            html.Append("\" title=\"").AppendEscaped(title);
        }

        return html.Append("\"><span class=\"glyph\" aria-hidden=\"true\">").Append(StatusPalette.Glyph(status)).Append("</span>").Append(status.ToString()).Append("</span>");
    }

    /// <summary>
    /// The slider's positions: the end of each day in the statement's zone from the effective instant's day while it is
    /// before <paramref name="asOf"/>, then <paramref name="asOf"/> itself; the last position's label is that day
    /// ("end of" is implied) when <paramref name="asOf"/> is the end of a day, else its local date and time.
    /// </summary>
    /// <remarks>Over more than <see cref="MaxPositions"/> days the positions are every <c>step</c> days instead, so the page stays small.</remarks>
    internal static (LocalDate FirstDay, int Step, List<Instant> Instants, string LastLabel) Positions(Statement statement, Instant asOf)
    {
        var zone = statement.TimeZone;
        var firstDay = statement.EffectiveFrom.InZone(zone).Date;

        // An instant near the ends of time has no local date in every zone: the slider stops at the last displayable day.
        var shown = asOf > CalendarLimits.LocalSafeEnd ? CalendarLimits.LocalSafeEnd : asOf < CalendarLimits.LocalSafeStart ? CalendarLimits.LocalSafeStart : asOf;
        var days = shown > statement.EffectiveFrom ? (shown - statement.EffectiveFrom).TotalDays : 0;
        var step = (int)Math.Max(1, Math.Ceiling(days / MaxPositions));
        var instants = new List<Instant>();
        var day = firstDay;
        while (asOf > statement.EffectiveFrom && day < CalendarLimits.LastDay)
        {
            var end = zone.AtStartOfDay(day.PlusDays(1)).ToInstant();
            if (end >= asOf)
            {
                break;
            }

            instants.Add(end);
            if (Period.Between(day, CalendarLimits.LastDay, PeriodUnits.Days).Days <= step)
            {
                break;
            }

            day = day.PlusDays(step);
        }

        instants.Add(asOf);
        var local = shown.InZone(zone);
        var lastLabel = zone.AtStartOfDay(local.Date).ToInstant() == asOf
            ? Text.Iso(local.Date.PlusDays(-1))
            : string.Concat(Text.Local(local.LocalDateTime), " ", zone.Id);
        if (instants.Count == 1)
        {
            firstDay = local.Date;
        }

        return (firstDay, step, instants, lastLabel);
    }

    private static List<Axis> Axes(List<ComplianceReport> reports, List<Rendering> renderings)
    {
        var perspectives = new List<string>(reports.Count);
        foreach (var report in reports)
        {
            perspectives.Add(report.Perspective.Name);
        }

        if (renderings.Count == 0)
        {
            return [new Axis(0, "perspective", "Perspective", perspectives)];
        }

        var labels = new List<string>(renderings.Count + 1) { "primary text" };
        foreach (var rendering in renderings)
        {
            labels.Add(rendering.Label);
        }

        return [new Axis(0, "perspective", "Perspective", perspectives), new Axis(1, "reading", "Rendering", labels)];
    }

    private static void AppendData(StringBuilder html, List<ComplianceReport> reports, List<StatusHistory?> histories, List<Rendering> renderings, LocalDate firstDay, int step, List<Instant> instants, string lastLabel)
    {
        var reasons = new List<string>();
        var reasonIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        int Reason(string text)
        {
            if (!reasonIndex.TryGetValue(text, out var index))
            {
                index = reasons.Count;
                reasons.Add(text);
                reasonIndex.Add(text, index);
            }

            return index;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.Default }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteString("firstDay", Text.Iso(firstDay));
            json.WriteNumber("step", step);
            json.WriteString("lastLabel", lastLabel);
            json.WriteNumber("asOf", reports[0].AsOf.ToUnixTimeMilliseconds());
            json.WriteString("noHistory", NoHistory);
            json.WriteStartArray("instants");
            foreach (var instant in instants)
            {
                json.WriteNumberValue(instant.ToUnixTimeMilliseconds());
            }

            json.WriteEndArray();
            json.WriteStartArray("statuses");
            foreach (var status in Enum.GetValues<ObligationStatus>())
            {
                json.WriteStartArray();
                json.WriteStringValue(status.ToString());
                json.WriteStringValue(StatusPalette.CssClass(status));
                json.WriteStringValue(StatusPalette.Glyph(status));
                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteStartArray("views");
            // View r * P + p is perspective p under rendering r (0: the primary text), keyed [p] or, with renderings, [p, r].
            for (var r = 0; r <= renderings.Count; r++)
            {
                var viewReports = r == 0 ? reports : renderings[r - 1].Reports;
                var viewHistories = r == 0 ? histories : renderings[r - 1].Histories;
                for (var v = 0; v < viewReports.Count; v++)
                {
                    WriteView(json, renderings.Count == 0 ? [v] : [v, r], viewReports[v], viewHistories[v], Reason);
                }
            }

            json.WriteEndArray();
            json.WriteStartArray("reasons");
            foreach (var reason in reasons)
            {
                json.WriteStringValue(reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        // Default escaping leaves only ASCII: '<', '>', '&', quotes, U+2028 and U+2029 are all \uXXXX escapes.
        html.Append(Encoding.ASCII.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteView(Utf8JsonWriter json, int[] key, ComplianceReport report, StatusHistory? history, Func<string, int> reason)
    {
        json.WriteStartObject();
        json.WriteStartArray("key");
        foreach (var index in key)
        {
            json.WriteNumberValue(index);
        }

        json.WriteEndArray();
        json.WriteStartArray("atEnd");
        foreach (var a in report.Obligations)
        {
            json.WriteNumberValue((int)a.Status);
        }

        json.WriteEndArray();
        json.WriteStartArray("atEndReason");
        foreach (var a in report.Obligations)
        {
            json.WriteNumberValue(reason(Safe(a.Explanation.Reason)));
        }

        json.WriteEndArray();
        if (history is not null)
        {
            json.WriteStartArray("intervals");
            foreach (var lane in history.Intervals)
            {
                json.WriteStartArray();
                foreach (var interval in lane)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(interval.Start.ToUnixTimeMilliseconds());
                    json.WriteNumberValue(interval.End.ToUnixTimeMilliseconds());
                    json.WriteNumberValue((int)interval.Status);
                    json.WriteNumberValue(reason(Safe(interval.Reason)));
                    json.WriteEndArray();
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("intervals");
        }

        json.WriteEndObject();
    }

    /// <summary>Text with every lone surrogate replaced by U+FFFD, which the JSON writer would otherwise refuse.</summary>
    private static string Safe(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return ReplaceLoneSurrogates(text);
            }
        }

        return text;
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else
            {
                builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>One selector of the explorer: the views differ along it (the perspective, and the rendering when there are renderings).</summary>
    private sealed record Axis(int Index, string Id, string Label, List<string> Values);

    /// <summary>A rendering of the text for the explorer: its label, and one report and history (or null) per perspective, in the page's perspective order.</summary>
    internal sealed record Rendering(string Label, List<ComplianceReport> Reports, List<StatusHistory?> Histories);
}
