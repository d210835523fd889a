using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Writes the documents item by item with a <see cref="Utf8JsonWriter"/>: a timeline claim by claim, a report
/// assessment by assessment, each converted to its wire shape just before it is written and dropped after, and the
/// writer flushed to its stream (or buffer writer) whenever a few tens of kilobytes are pending. Memory is bounded by
/// one item and the flush threshold, whatever the document's size; the bytes are those the string writers return.
/// </summary>
internal static class CeasefireJsonWriter
{
    /// <summary>Pending bytes above which the writer is flushed to its output.</summary>
    public const int FlushThreshold = 64 * 1024;

    /// <summary>The writer options matching the serializer options of <see cref="CeasefireJson"/>: indented, "\n", relaxed escaping.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A statement (small: written in one step).</summary>
    public static IEnumerable<bool> Statement(Utf8JsonWriter writer, Statement statement)
    {
        JsonSerializer.Serialize(writer, StatementState.Fill(statement, new StatementDocument { SchemaVersion = DtoMapper.SchemaVersion }), CeasefireJson.Context.StatementDocument);
        yield return true;
    }

    /// <summary>A timeline, one claim per step.</summary>
    public static IEnumerable<bool> Timeline(Utf8JsonWriter writer, Timeline timeline)
    {
        var context = CeasefireJson.Context;
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", DtoMapper.SchemaVersion);
        writer.WriteStartArray("claims");
        foreach (var claim in timeline.Claims)
        {
            JsonSerializer.Serialize(writer, ClaimState.From(claim), context.ClaimState);
            yield return true;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        yield return true;
    }

    /// <summary>A report, one assessment per step (the field order is that of the report's document).</summary>
    public static IEnumerable<bool> Report(Utf8JsonWriter writer, ComplianceReport report)
    {
        var context = CeasefireJson.Context;
        var header = DtoMapper.Header(report, []);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", header.SchemaVersion);
        writer.WriteString("statementTitle", header.StatementTitle);
        writer.WritePropertyName("asOf");
        JsonSerializer.Serialize(writer, header.AsOf, context.Instant);
        writer.WritePropertyName("perspective");
        JsonSerializer.Serialize(writer, header.Perspective, context.PerspectiveDto);
        writer.WritePropertyName("statementStatus");
        JsonSerializer.Serialize(writer, header.StatementStatus, context.StatementStatus);
        writer.WriteString("statementReason", header.StatementReason);
        if (header.StatementClaims is { } claims)
        {
            writer.WritePropertyName("statementClaims");
            JsonSerializer.Serialize(writer, claims, context.ListClaimUseDto);
        }

        writer.WriteStartArray("obligations");
        yield return true;
        foreach (var assessment in report.Obligations)
        {
            JsonSerializer.Serialize(writer, DtoMapper.ToAssessment(assessment), context.AssessmentDto);
            yield return true;
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        yield return true;
    }

    /// <summary>Runs the steps, flushing whenever enough is pending, then flushes the rest.</summary>
    public static void Write(Utf8JsonWriter writer, IEnumerable<bool> steps)
    {
        foreach (var unused in steps)
        {
            if (writer.BytesPending >= FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.Flush();
    }

    /// <summary>Runs the steps, flushing asynchronously whenever enough is pending, then flushes the rest.</summary>
    public static async Task WriteAsync(Utf8JsonWriter writer, IEnumerable<bool> steps, CancellationToken cancellationToken)
    {
        foreach (var unused in steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (writer.BytesPending >= FlushThreshold)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
