using System;
using System.Collections.Generic;
using System.Text;

namespace Ceasefire.Domain.Reports;

/// <summary>Escaping shared by the HTML and SVG renderers, and the HTML links and citations they emit.</summary>
internal static class Markup
{
    /// <summary>
    /// Appends text escaped for HTML and XML element content and attribute values: &amp;, &lt;, &gt;, &quot; and
    /// &#39; become character references; characters XML 1.0 does not allow (C0 controls other than tab, CR and LF,
    /// lone surrogates, U+FFFE, U+FFFF) become U+FFFD, so the output always parses as XML.
    /// </summary>
    public static StringBuilder AppendEscaped(this StringBuilder builder, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return builder;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&':
                    builder.Append("&amp;");
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append("&gt;");
                    break;
                case '"':
                    builder.Append("&quot;");
                    break;
                case '\'':
                    builder.Append("&#39;");
                    break;
                case '\t' or '\n' or '\r':
                    builder.Append(c);
                    break;
                case < ' ' or '\uFFFE' or '\uFFFF':
                    builder.Append('\uFFFD');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder;
    }

    /// <summary>Escapes text for HTML and XML (see <see cref="AppendEscaped"/>).</summary>
    public static string Escape(string? text) => new StringBuilder().AppendEscaped(text).ToString();

    /// <summary>Whether the text is an absolute http or https URL, the only links the reports emit.</summary>
    public static bool IsWebUrl(string? text)
        => text is not null
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && (string.Equals(uri.Scheme, Uri.UriSchemeHttp, StringComparison.Ordinal) || string.Equals(uri.Scheme, Uri.UriSchemeHttps, StringComparison.Ordinal));

    /// <summary>Appends citations as an HTML list (<c>ul class="sources"</c>), one item each (see <see cref="AppendCitation"/>).</summary>
    public static void AppendCitations(StringBuilder html, IEnumerable<Citation> citations)
    {
        html.Append("<ul class=\"sources\">");
        foreach (var citation in citations)
        {
            html.Append("<li>");
            AppendCitation(html, citation);
            html.Append("</li>");
        }

        html.Append("</ul>");
    }

    /// <summary>Appends an HTML citation: its source (a link only for an http or https URL) and its locator, quoted.</summary>
    private static void AppendCitation(StringBuilder html, Citation citation)
    {
        if (IsWebUrl(citation.Source))
        {
            AppendLink(html, citation.Source, citation.Source);
        }
        else
        {
            html.Append("<code>").AppendEscaped(citation.Source).Append("</code>");
        }

        if (!string.IsNullOrWhiteSpace(citation.Locator))
        {
            html.Append(" <span class=\"loc\">&#8220;").AppendEscaped(citation.Locator).Append("&#8221;</span>");
        }
    }

    /// <summary>Appends an HTML link that passes no referrer and asks crawlers not to follow it; the caller checks the URL with <see cref="IsWebUrl"/>.</summary>
    public static void AppendLink(StringBuilder html, string url, string text)
        => html.Append("<a href=\"").AppendEscaped(url).Append("\" rel=\"noopener noreferrer nofollow\">").AppendEscaped(text).Append("</a>");
}
