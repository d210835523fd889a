using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// Options for evaluation (docs/semantics.md, sections 5 and 8): the ordered status rules, built-in and custom, and the
/// closed-world reading. Every built-in rule is an <see cref="IStatusRule"/> like a custom one: insert a rule before or
/// after any rule by id, replace or remove one by id; ids are unique. Immutable; the <c>With...</c>, <c>Insert...</c>,
/// <c>Replace</c> and <c>Without</c> methods return new options. Equality is by value (the same rules, by reference,
/// in the same order, and the same reading), so an evaluator is compiled once per option set.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class EvaluationOptions : IEquatable<EvaluationOptions>
{
    private static readonly ImmutableArray<IStatusRule> BuiltIns =
    [
        new NotYetInForceRule(),
        new StatementTerminatedRule(),
        new DisputedRule(),
        new TerminatedRule(),
        new SuspendedRule(),
        new BreachedRule(),
        new AwaitingConditionRule(),
        new ClosedWorldRule(),
        new PermissionRule(),
        new OneOffRule(),
        new ProgressRule(),
        new ContinuousRule(),
    ];

    private EvaluationOptions(ImmutableArray<IStatusRule> rules, bool closedWorld)
    {
        Rules = rules;
        ClosedWorld = closedWorld;
    }

    /// <summary>The built-in rules, in order; the closed-world reading off.</summary>
    public static EvaluationOptions Default { get; } = new(BuiltIns, false);

    /// <summary>The built-in rule objects, in order, to re-insert elsewhere or to wrap.</summary>
    public static ImmutableArray<IStatusRule> BuiltInRules => BuiltIns;

    /// <summary>The rules, in the order they run: the first that decides wins.</summary>
    public ImmutableArray<IStatusRule> Rules { get; }

    /// <summary>
    /// Whether the closed-world reading is on ("silence means kept", for data known to be complete): a continuous
    /// obligation with no breach at the instant reads <see cref="ObligationStatus.Upheld"/>, a one-off past due with no
    /// performance <see cref="ObligationStatus.Overdue"/>, a one-off with no deadline <see cref="ObligationStatus.Pending"/>.
    /// Off by default; explanations say when it was applied.
    /// </summary>
    public bool ClosedWorld { get; }

    /// <summary>The rules that are not built in, in order.</summary>
    public ImmutableArray<IStatusRule> CustomRules => Rules.RemoveAll(r => BuiltIns.Contains(r));

    /// <summary>The built-in rules that are not in <see cref="Rules"/>.</summary>
    public ImmutableHashSet<string> DisabledBuiltInRules
        => ImmutableHashSet.CreateRange(StringComparer.Ordinal, RuleIds.BuiltIn).Except(Ids(Rules));

    /// <summary>These options with the closed-world reading on or off.</summary>
    /// <param name="on">Whether silence means kept.</param>
    /// <returns>New options.</returns>
    public EvaluationOptions WithClosedWorld(bool on = true) => new(Rules, on);

    /// <summary>Adds a custom rule after <c>not-yet-in-force</c> and the custom rules already added there, before the other built-in rules.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">The rule's id is blank or already used.</exception>
    public EvaluationOptions WithRule(IStatusRule rule)
    {
        Check(rule);
        var at = 0;
        while (at < Rules.Length && (Rules[at].Id == RuleIds.NotYetInForce || !BuiltIns.Contains(Rules[at])))
        {
            at++;
        }

        return new EvaluationOptions(Rules.Insert(at, rule), ClosedWorld);
    }

    /// <summary>Inserts a rule just before the rule with the given id.</summary>
    /// <param name="ruleId">The id of a rule in <see cref="Rules"/>.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">No rule has that id, or the new rule's id is blank or already used.</exception>
    public EvaluationOptions InsertBefore(string ruleId, IStatusRule rule)
    {
        Check(rule);
        return new EvaluationOptions(Rules.Insert(IndexOf(ruleId), rule), ClosedWorld);
    }

    /// <summary>Inserts a rule just after the rule with the given id.</summary>
    /// <param name="ruleId">The id of a rule in <see cref="Rules"/>.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">No rule has that id, or the new rule's id is blank or already used.</exception>
    public EvaluationOptions InsertAfter(string ruleId, IStatusRule rule)
    {
        Check(rule);
        return new EvaluationOptions(Rules.Insert(IndexOf(ruleId) + 1, rule), ClosedWorld);
    }

    /// <summary>Replaces the rule with the given id (built-in or custom) by another, in the same place.</summary>
    /// <param name="ruleId">The id of a rule in <see cref="Rules"/>.</param>
    /// <param name="rule">The replacement; its id may be the same.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">No rule has that id, or the replacement's id is blank or used by another rule.</exception>
    public EvaluationOptions Replace(string ruleId, IStatusRule rule)
    {
        var at = IndexOf(ruleId);
        var without = Rules.RemoveAt(at);
        new EvaluationOptions(without, ClosedWorld).Check(rule);
        return new EvaluationOptions(without.Insert(at, rule), ClosedWorld);
    }

    /// <summary>Removes the rule with the given id (built-in or custom).</summary>
    /// <param name="ruleId">The id of a rule in <see cref="Rules"/>.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">No rule has that id.</exception>
    public EvaluationOptions Without(string ruleId) => new(Rules.RemoveAt(IndexOf(ruleId)), ClosedWorld);

    /// <summary>Switches off a built-in rule (the same as <see cref="Without"/> for a built-in id).</summary>
    /// <param name="ruleId">A built-in rule id from <see cref="RuleIds"/>.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentException">The id is not a built-in rule id.</exception>
    public EvaluationOptions WithoutBuiltInRule(string ruleId)
    {
        Guard.Against.Null(ruleId);
        if (!RuleIds.BuiltIn.Contains(ruleId))
        {
            throw new ArgumentException(string.Concat("'", ruleId, "' is not a built-in rule id; they are: ", string.Join(", ", RuleIds.BuiltIn), "."), nameof(ruleId));
        }

        return Ids(Rules).Contains(ruleId) ? Without(ruleId) : this;
    }

    /// <inheritdoc />
    public bool Equals(EvaluationOptions? other)
    {
        if (other is null || ClosedWorld != other.ClosedWorld || Rules.Length != other.Rules.Length)
        {
            return false;
        }

        for (var i = 0; i < Rules.Length; i++)
        {
            if (!ReferenceEquals(Rules[i], other.Rules[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as EvaluationOptions);

    /// <summary>Whether two option sets are equal, as <see cref="Equals(EvaluationOptions?)"/> decides.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(EvaluationOptions? left, EvaluationOptions? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two option sets differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EvaluationOptions? left, EvaluationOptions? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(ClosedWorld);
        foreach (var rule in Rules)
        {
            hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(rule));
        }

        return hash.ToHashCode();
    }

    /// <summary>Lists the rule ids in order, and the reading.</summary>
    /// <returns>The options as text.</returns>
    public override string ToString() => string.Concat(string.Join(", ", Ids(Rules)), ClosedWorld ? " (closed world)" : string.Empty);

    private static List<string> Ids(ImmutableArray<IStatusRule> rules)
    {
        var ids = new List<string>(rules.Length);
        foreach (var rule in rules)
        {
            ids.Add(rule.Id);
        }

        return ids;
    }

    private int IndexOf(string ruleId)
    {
        Guard.Against.Null(ruleId);
        for (var i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].Id == ruleId)
            {
                return i;
            }
        }

        throw new ArgumentException(string.Concat("No rule has the id '", ruleId, "'; the rules are: ", string.Join(", ", Ids(Rules)), "."), nameof(ruleId));
    }

    private void Check(IStatusRule rule)
    {
        Guard.Against.Null(rule);
        Guard.Against.NullOrWhiteSpace(rule.Id, nameof(rule));
        foreach (var existing in Rules)
        {
            if (existing.Id == rule.Id)
            {
                throw new ArgumentException(string.Concat("A rule with the id '", rule.Id, "' is already in the options; rule ids are unique."), nameof(rule));
            }
        }
    }
}
