#!/usr/bin/env bash
# netdeck's benchmark: one run prints every number issue 14 asks for (see README, "Performance").
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
#      core and on one (-XX:ActiveProcessorCount=1), and Marp on their Markdown;
#   4. the warm rebuild `netdeck serve` does after a save (serve.ServeBenchmark: save -> reload event, and the
#      CPU time per save), with the default deck and with the DECKS decks in content/, under the launcher's JIT
#      and collector options (SERVE_JAVA_OPTS='' measures the JVM's defaults).
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

# measure LABEL DIR CMD...: runs CMD in DIR $N times (N defaults to RUNS); prints one result line and sets
# MEDIAN (median wall time, seconds) for ratios.
measure() {
  local label=$1 dir=$2 n=${N:-$RUNS}
  shift 2
  local walls=() cpus=() peak=0 before after
  before=$(load)
  for ((i = 0; i < n; i++)); do
    if [[ -n $TIME ]]; then
      if ! (cd "$dir" && $TIME -f '%e %U %S %M' -o "$TMP/time" "$@" >"$TMP/out" 2>&1); then
        echo "benchmark: '$*' failed in $dir:" >&2
        tail -20 "$TMP/out" >&2
        exit 1
      fi
      read -r wall user sys rss <"$TMP/time"
    else
      local start end
      start=$(date +%s.%N)
      (cd "$dir" && "$@" >"$TMP/out" 2>&1) || { tail -20 "$TMP/out" >&2; exit 1; }
      end=$(date +%s.%N)
      wall=$(echo "$end - $start" | bc) user=0 sys=0 rss=0
    fi
    walls+=("$wall")
    cpus+=("$(echo "$user + $sys" | bc)")
    ((rss > peak)) && peak=$rss
  done
  after=$(load)
  local sorted min med cpu
  sorted=$(printf '%s\n' "${walls[@]}" | sort -g)
  min=$(head -1 <<<"$sorted")
  med=$(sed -n "$(((n + 1) / 2))p" <<<"$sorted")
  cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n "$(((n + 1) / 2))p")
  MEDIAN=$med
  if [[ -n $TIME ]]; then
    printf '%-44s wall min %6.2f s  median %6.2f s   CPU %6.2f s   peak %5d MB   (%d runs; load %s -> %s)\n' \
      "$label" "$min" "$med" "$cpu" $((peak / 1024)) "$n" "$before" "$after"
  else
    printf '%-44s wall min %6.2f s  median %6.2f s   (%d runs; load %s -> %s)\n' "$label" "$min" "$med" "$n" "$before" "$after"
  fi
  ROWS+=("| $label | $min | $med | $cpu | $((peak / 1024)) |")
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

# 1. the default site, cold
mkdir -p "$TMP/default"
cp -R content "$TMP/default/content"
[[ -d templates ]] && cp -R templates "$TMP/default/templates"
measure "default site: $(basename "${NETDECK%% *}") build" "$TMP/default" $NETDECK build -q
NETDECK_DEFAULT=$MEDIAN
if [[ $NETDECK != "java -jar $JAR" ]]; then
  measure "default site: java -jar netdeck.jar build" "$TMP/default" java -jar "$JAR" build -q
fi

# 2. Marp on the same slides
MARP=$(marp_cmd || true)
if [[ -n $MARP ]] && command -v node >/dev/null 2>&1; then
  mkdir -p "$TMP/marp-default"
  for deck in content/*/deck.md; do
    to_marp "$deck" "$TMP/marp-default/$(basename "$(dirname "$deck")").md"
  done
  measure "default site: Marp CLI $($MARP --version 2>/dev/null | grep -o 'marp-cli v[0-9.]*' | head -1 | cut -c10-)" \
    "$TMP/marp-default" $MARP --no-stdin -I . -o "$TMP/marp-default-out"
  echo "  -> netdeck / Marp (median wall): $(ratio "$NETDECK_DEFAULT" "$MEDIAN")"
else
  echo "Marp CLI: skipped (no node/npm, or INSTALL_MARP=0); install Node.js to compare"
fi
echo

# 3. many decks with distinct networks
java "$ROOT/bench/GenerateDecks.java" "$TMP/many/content" "$DECKS"
N=$DECK_RUNS measure "$DECKS decks: all cores" "$TMP/many" $NETDECK build -q
MANY=$MEDIAN
N=$DECK_RUNS measure "$DECKS decks: one core (ActiveProcessorCount=1)" "$TMP/many" \
  env JAVA_TOOL_OPTIONS="-XX:ActiveProcessorCount=1 ${JAVA_TOOL_OPTIONS:-}" $NETDECK build -q
echo "  -> speed-up of all cores over one: $(ratio "$MEDIAN" "$MANY")"
if [[ -n $MARP ]] && command -v node >/dev/null 2>&1; then
  mkdir -p "$TMP/marp-many"
  for deck in "$TMP"/many/content/*/deck.md; do
    to_marp "$deck" "$TMP/marp-many/$(basename "$(dirname "$deck")").md"
  done
  N=$DECK_RUNS measure "$DECKS decks: Marp CLI" "$TMP/marp-many" $MARP --no-stdin -I . -o "$TMP/marp-many-out"
  echo "  -> netdeck / Marp (median wall): $(ratio "$MANY" "$MEDIAN")"
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
java $SERVE_JAVA_OPTS -cp "$CP" org.netdeck.serve.ServeBenchmark "$TMP/many/content" 2>&1 | sed 's/^/  /' || true
echo

echo "| what | wall min (s) | wall median (s) | CPU median (s) | peak (MB) |"
echo "| --- | --- | --- | --- | --- |"
printf '%s\n' "${ROWS[@]}"
