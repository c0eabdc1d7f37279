#!/usr/bin/env bash
# The script engine in new processes (docs/engine.md): the first compile of a process, and a new process
# loading the same script from the disk cache. Each is run RUNS times (default 10) as a whole process
# under /usr/bin/time; the medians of the wall time and of the time the program itself measured around
# the first Parse are printed. Usage: benchmarks/engine-cold.sh [--trusted]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
trust=("$@")
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
dotnet build -c Release benchmarks/ScriptGen.Benchmarks -nodeReuse:false -v quiet -nologo >/dev/null
program=benchmarks/ScriptGen.Benchmarks/bin/Release/net10.0/ScriptGen.Benchmarks.dll
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

measure() {
  local label=$1; shift
  local walls=() inner=() out
  for _ in $(seq "$runs"); do
    out=$( { /usr/bin/time -f "wall %e" dotnet "$program" "$@" "${trust[@]}"; } 2>&1 )
    walls+=("$(sed -n 's/^wall //p' <<<"$out")")
    inner+=("$(sed -n 's/.* in \([0-9.]*\) ms.*/\1/p' <<<"$out")")
  done
  printf '%-44s process %6.2f s   first Parse %8.1f ms   (median of %d)\n' "$label" \
    "$(printf '%s\n' "${walls[@]}" | median)" "$(printf '%s\n' "${inner[@]}" | median)" "$runs"
}

dotnet "$program" --engine-cold --cache "$cache" "${trust[@]}" >/dev/null   # fill the disk cache
measure "new process, first compile" --engine-cold
measure "new process, load from the disk cache" --engine-cold --cache "$cache"
