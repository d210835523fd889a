#!/usr/bin/env sh
# Reproduces the BenchmarkDotNet run recorded in benchmarks/README.md: every benchmark class, one launch, one warm-up
# and three measured iterations per benchmark, in process (about 10 minutes on 2 cores). Results land in
# BenchmarkDotNet.Artifacts/results/ (Markdown, CSV, HTML). For BenchmarkDotNet's default, statistically stronger
# job, drop the count options (expect well over an hour: the naive baselines take seconds per operation).
set -eu
cd "$(dirname "$0")/.."
dotnet run -c Release --project benchmarks/Ceasefire.Domain.Benchmarks -- \
  --filter '*' --launchCount 1 --warmupCount 1 --iterationCount 3 --inProcess "$@"
