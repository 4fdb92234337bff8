#!/usr/bin/env bash
# 20 runs in a row of the browser tests this branch changed (StageTest on two screens, as CONTRIBUTING says), under the
# machine's load; stops at the first failure. Log: stress/loop.log
cd "$(dirname "$0")/.."
for i in $(seq 20); do
  start=$(date +%s)
  if mvn -B -ntp -o -q failsafe:integration-test failsafe:verify -Dnetdeck.stage.screens=1366x768,2560x1440 \
      -Dit.test='StageTest#everySlideOfTheDefaultDeck*+aTallerNetwork*+aSlideIsFitted*+screenshots*,AccessibilityTest#noViolationsInTheTools*,FragmentTest#nextAndPrevious*' \
      > stress/loop-last.log 2>&1; then
    echo "run $i passed in $(( $(date +%s) - start )) s at $(date -u +%H:%M:%S), load $(cut -d' ' -f1-3 /proc/loadavg)" >> stress/loop.log
  else
    echo "run $i FAILED in $(( $(date +%s) - start )) s at $(date -u +%H:%M:%S)" >> stress/loop.log
    cp stress/loop-last.log stress/loop-failed-$i.log
    exit 1
  fi
done
