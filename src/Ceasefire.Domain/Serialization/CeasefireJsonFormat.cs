namespace Ceasefire.Domain.Serialization;

/// <summary>The library's JSON formats.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum CeasefireJsonFormat
{
    /// <summary>A statement (<see cref="CeasefireJson.Serialize(Statement)"/>).</summary>
    Statement,

    /// <summary>A timeline of claims (<see cref="CeasefireJson.Serialize(Timeline)"/>).</summary>
    Timeline,

    /// <summary>A compliance report (<see cref="CeasefireJson.Serialize(ComplianceReport)"/>).</summary>
    Report,
}
