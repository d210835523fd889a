using System;
using System.IO;
using System.Threading;
using Ceasefire.Domain.Evaluation;
using Ceasefire.Domain.Reports;
using Microsoft.DotNet.Interactive.Formatting;

namespace Ceasefire.Domain.Interactive;

/// <summary>
/// HTML formatters for .NET Interactive notebooks: a <see cref="ComplianceReport"/> renders as its statement status and
/// compliance table, an <see cref="ObligationAssessment"/> as its status with explanation, claims and sources, a
/// <see cref="StatusHistory"/> as the SVG timeline chart, a <see cref="Timeline"/> as a claims table and a
/// <see cref="Statement"/> as its obligations table, instead of the default object tree. The package's
/// <c>interactive-extensions/dotnet/extension.dib</c> calls <see cref="Register"/> when a notebook loads the package with
/// <c>#r "nuget: Ceasefire.Domain.Interactive, ..."</c>; outside a notebook call it yourself.
/// </summary>
/// <threadsafety>Thread-safe: <see cref="Register"/> may be called from any thread, any number of times.</threadsafety>
public static class CeasefireFormatters
{
    private const string Html = "text/html";
    private static int registrations;

    /// <summary>How many times <see cref="Register"/> has registered the formatters in this process.</summary>
    public static int Registrations => Volatile.Read(ref registrations);

    /// <summary>Registers the HTML formatters with <see cref="Formatter"/>; calling it again registers them again (the latest registration wins).</summary>
    public static void Register()
    {
        Formatter.Register<ComplianceReport>((report, writer) => Write(writer, report.ToHtml()), Html);
        Formatter.Register<ObligationAssessment>((assessment, writer) => Write(writer, assessment.ToHtml()), Html);
        Formatter.Register<StatusHistory>((history, writer) => Write(writer, history.ToHtml()), Html);
        Formatter.Register<Timeline>((timeline, writer) => Write(writer, timeline.ToHtml()), Html);
        Formatter.Register<Statement>((statement, writer) => Write(writer, statement.ToHtml()), Html);
        Interlocked.Increment(ref registrations);
    }

    private static void Write(TextWriter writer, string html)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(html);
    }
}
