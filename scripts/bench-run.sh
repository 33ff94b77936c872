#!/usr/bin/env bash
# End-to-end benchmark of `thidua run` over generated corpora, each figure next to a
# reference measured in the same run: ICU's raw NFC followed by ICU's raw sentence breaks
# over the same decoded text (thidua-bench --directory), on one thread.
#
#   scripts/bench-run.sh [ARTICLES...]        default: 10000 100000
#
# For each size: articles/s and MB/s of a first run with all cores and with --jobs 1
# (the speed-up), peak RSS, a rerun over the unchanged corpus, the near and exact copies the
# run found against those the generator made, and the generator's gold scored by
# `thidua eval` (F1). Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
swift build -c release --product thidua >/dev/null
swift build -c release --product thidua-bench >/dev/null
bin=$(swift build -c release --show-bin-path)
work=$(mktemp -d "${TMPDIR:-/tmp}/thidua-bench-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
cores=$(nproc)

# Runs a command; prints "seconds peak_rss_mb".
measure() {
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >"$work/stdout" 2>"$work/stderr" || { cat "$work/stderr" >&2; return 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$work/time"
}

echo "| articles | MB | run | seconds | articles/s | MB/s | vs ICU NFC + breaks | peak RSS |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  generated=$("$bin/thidua" gen-corpus --articles "$n" --out "$corpus" --seed 1 2>&1)
  near_made=$(sed -E 's/.* ([0-9]+) near copies.*/\1/' <<<"$generated")
  exact_made=$(sed -E 's/.*; ([0-9]+) exact.*/\1/' <<<"$generated")
  reference=$("$bin/thidua-bench" --directory "$corpus/articles" --rounds 3 | grep '^reference')
  bytes=$(sed -E 's/.* bytes=([0-9]+).*/\1/' <<<"$reference")
  both=$(sed -E 's/.* both_mbps=([0-9.]+).*/\1/' <<<"$reference")
  row() { # label seconds rss
    awk -v n="$n" -v b="$bytes" -v s="$2" -v r="$3" -v ref="$both" -v label="$1" 'BEGIN {
      mbps = b / 1e6 / s
      printf "| %d | %.1f | %s | %.2f | %.0f | %.1f | %.3f× | %d MB |\n", n, b / 1e6, label, s, n / s, mbps, mbps / ref, r }'
  }
  read -r one rss1 < <(measure "$bin/thidua" run --quiet --jobs 1 --db "$work/one-$n.sqlite" "$corpus/articles")
  read -r all rssall < <(measure "$bin/thidua" run --quiet --json --db "$work/all-$n.sqlite" "$corpus/articles")
  near_found=$(sed -E 's/.*"nearDuplicates":([0-9]+).*/\1/' "$work/stdout")
  exact_found=$(sed -E 's/.*"exactDuplicates":([0-9]+).*/\1/' "$work/stdout")
  read -r again rssagain < <(measure "$bin/thidua" run --quiet --db "$work/all-$n.sqlite" "$corpus/articles")
  row "first, --jobs 1" "$one" "$rss1"
  row "first, --jobs $cores" "$all" "$rssall"
  row "rerun, unchanged" "$again" "$rssagain"
  awk -v a="$one" -v b="$all" -v c="$again" -v n="$n" 'BEGIN {
    printf "| %d | | speed-up 1 → '"$cores"' jobs: %.2f×; rerun %.0f× faster than the first run | | | | | |\n", n, a / b, b / c }'
  echo "| $n | | duplicates (found in the first run / generated): near $near_found / $near_made, exact $exact_found / $exact_made | | | | | |"
  f1=$("$bin/thidua" eval --gold "$corpus/gold" --corpus "$corpus/articles" | grep -m1 '^precision')
  echo "| $n | | gold of the generator: $f1 | | | | | |"
  echo "| $n | | reference: $(cut -d' ' -f2- <<<"$reference") | | | | | |"
  rm -rf "$corpus" "$work"/*.sqlite*
done
