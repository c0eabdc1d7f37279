#!/usr/bin/env bash
# Builds the paired harness (this folder) against the ScriptGen.Benchmarks project of a tree, into an output folder:
#   benchmarks/paired/build.sh <tree> <out>
# A copy of the harness is built (under <out>.src), so several trees' builds do not share obj/. Used by
# benchmarks/paired-ab.sh and benchmarks/paired-table.sh.
set -euo pipefail

tree=$1 out=$2
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$out.src"
cp -r "$here" "$out.src"
rm -rf "$out.src/bin" "$out.src/obj"
echo "building the harness against $tree" >&2
dotnet build "$out.src/Paired.csproj" -c Release -nodeReuse:false -v quiet -o "$out" \
  -p:BenchmarksProject="$tree/benchmarks/ScriptGen.Benchmarks/ScriptGen.Benchmarks.csproj" > "$out.build.log" \
  || { cat "$out.build.log" >&2; exit 1; }
