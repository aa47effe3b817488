#!/usr/bin/env bash
# Trains the local analyzer's heads on bench/conversations (train, with dev choosing the
# regularisation), writes src/main/resources/conversations/model/heads.json and prints the
# held-out evaluation (accuracy per industry and language, confusion matrices). Deterministic: the
# same data gives the same file. Run from the project root. Pass "dev" to stop after the dev
# report (heads fitted on train alone), without reading the held-out split or writing anything.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pbench test-compile exec:exec \
  -Dbench.main=io.switchboard.bench.AnalyzerTraining \
  -Dbench.heap=-Xmx2g \
  -Dbench.args="bench/conversations ${1:-}"
