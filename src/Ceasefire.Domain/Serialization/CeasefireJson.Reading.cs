using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace Ceasefire.Domain.Serialization;

// Reading. Every reader ends in one path over UTF-8 bytes (a string is encoded once, a stream read once into one
// buffer, a span used as it is): a scan checks encoding, syntax, depth and lengths without decoding anything; the
// source-generated deserializer then reads the bytes directly into the builder state; only a document it rejects is
// parsed again (JsonDocument) to list every problem. Problems get their line and byte offset from the same bytes.
// Memory per input byte is bounded: see docs/io.md.
#pragma warning disable RS0026 // The span and stream readers mirror the shipped string and stream readers' optional options, as new overloads (no shipped signature changes).
public static partial class CeasefireJson
{
    /// <summary>Reads a statement.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid; every problem is listed with its path, line and byte offset.</exception>
    public static Statement ReadStatement(string json, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= CeasefireJsonOptions.Default;
        return ReadStatement(Encode(json, "statement", options), options);
    }

    /// <summary>Reads a timeline of claims about a statement.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid; every problem is listed with its path, line and byte offset.</exception>
    public static Timeline ReadTimeline(string json, Statement statement, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(statement);
        options ??= CeasefireJsonOptions.Default;
        return ReadTimeline(Encode(json, "timeline", options), statement, options);
    }

    /// <summary>Reads a compliance report written by <see cref="Serialize(ComplianceReport)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="statement">The statement the report is of.</param>
    /// <param name="timeline">The timeline whose claims the report refers to.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid; every problem is listed with its path, line and byte offset.</exception>
    public static ComplianceReport ReadReport(string json, Statement statement, Timeline timeline, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CeasefireJsonOptions.Default;
        return ReadReport(Encode(json, "report", options), statement, timeline, options);
    }

    /// <summary>Reads a statement from UTF-8 bytes, without decoding them to a string.</summary>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte order mark is skipped).</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static Statement ReadStatement(ReadOnlySpan<byte> utf8Json, CeasefireJsonOptions? options = null)
    {
        options ??= CeasefireJsonOptions.Default;
        utf8Json = Prepare(utf8Json, "statement", options);
        var document = Deserialize(utf8Json, Context.StatementDocument, d => d.SchemaVersion, "statement", options);
        try
        {
            return new StatementValidator(document).Build();
        }
        catch (CeasefireValidationException e)
        {
            throw Located(e, utf8Json, options);
        }
    }

    /// <summary>Reads a timeline from UTF-8 bytes, without decoding them to a string.</summary>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte order mark is skipped).</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static Timeline ReadTimeline(ReadOnlySpan<byte> utf8Json, Statement statement, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        options ??= CeasefireJsonOptions.Default;
        utf8Json = Prepare(utf8Json, "timeline", options);
        var document = Deserialize(utf8Json, Context.TimelineDocument, d => d.SchemaVersion, "timeline", options);
        try
        {
            return new TimelineValidator(statement, document.Claims).Build();
        }
        catch (CeasefireValidationException e)
        {
            throw Located(e, utf8Json, options);
        }
    }

    /// <summary>Reads a compliance report from UTF-8 bytes, without decoding them to a string.</summary>
    /// <param name="utf8Json">The UTF-8 JSON (a leading byte order mark is skipped).</param>
    /// <param name="statement">The statement the report is of.</param>
    /// <param name="timeline">The timeline whose claims the report refers to.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static ComplianceReport ReadReport(ReadOnlySpan<byte> utf8Json, Statement statement, Timeline timeline, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CeasefireJsonOptions.Default;
        utf8Json = Prepare(utf8Json, "report", options);
        var document = Deserialize(utf8Json, Context.ReportDocument, d => d.SchemaVersion, "report", options);
        var problems = new ProblemList();
        var report = DtoMapper.ToReport(document, statement, timeline, problems);
        if (problems.Count > 0)
        {
            throw Located(new CeasefireValidationException("report", problems.Items), utf8Json, options);
        }

        return report;
    }

    /// <summary>Reads a statement from a UTF-8 stream (read once into one buffer, never decoded to a string).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static Statement ReadStatement(Stream utf8Json, CeasefireJsonOptions? options = null)
    {
        options ??= CeasefireJsonOptions.Default;
        var buffer = ReadAll(utf8Json, "statement", options);
        return ReadStatement(buffer.Span, options);
    }

    /// <summary>Reads a timeline from a UTF-8 stream (read once into one buffer, never decoded to a string).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static Timeline ReadTimeline(Stream utf8Json, Statement statement, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        options ??= CeasefireJsonOptions.Default;
        var buffer = ReadAll(utf8Json, "timeline", options);
        return ReadTimeline(buffer.Span, statement, options);
    }

    /// <summary>Reads a compliance report from a UTF-8 stream (read once into one buffer, never decoded to a string).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="statement">The statement the report is of.</param>
    /// <param name="timeline">The timeline whose claims the report refers to.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static ComplianceReport ReadReport(Stream utf8Json, Statement statement, Timeline timeline, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CeasefireJsonOptions.Default;
        var buffer = ReadAll(utf8Json, "report", options);
        return ReadReport(buffer.Span, statement, timeline, options);
    }

    /// <summary>Reads a statement from a UTF-8 stream asynchronously (the stream is read asynchronously; the bytes are then checked and converted).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static async Task<Statement> ReadStatementAsync(Stream utf8Json, CeasefireJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= CeasefireJsonOptions.Default;
        var buffer = await ReadAllAsync(utf8Json, "statement", options, cancellationToken).ConfigureAwait(false);
        return ReadStatement(buffer.Span, options);
    }

    /// <summary>Reads a timeline from a UTF-8 stream asynchronously (the stream is read asynchronously; the bytes are then checked and converted).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static async Task<Timeline> ReadTimelineAsync(Stream utf8Json, Statement statement, CeasefireJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        options ??= CeasefireJsonOptions.Default;
        var buffer = await ReadAllAsync(utf8Json, "timeline", options, cancellationToken).ConfigureAwait(false);
        return ReadTimeline(buffer.Span, statement, options);
    }

    /// <summary>Reads a compliance report from a UTF-8 stream asynchronously (the stream is read asynchronously; the bytes are then checked and converted).</summary>
    /// <param name="utf8Json">The stream; read to its end, not closed.</param>
    /// <param name="statement">The statement the report is of.</param>
    /// <param name="timeline">The timeline whose claims the report refers to.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large; every problem is listed with its path, line and byte offset.</exception>
    public static async Task<ComplianceReport> ReadReportAsync(Stream utf8Json, Statement statement, Timeline timeline, CeasefireJsonOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        options ??= CeasefireJsonOptions.Default;
        var buffer = await ReadAllAsync(utf8Json, "report", options, cancellationToken).ConfigureAwait(false);
        return ReadReport(buffer.Span, statement, timeline, options);
    }

    /// <summary>The most bytes one buffer can hold: the limit, within what an array can hold.</summary>
    private static int Capacity(CeasefireJsonOptions options) => (int)Math.Min(options.MaxBytes, Array.MaxLength - 1);

    private static byte[] Encode(string json, string subject, CeasefireJsonOptions options)
    {
        // Counted first: a string over the limit is refused before anything is allocated for it (UTF-8 never has
        // fewer bytes than UTF-16 has characters).
        if (json.Length > options.MaxBytes)
        {
            throw TooLarge(subject, options);
        }

        var count = Encoding.UTF8.GetByteCount(json);
        if (count > options.MaxBytes)
        {
            throw TooLarge(subject, options);
        }

        var bytes = GC.AllocateUninitializedArray<byte>(count);
        Encoding.UTF8.GetBytes(json, bytes);
        return bytes;
    }

    private static ReadOnlySpan<byte> Prepare(ReadOnlySpan<byte> utf8, string subject, CeasefireJsonOptions options)
    {
        if (utf8.Length > options.MaxBytes)
        {
            throw TooLarge(subject, options);
        }

        return utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? utf8[3..] : utf8;
    }

    private static ReadOnlyMemory<byte> ReadAll(Stream stream, string subject, CeasefireJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[InitialSize(stream, subject, options)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                buffer = Grow(buffer, subject, options);
            }

            var read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream stream, string subject, CeasefireJsonOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[InitialSize(stream, subject, options)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                buffer = Grow(buffer, subject, options);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.AsMemory(0, length);
            }

            length += read;
        }
    }

    /// <summary>
    /// A seekable stream's remaining length (plus one byte to see its end), else 64 KiB; never over the limit plus one. A
    /// seekable stream longer than the limit is refused before anything is allocated for it.
    /// </summary>
    private static int InitialSize(Stream stream, string subject, CeasefireJsonOptions options)
    {
        long size = 64 * 1024;
        if (stream.CanSeek)
        {
            try
            {
                size = Math.Max(0, stream.Length - stream.Position) + 1;
            }
            catch (NotSupportedException)
            {
            }

            if (size - 1 > options.MaxBytes)
            {
                throw TooLarge(subject, options);
            }
        }

        return (int)Math.Min(size, (long)Capacity(options) + 1);
    }

    /// <summary>Doubles the buffer, up to the limit plus one byte; a document that fills that is too large.</summary>
    private static byte[] Grow(byte[] buffer, string subject, CeasefireJsonOptions options)
    {
        var limit = (long)Capacity(options) + 1;
        if (buffer.Length >= limit)
        {
            throw TooLarge(subject, options);
        }

        var bigger = GC.AllocateUninitializedArray<byte>((int)Math.Min(Math.Max(buffer.Length * 2L, 4096), limit));
        buffer.CopyTo(bigger, 0);
        return bigger;
    }

    private static CeasefireValidationException TooLarge(string subject, CeasefireJsonOptions options)
        => new(subject, [new ValidationProblem("$", ValidationCodes.TooLarge, string.Concat("the document is larger than the limit of ", options.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), " bytes (CeasefireJsonOptions.MaxBytes)"))]);

    /// <summary>Scans the bytes, then deserializes them strictly; a document the deserializer refuses gets every problem listed.</summary>
    private static T Deserialize<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> info, Func<T, int> version, string subject, CeasefireJsonOptions options)
        where T : class
    {
        if (JsonScan.Check(utf8, options, out var nullInArray) is { } found)
        {
            throw new CeasefireValidationException(subject, found);
        }

        if (!nullInArray)
        {
            // The strict deserializer rejects everything the shape check reports (unknown, duplicate or missing
            // fields, nulls, wrong types, bad dates, unknown or numeric enum values); only a document it rejects
            // needs the slower walk that lists every problem.
            try
            {
                if (JsonSerializer.Deserialize(utf8, info) is { } document && version(document) == SchemaVersion)
                {
                    return document;
                }
            }
            catch (JsonException)
            {
            }
            catch (InvalidOperationException)
            {
            }
        }

        throw EveryProblem(utf8, info, subject, options);
    }

    private static CeasefireValidationException EveryProblem<T>(ReadOnlySpan<byte> utf8, JsonTypeInfo<T> info, string subject, CeasefireJsonOptions options)
    {
        var lines = JsonLineMap.Build(utf8, options.MaxDepth);
        var problems = new List<ValidationProblem>();
        using (var parsed = JsonDocument.Parse(utf8.ToArray(), new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow }))
        {
            new JsonShapeValidator(Context.Options, problems, lines).Validate(parsed.RootElement, info, "$");
            if (problems.Count == 0 && SupportedVersion(parsed.RootElement, lines) is { } problem)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count == 0)
        {
            // Anything the strict deserializer refused is listed by the shape check; this is a safety net.
            problems.Add(lines.Locate(new ValidationProblem("$", ValidationCodes.WrongType, "the document does not match the format")));
        }

        return new CeasefireValidationException(subject, problems);
    }

    private static ValidationProblem? SupportedVersion(JsonElement root, JsonLineMap lines)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemaVersion", out var version) && (!version.TryGetInt32(out var v) || v != SchemaVersion))
        {
            return lines.Locate(new ValidationProblem("$.schemaVersion", ValidationCodes.UnsupportedVersion, string.Concat("unsupported schema version ", Text.Excerpt(version.GetRawText()), "; this library reads version ",
                SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        return null;
    }

    /// <summary>The same problems, each with the line and byte offset of its path in the document.</summary>
    private static CeasefireValidationException Located(CeasefireValidationException e, ReadOnlySpan<byte> utf8, CeasefireJsonOptions options)
    {
        var lines = JsonLineMap.Build(utf8, options.MaxDepth);
        var result = new List<ValidationProblem>(e.Problems.Length);
        foreach (var p in e.Problems)
        {
            result.Add(lines.Locate(p));
        }

        return new CeasefireValidationException(e.Subject, result);
    }
}
#pragma warning restore RS0026
