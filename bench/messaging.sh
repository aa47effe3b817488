#!/usr/bin/env bash
# Sends M messages to L leads on the simulated provider over HTTP (a tenth of the leads without
# consent, one in fifty opted out), plays every message's status webhooks with 30% duplicates and
# 10% out of order, and prints messages/s sent, webhooks/s applied and, on the last line, the
# messages with a wrong final status or sent despite a refusal (must be 0).
# Defaults 2,000 messages to 1,000 leads; the issue's run: bench/messaging.sh 100000 50000
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.MessagingBench -Dbench.args="${1:-2000} ${2:-1000}" -Dbench.heap=-Xmx4g
