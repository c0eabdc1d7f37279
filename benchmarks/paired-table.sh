#!/usr/bin/env bash
# The summary table of docs/performance.md ("At a glance"): each benchmark beside its hand-written loop, measured as whole
# processes of one harness (benchmarks/paired) built against this tree, ScriptGen and hand loop alternated, medians over
# the rounds. Steadier on a shared host than one BenchmarkDotNet run of everything (a busy spell moves both sides of a
# round, not one row).
#
#   benchmarks/paired-table.sh [rounds]      # default 3 rounds; about 7 minutes a round on 2 cores
#   PAIRED_ROWS='MACD|broker' benchmarks/paired-table.sh 5    # only the rows whose label matches the regex
#   benchmarks/paired-table.sh --from times.log                # the table again from a run's log (its standard error)
#
# Each process runs the benchmark class's setup (its checks against the hand loop), warm-up calls and timed batches (10
# and 7 x 10 for a run; 1 and 3 x 1 for a sweep) and prints its median batch. Prints one markdown row per benchmark:
# the medians, bars (or bar-runs) a second, hand / this within each round (median and range), and what one call allocated.
# PAIRED_FIXED_LAYOUT=1 runs each process under `setarch -R` (see docs/performance.md, "Two speeds a process"). Each round
# starts with benchmarks/cpu-speeds.sh, logged as comment lines (docs/performance.md, "Two unequal CPUs").
set -euo pipefail

# The table from a log of "label|bar-runs|this or hand|harness line" lines, in the order of the rows. A round's ScriptGen and
# hand-loop processes run one after the other, so hand / this is taken within each round (the host's speed can change
# between rounds) and the table gives the median of those and their range; the times are the medians over the rounds.
summarize() {
  echo "| benchmark | hand loop | ScriptGen | bars (bar-runs) a second | hand / this (range over the rounds) | allocated per call (hand / ScriptGen) |"
  echo "|---|---:|---:|---:|---:|---:|"
  awk -F'|' '
    NF >= 4 {
      key = $1 SUBSEP $3
      if (!(($1) in seen)) { seen[$1] = 1; order[++rowCount] = $1; runs[$1] = $2 }
      n = split($4, word, " ")
      for (i = 1; i <= n; i++) {
        if (word[i] == "median") { count[key]++; value[key, count[key]] = word[i + 1] + 0 }
        if (word[i] == "allocated") { allocated[key] = word[i + 1] " " word[i + 2] }
      }
    }
    function sorted(a, m,   i, j, t) { for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t } }
    function middle(a, m) { return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2 }
    function ms(x) { return x >= 1000 ? sprintf("%.2f s", x / 1000) : sprintf("%.1f ms", x) }
    END {
      for (r = 1; r <= rowCount; r++) {
        label = order[r]; m = count[label SUBSEP "this"]
        delete t; delete h; delete q
        for (i = 1; i <= m; i++) { t[i] = value[label SUBSEP "this", i]; h[i] = value[label SUBSEP "hand", i]; q[i] = h[i] / t[i] }
        sorted(t, m); sorted(h, m); sorted(q, m)
        this = middle(t, m); hand = middle(h, m)
        printf "| %s | %s | %s | %.1f M | **%.2f** (%.2f-%.2f) | %s / %s |\n", label, ms(hand), ms(this), runs[label] / this / 1000,
          middle(q, m), q[1], q[m], allocated[label SUBSEP "hand"], allocated[label SUBSEP "this"]
      }
    }' "$1"
}

if [ "${1:-}" = --from ]; then
  summarize "$2"
  exit 0
fi

rounds=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$root/benchmarks/paired/build.sh" "$root" "$work/out"

# label | class | ScriptGen method | hand method | bar-runs per call | properties
rows=(
  "EMA cross indicator|EmaCrossIndicatorBenchmarks|ScriptDefaultTa|HandLoop|1000000|"
  "EMA Cross strategy|EmaCrossStrategyBenchmarks|Script|HandLoop|1000000|"
  "broker, no orders|BrokerBenchmarks|Broker|HandLoop|1000000|OrderEvery=0"
  "broker, an order every 10 bars|BrokerBenchmarks|Broker|HandLoop|1000000|OrderEvery=10"
  "MACD Strategy|MacdStrategyBenchmarks|Script|HandLoop|1000000|"
  "RSI Strategy|RsiStrategyBenchmarks|Script|HandLoop|1000000|"
  "Bollinger Bands Strategy|BollingerStrategyBenchmarks|Script|HandLoop|1000000|"
  "Supertrend Strategy|SupertrendStrategyBenchmarks|Script|HandLoop|1000000|"
  "RSI Strategy with Exits|RsiExitStrategyBenchmarks|Script|HandLoop|1000000|"
  "sweep, 200 EMA Cross runs, 1 thread|SweepBenchmarks|ScriptGenSweep|SharedHandLoops|200000000|Threads=1 Drawdown=false"
  "sweep, 200 EMA Cross runs, 2 threads|SweepBenchmarks|ScriptGenSweep|SharedHandLoops|200000000|Threads=2 Drawdown=false"
)

launch=()
if [ -n "${PAIRED_FIXED_LAYOUT:-}" ]; then launch=(setarch -R); fi

log="$work/times.txt"
for round in $(seq 1 "$rounds"); do
  # The host's CPUs as the round starts (docs/performance.md, "Two unequal CPUs"); comment lines, which the summary skips.
  "$root/benchmarks/cpu-speeds.sh" | sed "s/^/# round $round: /" | tee -a "$log" >&2
  for row in "${rows[@]}"; do
    IFS='|' read -r label class method hand runs props <<< "$row"
    if [ -n "${PAIRED_ROWS:-}" ] && [[ ! $label =~ $PAIRED_ROWS ]]; then continue; fi
    counts=()
    if [ "$class" = SweepBenchmarks ]; then counts=(PAIRED_WARMUPS=1 PAIRED_BATCHES=3 PAIRED_CALLS=1); fi
    for which in this hand; do
      name=$([ "$which" = this ] && echo "$method" || echo "$hand")
      # shellcheck disable=SC2086 # props is a list of Property=value words
      line=$("${launch[@]}" env "${counts[@]}" dotnet "$work/out/Paired.dll" "$class" "$name" $props)
      echo "$label|$runs|$which|$line" | tee -a "$log" >&2
    done
  done
done

summarize "$log"
