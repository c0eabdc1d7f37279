#!/usr/bin/env bash
# How fast each CPU runs right now: the same compute-only loop (bash arithmetic, no memory to speak of) pinned to each
# CPU in turn with taskset, then on all of them at once. On a shared VM the CPUs need not be equal, and which one is slow
# can change from one minute to the next (docs/performance.md, "Two unequal CPUs"): run it beside a measurement to know
# what the host gave it.
#
#   benchmarks/cpu-speeds.sh [iterations]     # default 500,000: half a second to a second a CPU on the 2-core host
set -euo pipefail

iterations=${1:-500000}
cpus=$(nproc)
# EPOCHREALTIME without its point is microseconds.
spin() {
  local start=${EPOCHREALTIME/./} i
  for ((i = 0; i < iterations; i++)); do :; done
  echo "$1 $(((${EPOCHREALTIME/./} - start) / 1000)) ms"
}
export -f spin
export iterations

for ((cpu = 0; cpu < cpus; cpu++)); do
  taskset -c "$cpu" bash -c "spin 'cpu $cpu alone:'"
done

for ((cpu = 0; cpu < cpus; cpu++)); do
  taskset -c "$cpu" bash -c "spin 'cpu $cpu, all at once:'" &
done
wait
