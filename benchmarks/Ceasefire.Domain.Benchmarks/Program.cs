using System;
using BenchmarkDotNet.Running;
using Ceasefire.Domain.Benchmarks;

// --quick: the Stopwatch-based quick mode (see benchmarks/README.md); anything else goes to BenchmarkDotNet.
if (Array.IndexOf(args, "--quick") >= 0)
{
    return QuickMode.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(QuickMode).Assembly).Run(args);
return 0;
