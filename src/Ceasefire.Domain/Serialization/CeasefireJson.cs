using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Reads and writes statements, timelines and compliance reports as JSON (System.Text.Json source generation, no
/// reflection). Every document carries <c>schemaVersion</c> (currently 1); the JSON Schemas are shipped in the package
/// under <c>schemas/</c>. Reading validates the whole document and throws one <see cref="CeasefireValidationException"/>
/// listing every problem with its JSON path and line (wrong type, missing or unknown field, unknown enum value, unknown
/// or duplicate id, bad date); nothing half-built is returned. Writing is deterministic and culture-invariant, and
/// reading what was written gives an equal object back.
/// </summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class CeasefireJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = DtoMapper.SchemaVersion;

    // Relaxed escaping keeps quotes and non-Latin scripts readable (the output is JSON, never inlined into HTML);
    // "\n" line breaks keep the output identical on every platform.
    private static readonly CeasefireJsonContext Context = new(new JsonSerializerOptions(CeasefireJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
        AllowDuplicateProperties = false,
    });

    /// <summary>Writes a statement as JSON.</summary>
    /// <param name="statement">The statement.</param>
    /// <returns>Indented JSON text.</returns>
    public static string Serialize(Statement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return JsonSerializer.Serialize(StatementState.Fill(statement, new StatementDocument { SchemaVersion = SchemaVersion }), Context.StatementDocument);
    }

    /// <summary>Writes a timeline as JSON.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>Indented JSON text.</returns>
    public static string Serialize(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var claims = new List<ClaimState>(timeline.Claims.Length);
        foreach (var claim in timeline.Claims)
        {
            claims.Add(ClaimState.From(claim));
        }

        return JsonSerializer.Serialize(new TimelineDocument { SchemaVersion = SchemaVersion, Claims = claims }, Context.TimelineDocument);
    }

    /// <summary>Writes a compliance report as JSON (claims are referred to by id).</summary>
    /// <param name="report">The report.</param>
    /// <returns>Indented JSON text.</returns>
    public static string Serialize(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(DtoMapper.ToDocument(report), Context.ReportDocument);
    }

    /// <summary>
    /// The JSON Schema (draft 2020-12) of a format, as shipped in the package under <c>schemas/</c> and checked into the
    /// repository (a test keeps the two identical).
    /// </summary>
    /// <param name="format">The format.</param>
    /// <returns>The schema document.</returns>
    public static string Schema(CeasefireJsonFormat format)
    {
        var name = string.Concat("Ceasefire.Domain.schemas.", SchemaExporter.Name(format), ".schema.json");
        using var stream = typeof(CeasefireJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(string.Concat("The package is missing its embedded schema ", name, "."));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a statement.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid; every problem is listed with its path and line.</exception>
    public static Statement ReadStatement(string json, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        var (document, lines) = Parse(json, Context.StatementDocument, "statement", options);
        return WithLines(new StatementValidator(document).Build, lines);
    }

    /// <summary>Reads a timeline of claims about a statement.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid; every problem is listed with its path and line.</exception>
    public static Timeline ReadTimeline(string json, Statement statement, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(statement);
        var (document, lines) = Parse(json, Context.TimelineDocument, "timeline", options);
        return WithLines(new TimelineValidator(statement, document.Claims).Build, lines);
    }

    /// <summary>Reads a compliance report written by <see cref="Serialize(ComplianceReport)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="statement">The statement the report is of.</param>
    /// <param name="timeline">The timeline whose claims the report refers to.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid; every problem is listed with its path and line.</exception>
    public static ComplianceReport ReadReport(string json, Statement statement, Timeline timeline, CeasefireJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        var (document, lines) = Parse(json, Context.ReportDocument, "report", options);
        var problems = new ProblemList();
        var report = DtoMapper.ToReport(document, statement, timeline, problems);
        Throw(problems, lines, "report");
        return report;
    }

    /// <summary>Reads a statement from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The statement.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large.</exception>
    public static Statement ReadStatement(Stream utf8Json, CeasefireJsonOptions? options = null)
        => ReadStatement(ReadAll(utf8Json, options ?? CeasefireJsonOptions.Default), options);

    /// <summary>Reads a timeline from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="statement">The statement the claims are about.</param>
    /// <param name="options">Limits; <see langword="null"/> for the defaults.</param>
    /// <returns>The timeline.</returns>
    /// <exception cref="CeasefireValidationException">The document is invalid or too large.</exception>
    public static Timeline ReadTimeline(Stream utf8Json, Statement statement, CeasefireJsonOptions? options = null)
        => ReadTimeline(ReadAll(utf8Json, options ?? CeasefireJsonOptions.Default), statement, options);

    private static string ReadAll(Stream stream, CeasefireJsonOptions options)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > options.MaxBytes)
            {
                throw TooLarge("document", options);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            throw new CeasefireValidationException("document", [new ValidationProblem("$", ValidationCodes.InvalidJson, "the document is not valid UTF-8")]);
        }
    }

    private static CeasefireValidationException TooLarge(string subject, CeasefireJsonOptions options)
        => new(subject, [new ValidationProblem("$", ValidationCodes.TooLarge, string.Concat("the document is larger than the limit of ", options.MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), " bytes"))]);

    private static (T Document, JsonLineMap Lines) Parse<T>(string json, JsonTypeInfo<T> info, string subject, CeasefireJsonOptions? options)
        where T : class
    {
        options ??= CeasefireJsonOptions.Default;
        var utf8 = Encoding.UTF8.GetBytes(json);
        if (utf8.LongLength > options.MaxBytes)
        {
            throw TooLarge(subject, options);
        }

        var documentOptions = new JsonDocumentOptions { MaxDepth = options.MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(utf8, documentOptions);
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } l ? l + 1 : (long?)null;
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            message = cut > 0 ? message[..cut].TrimEnd(' ', '|', '.') : message;
            throw new CeasefireValidationException(subject, [new ValidationProblem(string.IsNullOrEmpty(e.Path) ? "$" : e.Path!, ValidationCodes.InvalidJson, string.Concat("not well-formed JSON: ", message)) { Line = line }]);
        }

        using (parsed)
        {
            try
            {
                return Check(parsed, utf8, info, subject, options);
            }
            catch (InvalidOperationException e)
            {
                // System.Text.Json accepts escaped lone surrogates ("\udc00") when parsing, then refuses to read them as strings.
                throw new CeasefireValidationException(subject, [new ValidationProblem("$", ValidationCodes.InvalidJson, string.Concat("the document holds text that is not valid Unicode (", e.Message, ")"))]);
            }
        }
    }

    private static (T Document, JsonLineMap Lines) Check<T>(JsonDocument parsed, byte[] utf8, JsonTypeInfo<T> info, string subject, CeasefireJsonOptions options)
        where T : class
    {
        var lines = new JsonLineMap(utf8, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        if (parsed.RootElement.ValueKind == JsonValueKind.Object)
        {
            // The strict deserializer rejects everything the shape check reports (unknown, duplicate or missing
            // fields, nulls, wrong types, bad dates, unknown or numeric enum values); only a document it rejects
            // needs the slower walk that lists every problem.
            try
            {
                var document = parsed.RootElement.Deserialize(info);
                if (document is not null && !HasNullArrayItem(parsed.RootElement) && SupportedVersion(parsed.RootElement, lines) is null)
                {
                    return (document, lines);
                }
            }
            catch (JsonException)
            {
            }
        }

        var problems = new List<ValidationProblem>();
        new JsonShapeValidator(Context.Options, problems, lines).Validate(parsed.RootElement, info, "$");
        if (problems.Count == 0 && SupportedVersion(parsed.RootElement, lines) is { } problem)
        {
            problems.Add(problem);
        }

        if (problems.Count == 0)
        {
            // Anything the strict deserializer refused is listed by the shape check; this is a safety net.
            problems.Add(new ValidationProblem("$", ValidationCodes.WrongType, "the document does not match the format"));
        }

        throw new CeasefireValidationException(subject, problems);
    }

    /// <summary>No array of the formats holds nulls, but the deserializer lets them through (nullability covers members only).</summary>
    private static bool HasNullArrayItem(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var member in element.EnumerateObject())
                {
                    if (member.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasNullArrayItem(member.Value))
                    {
                        return true;
                    }
                }

                return false;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Null || (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array && HasNullArrayItem(item)))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private static ValidationProblem? SupportedVersion(JsonElement root, JsonLineMap lines)
    {
        if (root.TryGetProperty("schemaVersion", out var version) && (!version.TryGetInt32(out var v) || v != SchemaVersion))
        {
            return new ValidationProblem("$.schemaVersion", ValidationCodes.UnsupportedVersion, string.Concat("unsupported schema version ", version.GetRawText(), "; this library reads version ",
                SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture))) { Line = lines.LineOf("$.schemaVersion") };
        }

        return null;
    }

    private static void Throw(ProblemList problems, JsonLineMap lines, string subject)
    {
        if (problems.Count > 0)
        {
            throw new CeasefireValidationException(subject, WithLines(problems.Items, lines));
        }
    }

    private static TResult WithLines<TResult>(Func<TResult> build, JsonLineMap lines)
    {
        try
        {
            return build();
        }
        catch (CeasefireValidationException e)
        {
            throw new CeasefireValidationException(e.Subject, WithLines(e.Problems, lines));
        }
    }

    private static List<ValidationProblem> WithLines(IEnumerable<ValidationProblem> problems, JsonLineMap lines)
    {
        var result = new List<ValidationProblem>();
        foreach (var p in problems)
        {
            result.Add(p with { Line = p.Line ?? lines.LineOf(p.Path) });
        }

        return result;
    }
}
