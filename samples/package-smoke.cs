#:package Ceasefire.Domain@0.1.0
#:property RestoreAdditionalProjectSources=$(MSBuildThisFileDirectory)../artifacts/feed
#:property ManagePackageVersionsCentrally=false
#:property PublishAot=false

// Smoke test of the Ceasefire.Domain package as a file-based app: restores the package (by #:package, not #:project)
// from the local feed that .ci/run-package packs into (artifacts/feed), evaluates the built-in statement and exits 1
// if the result is not as documented. The version above must equal <VersionPrefix> in Directory.Build.props;
// .ci/run-package checks that it does.
//
//   .ci/run-package            (packs, then runs this with a clean package cache)
//   dotnet run samples/package-smoke.cs
using System;
using System.Reflection;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using NodaTime;

var assembly = typeof(Statement).Assembly;
Console.WriteLine(string.Concat("Ceasefire.Domain ", assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, " (file-based app, #:package)"));

var report = TrilateralStatement2020.Statement.Evaluate(TrilateralStatement2020.Timeline, Instant.FromUtc(2023, 6, 1, 0, 0), Perspective.OnlyAssertedBy("ARM"));
foreach (var a in report.Obligations)
{
    Console.WriteLine(string.Concat("  ", a.ObligationId.PadRight(32), " ", a.Status.ToString()));
}

if (report.Obligations.Length != 18)
{
    Console.Error.WriteLine("FAILED: expected 18 obligations");
    return 1;
}

Console.WriteLine("Package smoke test OK");
return 0;
