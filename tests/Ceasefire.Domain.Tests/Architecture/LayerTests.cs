using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests.Architecture;

/// <summary>
/// The library's dependencies run one way (see <see cref="LayerChecker"/>): Common, model, evaluation, then reports,
/// serialization and the catalogue. A lower layer never names a type of a higher one, so each layer can be read, and
/// tested, without the ones above it.
/// </summary>
public class LayerTests
{
    private static readonly Lazy<IReadOnlyList<Microsoft.CodeAnalysis.MetadataReference>> References = new(LayerChecker.ProcessReferences);

    [Fact]
    public void Library_Sources_ReferenceOnlyTheirOwnAndLowerLayers()
    {
        var library = Path.Combine(RepositoryRoot(), "src", "Ceasefire.Domain");
        var files = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (f, File.ReadAllText(Path.Combine(library, f))))
            .ToList();
        files.Should().Contain(f => f.Item1 == "Model/Statement.cs").And.Contain(f => f.Item1 == "Reports/SvgTimelineChart.cs");

        var generators = LayerChecker.JsonSourceGenerators();
        generators.Should().NotBeEmpty("the library's JSON context needs the System.Text.Json source generator of the SDK to compile");

        var problems = LayerChecker.Check(files, References.Value, generators);

        problems.Should().BeEmpty("dependencies must run Common -> model -> evaluation -> reports/serialization/catalog; these go back:\n{0}",
            string.Join("\n", problems));
    }

    [Fact]
    public void Check_ModelNamingEvaluationType_ReportsFileLineAndType()
    {
        var problems = LayerChecker.Check(
        [
            ("Evaluation/Engine.cs", "namespace N.Evaluation;\npublic sealed class Engine\n{\n    public static int Run() => 1;\n}\n"),
            ("Model/Thing.cs", "namespace N;\npublic sealed class Thing\n{\n    public int Value => Evaluation.Engine.Run();\n}\n"),
        ], References.Value);

        problems.Should().Equal("Model/Thing.cs:4: model references N.Evaluation.Engine (evaluation, Evaluation/Engine.cs)");
    }

    [Fact]
    public void Check_BackwardReferencesOfEveryForm_EachReported()
    {
        const string Higher = """
            using System.Collections.Generic;
            namespace N.Reports;
            public sealed class Renderer { public static string Render(N.Thing thing) => thing.ToString()!; }
            public static class ThingExtensions { public static string Show(this N.Thing thing) => Renderer.Render(thing); }
            public sealed class Options { public int Width { get; init; } }
            """;
        const string Lower = """
            using System.Collections.Generic;
            using N.Reports;
            using Alias = N.Reports.Options;
            namespace N;
            public sealed class Thing
            {
                public string A() => this.Show();
                public List<Options> B() => [];
                public Alias C() => new();
                public int D() => nameof(Renderer).Length;
            }
            """;

        var problems = LayerChecker.Check([("Reports/Renderer.cs", Higher), ("Claims/Thing.cs", Lower)], References.Value);

        problems.Should().Equal(
            "Claims/Thing.cs:3: model references N.Reports.Options (output, Reports/Renderer.cs)",
            "Claims/Thing.cs:7: model references N.Reports.ThingExtensions (output, Reports/Renderer.cs)",
            "Claims/Thing.cs:8: model references N.Reports.Options (output, Reports/Renderer.cs)",
            "Claims/Thing.cs:9: model references N.Reports.Options (output, Reports/Renderer.cs)",
            "Claims/Thing.cs:10: model references N.Reports.Renderer (output, Reports/Renderer.cs)");
    }

    [Fact]
    public void Check_HigherNamingLowerAndDocumentationLinks_Allowed()
    {
        var problems = LayerChecker.Check(
        [
            ("Common/Text.cs", "namespace N;\n/// <summary>Formatting; see <see cref=\"N.Reports.Renderer\"/>.</summary>\npublic static class Text { public static string Of(int i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture); }\n"),
            ("Reports/Renderer.cs", "namespace N.Reports;\npublic static class Renderer { public static string Render(N.Evaluation.Engine e) => Text.Of(e.Value); }\n"),
            ("Evaluation/Engine.cs", "namespace N.Evaluation;\npublic sealed class Engine { public int Value => N.Text.Of(1).Length; }\n"),
        ], References.Value);

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Check_TypeOutsideEveryLayerFolderOrUnresolvedName_Reported()
    {
        var problems = LayerChecker.Check(
        [
            ("Misc/Loose.cs", "namespace N;\npublic sealed class Loose { }\n"),
            ("Model/Broken.cs", "namespace N;\npublic sealed class Broken { public Missing? Field; }\n"),
        ], References.Value);

        problems.Should().HaveCount(2);
        problems[0].Should().StartWith("Misc/Loose.cs:2: declares Loose outside every layer folder");
        problems[1].Should().StartWith("Model/Broken.cs:2: does not compile").And.Contain("Missing");
    }

    [Theory]
    [InlineData("Common/Text.cs", 0)]
    [InlineData("Builders/StatementBuilder.cs", 1)]
    [InlineData("Validation/StatementValidator.cs", 1)]
    [InlineData("Evaluation/Rules/AssessmentEngine.cs", 2)]
    [InlineData("Reports/HtmlReport.cs", 3)]
    [InlineData("GlobalUsings.cs", -1)]
    public void LayerOf_Folder_GivesItsLayer(string path, int layer) => LayerChecker.LayerOf(path).Should().Be(layer);

    /// <summary>The folder holding Ceasefire.Domain.sln, found by walking up from the test's output folder.</summary>
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ceasefire.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(string.Concat("No folder above ", AppContext.BaseDirectory, " holds Ceasefire.Domain.sln."));
    }
}
