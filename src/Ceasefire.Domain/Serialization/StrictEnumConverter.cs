using System;
using System.Text.Json.Serialization;

namespace Ceasefire.Domain.Serialization;

/// <summary>Enums as their names only: a number would silently pick (or invent) a value.</summary>
internal sealed class StrictEnumConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    public StrictEnumConverter()
        : base(namingPolicy: null, allowIntegerValues: false)
    {
    }
}
