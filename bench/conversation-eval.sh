#!/usr/bin/env bash
# Accuracy of the local conversation analyzer on the labelled transcripts in bench/conversations
# (qualification and sentiment, with confusion matrices, per split). Run from the project root.
# Pass "dev" or "holdout" to run one split only.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -Pbench test-compile exec:exec \
  -Dbench.main=io.switchboard.bench.ConversationEval \
  -Dbench.heap=-Xmx512m \
  -Dbench.args="bench/conversations ${1:-}"
