#!/usr/bin/env bash
# The scriptgen tool and its HTML report, timed as whole processes (docs/cli.md, docs/html-report.md):
#  - `scriptgen backtest` of the EMA Cross sample on the bundled bars: a first run (an empty compile cache)
#    and a cached run, without and with --report;
#  - the report's size and its render time in headless Chromium for the bundled bars and for 1,000,000
#    one-minute bars (benchmarks/cli/random-bars.cs): the time the page itself measures from navigation
#    to the first frame after plotly drew the chart (data-render-ms, read with --dump-dom), and the wall
#    time of a whole browser process that opens the page and takes a screenshot of it.
# Each is run RUNS times (default 5); medians are printed. Needs /usr/bin/time and, for the render, chromium.
# Usage: benchmarks/cli-times.sh
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-5}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
dotnet build -c Release src/ScriptGen.Cli -nodeReuse:false -v quiet -nologo >/dev/null
tool=src/ScriptGen.Cli/bin/Release/net10.0/ScriptGen.Cli
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
backtest=(backtest samples/ScriptGen.Samples/Scripts/EmaCross.pine.cs --data samples/data/eurusd-1h.csv --symbol-file samples/data/eurusd.json)

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

wall() { /usr/bin/time -f "%e" -o "$work/wall" "$@" >/dev/null 2>&1; cat "$work/wall"; }

time_tool() {
  local label=$1 fresh=$2; shift 2
  local walls=()
  for i in $(seq "$runs"); do
    local cache="$work/cache"
    if [[ $fresh == fresh ]]; then cache="$work/cache-$i"; fi
    walls+=("$(wall "$tool" "$@" --cache-dir "$cache")")
  done
  printf '%-52s %6.2f s   (median of %d)\n' "$label" "$(printf '%s\n' "${walls[@]}" | median)" "$runs"
}

"$tool" "${backtest[@]}" --cache-dir "$work/cache" >/dev/null   # fill the shared cache
time_tool "backtest, first run (compiles)" fresh "${backtest[@]}"
time_tool "backtest, cached" cached "${backtest[@]}"
time_tool "backtest --report, cached" cached "${backtest[@]}" --report "$work/report.html"

dotnet run benchmarks/cli/random-bars.cs -- 1000000 "$work/million.arrow" >/dev/null
time_tool "backtest --report, 1,000,000 bars, cached" cached backtest samples/ScriptGen.Samples/Scripts/EmaCross.pine.cs \
  --data "$work/million.arrow" --symbol EURUSD --mintick 0.00001 --report "$work/million.html"

chromium=$(command -v chromium || command -v chromium-browser || true)
for report in report million; do
  page="$work/$report.html"
  printf '%-52s %6.1f MB\n' "report size, $report" "$(awk -v b="$(stat -c %s "$page")" 'BEGIN { print b / 1048576 }')"
  [[ -z $chromium ]] && continue
  renders=() walls=()
  flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
    --disable-component-update --disable-sync --disable-dev-shm-usage --window-size=1400,1000)
  for i in $(seq "$runs"); do
    dom=$("$chromium" "${flags[@]}" --user-data-dir="$work/profile-$report-$i" --dump-dom "file://$page" 2>/dev/null)
    renders+=("$(grep -o 'data-render-ms="[0-9]*"' <<<"$dom" | grep -o '[0-9]*')")
    walls+=("$(wall "$chromium" "${flags[@]}" --user-data-dir="$work/shot-$report-$i" --screenshot="$work/$report.png" "file://$page")")
  done
  printf '%-52s %6.2f s   browser process %6.2f s   (median of %d)\n' "render in headless Chromium, $report" \
    "$(printf '%s\n' "${renders[@]}" | median | awk '{ print $1 / 1000 }')" "$(printf '%s\n' "${walls[@]}" | median)" "$runs"
done
