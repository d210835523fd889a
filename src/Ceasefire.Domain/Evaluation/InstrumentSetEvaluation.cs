using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>Evaluates every instrument of an <see cref="InstrumentSet"/> at one instant.</summary>
/// <threadsafety>Thread-safe: every member may be called from any thread.</threadsafety>
public static class InstrumentSetEvaluation
{
    /// <summary>
    /// Evaluates every instrument at <paramref name="asOf"/> under one perspective, in set order (the founding statement
    /// first). An instrument not yet in force at that instant reports its obligations as not yet in force.
    /// </summary>
    /// <param name="set">The instruments.</param>
    /// <param name="asOf">The instant.</param>
    /// <param name="perspective">Whose claims count; <see langword="null"/> for all claims.</param>
    /// <param name="options">Evaluation options; <see langword="null"/> for the defaults.</param>
    /// <returns>One report per instrument, in set order.</returns>
    public static ImmutableArray<ComplianceReport> Evaluate(this InstrumentSet set, Instant asOf, Perspective? perspective = null, EvaluationOptions? options = null)
    {
        Guard.Against.Null(set);
        var reports = ImmutableArray.CreateBuilder<ComplianceReport>(set.Instruments.Length);
        foreach (var instrument in set.Instruments)
        {
            reports.Add(instrument.Statement.Evaluate(instrument.Timeline, asOf, perspective, options));
        }

        return reports.MoveToImmutable();
    }
}
