#!/usr/bin/env bash
# Issue 15: rescores N leads (default 1,000,000) against 20 rules through the recompute API, then
# measures a lead's change to its new score over HTTP; the last line prints leads/s and the p95.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.ScoringBench -Dbench.args="${1:-1000000}" -Dbench.heap=-Xmx4g
