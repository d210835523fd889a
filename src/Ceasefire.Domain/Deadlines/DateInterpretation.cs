namespace Ceasefire.Domain;

/// <summary>How a calendar-date deadline is read in the statement's time zone.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DateInterpretation
{
    /// <summary>"By 20 November": performance at any instant of that day is on time; due at the start of the next day.</summary>
    By,

    /// <summary>"Before 20 November": due at the start of that day.</summary>
    Before,
}
