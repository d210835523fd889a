using System;
using System.Collections.Generic;
using System.Text.Json;
using Ceasefire.Domain.Internal;

namespace Ceasefire.Domain.Serialization;

/// <summary>Maps JSON paths (<c>$.articles[0].text</c>) to the 1-based line where each value starts.</summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, long> _lines = new(StringComparer.Ordinal);

    public JsonLineMap(ReadOnlySpan<byte> utf8, JsonReaderOptions options)
    {
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

            _lines.TryAdd(path, line);
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

    /// <summary>The line of the value at the path, or of its nearest ancestor present in the document.</summary>
    public long? LineOf(string path)
    {
        var candidate = path;
        while (true)
        {
            if (_lines.TryGetValue(candidate, out var line))
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
