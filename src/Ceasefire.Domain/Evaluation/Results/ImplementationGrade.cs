namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// One obligation's Peace Accords Matrix style implementation grade for one calendar year (in the statement's zone).
/// Equality is by value. The mapping (see <see cref="Evaluator.YearlyGrades"/>): 3 full, 2 intermediate, 1 minimal,
/// 0 not started; <see langword="null"/> when not graded (not in force, or ended before the year).
/// </summary>
/// <param name="ObligationId">The obligation.</param>
/// <param name="Year">The calendar year.</param>
/// <param name="Grade">0-3, or <see langword="null"/> when not graded.</param>
/// <param name="StatusAtYearEnd">The status at the end of the year.</param>
/// <param name="Reason">Why this grade, in one line.</param>
public sealed record ImplementationGrade(string ObligationId, int Year, int? Grade, ObligationStatus StatusAtYearEnd, string Reason);
