using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Ceasefire.Domain.Serialization;

/// <summary>Reads and writes NodaTime values as ISO text through one pattern each.</summary>
internal abstract class PatternConverter<T> : JsonConverter<T>
{
    private readonly IPattern<T> _pattern;
    private readonly string _shape;

    protected PatternConverter(IPattern<T> pattern, string shape)
    {
        _pattern = pattern;
        _shape = shape;
    }

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(string.Concat("expected a string holding ", _shape));
        }

        var text = reader.GetString() ?? string.Empty;
        var result = _pattern.Parse(text);
        return result.Success ? result.Value : throw new JsonException(string.Concat("'", text, "' is not ", _shape));
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_pattern.Format(value));
    }
}

/// <summary>Instants as extended ISO UTC text: <c>2020-11-09T21:00:00Z</c> (fractions of a second when present).</summary>
internal sealed class InstantConverter() : PatternConverter<Instant>(InstantPattern.ExtendedIso, "an ISO instant such as 2020-11-09T21:00:00Z");

/// <summary>Dates as ISO text: <c>2020-11-20</c>.</summary>
internal sealed class LocalDateConverter() : PatternConverter<LocalDate>(LocalDatePattern.Iso, "an ISO date such as 2020-11-20");

/// <summary>Local date-times as extended ISO text: <c>2020-11-10T00:00:00</c>.</summary>
internal sealed class LocalDateTimeConverter() : PatternConverter<LocalDateTime>(LocalDateTimePattern.ExtendedIso, "an ISO local date-time such as 2020-11-10T00:00:00");

/// <summary>Periods as ISO 8601 text: <c>P5Y</c>, <c>P6M</c>.</summary>
internal sealed class PeriodConverter : JsonConverter<Period>
{
    public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a string holding an ISO period such as P5Y");
        }

        var text = reader.GetString() ?? string.Empty;
        var result = PeriodPattern.Roundtrip.Parse(text);
        return result.Success ? result.Value : throw new JsonException(string.Concat("'", text, "' is not an ISO period such as P5Y"));
    }

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(PeriodPattern.Roundtrip.Format(value));
    }
}
