#!/usr/bin/env bash
# Lighthouse's performance audit (mobile preset: simulated slow 4G, 4x CPU slowdown) of every deck, served with gzip
# as GitHub Pages serves it (see docs/performance.md, "Page load"): the decks of content/ and a generated deck of 40
# slides ("forty": the backprop deck's slides repeated), RUNS runs each; prints every run and each deck's medians
# (performance score, Total Blocking Time, Cumulative Layout Shift, Largest and First Contentful Paint, the main
# thread's Style & Layout).
#
#   LIGHTHOUSE_DIR=/opt/lh bench/lighthouse.sh                    # 3 runs of every deck
#   LIGHTHOUSE_DIR=/opt/lh RUNS=5 bench/lighthouse.sh backprop forty
#   LIGHTHOUSE_DIR=/opt/lh NETDECK_BEFORE=/tmp/old/templates bench/lighthouse.sh   # and another theme, run for run
#
# Lighthouse is no dependency of the project: install it anywhere (npm install --prefix /opt/lh lighthouse@12.2.3)
# and name that folder in LIGHTHOUSE_DIR. CHROME_PATH (default /usr/bin/chromium) is the browser it drives.
# NETDECK_BEFORE measures another theme folder as well (an older templates/: git archive COMMIT templates | tar -x
# -C /tmp/old), its runs alternating with this one's so that both see the same machine. KEEP=DIR keeps the JSON
# reports there. Builds the jar first (offline; NO_PACKAGE=1 uses target/netdeck.jar as it is); PORT (default 8765)
# is where the site is served.
set -euo pipefail
: "${LIGHTHOUSE_DIR:?set LIGHTHOUSE_DIR to the folder Lighthouse is installed in (npm install --prefix DIR lighthouse@12.2.3)}"
LH="$LIGHTHOUSE_DIR/node_modules/.bin/lighthouse"
[ -x "$LH" ] || { echo "no $LH: npm install --prefix $LIGHTHOUSE_DIR lighthouse@12.2.3" >&2; exit 2; }
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
RUNS="${RUNS:-3}"
PORT="${PORT:-8765}"
cd "$(dirname "$0")/.."
TMP=$(mktemp -d)
SERVER=
trap 'if [ -n "$SERVER" ]; then kill "$SERVER"; fi; rm -rf "$TMP"' EXIT

if [ -z "${NO_PACKAGE:-}" ]; then
  mvn -B -ntp -o -q package -DskipTests
fi
cp -r content "$TMP/content"
java bench/LongDeck.java content/backprop/deck.md "$TMP/content/forty" 40

themes=(now)
./netdeck build -q --content "$TMP/content" --templates templates --out "$TMP/site/now"
if [ -n "${NETDECK_BEFORE:-}" ]; then
  themes=(before now)
  ./netdeck build -q --content "$TMP/content" --templates "$NETDECK_BEFORE" --out "$TMP/site/before"
fi

java bench/GzipServer.java "$TMP/site" "$PORT" >/dev/null &
SERVER=$!
for _ in $(seq 50); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/now/index.html" && break
  sleep 0.2
done

if [ $# -gt 0 ]; then
  decks=("$@")
else
  decks=()
  for d in "$TMP"/content/*/deck.md; do decks+=("$(basename "$(dirname "$d")")"); done
fi
mkdir -p "$TMP/reports"
for deck in "${decks[@]}"; do
  for k in $(seq "$RUNS"); do
    for theme in "${themes[@]}"; do
      "$LH" "http://127.0.0.1:$PORT/$theme/$deck/" --quiet --only-categories=performance --output=json \
        --output-path="$TMP/reports/$theme~$deck~$k.json" --chrome-flags="--headless=new --no-sandbox"
    done
  done
done
if [ -n "${KEEP:-}" ]; then
  mkdir -p "$KEEP" && cp "$TMP"/reports/*.json "$KEEP/"
fi

node - "$TMP/reports" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" <<'EOF'
const fs = require('fs'), path = require('path');
const [dir, load] = process.argv.slice(2);
const rows = {};
for (const f of fs.readdirSync(dir).sort()) {
  const [theme, deck, k] = f.replace(/\.json$/, '').split('~');
  const r = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')), a = r.audits;
  const sl = a['mainthread-work-breakdown'].details.items.find((i) => i.group === 'styleLayout');
  const v = { perf: Math.round(r.categories.performance.score * 100), tbt: a['total-blocking-time'].numericValue,
    cls: a['cumulative-layout-shift'].numericValue, lcp: a['largest-contentful-paint'].numericValue,
    fcp: a['first-contentful-paint'].numericValue, sl: sl ? sl.duration : 0 };
  (rows[deck + ' ' + theme] = rows[deck + ' ' + theme] || []).push(v);
  console.log(`${deck} ${theme} run ${k}: perf ${v.perf}, TBT ${v.tbt.toFixed(0)} ms, CLS ${v.cls.toFixed(3)}, `
    + `LCP ${v.lcp.toFixed(0)} ms, FCP ${v.fcp.toFixed(0)} ms, Style & Layout ${v.sl.toFixed(0)} ms`);
}
const median = (xs) => { const s = xs.slice().sort((x, y) => x - y), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
console.log(`\nLighthouse mobile, medians (load average ${load} at the end)\n`);
console.log('| deck | theme | runs | performance | TBT ms | CLS | LCP ms | FCP ms | Style & Layout ms |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [key, vs] of Object.entries(rows)) {
  const m = (k) => median(vs.map((v) => v[k]));
  const [deck, theme] = key.split(' ');
  console.log(`| ${deck} | ${theme} | ${vs.length} | ${m('perf')} | ${m('tbt').toFixed(0)} | ${m('cls').toFixed(3)} | `
    + `${m('lcp').toFixed(0)} | ${m('fcp').toFixed(0)} | ${m('sl').toFixed(0)} |`);
}
EOF
