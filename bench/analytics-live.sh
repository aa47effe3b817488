#!/usr/bin/env bash
# Issue 17, live tiles: leads created one at a time (default 200) while a client listens on the
# real-time hub's `analytics` topic; the time from each create to today's figures counting it, read
# on the hub's message. Last line: event to tile p50 and p95 (target p95 < 2 s).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.AnalyticsLiveBench -Dbench.args="${1:-200}" -Dbench.heap=-Xmx1g
