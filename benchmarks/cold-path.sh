#!/usr/bin/env bash
# Issue #21's cold path (docs/performance.md, "Cold start"): a new process loads 1,000,000 one-minute bars
# from CSV, backtests the EMA Cross sample and prints the summary. Timed as whole processes, RUNS times each
# (default 10), under /usr/bin/time; the medians of the wall time, and of the phases the programs report
# themselves (load, run, summary: ColdRun prints them on standard error, the tool with --verbose), are printed:
#  - benchmarks/ScriptGen.ColdRun, the sample runner (the script compiled in by the generator);
#  - `scriptgen backtest`, first run: an empty disk cache each time, so it compiles the script;
#  - `scriptgen backtest`, cached: the compiled script loaded from the disk cache.
# Publishes Release with ReadyToRun (R2R=0: the plain build) and writes the CSV once (benchmarks/cli/random-bars.cs).
# PACKAGE=1 times the tool as users get it instead: packed (this platform's ReadyToRun package, docs/cli.md) and
# installed with dotnet tool install from that folder feed.
# Usage: benchmarks/cold-path.sh      (RUNS=N, BARS=N change the counts; KEEP_CSV=path reuses a CSV; R2R=0; PACKAGE=1)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
count=${BARS:-1000000}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ReadyToRun (precompiled code in the app's own assemblies: less JIT at start) needs a runtime identifier,
# so the programs are published for this machine's; R2R=0 times the plain Release build instead.
if [[ ${R2R:-1} == 1 ]]; then
  case $(uname -m) in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
  publish() { dotnet publish "$1" -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$2" -nodeReuse:false -v quiet -nologo >/dev/null; }
  publish benchmarks/ScriptGen.ColdRun "$work/runner"
  publish src/ScriptGen.Cli "$work/tool"
  runner=$work/runner/ScriptGen.ColdRun
  tool=$work/tool/ScriptGen.Cli
else
  dotnet build -c Release benchmarks/ScriptGen.ColdRun -nodeReuse:false -v quiet -nologo >/dev/null
  dotnet build -c Release src/ScriptGen.Cli -nodeReuse:false -v quiet -nologo >/dev/null
  runner=benchmarks/ScriptGen.ColdRun/bin/Release/net10.0/ScriptGen.ColdRun
  tool=src/ScriptGen.Cli/bin/Release/net10.0/ScriptGen.Cli
fi

if [[ ${PACKAGE:-0} == 1 ]]; then
  version=0.1.0-coldpath.$(date -u +%Y%m%d%H%M%S)
  dotnet pack src/ScriptGen.Cli -c Release -o "$work/feed" --version-suffix "${version#*-}" -nodeReuse:false -v quiet -nologo >/dev/null
  dotnet tool install ScriptGen.Cli --tool-path "$work/installed" --add-source "$work/feed" --version "$version" >/dev/null
  tool=$work/installed/scriptgen
  echo "the tool: $(ls "$work/installed/.store/scriptgen.cli/$version" | grep -v json | tr '\n' ' ')installed from a pack of this tree"
fi

csv=${KEEP_CSV:-$work/bars.csv}
if [[ ! -s $csv ]]; then
  dotnet run benchmarks/cli/random-bars.cs -- "$count" "$csv" >/dev/null
fi
backtest=(backtest samples/ScriptGen.Samples/Scripts/EmaCross.pine.cs --data "$csv" --mintick 0.00001 --verbose)

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Runs "$@" RUNS times; CACHE_MODE=fresh gives each run an empty cache folder, shared one folder.
measure() {
  local label=$1 mode=$2; shift 2
  local walls=() loads=() runs_=() prints=() starts=() out cache
  for i in $(seq "$runs"); do
    cache="$work/cache"
    [[ $mode == fresh ]] && cache="$work/cache-$i"
    local args=("$@")
    [[ $mode != none ]] && args+=(--cache-dir "$cache")
    out=$( { /usr/bin/time -f "wall %e" "${args[@]}" >/dev/null; } 2>&1 )
    walls+=("$(sed -n 's/^wall //p' <<<"$out")")
    loads+=("$(sed -n 's/.*load \([0-9.]*\) ms.*/\1/p' <<<"$out" | head -1)")
    runs_+=("$(sed -n 's/.*run \([0-9.]*\) ms.*/\1/p' <<<"$out" | head -1)")
    prints+=("$(sed -n 's/.*summary \([0-9.]*\) ms.*/\1/p' <<<"$out" | head -1)")
    starts+=("$(sed -n 's/.*summary printed \([0-9.]*\) ms after.*/\1/p' <<<"$out" | head -1)")
  done
  local phases=""
  if [[ -n ${loads[0]} ]]; then
    phases=$(printf 'load %4.0f ms, run %4.0f ms, summary %3.0f ms, printed %4.0f ms after start' \
      "$(printf '%s\n' "${loads[@]}" | median)" "$(printf '%s\n' "${runs_[@]}" | median)" "$(printf '%s\n' "${prints[@]}" | median)" \
      "$(printf '%s\n' "${starts[@]}" | median)")
  fi
  printf '%-40s wall %5.2f s   %s   (median of %d)\n' "$label" "$(printf '%s\n' "${walls[@]}" | median)" "$phases" "$runs"
}

echo "$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
"$tool" "${backtest[@]}" --cache-dir "$work/cache" >/dev/null 2>&1   # fill the shared cache
measure "ColdRun sample runner" none "$runner" "$csv" 0.00001
measure "scriptgen backtest, first run" fresh "$tool" "${backtest[@]}"
measure "scriptgen backtest, cached" shared "$tool" "${backtest[@]}"
echo "load $(cut -d' ' -f1-3 /proc/loadavg) at the end"
