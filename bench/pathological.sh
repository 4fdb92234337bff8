#!/usr/bin/env bash
# Times `netdeck build` on each pathological Markdown case of bench/PathologicalDecks.java (issue 36, F1):
# wall time, CPU time (user + system: on a busy machine the fairer number), peak memory and the first line of the
# answer, each case in a JVM of its own, cut off after LIMIT seconds. The load average is printed before and after.
#   mvn -q -o compile && bench/pathological.sh [LIMIT] [CASE...]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
LIMIT="${1:-60}"; shift || true
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT
java "$ROOT/bench/PathologicalDecks.java" "$TMP"
CP="$ROOT/target/classes:$(cat "$ROOT/target/runtime-classpath.txt")"
CASES=("$@"); [[ ${#CASES[@]} -gt 0 ]] || CASES=($(ls "$TMP"))
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-26s %9s %9s %8s  %s\n' case wall_s cpu_s MB answer
for c in "${CASES[@]}"; do
  start=$(date +%s.%N)
  set +e
  /usr/bin/time -f '%M %U %S' -o "$TMP/$c.rss" timeout "$LIMIT" java -Xmx1g -cp "$CP" org.netdeck.cli.Main build -q \
    --content "$TMP/$c/content" --out "$TMP/$c/site" >"$TMP/$c.out" 2>&1
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
  printf '%-26s %9.2f %9.2f %8s  %s\n' "$c" "$secs" "$cpu" "$mb" "$answer"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
