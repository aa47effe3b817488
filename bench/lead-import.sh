#!/usr/bin/env bash
# Imports N generated leads (default 1,000,000) through the real import path and COPYs the same rows
# into a bare table with the same indexes; the last line is the import/COPY rate ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.LeadImportBench -Dbench.args="${1:-1000000}" -Dbench.heap=-Xmx6g
