#!/usr/bin/env bash
# Issue 16: A agents (default 500) and W work items (default 10,000: the issue's size) arriving in bursts; simulated agents accept, reject or ignore (time
# out) their offers at random and finish what they accepted. Prints double assignments, lost items,
# assignment latency p50/p95, capacity freed -> next offer p95 and the Gini of work per agent;
# arguments: agents, work items, strategy (least_busy), share of agents (%) whose console goes silent (0).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.RoutingBench -Dbench.args="${1:-500} ${2:-10000} ${3:-least_busy} ${4:-0}" -Dbench.heap=-Xmx2g
