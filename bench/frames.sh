#!/usr/bin/env bash
# How smoothly a deck animates in Chromium (see docs/performance.md): every morph between adjacent network slides,
# forward and back, and one play of the training scrubber, at 1366x768; prints one table row per animation.
#
#   bench/frames.sh                  # the default deck, content/backprop
#   bench/frames.sh optimizers 3     # another deck of content/, each animation measured 3 times
#
# Needs Debian's chromium and chromedriver (as the browser tests); compiles the test classes first (offline).
# Frame intervals mean something on a quiet machine only; the main-thread columns are thread time and counts.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
SE_OFFLINE=true SE_AVOID_STATS=true exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.netdeck.browser.FrameBenchmark "$@"
