using System.Collections.Generic;

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

    public void ThrowIfAny(string subject)
    {
        if (_problems.Count > 0)
        {
            throw new CeasefireValidationException(subject, _problems);
        }
    }
}
