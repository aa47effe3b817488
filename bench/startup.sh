#!/usr/bin/env bash
# Issue 13, item 8: restart time of the built jar on a data directory that already holds the demo.
# Starts the jar N times (default 5) on the same data directory, each time timing from launch until
# /actuator/health answers UP, and reading the CPU the JVM had used by then (less noisy than the
# wall clock when others share the cores), then stops it with SIGTERM. The first run on a new data
# directory loads the demo first (not counted). Last line: median wall seconds and median CPU seconds.
#
#   bench/startup.sh [restarts]     build first: ./mvnw -B -q -DskipTests package
#   env: STARTUP_DATA_DIR (default target/startup-bench-data), STARTUP_PORT (18080),
#        STARTUP_JAR (target/switchboard-*.jar), JAVA (default: the JDK 21+ the Maven toolchains found),
#        JAVA_OPTS (extra JVM options, e.g. an AppCDS archive)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
data=${STARTUP_DATA_DIR:-target/startup-bench-data}
port=${STARTUP_PORT:-18080}
jar=${STARTUP_JAR:-$(ls target/switchboard-*.jar | grep -v plain | head -1)}
java=${JAVA:-}
if [ -z "$java" ]; then # the JDK 21+ the Maven toolchains found, as the build uses
    for home in $(sed -n 's:.*<jdkHome>\(.*\)</jdkHome>.*:\1:p' ~/.m2/discovered-jdk-toolchains-cache.xml 2>/dev/null); do
        major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
        if [ "${major:-0}" -ge 21 ]; then java=$home/bin/java; break; fi
    done
fi
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
    SERVER_PORT=$port SWITCHBOARD_DATA_DIR=$data SWITCHBOARD_LOG_FORMAT= \
        "$java" ${JAVA_OPTS:-} -jar "$jar" >"$log" 2>&1 &
    pid=$!
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
