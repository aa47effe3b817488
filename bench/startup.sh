#!/usr/bin/env bash
# Issue 13, item 8: restart time of the built jar on a data directory that already holds the demo.
# Starts the jar N times (default 5) through bin/switchboard on the same data directory, each time
# timing from launch until /actuator/health answers UP, and reading the CPU the JVM had used by then
# (less noisy than the wall clock when others share the cores), then stops it with SIGTERM. Before
# that (not counted): the first start on a new data directory, which loads the demo, and the
# launcher's unpacking and AOT training for this jar. Last line: median wall and CPU seconds.
#
#   bench/startup.sh [restarts]     build first: ./mvnw -B -q -DskipTests package
#   env: STARTUP_DATA_DIR (default target/startup-bench-data), STARTUP_PORT (18080),
#        STARTUP_JAR (target/switchboard-*.jar), and bin/switchboard's: JAVA, JAVA_OPTS,
#        SWITCHBOARD_AOT=false (time the plain `java -jar` instead)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
data=${STARTUP_DATA_DIR:-target/startup-bench-data}
port=${STARTUP_PORT:-18080}
jar=${STARTUP_JAR:-$(ls target/switchboard-*.jar | grep -v plain | head -1)}
ticks=$(getconf CLK_TCK)
log=$(mktemp)
pid=

stop() {
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null || true
    fi
    pid=
}
trap 'stop; rm -f "$log"' EXIT

start() {
    SERVER_PORT=$port SWITCHBOARD_DATA_DIR=$data SWITCHBOARD_LOG_FORMAT= bin/switchboard "$jar" >"$log" 2>&1 &
    pid=$! # bin/switchboard ends in exec: this is the JVM
}

# utime + stime of the JVM, in seconds
cpu_of() { awk -v t="$ticks" '{ split($0, a, ") "); split(a[2], f, " "); printf "%.2f", (f[12] + f[13]) / t }' "/proc/$1/stat"; }

await_up() {
    local deadline=$((SECONDS + ${1:-300}))
    until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null || [ $SECONDS -gt $deadline ]; then
            echo "the application did not become healthy; its log:" >&2
            tail -50 "$log" >&2
            exit 1
        fi
        sleep 0.05
    done
}

began=$SECONDS
SWITCHBOARD_DATA_DIR=$data bin/switchboard --prepare "$jar" >"$log" 2>&1 || { cat "$log" >&2; exit 1; }
echo "bin/switchboard --prepare: $((SECONDS - began)) s (unpacking and AOT training, once per build; none with SWITCHBOARD_AOT=false)"

if [ ! -d "$data/postgres" ]; then
    echo "first start on $data: creating the database and loading the demo (not counted)"
    start
    await_up 900
    until grep -q "Console at" "$log"; do
        kill -0 "$pid" || { tail -50 "$log" >&2; exit 1; }
        sleep 1
    done
    stop
fi

walls=()
cpus=()
for i in $(seq 1 "$runs"); do
    t0=$(date +%s.%N)
    start
    await_up
    t1=$(date +%s.%N)
    cpu=$(cpu_of "$pid")
    wall=$(echo "$t1 - $t0" | bc -l)
    printf 'restart %d: healthy after %.2f s wall, %s s CPU\n' "$i" "$wall" "$cpu"
    walls+=("$wall")
    cpus+=("$cpu")
    stop
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "restart to healthy, median of $runs: $(median "${walls[@]}") s wall, $(median "${cpus[@]}") s CPU"
