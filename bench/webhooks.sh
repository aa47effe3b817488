#!/usr/bin/env bash
# Sends N signed simulator webhooks (default 100,000: 30% duplicates, 10% out of order) from 32
# concurrent senders to Switchboard over HTTP, checks every call's final state, and prints events/s
# on the last line.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.WebhookBench -Dbench.args="${1:-100000}" -Dbench.heap=-Xmx4g
