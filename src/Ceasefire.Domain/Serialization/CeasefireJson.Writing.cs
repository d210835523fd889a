using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace Ceasefire.Domain.Serialization;

// Writing to a stream or a buffer writer: item by item (CeasefireJsonWriter), flushed as it goes, so a report of a
// million obligations or a timeline of a million claims is never held as one document in memory. The bytes are those
// of the string writers.
#pragma warning disable RS0026 // One asynchronous writer per document kind, each with the usual optional cancellation token.
public static partial class CeasefireJson
{
    /// <summary>Writes a statement as UTF-8 JSON to a stream.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="utf8Json">The stream; written to, flushed, not closed.</param>
    public static void Serialize(Statement statement, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        CeasefireJsonWriter.Write(writer, CeasefireJsonWriter.Statement(writer, statement));
    }

    /// <summary>Writes a timeline as UTF-8 JSON to a stream, claim by claim (memory does not grow with the timeline).</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">The stream; written to as the claims are written, flushed, not closed.</param>
    public static void Serialize(Timeline timeline, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        CeasefireJsonWriter.Write(writer, CeasefireJsonWriter.Timeline(writer, timeline));
    }

    /// <summary>Writes a compliance report as UTF-8 JSON to a stream, assessment by assessment (memory does not grow with the report).</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream; written to as the assessments are written, flushed, not closed.</param>
    public static void Serialize(ComplianceReport report, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        CeasefireJsonWriter.Write(writer, CeasefireJsonWriter.Report(writer, report));
    }

    /// <summary>Writes a statement as UTF-8 JSON to a buffer writer.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="utf8Json">The buffer writer; the bytes are advanced past as they are written.</param>
    public static void Serialize(Statement statement, IBufferWriter<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        CeasefireJsonWriter.Write(writer, CeasefireJsonWriter.Statement(writer, statement));
    }

    /// <summary>Writes a timeline as UTF-8 JSON to a buffer writer, claim by claim.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">The buffer writer; the bytes are advanced past as they are written.</param>
    public static void Serialize(Timeline timeline, IBufferWriter<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        CeasefireJsonWriter.Write(writer, CeasefireJsonWriter.Timeline(writer, timeline));
    }

    /// <summary>Writes a compliance report as UTF-8 JSON to a buffer writer, assessment by assessment.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The buffer writer; the bytes are advanced past as they are written.</param>
    public static void Serialize(ComplianceReport report, IBufferWriter<byte> utf8Json)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        CeasefireJsonWriter.Write(writer, CeasefireJsonWriter.Report(writer, report));
    }

    /// <summary>Writes a statement as UTF-8 JSON to a stream asynchronously.</summary>
    /// <param name="statement">The statement.</param>
    /// <param name="utf8Json">The stream; written to, flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static async Task SerializeAsync(Statement statement, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(statement);
        await WriteAsync(utf8Json, writer => CeasefireJsonWriter.Statement(writer, statement), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a timeline as UTF-8 JSON to a stream asynchronously, claim by claim, flushing as it goes.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="utf8Json">The stream; written to, flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static async Task SerializeAsync(Timeline timeline, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        await WriteAsync(utf8Json, writer => CeasefireJsonWriter.Timeline(writer, timeline), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes a compliance report as UTF-8 JSON to a stream asynchronously, assessment by assessment, flushing as it goes.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">The stream; written to, flushed, not closed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when everything is written and flushed.</returns>
    public static async Task SerializeAsync(ComplianceReport report, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await WriteAsync(utf8Json, writer => CeasefireJsonWriter.Report(writer, report), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a streaming writer into a stream asynchronously (the async stream writers).</summary>
    private static async Task WriteAsync(Stream utf8Json, Func<Utf8JsonWriter, IEnumerable<bool>> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var writer = new Utf8JsonWriter(utf8Json, CeasefireJsonWriter.WriterOptions);
        await using (writer.ConfigureAwait(false))
        {
            await CeasefireJsonWriter.WriteAsync(writer, steps(writer), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Runs a streaming writer into one buffer and decodes it (the string writers).</summary>
    private static string ToText(Func<Utf8JsonWriter, IEnumerable<bool>> steps)
    {
        using var buffer = new SegmentedBuffer();
        using (var writer = new Utf8JsonWriter(buffer, CeasefireJsonWriter.WriterOptions))
        {
            CeasefireJsonWriter.Write(writer, steps(writer));
        }

        return buffer.ToString();
    }
}
#pragma warning restore RS0026
