#!/usr/bin/env bash
# Issue 16: A agents (default 200) and W work items (default 4,000; the issue's 500 and 10,000 run as
# `bench/routing.sh 500 10000`) arriving in bursts; simulated agents accept, reject or ignore (time
# out) their offers at random and finish what they accepted. Prints double assignments, lost items,
# assignment latency p50/p95, capacity freed -> next offer p95 and the Gini of work per agent;
# arguments: agents, work items, strategy (least_busy).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.RoutingBench -Dbench.args="${1:-200} ${2:-4000} ${3:-least_busy}" -Dbench.heap=-Xmx2g
