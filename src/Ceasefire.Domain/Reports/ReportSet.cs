using System;
using System.Collections.Generic;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain.Reports;

/// <summary>Argument checks shared by the renderers that take several reports.</summary>
internal static class ReportSet
{
    /// <summary>Checks that there is at least one report and none is null.</summary>
    public static void RequireNonEmpty(IReadOnlyList<ComplianceReport> reports, string paramName)
    {
        Guard.Against.Null(reports, paramName);
        if (reports.Count == 0)
        {
            throw new ArgumentException("At least one report is needed.", paramName);
        }

        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i] is null)
            {
                throw new ArgumentException(string.Concat("Report ", Text.Number(i), " is null."), paramName);
            }
        }
    }

    /// <summary>Checks that the reports are non-empty and all of the first report's statement and instant.</summary>
    public static void RequireSameStatementAndInstant(IReadOnlyList<ComplianceReport> reports, string paramName)
    {
        RequireNonEmpty(reports, paramName);
        var first = reports[0];
        for (var i = 1; i < reports.Count; i++)
        {
            if (!ReferenceEquals(reports[i].Statement, first.Statement) && !reports[i].Statement.Equals(first.Statement))
            {
                throw new ArgumentException(string.Concat("Report ", Text.Number(i), " is of a different statement than report 0."), paramName);
            }

            if (reports[i].AsOf != first.AsOf)
            {
                throw new ArgumentException(string.Concat("Report ", Text.Number(i), " is as of a different instant than report 0."), paramName);
            }
        }
    }
}
