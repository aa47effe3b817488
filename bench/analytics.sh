#!/usr/bin/env bash
# Issue 17: one organization with N leads (default 20,000) and M ended calls (default 50,000) over
# 120 days, rolled up by a rebuild; then the analytics overview over 90 days read 1,000 times over
# HTTP. Prints rollup = raw for a sample of days; the last line is the overview's p99. The issue's
# target data set (5,000,000 calls, the largest organization 2,000,000) is `bench/analytics.sh
# 400000 2000000` (hours of loading and rebuilding on a shared 2-core machine).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.AnalyticsBench -Dbench.args="${1:-20000} ${2:-50000}" -Dbench.heap=-Xmx2g
