using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Ceasefire.Domain.Tests.Architecture;

/// <summary>
/// Checks that the library's dependencies run one way: Common, then the model (Model, Obligations, Deadlines, Claims,
/// Builders, Validation), then Evaluation, then Reports, Serialization and Catalog. Every type belongs to the layer of
/// the folder its declaration is in; a file may reference types of its own layer and of lower layers only. The sources
/// are compiled with Roslyn and every name in code is bound, so a reference through a <c>using</c>, an alias, a fully
/// qualified name, <c>var</c>, a member access, an extension method or a target-typed <c>new()</c> counts alike.
/// Documentation comments are not code and are not checked.
/// </summary>
internal static class LayerChecker
{
    /// <summary>The layers, lowest first, with the top-level folders of src/Ceasefire.Domain each holds.</summary>
    public static readonly ImmutableArray<(string Name, ImmutableArray<string> Folders)> Layers =
    [
        ("common", ["Common"]),
        ("model", ["Model", "Obligations", "Deadlines", "Claims", "Builders", "Validation"]),
        ("evaluation", ["Evaluation"]),
        ("output", ["Reports", "Serialization", "Catalog"]),
    ];

    /// <summary>The layer of a source file by its path relative to the library folder, or -1 for a file outside every layer folder.</summary>
    public static int LayerOf(string relativePath)
    {
        var folder = relativePath.Replace('\\', '/').Split('/')[0];
        for (var i = 0; i < Layers.Length; i++)
        {
            if (Layers[i].Folders.Contains(folder, StringComparer.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Compiles the given sources (path relative to the library folder, text) and lists every backward reference.</summary>
    /// <param name="files">The sources.</param>
    /// <param name="references">The assemblies to compile against.</param>
    /// <param name="generators">The source generators the library's build runs (their output is compiled, not checked).</param>
    /// <returns>The problems, one line each ("path:line: ..."), in file and line order; empty when the direction holds.</returns>
    public static IReadOnlyList<string> Check(IEnumerable<(string Path, string Text)> files, IEnumerable<MetadataReference> references, IEnumerable<ISourceGenerator>? generators = null)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.Parse);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, parseOptions, f.Path.Replace('\\', '/'))).ToList();
        Compilation compilation = CSharpCompilation.Create(
            "LayerCheck",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (generators is not null)
        {
            CSharpGeneratorDriver.Create(generators, parseOptions: parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out compilation, out _);
        }

        var problems = new List<(string Path, int Line, string Text)>();

        // One semantic model per file, shared by the declaration pass, the diagnostics and the reference pass.
        var models = trees.ToDictionary(t => t, t => compilation.GetSemanticModel(t));
        foreach (var d in compilation.GetDeclarationDiagnostics())
        {
            AddIfError(problems, d);
        }

        var typeLayers = new Dictionary<INamedTypeSymbol, int>(SymbolEqualityComparer.Default);
        foreach (var tree in trees)
        {
            var layer = LayerOf(tree.FilePath);
            var model = models[tree];
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                if (layer < 0)
                {
                    problems.Add(At(declaration.Identifier.GetLocation(), string.Concat("declares ", declaration.Identifier.Text,
                        " outside every layer folder (", string.Join(", ", Layers.SelectMany(l => l.Folders)), ")")));
                    continue;
                }

                var symbol = model.GetDeclaredSymbol(declaration)!;
                if (typeLayers.TryGetValue(symbol, out var other) && other != layer)
                {
                    problems.Add(At(declaration.Identifier.GetLocation(), string.Concat(Display(symbol), " is declared in two layers (",
                        Layers[other].Name, " and ", Layers[layer].Name, ")")));
                }

                typeLayers[symbol] = Math.Max(layer, other);
            }

            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<DelegateDeclarationSyntax>())
            {
                if (layer >= 0)
                {
                    typeLayers[model.GetDeclaredSymbol(declaration)!] = layer;
                }
            }
        }

        problems.AddRange(trees.SelectMany(tree => CheckBodies(tree, models[tree], typeLayers)));
        return problems
            .OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Text, StringComparer.Ordinal)
            .Select(p => string.Concat(p.Path, ":", p.Line.ToString(System.Globalization.CultureInfo.InvariantCulture), ": ", p.Text))
            .ToList();
    }

    /// <summary>The compile errors in a file's method bodies and the file's references to higher layers.</summary>
    private static List<(string Path, int Line, string Text)> CheckBodies(SyntaxTree tree, SemanticModel model, Dictionary<INamedTypeSymbol, int> typeLayers)
    {
        var problems = new List<(string Path, int Line, string Text)>();
        foreach (var d in model.GetMethodBodyDiagnostics())
        {
            AddIfError(problems, d);
        }

        var layer = LayerOf(tree.FilePath);
        if (layer < 0)
        {
            return problems;
        }

        // Descendant nodes leave out trivia, so documentation comments (and their crefs) are not visited.
        var seen = new HashSet<(int Line, string Text)>();
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (node is not (SimpleNameSyntax or ImplicitObjectCreationExpressionSyntax or ElementAccessExpressionSyntax))
            {
                continue;
            }

            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
            if (OwnerOf(symbol) is not { } owner || !typeLayers.TryGetValue(owner, out var target) || target <= layer)
            {
                continue;
            }

            var problem = At(node.GetLocation(), string.Concat(Layers[layer].Name, " references ", Display(owner), " (", Layers[target].Name, ", ", DeclaredIn(owner), ")"));
            if (seen.Add((problem.Line, problem.Text)))
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>A name that does not bind has no layer: the sources must compile for the check to see every reference.</summary>
    private static void AddIfError(List<(string Path, int Line, string Text)> problems, Diagnostic diagnostic)
    {
        if (diagnostic.Severity == DiagnosticSeverity.Error)
        {
            problems.Add(At(diagnostic.Location, string.Concat("does not compile, so its references cannot be checked: ",
                diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))));
        }
    }

    /// <summary>The outermost source type a referenced symbol belongs to: the type itself, or the type declaring the member.</summary>
    private static INamedTypeSymbol? OwnerOf(ISymbol? symbol)
    {
        var type = symbol switch
        {
            null or INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or IDiscardSymbol => null,
            IMethodSymbol { ReducedFrom: { } extension } => extension.ContainingType,
            INamedTypeSymbol named => named,
            IAliasSymbol alias => alias.Target as INamedTypeSymbol,
            _ => symbol.ContainingType,
        };
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type?.OriginalDefinition;
    }

    private static string Display(INamedTypeSymbol type) => type.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat);

    private static string DeclaredIn(INamedTypeSymbol type)
        => string.Join(", ", type.Locations.Where(l => l.IsInSource).Select(l => l.SourceTree!.FilePath).Distinct().Order(StringComparer.Ordinal));

    private static (string Path, int Line, string Text) At(Location location, string text)
    {
        var span = location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, text);
    }

    /// <summary>The platform assemblies and every other assembly loaded in this process except the library itself and source generators.</summary>
    public static IReadOnlyList<MetadataReference> ProcessReferences()
    {
        // Touch the library's dependencies so that they are loaded.
        _ = typeof(NodaTime.Instant).Assembly;
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        if (AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is string tpa)
        {
            paths.UnionWith(tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        }

        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            // Source generators loaded by JsonSourceGenerators are compiler plug-ins, not references (they would clash with the types they emit for).
            var analyzers = string.Concat(Path.DirectorySeparatorChar.ToString(), "analyzers", Path.DirectorySeparatorChar.ToString());
            if (!assembly.IsDynamic && !string.IsNullOrEmpty(assembly.Location) && !assembly.Location.Contains(analyzers, StringComparison.Ordinal))
            {
                paths.Add(assembly.Location);
            }
        }

        var library = typeof(Statement).Assembly.GetName().Name;
        var byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in paths)
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!string.Equals(name, library, StringComparison.OrdinalIgnoreCase) && path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                byName.TryAdd(name, path);
            }
        }

        return byName.Values.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    /// <summary>
    /// The System.Text.Json source generator of the SDK this process runs on (the library's JSON context is completed by
    /// it), from the reference pack of the running runtime's version, or of the newest one when that version has none.
    /// </summary>
    /// <returns>The generators; empty when the SDK's reference pack is not found.</returns>
    public static IReadOnlyList<ISourceGenerator> JsonSourceGenerators()
    {
        // The runtime is in <dotnet>/shared/Microsoft.NETCore.App/<version>/; reference packs are in <dotnet>/packs/.
        var runtime = new DirectoryInfo(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        var packs = new DirectoryInfo(Path.Combine(runtime.Parent!.Parent!.Parent!.FullName, "packs", "Microsoft.NETCore.App.Ref"));
        if (!packs.Exists)
        {
            return [];
        }

        var candidates = packs.GetDirectories()
            .OrderByDescending(d => d.Name == runtime.Name)
            .ThenByDescending(d => Version.TryParse(d.Name.Split('-')[0], out var v) ? v : new Version(0, 0))
            .Select(d => Path.Combine(d.FullName, "analyzers", "dotnet", "cs", "System.Text.Json.SourceGeneration.dll"));
        var path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            return [];
        }

        var assembly = System.Reflection.Assembly.LoadFrom(path);
        return assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(IIncrementalGenerator).IsAssignableFrom(t))
            .Select(t => ((IIncrementalGenerator)Activator.CreateInstance(t)!).AsSourceGenerator())
            .ToList();
    }
}
