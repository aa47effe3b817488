#!/usr/bin/env bash
# Issue 19: requests/s, p50 and p99 of every kind of request (static asset, /api/v1/me, lead read, lead
# list, lead search, note create) at 16 and 64 kept-alive connections, measured with wrk, and the
# same lead read as a plain JDBC select under the application role with RLS. Last line: the lead
# read's requests/s and its ratio to the JDBC limit.
#
#   bench/http.sh [seconds per measurement (10)] [leads (5000)]     needs wrk (apt-get install wrk)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.HttpBench -Dbench.args="${1:-10} ${2:-5000}" -Dbench.heap=-Xmx2g
