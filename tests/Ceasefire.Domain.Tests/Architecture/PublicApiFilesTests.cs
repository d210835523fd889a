using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests.Architecture;

/// <summary>
/// The public surface is pinned by Microsoft.CodeAnalysis.PublicApiAnalyzers at build time (PublicAPI.Shipped.txt and
/// PublicAPI.Unshipped.txt beside the library's project). These tests check that the files describe the assembly that
/// was built, so that switching the analyzer off would not go unnoticed.
/// </summary>
public class PublicApiFilesTests
{
    private static string[] Declared()
    {
        var directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Ceasefire.Domain.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        directory.Should().NotBeNull("the tests run inside the repository");
        var project = Path.Combine(directory!, "src", "Ceasefire.Domain");
        return [.. new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .SelectMany(f => File.ReadAllLines(Path.Combine(project, f)))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    [Fact]
    public void PublicApiFiles_EveryExportedType_IsDeclaredAndNotRemoved()
    {
        var declared = Declared();
        var removed = declared.Where(l => l.StartsWith("*REMOVED*", StringComparison.Ordinal)).Select(l => l["*REMOVED*".Length..]).ToHashSet(StringComparer.Ordinal);
        var present = declared.Where(l => !l.StartsWith("*REMOVED*", StringComparison.Ordinal) && !removed.Contains(l)).ToHashSet(StringComparer.Ordinal);

        foreach (var type in typeof(Statement).Assembly.GetExportedTypes())
        {
            var name = type.FullName!.Replace('+', '.');
            present.Should().Contain(l => l == name || l.StartsWith(name + " ", StringComparison.Ordinal) || l.StartsWith(name + ".", StringComparison.Ordinal),
                "{0} is public, so the analyzer's files must declare it", name);
        }

        present.Should().Contain("Ceasefire.Domain.Statement").And.NotContain("Ceasefire.Domain.ActorBuilder.Aliases.get -> System.Collections.Generic.IList<string!>!",
            "members removed since 0.1.0 are marked *REMOVED* and no longer count");
    }

    [Fact]
    public void PublicApiFiles_DeclareKnownMembers_AndNoInternalOnes()
    {
        var declared = Declared();

        declared.Should().Contain(l => l.StartsWith("static Ceasefire.Domain.StatementEvaluation.Evaluate(", StringComparison.Ordinal))
            .And.Contain(l => l.StartsWith("Ceasefire.Domain.Evaluator.HistoryBetween(", StringComparison.Ordinal))
            .And.NotContain(l => l.Contains("Ceasefire.Domain.Evaluation.EvidenceEngine", StringComparison.Ordinal), "internal types are not public API");
    }
}
