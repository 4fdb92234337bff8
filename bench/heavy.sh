#!/usr/bin/env bash
# Times `netdeck build` on the heaviest deck within every limit at once (issue 36, F2, bench/HeavyDeck.java: a
# 2-12-12-1 network, 100 examples, 7 runs (its own and 6 compare runs) of 1035 iterations at the training work limit,
# 300 slides of which 50 draw landscapes of 8 different sets of runs, 29 x 29 grids with 20 steps per path, at the
# landscape work limit): wall time, CPU time (user + system: on a busy
# machine the fairer number), peak memory and the first line of the answer, RUNS times in JVMs of their own, cut off
# after LIMIT seconds. The load average is printed before and after.
#   mvn -q -DskipTests package && bench/heavy.sh [LIMIT]
# JIT, BEFORE and the columns are those of bench/pathological.sh: JIT="launcher plain" (./netdeck's tuning line, or
# the JVM's defaults as `java -jar`), BEFORE=DIR another build's classes timed in turn with this checkout's, CLASSES=DIR
# in place of this checkout's target/classes. RUNS=N repeats it all N times.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LIMIT="${1:-120}"
RUNS="${RUNS:-1}"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
java "$ROOT/bench/HeavyDeck.java" "$TMP/heavy"
[[ -f "$ROOT/target/runtime-classpath.txt" ]] || { echo "heavy: run 'mvn -q -DskipTests package' first" >&2; exit 2; }
LIBS="$(cat "$ROOT/target/runtime-classpath.txt")"
LAUNCHER_OPTS=$(sed -n 's/^tuning="\(.*\)"$/\1/p' "$ROOT/netdeck")
[[ -n $LAUNCHER_OPTS ]] || { echo "heavy: no tuning= line in $ROOT/netdeck" >&2; exit 2; }
VERSIONS=("now=${CLASSES:-$ROOT/target/classes}"); [[ -n ${BEFORE:-} ]] && VERSIONS=("before=$BEFORE" "${VERSIONS[@]}")
echo "deck: $(wc -c <"$TMP/heavy/content/heavy/deck.md") bytes; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-8s %-6s %9s %9s %8s  %s\n' run jit build wall_s cpu_s MB answer
for run in $(seq "$RUNS"); do
  for jit in ${JIT:-launcher plain}; do
    opts=""; [[ $jit == launcher ]] && opts=$LAUNCHER_OPTS
    for v in "${VERSIONS[@]}"; do
      name=${v%%=*}; classes=${v#*=}
      rm -rf "$TMP/site"
      start=$(date +%s.%N)
      set +e
      # shellcheck disable=SC2086
      /usr/bin/time -f '%M %U %S' -o "$TMP/rss" timeout "$LIMIT" java -Xmx1g $opts -cp "$classes:$LIBS" \
        org.netdeck.cli.Main build -q --content "$TMP/heavy/content" --out "$TMP/site" >"$TMP/out" 2>&1
      rc=$?
      set -e
      end=$(date +%s.%N)
      secs=$(echo "$end - $start" | bc)
      read -r kb user sys < <(tail -1 "$TMP/rss")
      cpu=$(echo "$user + $sys" | bc)
      answer=$(head -1 "$TMP/out" | sed "s|$TMP/||" | cut -c1-110)
      [[ $rc == 124 ]] && answer="TIMED OUT after ${LIMIT}s"
      [[ $rc == 0 ]] && answer="built"
      printf '%-6s %-8s %-6s %9.2f %9.2f %8s  %s\n' "$run" "$jit" "$name" "$secs" "$cpu" "$(( kb / 1024 ))" "$answer"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
