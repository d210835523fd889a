using System;
using System.Text;

namespace Ceasefire.Domain.Reports;

/// <summary>Escaping shared by the HTML and SVG renderers.</summary>
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
}
