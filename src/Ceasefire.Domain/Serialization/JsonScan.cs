using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// One forward pass over a document's UTF-8 bytes, before anything is decoded or allocated per value: the bytes are
/// valid UTF-8, the JSON is well-formed and no deeper than allowed, no string or field name is longer than allowed, no
/// escaped surrogate is alone; it also notes a null inside an array (no array of the formats holds one, but the
/// deserializer lets it through). Each problem carries its line and byte offset (and, once the map is built, its path).
/// </summary>
internal static class JsonScan
{
    private readonly record struct Finding(long Offset, bool IsName, string Code, string Message);

    /// <summary>The problems found, or <see langword="null"/> when the document passed.</summary>
    public static List<ValidationProblem>? Check(ReadOnlySpan<byte> utf8, CeasefireJsonOptions options, out bool nullInArray)
    {
        nullInArray = false;
        if (!Utf8.IsValid(utf8))
        {
            var offset = FirstInvalidUtf8(utf8);
            return
            [
                new ValidationProblem("$", ValidationCodes.InvalidJson, string.Concat("the document is not valid UTF-8 (an invalid byte sequence starts at byte ", Number(offset), ")"))
                {
                    Line = JsonLineMap.LineAt(utf8, offset), ByteOffset = offset,
                },
            ];
        }

        List<Finding>? findings = null;
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth, CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false });
        Span<bool> isArray = stackalloc bool[options.MaxDepth + 2];
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartArray:
                    case JsonTokenType.StartObject:
                        isArray[reader.CurrentDepth] = reader.TokenType == JsonTokenType.StartArray;
                        break;
                    case JsonTokenType.Null:
                        if (reader.CurrentDepth > 0 && isArray[reader.CurrentDepth - 1])
                        {
                            nullInArray = true;
                        }

                        break;
                    case JsonTokenType.String:
                    case JsonTokenType.PropertyName:
                        if (CheckString(ref reader, options) is { } finding)
                        {
                            (findings ??= []).Add(finding);
                        }

                        break;
                }
            }
        }
        catch (JsonException e)
        {
            var line = (e.LineNumber ?? 0) + 1;
            var offset = JsonLineMap.StartOfLine(utf8, line) + (e.BytePositionInLine ?? 0);
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut].TrimEnd(' ', '|', '.') : message;
            return [new ValidationProblem("$", ValidationCodes.InvalidJson, string.Concat("not well-formed JSON: ", Text.Excerpt(message, 300))) { Line = line, ByteOffset = offset }];
        }

        if (findings is null)
        {
            return null;
        }

        var map = JsonLineMap.Build(utf8, options.MaxDepth);
        var problems = new List<ValidationProblem>(findings.Count);
        foreach (var f in findings)
        {
            var path = map.PathAt(f.Offset) ?? "$";
            problems.Add(new ValidationProblem(path, f.Code, f.Message) { Line = JsonLineMap.LineAt(utf8, f.Offset), ByteOffset = f.Offset });
        }

        return problems;
    }

    private static Finding? CheckString(ref Utf8JsonReader reader, CeasefireJsonOptions options)
    {
        var raw = reader.ValueSpan;
        var isName = reader.TokenType == JsonTokenType.PropertyName;
        var limit = isName ? options.MaxPropertyNameLength : options.MaxStringLength;
        if (reader.ValueIsEscaped && LoneSurrogate(raw) is { } escape)
        {
            return new Finding(reader.TokenStartIndex, isName, ValidationCodes.InvalidJson,
                string.Concat("the ", isName ? "field name" : "text", " holds the escaped lone surrogate \\u", escape.ToString("x4", System.Globalization.CultureInfo.InvariantCulture), ", which is not valid Unicode"));
        }

        if (raw.Length <= limit)
        {
            return null;
        }

        var length = reader.ValueIsEscaped ? UnescapedLength(ref reader) : raw.Length;
        if (length <= limit)
        {
            return null;
        }

        return new Finding(reader.TokenStartIndex, isName, ValidationCodes.TooLarge,
            string.Concat("a ", isName ? "field name" : "string", " of ", Number(length), " bytes is longer than the limit of ", Number(limit), " bytes (CeasefireJsonOptions.",
                isName ? "MaxPropertyNameLength" : "MaxStringLength", ")"));
    }

    private static int UnescapedLength(ref Utf8JsonReader reader)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(reader.ValueSpan.Length);
        try
        {
            return reader.CopyString(buffer);
        }
        catch (InvalidOperationException)
        {
            return reader.ValueSpan.Length;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The first escaped surrogate (<c>\ud800</c>) not paired with its other half, in a string as written.</summary>
    private static int? LoneSurrogate(ReadOnlySpan<byte> raw)
    {
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }

            if (i + 1 >= raw.Length || raw[i + 1] != (byte)'u' || i + 6 > raw.Length)
            {
                i += 2;
                continue;
            }

            var value = Hex(raw.Slice(i + 2, 4));
            i += 6;
            if (value is >= 0xDC00 and <= 0xDFFF)
            {
                return value;
            }

            if (value is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 6 <= raw.Length && raw[i] == (byte)'\\' && raw[i + 1] == (byte)'u' && Hex(raw.Slice(i + 2, 4)) is >= 0xDC00 and <= 0xDFFF)
                {
                    i += 6;
                    continue;
                }

                return value;
            }
        }

        return null;
    }

    private static int Hex(ReadOnlySpan<byte> four)
    {
        var value = 0;
        foreach (var b in four)
        {
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => 0,
            };
            value = (value << 4) | digit;
        }

        return value;
    }

    private static long FirstInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            var ascii = utf8[offset..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            if (ascii < 0)
            {
                return utf8.Length;
            }

            offset += ascii;
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
