namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// A user-supplied status rule. Custom rules run, in the order given in <see cref="EvaluationOptions"/>, after the
/// "not yet in force" rule and before the built-in rules; the first rule that returns a decision decides. To replace a
/// built-in rule, disable it by id (<see cref="EvaluationOptions.WithoutBuiltInRule"/>) and add your own.
/// Implementations must be thread-safe and deterministic.
/// </summary>
public interface IStatusRule
{
    /// <summary>The rule's id, shown in <see cref="Explanation.RuleId"/>.</summary>
    string Id { get; }

    /// <summary>Decides the status, or returns <see langword="null"/> to let later rules decide.</summary>
    /// <param name="context">The obligation, the instant, and the claims counted under the perspective.</param>
    /// <returns>A decision, or <see langword="null"/>.</returns>
    RuleDecision? Decide(RuleContext context);
}
