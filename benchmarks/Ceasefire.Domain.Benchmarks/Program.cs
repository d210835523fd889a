using System;
using BenchmarkDotNet.Running;
using Ceasefire.Domain.Benchmarks;

// --quick: the Stopwatch-based quick mode (see benchmarks/README.md); anything else goes to BenchmarkDotNet.
if (Array.IndexOf(args, "--quick") >= 0)
{
    // Optional section names after --quick (builtin, medium, json, large, peer) run only those sections.
    return QuickMode.Run(Array.FindAll(args, a => a is "builtin" or "medium" or "json" or "large" or "peer"));
}

BenchmarkSwitcher.FromAssembly(typeof(QuickMode).Assembly).Run(args);
return 0;
