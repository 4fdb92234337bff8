#!/usr/bin/env bash
# netdeck's benchmark: one run prints every number issue 14 asks for (see docs/performance.md).
#
#   bench/benchmark.sh                 # from the project folder, after `mvn -q -DskipTests package`
#   RUNS=10 DECKS=100 bench/benchmark.sh
#   NETDECK='java -jar target/netdeck.jar' bench/benchmark.sh   # time another command
#
# What it measures, each as wall time (min and median of RUNS runs), CPU time (user + sys, median) and peak
# resident memory (max over the runs):
#   1. a cold build of the default site (content/ and templates/ copied to a temporary folder) with the
#      README's command, and with plain `java -jar target/netdeck.jar` for comparison;
#   2. Marp CLI converting the same slides' Markdown, and the ratio netdeck / Marp (when Node is there);
#   3. a cold build of DECKS generated decks with distinct networks (bench/GenerateDecks.java), on every
#      core and on one (-XX:ActiveProcessorCount=1), and Marp on their Markdown.
#   Whatever is compared (netdeck and Marp, one core and all) runs alternately, run by run, so that a machine
#   whose speed drifts (a shared host: minutes apart, the same build can take 30 % longer) slows both alike; the
#   ratio printed is the median of the pairs' ratios (and, for comparison, the ratio of the medians);
#   4. the warm rebuild `netdeck serve` does after a save (serve.ServeBenchmark: save -> reload event, and the
#      CPU time per save), with the default deck and with the DECKS decks in content/, under the launcher's JIT
#      and collector options (SERVE_JAVA_OPTS='' measures the JVM's defaults);
#   5. issue 14's targets, each with the number above it is judged by and whether it is met.
# The machine's load average is printed with every measurement: on a busy machine the wall times mean little.
# Nothing in the project folder is written but target/; temporary folders are removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${RUNS:-5}
DECKS=${DECKS:-100}
DECK_RUNS=${DECK_RUNS:-3}
MARP_VERSION=${MARP_VERSION:-4.5.1}
MARP_HOME=${MARP_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/netdeck-bench/marp}
JAR=$ROOT/target/netdeck.jar
if [[ -z "${NETDECK:-}" ]]; then
  if [[ -x ./netdeck ]]; then NETDECK="$ROOT/netdeck"; else NETDECK="java -jar $JAR"; fi
fi

if [[ ! -f $JAR || ! -d target/test-classes/org/netdeck/serve ]]; then
  echo "benchmark: target/netdeck.jar or the test classes are missing; run 'mvn -q -DskipTests package' first" >&2
  exit 2
fi
TIME=/usr/bin/time
if [[ ! -x $TIME ]] || ! $TIME -f '%e' true >/dev/null 2>&1; then
  TIME=
  echo "note: GNU time (/usr/bin/time, Debian package 'time') is missing: no CPU time or peak memory is printed"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/netdeck-bench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime | sed 's/.*average: //'; }

# once DIR CMD...: runs CMD in DIR once; sets WALL (s), CPU (user + sys, s) and RSS (peak resident, KB; 0 without
# GNU time). Exits the benchmark if CMD fails.
once() {
  local dir=$1
  shift
  if [[ -n $TIME ]]; then
    if ! (cd "$dir" && $TIME -f '%e %U %S %M' -o "$TMP/time" "$@" >"$TMP/out" 2>&1); then
      echo "benchmark: '$*' failed in $dir:" >&2
      tail -20 "$TMP/out" >&2
      exit 1
    fi
    local user sys
    read -r WALL user sys RSS <"$TMP/time"
    CPU=$(echo "$user + $sys" | bc)
  else
    local start end
    start=$(date +%s.%N)
    (cd "$dir" && "$@" >"$TMP/out" 2>&1) || { tail -20 "$TMP/out" >&2; exit 1; }
    end=$(date +%s.%N)
    WALL=$(echo "$end - $start" | bc) CPU=0 RSS=0
  fi
}

median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }

# report LABEL LOAD_BEFORE "WALLS" "CPUS" PEAK_KB: prints one result line, adds a table row, sets MEDIAN (median
# wall time, seconds) for ratios.
report() {
  local label=$1 before=$2 peak=$5 walls cpus n min med cpu
  read -r -a walls <<<"$3"
  read -r -a cpus <<<"$4"
  n=${#walls[@]}
  min=$(printf '%s\n' "${walls[@]}" | sort -g | head -1)
  med=$(median "${walls[@]}")
  cpu=$(median "${cpus[@]}")
  MEDIAN=$med PEAK=$peak
  if [[ -n $TIME ]]; then
    printf '%-44s wall min %6.2f s  median %6.2f s   CPU %6.2f s   peak %5d MB   (%d runs; load %s -> %s)\n' \
      "$label" "$min" "$med" "$cpu" $((peak / 1024)) "$n" "$before" "$(load)"
  else
    printf '%-44s wall min %6.2f s  median %6.2f s   (%d runs; load %s -> %s)\n' "$label" "$min" "$med" "$n" \
      "$before" "$(load)"
  fi
  ROWS+=("| $label | $min | $med | $cpu | $((peak / 1024)) |")
}

# measure LABEL DIR CMD...: runs CMD in DIR $N times (N defaults to RUNS) and reports it.
measure() {
  local label=$1 dir=$2 n=${N:-$RUNS} walls=() cpus=() peak=0 before
  shift 2
  before=$(load)
  for ((i = 0; i < n; i++)); do
    once "$dir" "$@"
    walls+=("$WALL") cpus+=("$CPU")
    ((RSS > peak)) && peak=$RSS
  done
  report "$label" "$before" "${walls[*]}" "${cpus[*]}" "$peak"
}

# side_by_side: runs A_CMD in A_DIR and B_CMD in B_DIR (arrays) alternately, $N times each (N defaults to RUNS), so
# that a machine whose speed drifts (a shared host) slows both alike; reports each (A_LABEL, B_LABEL) and prints
# A / B as the median of the runs' pairwise ratios and as the ratio of the medians. Sets RATIO (the first).
side_by_side() {
  local n=${N:-$RUNS} aw=() ac=() ap=0 bw=() bc=() bp=0 ratios=() before amed
  before=$(load)
  for ((i = 0; i < n; i++)); do
    once "$A_DIR" "${A_CMD[@]}"
    aw+=("$WALL") ac+=("$CPU")
    ((RSS > ap)) && ap=$RSS
    local a=$WALL
    once "$B_DIR" "${B_CMD[@]}"
    bw+=("$WALL") bc+=("$CPU")
    ((RSS > bp)) && bp=$RSS
    ratios+=("$(ratio "$a" "$WALL")")
  done
  report "$A_LABEL" "$before" "${aw[*]}" "${ac[*]}" "$ap"
  amed=$MEDIAN
  report "$B_LABEL" "$before" "${bw[*]}" "${bc[*]}" "$bp"
  RATIO=$(median "${ratios[@]}")
  echo "  -> $A_NAME / $B_NAME, runs alternating: median of the $n pairs' ratios $RATIO (ratio of the medians" \
    "$(ratio "$amed" "$MEDIAN"); each pair: ${ratios[*]})"
}

ratio() { echo "scale=2; $1 / $2" | bc | sed 's/^\./0./'; }

# Marp: on PATH, or installed once into $MARP_HOME (never into the project)
marp_cmd() {
  if command -v marp >/dev/null 2>&1; then
    echo marp
  elif [[ -x $MARP_HOME/node_modules/.bin/marp ]]; then
    echo "$MARP_HOME/node_modules/.bin/marp"
  elif command -v npm >/dev/null 2>&1 && [[ ${INSTALL_MARP:-1} == 1 ]]; then
    echo "installing @marp-team/marp-cli@$MARP_VERSION into $MARP_HOME (once)" >&2
    mkdir -p "$MARP_HOME"
    if npm install --silent --no-audit --no-fund --prefix "$MARP_HOME" "@marp-team/marp-cli@$MARP_VERSION" >&2; then
      echo "$MARP_HOME/node_modules/.bin/marp"
    fi
  fi
}

# to_marp DECK.md OUT.md: the same slides as Marp Markdown (a title slide, '---' before every '## ' slide,
# speaker notes as HTML comments, which Marp takes as notes); {{ references }} stay as written.
to_marp() {
  awk '
    NR == 1 && /^---$/ { fm = 1; next }
    fm && /^(---|\.\.\.)$/ { fm = 0; print "---\nmarp: true\nmath: mathjax\n---\n\n# " title "\n"; next }
    fm { if ($1 == "title:") { sub(/^title: */, ""); title = $0 } next }
    /^## / { print "\n---\n" }
    /^:::notes/ { print "<!--"; next }
    /^:::$/ { print "-->"; next }
    { print }
  ' "$1" >"$2"
}

ROWS=()
echo "netdeck benchmark — $(date -u '+%Y-%m-%d %H:%M UTC'), $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo '+changes')"
echo "machine: $(nproc) cores, load $(load); $(java -version 2>&1 | head -1)"
echo "command: $NETDECK build"
echo

# 1. the default site, cold, and 2. Marp on the same slides, runs alternating
mkdir -p "$TMP/default"
cp -R content "$TMP/default/content"
[[ -d templates ]] && cp -R templates "$TMP/default/templates"
MARP=$(marp_cmd || true)
[[ -n $MARP ]] && ! command -v node >/dev/null 2>&1 && MARP=
NETDECK_LABEL="$(basename "${NETDECK%% *}") build"
if [[ -n $MARP ]]; then
  MARP_LABEL="Marp CLI $($MARP --version 2>/dev/null | grep -o 'marp-cli v[0-9.]*' | head -1 | cut -c10-)"
  mkdir -p "$TMP/marp-default"
  for deck in content/*/deck.md; do
    to_marp "$deck" "$TMP/marp-default/$(basename "$(dirname "$deck")").md"
  done
  A_LABEL="default site: $NETDECK_LABEL" A_DIR=$TMP/default A_CMD=($NETDECK build -q) A_NAME=netdeck
  B_LABEL="default site: $MARP_LABEL" B_DIR=$TMP/marp-default B_NAME=Marp
  B_CMD=($MARP --no-stdin -I . -o "$TMP/marp-default-out")
  side_by_side
  DEFAULT_RATIO=$RATIO
else
  measure "default site: $NETDECK_LABEL" "$TMP/default" $NETDECK build -q
  echo "Marp CLI: skipped (no node/npm, or INSTALL_MARP=0); install Node.js to compare"
fi
if [[ $NETDECK != "java -jar $JAR" ]]; then
  measure "default site: java -jar netdeck.jar build" "$TMP/default" java -jar "$JAR" build -q
fi
echo

# 3. many decks with distinct networks: all cores and one, alternating; then beside Marp, alternating
java "$ROOT/bench/GenerateDecks.java" "$TMP/many/content" "$DECKS"
A_LABEL="$DECKS decks: one core (ActiveProcessorCount=1)" A_DIR=$TMP/many A_NAME="one core"
A_CMD=(env JAVA_TOOL_OPTIONS="-XX:ActiveProcessorCount=1 ${JAVA_TOOL_OPTIONS:-}" $NETDECK build -q)
B_LABEL="$DECKS decks: all cores" B_DIR=$TMP/many B_CMD=($NETDECK build -q) B_NAME="all cores"
N=$DECK_RUNS side_by_side
SPEEDUP=$RATIO MANY_WALL=$MEDIAN MANY_PEAK=$PEAK
echo "  (the speed-up of all cores over one is that ratio)"
if [[ -n $MARP ]]; then
  mkdir -p "$TMP/marp-many"
  for deck in "$TMP"/many/content/*/deck.md; do
    to_marp "$deck" "$TMP/marp-many/$(basename "$(dirname "$deck")").md"
  done
  A_LABEL="$DECKS decks: all cores, beside Marp" A_DIR=$TMP/many A_CMD=($NETDECK build -q) A_NAME=netdeck
  B_LABEL="$DECKS decks: $MARP_LABEL" B_DIR=$TMP/marp-many B_NAME=Marp
  B_CMD=($MARP --no-stdin -I . -o "$TMP/marp-many-out")
  N=$DECK_RUNS side_by_side
fi
echo

# 4. warm rebuild after a save, as netdeck serve does it, with the JIT and collector options ./netdeck runs
#    serve with (read from the launcher's tuning= line; the JIT decides how fast a warm rebuild is)
CP="$JAR:$ROOT/target/test-classes"
LAUNCHER_OPTS=$(sed -n 's/^tuning="\(.*\)"$/\1/p' "$ROOT/netdeck")
[[ -n $LAUNCHER_OPTS ]] || { echo "benchmark: no tuning= line in $ROOT/netdeck" >&2; exit 2; }
SERVE_JAVA_OPTS=${SERVE_JAVA_OPTS-$LAUNCHER_OPTS}
echo "serve, one deck (content/), java $SERVE_JAVA_OPTS, load $(load):"
java $SERVE_JAVA_OPTS -cp "$CP" org.netdeck.serve.ServeBenchmark "$ROOT/content" 2>&1 | sed 's/^/  /' || true
echo "serve, $DECKS decks in content/, load $(load):"
java $SERVE_JAVA_OPTS -cp "$CP" org.netdeck.serve.ServeBenchmark "$TMP/many/content" 2>&1 | sed 's/^/  /' \
  | tee "$TMP/serve-many" || true
SERVE_MS=$(sed -n 's/.*save -> reload event: median \([0-9.]*\) ms.*/\1/p' "$TMP/serve-many" | head -1)
echo

# the issue's targets (issue 14), from the numbers above
target() { # LABEL VALUE OP LIMIT UNIT
  local verdict
  if [[ -z $2 ]]; then
    verdict="not measured"
  elif (($(echo "$2 $3 $4" | bc))); then
    verdict=met
  else
    verdict="not met"
  fi
  printf '  %-46s %8s %-3s (target %s %s): %s\n' "$1" "${2:-—}" "$5" "$3" "$4" "$verdict"
}
echo "targets:"
[[ $DECKS == 100 ]] || echo "  (the issue sets its deck targets for 100 decks; this run built $DECKS)"
target "default site, netdeck / Marp (alternating)" "${DEFAULT_RATIO:-}" "<=" 0.5 ""
target "$DECKS decks, all cores, wall (median)" "$MANY_WALL" "<=" 2.5 s
target "$DECKS decks, peak memory" "$([[ -n $TIME ]] && echo $((MANY_PEAK / 1024)))" "<=" 300 MB
target "$DECKS decks, all cores over one (alternating)" "$SPEEDUP" ">=" 1.6 ""
target "serve with $DECKS decks, save -> reload (median)" "${SERVE_MS:-}" "<=" 50 ms
echo

echo "| what | wall min (s) | wall median (s) | CPU median (s) | peak (MB) |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
