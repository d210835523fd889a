using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// An identifier of the statement in another catalogue, for example agreement 2324 in the PA-X Peace Agreements
/// Database. Equality is by value (ordinal).
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record CrossReference
{
    /// <summary>Creates a cross-reference.</summary>
    /// <param name="catalogue">The catalogue's name, for example "PA-X". Not blank.</param>
    /// <param name="id">The statement's id in that catalogue. Not blank.</param>
    /// <param name="url">A link to the entry, if any.</param>
    /// <exception cref="ArgumentException">The catalogue or id is blank, or the URL is blank but not null.</exception>
    public CrossReference(string catalogue, string id, string? url = null)
    {
        Guard.Against.NullOrWhiteSpace(catalogue);
        Guard.Against.NullOrWhiteSpace(id);
        if (url is not null)
        {
            Guard.Against.NullOrWhiteSpace(url);
        }

        Catalogue = catalogue;
        Id = id;
        Url = url;
    }

    /// <summary>The catalogue's name, for example "PA-X".</summary>
    public string Catalogue { get; }

    /// <summary>The statement's id in that catalogue.</summary>
    public string Id { get; }

    /// <summary>A link to the entry, or <see langword="null"/>.</summary>
    public string? Url { get; }

    /// <summary>Formats the reference as <c>catalogue id</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => Text.Plain(string.Concat(Catalogue, " ", Id));
}
