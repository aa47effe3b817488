#!/usr/bin/env bash
# Runs a calling campaign of N leads (default 20,000) over US, UK and Indian time zones, 5% of the
# numbers on the do-not-call list, on the simulated provider with 200 concurrent calls and a
# simulation clock R times faster than real time (default 240: a simulated day in six minutes), for
# at most M real minutes (default 8). Prints calls placed per second and dialer CPU per call, and on
# the last line the number of violations (calls outside the lead's window, to do-not-call numbers,
# beyond the concurrency limit, or a negative balance).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.CampaignBench -Dbench.args="${1:-20000} ${2:-240} ${3:-8}" -Dbench.heap=-Xmx4g
