namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// One obligation's Peace Accords Matrix style implementation grade for one calendar year (in the statement's zone).
/// Built only by the library. Equality (<c>==</c> included) is by value and hashing is cheap: both compare the fields. The mapping (see <see cref="Evaluator.YearlyGrades"/>): 3 full, 2 intermediate, 1 minimal,
/// 0 not started; <see langword="null"/> when not graded (not in force, or ended before the year).
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record ImplementationGrade
{
    internal ImplementationGrade(string obligationId, int year, int? grade, ObligationStatus statusAtYearEnd, string reason)
    {
        ObligationId = obligationId;
        Year = year;
        Grade = grade;
        StatusAtYearEnd = statusAtYearEnd;
        Reason = reason;
    }

    /// <summary>The obligation.</summary>
    public string ObligationId { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>0-3, or <see langword="null"/> when not graded.</summary>
    public int? Grade { get; }

    /// <summary>The status at the end of the year.</summary>
    public ObligationStatus StatusAtYearEnd { get; }

    /// <summary>Why this grade, in one line.</summary>
    public string Reason { get; }
}
