#!/usr/bin/env bash
# Semantic search latency at 100,000 transcripts of one organization (issue 14: target < 100 ms).
# Run from the project root; arguments: transcripts (default 100000), queries (default 40).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.SemanticSearchBench \
  -Dbench.heap=-Xmx3g \
  -Dbench.args="${1:-100000} ${2:-40}"
