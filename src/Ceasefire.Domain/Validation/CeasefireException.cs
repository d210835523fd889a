using System;

namespace Ceasefire.Domain;

/// <summary>The base type of every exception the library throws because of the data it was given.</summary>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public class CeasefireException : Exception
{
    /// <summary>Creates an exception with no message.</summary>
    public CeasefireException()
    {
    }

    /// <summary>Creates an exception with the given message.</summary>
    /// <param name="message">What went wrong.</param>
    public CeasefireException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with the given message and inner exception.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    public CeasefireException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
