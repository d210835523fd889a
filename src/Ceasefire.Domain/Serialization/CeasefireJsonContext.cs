using System.Text.Json.Serialization;

namespace Ceasefire.Domain.Serialization;

/// <summary>The source-generated serialization metadata of the library's JSON formats (no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    Converters =
    [
        typeof(InstantConverter), typeof(LocalDateConverter), typeof(LocalDateTimeConverter), typeof(PeriodConverter),
        typeof(StrictEnumConverter<DeonticKind>), typeof(StrictEnumConverter<PerformanceKind>), typeof(StrictEnumConverter<DeadlineKind>),
        typeof(StrictEnumConverter<DateInterpretation>), typeof(StrictEnumConverter<DeadlineAnchor>), typeof(StrictEnumConverter<ConditionKind>),
        typeof(StrictEnumConverter<ClaimKind>), typeof(StrictEnumConverter<DatePrecision>), typeof(StrictEnumConverter<DateQuantifier>), typeof(StrictEnumConverter<TerminationReason>),
        typeof(StrictEnumConverter<StatementStatus>), typeof(StrictEnumConverter<ObligationStatus>), typeof(StrictEnumConverter<Timeliness>),
        typeof(StrictEnumConverter<SetAsideReason>), typeof(StrictEnumConverter<LinkKind>),
    ])]
[JsonSerializable(typeof(StatementDocument))]
[JsonSerializable(typeof(TimelineDocument))]
[JsonSerializable(typeof(ReportDocument))]
internal sealed partial class CeasefireJsonContext : JsonSerializerContext;
