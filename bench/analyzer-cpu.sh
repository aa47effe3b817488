#!/usr/bin/env bash
# CPU per transcript of the local analyzer on one thread (issue 14: target <= 50 ms). Run from the
# project root; pass the number of measured rounds over the labelled calls (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pbench test-compile exec:exec \
  -Dbench.main=io.switchboard.bench.AnalyzerBench \
  -Dbench.heap=-Xmx1g \
  -Dbench.args="${1:-3}"
