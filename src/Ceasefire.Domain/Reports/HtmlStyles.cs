using System;
using System.Text;

namespace Ceasefire.Domain.Reports;

/// <summary>The style sheets of <see cref="HtmlReport"/>: the page's, and the scoped one of the notebook fragment.</summary>
internal static class HtmlStyles
{
    /// <summary>The page style sheet, without the status colours (see <see cref="AppendStatusRules"/>).</summary>
    public const string Page = """
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
        .status-none { background: #fff; color: #111; border: 1px dashed #59636e; }
        .glyph { display: inline-block; min-width: 1.1em; text-align: center; margin-right: 3px; font-weight: 700; }
        .explorer .controls { display: flex; flex-wrap: wrap; gap: 10px 28px; align-items: center; margin: 6px 0 12px; padding: 10px 12px; background: var(--soft); border: 1px solid var(--line); border-radius: 6px; }
        .explorer .control { display: flex; gap: 8px; align-items: center; }
        .explorer .control label { font-weight: 600; }
        .explorer .day { flex: 1 1 420px; }
        .explorer .day input { flex: 1 1 auto; min-width: 200px; }
        .explorer output { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: 14px; min-width: 11em; }
        .explorer select { font: inherit; padding: 2px 4px; }
        .explorer caption { text-align: left; font-weight: 600; padding: 4px 0; }
        .explorer td.status { white-space: nowrap; }
        .explorer a.ob { display: inline-block; padding: 2px 0; }
        .explorer .nojs-only { display: block; }
        .js .explorer .nojs-only { display: none; }
        .explorer .controls[hidden] { display: none; }
        :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
        figure.chart[hidden], p.note[hidden] { display: none; }
        svg line.cursor { pointer-events: none; }
        @media print {
          body { background: #fff; font-size: 11pt; }
          main { max-width: none; padding: 0; min-height: 0; }
          .explorer .controls, .explorer .nojs-only { display: none !important; }
          .status, td.status, .glyph, figure.chart svg { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          thead th { position: static; }
          details { border: none; break-inside: avoid-page; }
          details > summary { background: none; }
          a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 9pt; color: var(--muted); word-break: break-all; }
          figure.chart { border: none; overflow: visible; }
          .scroll { overflow: visible; }
        }
        .stmt-not-yet-in-force { background: #dddddd; color: #111; }
        .stmt-in-force { background: #009e73; color: #111; }
        .stmt-disputed-whether-in-force { background: repeating-linear-gradient(45deg, #cc79a7 0 5px, #e8c2d8 5px 9px); color: #111; }
        .stmt-terminated { background: #333333; color: #fff; }
        """;

    /// <summary>Appends one rule per obligation status for the page: its fill (Disputed and NotYetInForce: hatched) and ink.</summary>
    public static void AppendStatusRules(StringBuilder html)
    {
        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            html.Append('.').Append(StatusPalette.CssClass(status)).Append(" { ");
            AppendBackground(html, status);
            html.Append("; color: ").Append(StatusPalette.Ink(status)).Append("; }\n");
        }
    }

    /// <summary>Appends a status's <c>background</c> declaration (without the semicolon): its colour, or stripes of its colour and its hatch colour.</summary>
    private static void AppendBackground(StringBuilder html, ObligationStatus status)
    {
        if (StatusPalette.Hatch(status) is { } hatch)
        {
            html.Append("background: repeating-linear-gradient(").Append(Text.Number(StatusPalette.HatchAngle(status))).Append("deg, ").Append(StatusPalette.Fill(status))
                .Append(" 0 5px, ").Append(hatch).Append(" 5px 9px)");
        }
        else
        {
            html.Append("background: ").Append(StatusPalette.Fill(status));
        }
    }

    /// <summary>Appends the fragment's rules, scoped to its <c>ceasefire-report</c> element so that they leave the host page alone.</summary>
    public static void AppendFragmentRules(StringBuilder html)
    {
        html.Append(".ceasefire-report table { border-collapse: collapse; } .ceasefire-report th, .ceasefire-report td { border: 1px solid #ccd3da; padding: 4px 8px; text-align: left; vertical-align: top; }\n")
            .Append(".ceasefire-report .badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-weight: 600; font-size: 12px; }\n");
        foreach (var status in Enum.GetValues<ObligationStatus>())
        {
            html.Append(".ceasefire-report .").Append(StatusPalette.CssClass(status)).Append(" { ");
            AppendBackground(html, status);
            html.Append("; color: ").Append(StatusPalette.Ink(status)).Append("; }\n");
        }
    }
}
