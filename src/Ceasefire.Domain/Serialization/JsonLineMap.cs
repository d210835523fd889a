using System;
using System.Collections.Generic;
using System.Text.Json;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Maps JSON paths (<c>$.articles[0].text</c>) to the 1-based line where each value starts. The map is built on the
/// first look-up: a valid document never pays for it.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly byte[] _utf8;
    private readonly JsonReaderOptions _options;
    private Dictionary<string, long>? _map;

    public JsonLineMap(byte[] utf8, JsonReaderOptions options)
    {
        _utf8 = utf8;
        _options = options;
    }

    private Dictionary<string, long> Build()
    {
        var lines = new Dictionary<string, long>(StringComparer.Ordinal);
        var utf8 = _utf8.AsSpan();
        var options = _options;
        var reader = new Utf8JsonReader(utf8, options);
        var stack = new List<(string Path, int Index, bool IsArray)>();
        string? pendingProperty = null;
        long line = 1;
        long scanned = 0;
        while (reader.Read())
        {
            var start = reader.TokenStartIndex;
            for (; scanned < start; scanned++)
            {
                if (utf8[(int)scanned] == (byte)'\n')
                {
                    line++;
                }
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    pendingProperty = reader.GetString();
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

            lines.TryAdd(path, line);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                stack.Add((path, 0, false));
            }
            else if (reader.TokenType == JsonTokenType.StartArray)
            {
                stack.Add((path, 0, true));
            }
        }

        return lines;
    }

    /// <summary>The line of the value at the path, or of its nearest ancestor present in the document.</summary>
    public long? LineOf(string path)
    {
        var map = _map ??= Build();
        var candidate = path;
        while (true)
        {
            if (map.TryGetValue(candidate, out var line))
            {
                return line;
            }

            var cut = Math.Max(candidate.LastIndexOf('.'), candidate.LastIndexOf('['));
            if (cut <= 0)
            {
                return null;
            }

            candidate = candidate[..cut];
        }
    }
}
