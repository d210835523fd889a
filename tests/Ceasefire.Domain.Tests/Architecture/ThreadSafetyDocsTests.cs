using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests.Architecture;

/// <summary>Every public type states its thread safety in its docs (a <c>&lt;threadsafety&gt;</c> element, as NodaTime does).</summary>
public class ThreadSafetyDocsTests
{
    [Fact]
    public void EveryPublicType_DocumentsItsThreadSafety()
    {
        var assembly = typeof(Statement).Assembly;
        var xml = Path.ChangeExtension(assembly.Location, ".xml");
        File.Exists(xml).Should().BeTrue("the library's XML documentation is copied next to it ({0})", xml);
        var documented = XDocument.Load(xml).Descendants("member")
            .Where(m => m.Element("threadsafety") is { } t && !string.IsNullOrWhiteSpace(t.Value))
            .Select(m => (string)m.Attribute("name")!)
            .ToHashSet(StringComparer.Ordinal);

        var missing = assembly.GetExportedTypes()
            .Select(t => "T:" + t.FullName!.Replace('+', '.'))
            .Where(name => !documented.Contains(name))
            .Order(StringComparer.Ordinal)
            .ToList();

        missing.Should().BeEmpty("each public type says whether it may be shared between threads");
        documented.Should().Contain("T:Ceasefire.Domain.Evaluator").And.Contain("T:Ceasefire.Domain.StatementBuilder");
    }
}
