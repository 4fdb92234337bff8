#!/usr/bin/env bash
# How much work a deck's page does on load and on a window resize in Chromium, the CPU slowed 4x (see
# docs/performance.md, "Page load"): every deck of content/ at 1366x768 and 390x844; prints one table row per load
# and per resize (style and layout time and counts, long tasks).
#
#   bench/pageload.sh                # every deck of content/
#   bench/pageload.sh optimizers     # the decks named
#   NETDECK_TEMPLATES=/tmp/old/templates bench/pageload.sh   # another theme folder (an older viewer), to compare
#   NETDECK_CONTENT=/tmp/long bench/pageload.sh   # the decks of another content folder, e.g. with a deck of 40 slides:
#       cp content/site.yml /tmp/long/ && java bench/LongDeck.java content/backprop/deck.md /tmp/long/forty 40
#
# Needs Debian's chromium and chromedriver (as the browser tests); compiles the test classes first (offline).
# Style, layout and task times are main-thread (thread) time; long tasks are wall time: they mean most on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -o -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
SE_OFFLINE=true SE_AVOID_STATS=true exec java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  ${NETDECK_TEMPLATES:+-Dnetdeck.templates="$NETDECK_TEMPLATES"} ${NETDECK_CONTENT:+-Dnetdeck.content="$NETDECK_CONTENT"} \
  org.netdeck.browser.PageLoadBenchmark "$@"
