using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Reads and writes a NodaTime value through NodaTime.Serialization.SystemTextJson's converter (which parses and
/// formats it with one ISO pattern), and turns its parse failures into <see cref="JsonException"/>s, so that
/// System.Text.Json adds the problem's path and the reader reports it with its line like every other problem (the
/// library's converter wraps the parse failure, which the reader would otherwise report as a wrong type).
/// </summary>
/// <typeparam name="T">The NodaTime type.</typeparam>
internal abstract class NodaValueConverter<T> : JsonConverter<T>
{
    private readonly JsonConverter<T> _inner;
    private readonly string _shape;

    protected NodaValueConverter(JsonConverter<T> inner, string shape)
    {
        _inner = inner;
        _shape = shape;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(string.Concat("expected a string holding ", _shape));
        }

        try
        {
            return _inner.Read(ref reader, typeToConvert, options)!;
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
            // NodaTime's converter reports an unparsable value as a JsonException wrapping the parse failure (or the
            // parse failure itself); either way the message is ours, with the text and the expected shape.
            throw new JsonException(string.Concat("'", Text.Excerpt(reader.GetString() ?? string.Empty), "' is not ", _shape));
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => _inner.Write(writer, value, options);
}

/// <summary>Instants as extended ISO UTC text: <c>2020-11-09T21:00:00Z</c> (fractions of a second when present).</summary>
internal sealed class InstantConverter() : NodaValueConverter<Instant>(NodaConverters.InstantConverter, "an ISO instant such as 2020-11-09T21:00:00Z");

/// <summary>Dates as ISO text: <c>2020-11-20</c>.</summary>
internal sealed class LocalDateConverter() : NodaValueConverter<LocalDate>(NodaConverters.LocalDateConverter, "an ISO date such as 2020-11-20");

/// <summary>Local date-times as extended ISO text: <c>2020-11-10T00:00:00</c>.</summary>
internal sealed class LocalDateTimeConverter() : NodaValueConverter<LocalDateTime>(NodaConverters.LocalDateTimeConverter, "an ISO local date-time such as 2020-11-10T00:00:00");

/// <summary>Periods as ISO 8601 round-trip text: <c>P5Y</c>, <c>P6M</c>.</summary>
internal sealed class PeriodConverter() : NodaValueConverter<Period>(NodaConverters.RoundtripPeriodConverter, "an ISO period such as P5Y");
