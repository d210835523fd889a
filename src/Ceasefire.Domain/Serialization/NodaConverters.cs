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

        if (!reader.ValueIsEscaped && TryReadCommonForm(reader.ValueSpan, out var value))
        {
            return value;
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

    /// <summary>
    /// Reads the form the writer emits most (a plain date, a whole-second UTC instant) straight from the UTF-8 bytes, with
    /// no pattern parsing and no string; anything else (another form, an invalid value) returns <see langword="false"/>
    /// and goes through NodaTime's pattern, which gives the same value for these forms and reports every failure.
    /// </summary>
    protected virtual bool TryReadCommonForm(ReadOnlySpan<byte> utf8, out T value)
    {
        value = default!;
        return false;
    }

    /// <summary>Reads <c>yyyy-MM-dd</c> at the start of the bytes (years 1 to 9999, a valid day of the month).</summary>
    protected static bool TryDate(ReadOnlySpan<byte> utf8, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (utf8.Length < 10 || utf8[4] != (byte)'-' || utf8[7] != (byte)'-'
            || !Digits(utf8[..4], out year) || !Digits(utf8.Slice(5, 2), out month) || !Digits(utf8.Slice(8, 2), out day))
        {
            return false;
        }

        return year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
    }

    /// <summary>Reads unsigned ASCII digits.</summary>
    protected static bool Digits(ReadOnlySpan<byte> utf8, out int value)
    {
        value = 0;
        foreach (var b in utf8)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}

/// <summary>Instants as extended ISO UTC text: <c>2020-11-09T21:00:00Z</c> (fractions of a second when present).</summary>
internal sealed class InstantConverter() : NodaValueConverter<Instant>(NodaConverters.InstantConverter, "an ISO instant such as 2020-11-09T21:00:00Z")
{
    /// <summary><c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    protected override bool TryReadCommonForm(ReadOnlySpan<byte> utf8, out Instant value)
    {
        value = default;
        if (utf8.Length != 20 || utf8[10] != (byte)'T' || utf8[13] != (byte)':' || utf8[16] != (byte)':' || utf8[19] != (byte)'Z'
            || !TryDate(utf8, out var year, out var month, out var day)
            || !Digits(utf8.Slice(11, 2), out var hour) || !Digits(utf8.Slice(14, 2), out var minute) || !Digits(utf8.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        value = Instant.FromUtc(year, month, day, hour, minute, second);
        return true;
    }
}

/// <summary>Dates as ISO text: <c>2020-11-20</c>.</summary>
internal sealed class LocalDateConverter() : NodaValueConverter<LocalDate>(NodaConverters.LocalDateConverter, "an ISO date such as 2020-11-20")
{
    /// <summary><c>yyyy-MM-dd</c>.</summary>
    protected override bool TryReadCommonForm(ReadOnlySpan<byte> utf8, out LocalDate value)
    {
        value = default;
        if (utf8.Length != 10 || !TryDate(utf8, out var year, out var month, out var day))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }
}

/// <summary>Local date-times as extended ISO text: <c>2020-11-10T00:00:00</c>.</summary>
internal sealed class LocalDateTimeConverter() : NodaValueConverter<LocalDateTime>(NodaConverters.LocalDateTimeConverter, "an ISO local date-time such as 2020-11-10T00:00:00");

/// <summary>Periods as ISO 8601 round-trip text: <c>P5Y</c>, <c>P6M</c>.</summary>
internal sealed class PeriodConverter() : NodaValueConverter<Period>(NodaConverters.RoundtripPeriodConverter, "an ISO period such as P5Y");
