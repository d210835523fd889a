namespace Ceasefire.Domain.Evaluation;

/// <summary>
/// A status rule: the extension point every built-in rule is written on (docs/semantics.md, section 8). Rules run in
/// the order of <see cref="EvaluationOptions.Rules"/>; the first that returns a decision decides. Insert a rule before
/// or after any rule by id (<see cref="EvaluationOptions.InsertBefore"/>, <see cref="EvaluationOptions.InsertAfter"/>),
/// replace one (<see cref="EvaluationOptions.Replace"/>) or remove one (<see cref="EvaluationOptions.Without"/>).
/// Implementations must be thread-safe and deterministic, and must not keep the context.
/// </summary>
/// <threadsafety>Implementations must be thread-safe and deterministic: the evaluator calls them from any thread, concurrently.</threadsafety>
public interface IStatusRule
{
    /// <summary>The rule's id, unique in its options and shown in <see cref="Explanation.RuleId"/>.</summary>
    string Id { get; }

    /// <summary>Decides the status, or returns <see langword="null"/> to let later rules decide.</summary>
    /// <param name="context">The obligation, the instant, and the claims counted under the perspective.</param>
    /// <returns>A decision, or <see langword="null"/>.</returns>
    RuleDecision? Decide(RuleContext context);
}
