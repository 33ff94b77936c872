#!/usr/bin/env bash
# Instructions a `thidua run --jobs 1` executes over generated articles, counted by
# valgrind's callgrind: the same count for the same build and inputs however busy the
# machine is, where timings on a shared VM move by a quarter within minutes. For A/B
# checks of CPU work; time and parallelism are scripts/bench-run.sh's.
#
#   scripts/instructions.sh [ARTICLES] [BINARY]    default: 1000, this checkout's release build
#
# Prints the instructions of the run, of the start-up alone (rules loaded, an empty input
# directory), per article without the start-up, and the functions that execute the most.
# Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
command -v valgrind >/dev/null || { echo "valgrind is not installed (apt-get install valgrind)" >&2; exit 1; }
if [ -n "${2:-}" ]; then
  binary=$2
else
  swift build -c release --product thidua >/dev/null
  binary="$(swift build -c release --show-bin-path)/thidua"
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/thidua-instructions.XXXXXX")
trap 'rm -rf "$work"' EXIT
# valgrind cannot read the DWARF of Swift binaries ("possibly corrupted debuginfo"): the
# symbol table is enough to name functions.
objcopy --strip-debug "$binary" "$work/thidua"
"$work/thidua" gen-corpus --articles "$articles" --out "$work/corpus" --seed 1 >/dev/null 2>&1
mkdir "$work/empty"

count() { # directory output-file: total instructions
  # Swift seeds its hashing per process: the same run executes a few hundred thousand
  # instructions more or less from one process to the next unless the seed is fixed.
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=callgrind --callgrind-out-file="$2" "$work/thidua" run --quiet --jobs 1 --db "$work/store-$RANDOM.sqlite" "$1" 2>&1 \
    | sed -nE 's/.*Collected : ([0-9]+).*/\1/p'
}
total=$(count "$work/corpus/articles" "$work/run.out")
startup=$(count "$work/empty" "$work/startup.out")
awk -v t="$total" -v s="$startup" -v n="$articles" 'BEGIN {
  printf "run: %.0f instructions over %d articles; start-up %.0f; per article %.0f\n", t, n, s, (t - s) / n }'
echo "most executed (exclusive):"
callgrind_annotate "$work/run.out" 2>/dev/null | grep -E '^ *[0-9,]+ \(' | sed -n '2,16p' \
  | { command -v swift >/dev/null && swift demangle --simplified || cat; } | cut -c1-150
