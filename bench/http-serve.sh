#!/usr/bin/env bash
# Issue 19, for profiling: starts the application as bench/http.sh does (embedded database, N leads)
# and leaves it running; base URL, access token, a lead id and the JVM's pid go to the out file.
#
#   bench/http-serve.sh [out file (target/http-serve.env)] [leads (5000)]
#   . target/http-serve.env; wrk -t2 -c16 -d30s -H "Authorization: Bearer $token" $base/api/v1/leads/$lead
#   jcmd $pid JFR.start duration=30s filename=target/read.jfr
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -Pbench test-compile exec:exec -Dspotless.check.skip=true \
  -Dbench.main=io.switchboard.bench.HttpServe -Dbench.args="${1:-$PWD/target/http-serve.env} ${2:-5000}" \
  -Dbench.heap="-Xmx2g -XX:FlightRecorderOptions:stackdepth=512"
