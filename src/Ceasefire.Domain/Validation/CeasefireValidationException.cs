using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace Ceasefire.Domain;

/// <summary>
/// Thrown when input (a statement builder, a timeline builder, a claim or a JSON document) is invalid.
/// It lists every problem found, each with its path, so the input can be fixed in one pass.
/// Nothing half-built is ever returned alongside it.
/// </summary>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class CeasefireValidationException : CeasefireException
{
    /// <summary>Creates an exception listing the given problems.</summary>
    /// <param name="subject">What was being validated, for example "statement" or "timeline".</param>
    /// <param name="problems">The problems found; at least one.</param>
    public CeasefireValidationException(string subject, IEnumerable<ValidationProblem> problems)
        : this(subject, Freeze(problems))
    {
    }

    private CeasefireValidationException(string subject, ImmutableArray<ValidationProblem> problems)
        : base(Format(subject, problems))
    {
        Subject = subject;
        Problems = problems;
    }

    /// <summary>Creates an exception with a single generic message.</summary>
    public CeasefireValidationException()
        : this("input", [new ValidationProblem("$", ValidationCodes.Invalid, "the input is invalid")])
    {
    }

    /// <summary>Creates an exception with a single problem at the root path.</summary>
    /// <param name="message">What is wrong.</param>
    public CeasefireValidationException(string message)
        : this("input", [new ValidationProblem("$", ValidationCodes.Invalid, message)])
    {
    }

    /// <summary>Creates an exception with a single problem at the root path, caused by another exception.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The underlying exception.</param>
    public CeasefireValidationException(string message, Exception innerException)
        : base(Format("input", [new ValidationProblem("$", ValidationCodes.Invalid, message)]), innerException)
    {
        Subject = "input";
        Problems = [new ValidationProblem("$", ValidationCodes.Invalid, message)];
    }

    /// <summary>What was being validated, for example "statement", "timeline" or "claim".</summary>
    public string Subject { get; } = "input";

    /// <summary>Every problem found, in the order found (which follows the order of the input).</summary>
    public ImmutableArray<ValidationProblem> Problems { get; } = [];

    private static ImmutableArray<ValidationProblem> Freeze(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToImmutableArray();
        if (array.IsEmpty)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        return array;
    }

    /// <summary>The most problems the message lists; the others are counted ("... and 12 more problems"), and all are on <see cref="Problems"/>.</summary>
    public const int MaxListedProblems = 50;

    /// <summary>The longest line the message gives one problem, in characters; a longer one is cut and ends with "...".</summary>
    public const int MaxProblemLineLength = 500;

    private static string Format(string subject, ImmutableArray<ValidationProblem> problems)
    {
        // Bounded whatever the input: a hostile document can hold a huge value or thousands of problems; the message
        // lists the first ones, each cut to a bounded excerpt, and says how many more there are.
        var text = new StringBuilder();
        text.Append("The ").Append(subject).Append(" is invalid (")
            .Append(problems.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(problems.Length == 1 ? " problem):" : " problems):");
        var listed = Math.Min(problems.Length, MaxListedProblems);
        for (var i = 0; i < listed; i++)
        {
            text.Append('\n').Append("- ");
            AppendBounded(text, problems[i]);
        }

        if (problems.Length > listed)
        {
            var more = problems.Length - listed;
            text.Append("\n- ... and ").Append(more.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(more == 1 ? " more problem" : " more problems").Append(" (every problem is on Problems)");
        }

        return text.ToString();
    }

    /// <summary>Appends a problem as <see cref="ValidationProblem.ToString"/> does, cut to <see cref="MaxProblemLineLength"/> without building the whole line first.</summary>
    private static void AppendBounded(StringBuilder text, ValidationProblem problem)
    {
        var p = problem with { Path = string.Empty, Message = string.Empty };
        var location = p.ToString(); // " (line 3, byte 40): " or ": "
        var budget = MaxProblemLineLength;
        Span<string> parts = [problem.Path ?? string.Empty, location, problem.Message ?? string.Empty];
        foreach (var part in parts)
        {
            if (part.Length <= budget)
            {
                text.Append(part);
                budget -= part.Length;
                continue;
            }

            text.Append(part.AsSpan(0, Math.Max(0, budget - 3))).Append("...");
            return;
        }
    }
}
