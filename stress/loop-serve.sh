#!/usr/bin/env bash
# 20 runs in a row of LiveServerTest's slow-deck test (its limit now follows a timed warm build), under load.
cd "$(dirname "$0")/.."
for i in $(seq 20); do
  start=$(date +%s)
  if mvn -B -ntp -o -q surefire:test -Dtest='LiveServerTest#aSlowDeck*' \
      -Dsurefire.failIfNoSpecifiedTests=false > stress/loop-serve-last.log 2>&1; then
    echo "run $i passed in $(( $(date +%s) - start )) s at $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> stress/loop-serve.log
  else
    echo "run $i FAILED at $(date -u +%H:%M:%S)" >> stress/loop-serve.log
    cp stress/loop-serve-last.log stress/loop-serve-failed-$i.log
    exit 1
  fi
done
