using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// How a text variant's wording changes one obligation's deadline: the Azerbaijani rendering of point 2 says
/// "before 20 November" where the primary text says "by 20 November". Equality is by value.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record DeadlineReading
{
    /// <summary>Creates a reading.</summary>
    /// <param name="obligationId">The obligation whose deadline the variant reads differently.</param>
    /// <param name="deadline">The deadline under the variant's wording.</param>
    /// <exception cref="ArgumentException">The id is blank.</exception>
    /// <exception cref="ArgumentNullException">The deadline is null.</exception>
    public DeadlineReading(string obligationId, Deadline deadline)
    {
        Guard.Against.NullOrWhiteSpace(obligationId);
        Guard.Against.Null(deadline);
        ObligationId = obligationId;
        Deadline = deadline;
    }

    /// <summary>The obligation whose deadline the variant reads differently.</summary>
    public string ObligationId { get; }

    /// <summary>The deadline under the variant's wording.</summary>
    public Deadline Deadline { get; }
}
