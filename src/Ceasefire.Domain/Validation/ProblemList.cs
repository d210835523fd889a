using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Ceasefire.Domain.Validation;

/// <summary>Collects validation problems and throws them together.</summary>
internal sealed class ProblemList
{
    private readonly List<ValidationProblem> _problems = [];

    public int Count => _problems.Count;

    public IReadOnlyList<ValidationProblem> Items => _problems;

    public void Add(string path, string code, string message) => _problems.Add(new ValidationProblem(path, code, message));

    /// <summary>Adds the problems of a builder's fluent calls, each under the builder's path.</summary>
    public void AddCalls(string path, CallLog calls)
    {
        foreach (var call in calls.Problems)
        {
            Add(string.Concat(path, ".", call.Field), call.Code, call.Message);
        }
    }

    /// <summary>
    /// Checks a list of references (actor, obligation or place ids): each must be non-null, known and listed once.
    /// Reports every problem at its item's path and returns the valid ids, in order.
    /// </summary>
    public ImmutableArray<string> CheckIds(List<string> ids, Func<string, bool> isKnown, string path, string what, string role)
    {
        var result = ImmutableArray.CreateBuilder<string>(ids.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            var id = ids[k];
            var itemPath = string.Concat(path, "[", Text.Number(k), "]");
            if (id is null)
            {
                Add(itemPath, ValidationCodes.Required, string.Concat("the ", role, " id is null"));
            }
            else if (!isKnown(id))
            {
                Add(itemPath, ValidationCodes.UnknownReference, string.Concat("unknown ", what, " '", Text.Excerpt(id), "'"));
            }
            else if (!seen.Add(id))
            {
                Add(itemPath, ValidationCodes.Duplicate, string.Concat(role, " '", Text.Excerpt(id), "' is listed twice"));
            }
            else
            {
                result.Add(id);
            }
        }

        return result.ToImmutable();
    }

    public void ThrowIfAny(string subject)
    {
        if (_problems.Count > 0)
        {
            throw new CeasefireValidationException(subject, _problems);
        }
    }
}
