using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Where each value of a JSON document starts: its 1-based line and its 0-based UTF-8 byte offset, by JSON path
/// (<c>$.articles[0].text</c>) and by offset. Built only when a document has problems (a valid document never pays for
/// it), from the document's bytes, which the reader still holds at that point.
/// </summary>
internal sealed class JsonLineMap
{
    private const int MaxNameInPath = 100;

    private readonly Dictionary<string, (long Line, long Offset)> _byPath = new(StringComparer.Ordinal);
    private readonly List<(long Offset, string Path)> _byOffset = [];

    private JsonLineMap()
    {
    }

    /// <summary>Walks the document up to its end or its first syntax error, recording every value and field name.</summary>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8, int maxDepth)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = maxDepth });
        var stack = new List<(string Path, int Index, bool IsArray)>();
        string? pendingProperty = null;
        long line = 1;
        var scanned = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                line += utf8[scanned..start].Count((byte)'\n');
                scanned = start;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingProperty = Name(ref reader);
                        map.Add(string.Concat(stack.Count == 0 ? "$" : stack[^1].Path, ".", pendingProperty), line, start);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                }

                string path;
                if (stack.Count == 0)
                {
                    path = "$";
                }
                else if (stack[^1].IsArray)
                {
                    var top = stack[^1];
                    path = string.Concat(top.Path, "[", Text.Number(top.Index), "]");
                    stack[^1] = (top.Path, top.Index + 1, true);
                }
                else
                {
                    path = string.Concat(stack[^1].Path, ".", pendingProperty);
                }

                map.Add(path, line, start);
                if (reader.TokenType == JsonTokenType.StartObject)
                {
                    stack.Add((path, 0, false));
                }
                else if (reader.TokenType == JsonTokenType.StartArray)
                {
                    stack.Add((path, 0, true));
                }
            }
        }
        catch (JsonException)
        {
            // A malformed document is reported by the scan; the map keeps what precedes the error.
        }

        return map;
    }

    private void Add(string path, long line, long offset)
    {
        // A field's name and its value share the path; the value's position wins (it is what the problem is about).
        _byPath[path] = (line, offset);
        _byOffset.Add((offset, path));
    }

    private static string Name(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxNameInPath * 4)
        {
            return "...";
        }

        try
        {
            return Text.Excerpt(reader.GetString() ?? string.Empty, MaxNameInPath);
        }
        catch (InvalidOperationException)
        {
            return "?";
        }
    }

    /// <summary>The line and byte offset of the value at the path, or of its nearest ancestor present in the document.</summary>
    public (long Line, long Offset)? Find(string path)
    {
        var candidate = path;
        while (true)
        {
            if (_byPath.TryGetValue(candidate, out var found))
            {
                return found;
            }

            var cut = Math.Max(candidate.LastIndexOf('.'), candidate.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            candidate = candidate[..cut];
        }
    }

    /// <summary>The path of the value or field name that starts at the offset, if any.</summary>
    public string? PathAt(long offset)
    {
        var lo = 0;
        var hi = _byOffset.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var at = _byOffset[mid].Offset;
            if (at == offset)
            {
                return _byOffset[mid].Path;
            }

            if (at < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }

    /// <summary>The problem with its line and byte offset (of <paramref name="at"/>, by default of its own path) where not already set.</summary>
    public ValidationProblem Locate(ValidationProblem problem, string? at = null)
    {
        if (problem.Line is not null && problem.ByteOffset is not null)
        {
            return problem;
        }

        return Find(at ?? problem.Path) is { } where
            ? problem with { Line = problem.Line ?? where.Line, ByteOffset = problem.ByteOffset ?? where.Offset }
            : problem;
    }

    /// <summary>The 1-based line of a byte offset.</summary>
    public static long LineAt(ReadOnlySpan<byte> utf8, long offset)
        => 1 + utf8[..(int)Math.Min(offset, utf8.Length)].Count((byte)'\n');

    /// <summary>The byte offset of the start of a 1-based line (the document's length if it has fewer lines).</summary>
    public static long StartOfLine(ReadOnlySpan<byte> utf8, long line)
    {
        var offset = 0;
        for (long l = 1; l < line; l++)
        {
            var next = utf8[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                return utf8.Length;
            }

            offset += next + 1;
        }

        return offset;
    }
}
