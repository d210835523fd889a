using System;
using System.IO;
using System.Text;
using System.Text.Json;

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
public static partial class CeasefireJson
{
    /// <summary>The schema version this library writes and reads.</summary>
    public const int SchemaVersion = DtoMapper.SchemaVersion;

    // Relaxed escaping keeps quotes and non-Latin scripts readable (the output is JSON, never inlined into HTML);
    // "\n" line breaks keep the output identical on every platform.
    internal static readonly CeasefireJsonContext Context = new(new JsonSerializerOptions(CeasefireJsonContext.Default.Options)
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
        return ToText(writer => CeasefireJsonWriter.Timeline(writer, timeline));
    }

    /// <summary>Writes a compliance report as JSON (claims are referred to by id).</summary>
    /// <param name="report">The report.</param>
    /// <returns>Indented JSON text.</returns>
    public static string Serialize(ComplianceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ToText(writer => CeasefireJsonWriter.Report(writer, report));
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

}
