using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CsvHelper;
using NodaTime;
using NodaTime.Text;
using Parquet;
using Parquet.Schema;

namespace Ceasefire.Domain.Tabular;

/// <summary>The file formats of a tidy export.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum TidyFormat
{
    /// <summary>CSV: RFC 4180, UTF-8, a header row, ISO 8601 dates and instants, empty for missing.</summary>
    Csv,

    /// <summary>JSON: an array of row objects (pandas <c>read_json</c>'s "records"), null for missing.</summary>
    Json,

    /// <summary>Apache Parquet: typed columns (strings, 64-bit integers, DATE, UTC TIMESTAMP in milliseconds), all nullable.</summary>
    Parquet,
}

/// <summary>Writes a <see cref="TidyTable"/> as CSV, JSON or Parquet.</summary>
/// <threadsafety>Stateless and thread-safe: its static members may be called from any thread.</threadsafety>
public static class TidyWriter
{
    /// <summary>Writes the table in the given format.</summary>
    /// <param name="table">The table.</param>
    /// <param name="format">The format.</param>
    /// <param name="destination">The stream (seekable for Parquet); not disposed.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the table is written.</returns>
    public static async Task WriteAsync(TidyTable table, TidyFormat format, Stream destination, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(destination);
        switch (format)
        {
            case TidyFormat.Csv:
                WriteCsv(table, destination);
                break;
            case TidyFormat.Json:
                WriteJson(table, destination);
                break;
            case TidyFormat.Parquet:
                await WriteParquetAsync(table, destination, cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format");
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        long n => n.ToString(CultureInfo.InvariantCulture),
        LocalDate d => LocalDatePattern.Iso.Format(d),
        Instant i => InstantPattern.ExtendedIso.Format(i),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static void WriteCsv(TidyTable table, Stream destination)
    {
        using var writer = CsvWriter.Create(destination, new CsvWriterOptions { Injection = CsvInjection.None }, leaveOpen: true);
        writer.WriteHeader(table.Columns.Select(c => c.Name).ToArray());
        foreach (var row in table.Rows)
        {
            writer.WriteRecord(row.Select(Text).ToArray());
        }

        writer.Flush();
    }

    private static void WriteJson(TidyTable table, Stream destination)
    {
        using var json = new Utf8JsonWriter(destination, new JsonWriterOptions { Indented = true });
        json.WriteStartArray();
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < table.Columns.Length; i++)
            {
                var name = table.Columns[i].Name;
                switch (row[i])
                {
                    case null:
                        json.WriteNull(name);
                        break;
                    case long n:
                        json.WriteNumber(name, n);
                        break;
                    case var other:
                        json.WriteString(name, Text(other));
                        break;
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
    }

    private static async Task WriteParquetAsync(TidyTable table, Stream destination, CancellationToken cancellationToken)
    {
        var fields = table.Columns.Select(c => c.Type switch
        {
            TidyType.WholeNumber => (DataField)new DataField<long?>(c.Name),
            TidyType.Date => new DataField<DateOnly?>(c.Name),
            TidyType.Timestamp => new DateTimeDataField(c.Name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, DateTimeTimeUnit.Millis, true),
            _ => new DataField<string>(c.Name, true),
        }).ToArray();
        var schema = new ParquetSchema(fields);
        var rows = table.Rows.ToArray();
        await using var writer = await ParquetWriter.CreateAsync(schema, destination, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new System.Collections.Generic.Dictionary<string, string>(StringComparer.Ordinal) { ["ceasefire.table"] = table.Name };
        using var group = writer.CreateRowGroup();
        for (var c = 0; c < fields.Length; c++)
        {
            var column = c;
            switch (table.Columns[c].Type)
            {
                case TidyType.WholeNumber:
                    await group.WriteAsync(fields[c], new ReadOnlyMemory<long?>(rows.Select(r => (long?)r[column]).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case TidyType.Date:
                    await group.WriteAsync(fields[c], new ReadOnlyMemory<DateOnly?>(rows.Select(r => r[column] is LocalDate d ? d.ToDateOnly() : (DateOnly?)null).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                case TidyType.Timestamp:
                    await group.WriteAsync(fields[c], new ReadOnlyMemory<DateTime?>(rows.Select(r => r[column] is Instant i ? i.ToDateTimeUtc() : (DateTime?)null).ToArray()), cancellationToken: cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await group.WriteAsync(fields[c], (System.Collections.Generic.IReadOnlyCollection<string>)rows.Select(r => (string?)r[column]).ToArray()!).ConfigureAwait(false);
                    break;
            }
        }
    }
}
