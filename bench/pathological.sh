#!/usr/bin/env bash
# Times `netdeck build` on each pathological Markdown case of bench/PathologicalDecks.java (issue 36, F1): wall time,
# CPU time (user + system: on a busy machine the fairer number), peak memory and the first line of the answer, each
# case in a JVM of its own, cut off after LIMIT seconds. The load average is printed before and after.
#   mvn -q -DskipTests package && bench/pathological.sh [LIMIT] [CASE...]
# JIT="launcher plain" (the default: both, run in turn) says how the JVM runs: `launcher` with ./netdeck's tuning line
# (C1 only, the parallel collector: what `./netdeck build` does), `plain` with the JVM's defaults (what
# `java -jar target/netdeck.jar build` does; its C2 compiler threads cost several seconds of CPU on a large deck).
# BEFORE=DIR also times the classes in DIR (an older checkout's target/classes, copied aside), in turn with this
# checkout's, run for run: on a shared machine only alternating runs compare two versions. CLASSES=DIR times DIR in
# place of this checkout's target/classes.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LIMIT="${1:-60}"; shift || true
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
java "$ROOT/bench/PathologicalDecks.java" "$TMP"
[[ -f "$ROOT/target/runtime-classpath.txt" ]] || { echo "pathological: run 'mvn -q -DskipTests package' first" >&2; exit 2; }
LIBS="$(cat "$ROOT/target/runtime-classpath.txt")"
LAUNCHER_OPTS=$(sed -n 's/^tuning="\(.*\)"$/\1/p' "$ROOT/netdeck")
[[ -n $LAUNCHER_OPTS ]] || { echo "pathological: no tuning= line in $ROOT/netdeck" >&2; exit 2; }
VERSIONS=("now=${CLASSES:-$ROOT/target/classes}"); [[ -n ${BEFORE:-} ]] && VERSIONS=("before=$BEFORE" "${VERSIONS[@]}")
CASES=("$@"); [[ ${#CASES[@]} -gt 0 ]] || CASES=($(ls "$TMP"))
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %-8s %-6s %9s %9s %8s  %s\n' case jit build wall_s cpu_s MB answer
for c in "${CASES[@]}"; do
  for jit in ${JIT:-launcher plain}; do
    opts=""; [[ $jit == launcher ]] && opts=$LAUNCHER_OPTS
    for v in "${VERSIONS[@]}"; do
      name=${v%%=*}; classes=${v#*=}
      rm -rf "$TMP/$c/site"
      start=$(date +%s.%N)
      set +e
      # shellcheck disable=SC2086
      /usr/bin/time -f '%M %U %S' -o "$TMP/$c.rss" timeout "$LIMIT" java -Xmx1g $opts -cp "$classes:$LIBS" \
        org.netdeck.cli.Main build -q --content "$TMP/$c/content" --out "$TMP/$c/site" >"$TMP/$c.out" 2>&1
      rc=$?
      set -e
      end=$(date +%s.%N)
      secs=$(echo "$end - $start" | bc)
      read -r kb user sys < <(tail -1 "$TMP/$c.rss")
      mb=$(( kb / 1024 ))
      cpu=$(echo "$user + $sys" | bc)
      answer=$(head -1 "$TMP/$c.out" | sed "s|$TMP/||" | cut -c1-110)
      [[ $rc == 124 ]] && answer="TIMED OUT after ${LIMIT}s"
      [[ $rc == 0 ]] && answer="built"
      printf '%-26s %-8s %-6s %9.2f %9.2f %8s  %s\n' "$c" "$jit" "$name" "$secs" "$cpu" "$mb" "$answer"
    done
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
