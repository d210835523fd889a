using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// Where a piece of text or a claim is documented: a source (a seed file name such as
/// <c>000_3fdbbacc57461726.txt</c>, or a URL) and a short locator inside it (a quotation or a paraphrase).
/// Equality is by value (ordinal).
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record Citation
{
    /// <summary>Creates a citation.</summary>
    /// <param name="source">The document: a file name or an absolute URL. Not blank.</param>
    /// <param name="locator">Where in the document: a short quotation or paraphrase. Not blank.</param>
    /// <exception cref="ArgumentException">A value is null, empty or white space.</exception>
    public Citation(string source, string locator)
    {
        Guard.Against.NullOrWhiteSpace(source);
        Guard.Against.NullOrWhiteSpace(locator);
        Source = source;
        Locator = locator;
    }

    /// <summary>The document: a file name or an absolute URL.</summary>
    public string Source { get; }

    /// <summary>Where in the document: a short quotation or paraphrase.</summary>
    public string Locator { get; }

    /// <summary>Whether <see cref="Source"/> is an absolute http(s) URL rather than a file name.</summary>
    public bool IsUrl => Uri.TryCreate(Source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Formats the citation as <c>source: "locator"</c>.</summary>
    /// <returns>The citation as text.</returns>
    public override string ToString() => string.Concat(Text.Plain(Source), ": \"", Text.Plain(Locator), "\"");
}
