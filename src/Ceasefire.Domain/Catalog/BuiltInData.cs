using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Ardalis.GuardClauses;
using Ceasefire.Domain.Serialization;

namespace Ceasefire.Domain.Catalog;

/// <summary>The curated data files embedded in the package, read with the library's public JSON reader.</summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class BuiltInData
{
    private const string Prefix = "Ceasefire.Domain.Catalog.Data.";

    /// <summary>The names of every embedded data file, in a stable order.</summary>
    public static ImmutableArray<string> FileNames { get; } = typeof(BuiltInData).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Opens an embedded data file (UTF-8 JSON) for reading.</summary>
    /// <param name="fileName">The file name, one of <see cref="FileNames"/>.</param>
    /// <returns>A new read-only stream over the file; the caller disposes it.</returns>
    /// <exception cref="ArgumentException">No built-in data file has that name.</exception>
    public static Stream Open(string fileName)
    {
        Guard.Against.Null(fileName);
        return typeof(BuiltInData).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new ArgumentException(string.Concat("No built-in data file is named \"", fileName, "\"; the files are: ", string.Join(", ", FileNames), "."), nameof(fileName));
    }

    internal static Statement ReadStatement(string fileName)
    {
        using var stream = Open(fileName);
        return CeasefireJson.ReadStatement(stream);
    }

    internal static Timeline ReadTimeline(string fileName, Statement statement)
    {
        using var stream = Open(fileName);
        return CeasefireJson.ReadTimeline(stream, statement);
    }
}
