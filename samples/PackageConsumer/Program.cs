// Consumes Ceasefire.Domain as a NuGet package (see .ci/run-package): evaluates the built-in statement, reads and
// writes JSON, renders a report, and fails (exit code 1) if anything is not as the package documents.
using System.Reflection;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Reports;
using Ceasefire.Domain.Serialization;
using NodaTime;

var assembly = typeof(Statement).Assembly;
var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "?";
Console.WriteLine($"{assembly.GetName().Name} {version} (PackageReference)");

var statement = TrilateralStatement2020.Statement;
var timeline = TrilateralStatement2020.Timeline;
var asOf = Instant.FromUtc(2023, 6, 1, 0, 0);
var report = statement.Evaluate(timeline, asOf);
Console.WriteLine($"{statement.Title}: {statement.Obligations.Length} obligations, {timeline.Claims.Length} claims; as of {asOf}: {report.StatementStatus}");
foreach (var a in report.Obligations)
{
    Console.WriteLine($"  {a.ObligationId,-32} {a.Status}");
}

var failures = new List<string>();
void Expect(bool ok, string what)
{
    if (!ok)
    {
        failures.Add(what);
    }
}

Expect(statement.Obligations.Length == 18, "the built-in statement has 18 obligations");
Expect(report["a6-kelbajar-return"].Status == ObligationStatus.Fulfilled, "a6-kelbajar-return is Fulfilled as of 2023-06-01");
Expect(CeasefireJson.ReadStatement(CeasefireJson.Serialize(statement)).Equals(statement), "the statement round-trips through JSON");
Expect(CeasefireJson.Schema(CeasefireJsonFormat.Statement).Contains("\"schemaVersion\"", StringComparison.Ordinal), "the statement schema is embedded");
Expect(report.ToCsv().StartsWith("asOf,", StringComparison.Ordinal), "the CSV report renders");
Expect(version.StartsWith(Environment.GetEnvironmentVariable("CEASEFIRE_EXPECTED_VERSION") ?? string.Empty, StringComparison.Ordinal), "the package version is the one packed");

if (failures.Count > 0)
{
    Console.Error.WriteLine("FAILED: " + string.Join("; ", failures));
    return 1;
}

Console.WriteLine("Package consumer OK");
return 0;
