#!/usr/bin/env bash
# Before/after of one benchmark across two commits, steadier than two BenchmarkDotNet runs on a noisy host: one harness
# (benchmarks/paired) built against each tree, whole processes interleaved before / after / hand loop, medians.
#
#   benchmarks/paired-ab.sh <before-commit> <rounds> <BenchmarkClass> <Method> <HandLoopMethod> [Property=value ...]
#   benchmarks/paired-ab.sh b321b16 8 BrokerBenchmarks Broker HandLoop OrderEvery=10
#
# "after" is the working tree this script is in. Each process runs the class's setup (its checks), 10 warm-up calls and
# 7 batches of 10 timed calls and prints its median batch; the summary is the median over the rounds, per tree, and
# hand / this with each tree's own hand loop. Run it on an idle machine; it takes rounds x 4 processes. For a method that
# takes seconds (a sweep), PAIRED_WARMUPS=1 PAIRED_BATCHES=3 PAIRED_CALLS=1 in the environment shorten each process.
# PAIRED_FIXED_LAYOUT=1 runs each process under `setarch -R` (see docs/performance.md, "Two speeds a process"). Each round
# starts with benchmarks/cpu-speeds.sh, its lines printed as comments (docs/performance.md, "Two unequal CPUs").
set -euo pipefail

if [ $# -lt 5 ]; then
  sed -n 2,11p "$0" >&2
  exit 2
fi

before=$1 rounds=$2 class=$3 method=$4 hand=$5
shift 5
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git -C "$root" rev-parse --verify --quiet "$before^{commit}" > /dev/null || { echo "not a commit: $before" >&2; exit 2; }
mkdir -p "$work/before"
git -C "$root" archive "$before" | tar -x -C "$work/before"

for side in before after; do
  tree=$([ "$side" = before ] && echo "$work/before" || echo "$root")
  "$root/benchmarks/paired/build.sh" "$tree" "$work/out-$side"
done

launch=()
if [ -n "${PAIRED_FIXED_LAYOUT:-}" ]; then launch=(setarch -R); fi

log="$work/times.txt"
for round in $(seq 1 "$rounds"); do
  # The host's CPUs as the round starts (docs/performance.md, "Two unequal CPUs"); the summary reads only "median" lines.
  "$root/benchmarks/cpu-speeds.sh" | sed "s/^/# round $round: /" | tee -a "$log"
  for which in this hand; do
    name=$([ "$which" = this ] && echo "$method" || echo "$hand")
    for side in before after; do
      line=$("${launch[@]}" dotnet "$work/out-$side/Paired.dll" "$class" "$name" "$@")
      echo "$side $which $line" | tee -a "$log"
    done
  done
done

# Median over the rounds of each (side, which); hand / this per side.
awk '
  { for (i = 1; i <= NF; i++) if ($i == "median") { key = $1 " " $2; n[key]++; v[key, n[key]] = $(i + 1) } }
  function median(key,   m, i, j, t, a) {
    m = n[key]; for (i = 1; i <= m; i++) a[i] = v[key, i] + 0
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
    return m % 2 ? a[(m + 1) / 2] : (a[m / 2] + a[m / 2 + 1]) / 2
  }
  END {
    for (s = 1; s <= 2; s++) {
      side = s == 1 ? "before" : "after"
      this = median(side " this"); hand = median(side " hand")
      printf "%-6s this %.2f ms, hand loop %.2f ms, hand / this %.3f (%d rounds)\n", side, this, hand, hand / this, n[side " this"]
    }
  }' "$log"
