using System;
using System.Collections.Generic;

namespace Ceasefire.Domain;

/// <summary>
/// What went wrong in a builder's fluent calls, kept for <c>Build()</c> to report with every other problem (nothing
/// but a null argument is thrown at the call): a single-valued thing given twice (<see cref="ValidationCodes.SetTwice"/>)
/// or contradictorily (<see cref="ValidationCodes.Contradictory"/>), and values the call could not create (a blank
/// source, a month 13). The first value given is kept. Values copied into a builder from an existing model or a JSON
/// document are a starting point, not a call: they are never recorded here, so each can be changed once.
/// </summary>
internal sealed class CallLog
{
    // Created on the first call: a claim read from JSON never makes one (a million claims, a million dictionaries saved).
    private Dictionary<string, string>? _first;
    private List<CallProblem>? _problems;

    /// <summary>The problems, in the order of the calls.</summary>
    public IReadOnlyList<CallProblem> Problems => _problems ?? (IReadOnlyList<CallProblem>)[];

    /// <summary>Records a setting of a value; <see langword="false"/> (and a problem) when it was already set.</summary>
    /// <param name="field">The field's JSON name, appended to the builder's path.</param>
    /// <param name="what">What the field is, for the message ("the title").</param>
    /// <returns>Whether this is the first setting (and should be applied).</returns>
    public bool First(string field, string what) => Choose(field, what, string.Empty);

    /// <summary>
    /// A single-valued setting: the new value on its first setting, otherwise the current one (and a
    /// <see cref="ValidationCodes.SetTwice"/> problem). <c>state.X = calls.Once("x", "the x", state.X, value);</c>
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="field">The field's JSON name, appended to the builder's path.</param>
    /// <param name="what">What the field is, for the message ("the title").</param>
    /// <param name="current">The value held now.</param>
    /// <param name="value">The value given.</param>
    /// <returns>The value to hold.</returns>
    public T Once<T>(string field, string what, T current, T value) => First(field, what) ? value : current;

    /// <summary>
    /// Records a choice among named options (a deontic kind, a claim kind); a second, different choice is
    /// contradictory, the same one again is set twice.
    /// </summary>
    /// <param name="field">The field's JSON name.</param>
    /// <param name="what">What the field is, for the message.</param>
    /// <param name="choice">The option chosen.</param>
    /// <returns>Whether this is the first setting (and should be applied).</returns>
    public bool Choose(string field, string what, string choice)
    {
        _first ??= new(StringComparer.Ordinal);
        if (_first.TryAdd(field, choice))
        {
            return true;
        }

        var previous = _first[field];
        Add(previous == choice
            ? new CallProblem(field, ValidationCodes.SetTwice, string.Concat(what, " is set twice; set it once"))
            : new CallProblem(field, ValidationCodes.Contradictory, string.Concat(what, " is set to ", choice, ", contradicting ", previous, " set before")));
        return false;
    }

    /// <summary>Creates a value from a call's arguments, or records why it cannot be created.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="field">The field's JSON name (with its index for a list item).</param>
    /// <param name="create">Creates the value; throws <see cref="ArgumentException"/> for a bad argument.</param>
    /// <returns>The value, or <see langword="null"/> when it could not be created.</returns>
    public T? Create<T>(string field, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            Add(new CallProblem(field, CodeOf(e), Text.ExceptionSentence(e)));
            return null;
        }
    }

    /// <summary>The code of a value's constructor refusing an argument: out of range, or (blank or null) missing.</summary>
    /// <param name="e">The exception.</param>
    /// <returns>The code.</returns>
    public static string CodeOf(ArgumentException e) => e is ArgumentOutOfRangeException ? ValidationCodes.InvalidValue : ValidationCodes.Required;

    private void Add(CallProblem problem) => (_problems ??= []).Add(problem);
}

/// <summary>A problem with a builder call, reported by <c>Build()</c>.</summary>
/// <param name="Field">The field's JSON name, relative to the builder's path.</param>
/// <param name="Code">The problem's code.</param>
/// <param name="Message">The problem's message.</param>
internal sealed record CallProblem(string Field, string Code, string Message);

/// <summary>Adds to builder lists through a <see cref="CallLog"/>.</summary>
internal static class CallLogListExtensions
{
    /// <summary>
    /// Adds the item a builder call creates, or records in the call log why it could not be created (under the
    /// list's field and the index the item would have had).
    /// </summary>
    public static void AddCreated<T>(this List<T> target, CallLog calls, string field, Func<T> create)
        where T : class
    {
        if (calls.Create(string.Concat(field, "[", Text.Number(target.Count), "]"), create) is { } item)
        {
            target.Add(item);
        }
    }
}
