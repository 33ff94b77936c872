#!/usr/bin/env bash
# End-to-end benchmark of `thidua run` over generated corpora, each figure next to a
# reference measured in the same run: ICU's raw NFC followed by ICU's raw sentence breaks
# over the same decoded text (thidua-bench --directory), on one thread.
#
#   scripts/bench-run.sh [--rounds N] [ARTICLES...]     default: 10000 100000
#
# For each size: articles/s and MB/s of a first run with all cores and with --jobs 1
# (the speed-up), peak RSS, a rerun over the unchanged corpus, the near and exact copies the
# run found against those the generator made, and the generator's gold scored by
# `thidua eval` (F1). Each round runs --jobs 1, then all cores, each into a new store, then
# reruns the last; the table gives each figure's median over the rounds with its range, and
# the speed-up of the medians with the range of the rounds' own (on a shared VM one run's
# time moves by a quarter, or more). Rounds: N for every size with --rounds N; otherwise 15
# for up to 10,000 articles (a run of seconds: three rounds gave 1.39x and nine 1.52x in
# the same hour, and nine still moved between 1.43x and 1.61x from hour to hour) and 5
# above (three gave 1.46x and five 1.70x an hour apart). About 14 minutes for the
# default sizes. Needs GNU time (/usr/bin/time); scripts/noise-probe.sh says whether the
# machine is steady enough to bother.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=""
if [ "${1:-}" = "--rounds" ]; then
  rounds=$2; shift 2
  [ "$rounds" -ge 1 ] 2>/dev/null || { echo "--rounds takes a number of at least 1" >&2; exit 2; }
fi
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

# The median of the numbers given, then their range: "4.08 (3.90–4.31)".
summary() { tr ' ' '\n' <<<"$*" | sort -g | awk '{ v[NR] = $1 } END {
  m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "%s %.2f %.2f\n", m, v[1], v[NR] }'; }

echo "| articles | MB | run | seconds: median (range) | articles/s | MB/s | vs ICU NFC + breaks | peak RSS |"
echo "|---:|---:|---|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  size_rounds=${rounds:-$([ "$n" -le 10000 ] && echo 15 || echo 5)}
  generated=$("$bin/thidua" gen-corpus --articles "$n" --out "$corpus" --seed 1 2>&1)
  near_made=$(sed -E 's/.* ([0-9]+) near copies.*/\1/' <<<"$generated")
  exact_made=$(sed -E 's/.*; ([0-9]+) exact.*/\1/' <<<"$generated")
  reference=$("$bin/thidua-bench" --directory "$corpus/articles" --rounds 3 | grep '^reference')
  bytes=$(sed -E 's/.* bytes=([0-9]+).*/\1/' <<<"$reference")
  both=$(sed -E 's/.* both_mbps=([0-9.]+).*/\1/' <<<"$reference")
  row() { # label "median low high" rss
    read -r median low high <<<"$2"
    awk -v n="$n" -v b="$bytes" -v s="$median" -v lo="$low" -v hi="$high" -v r="$3" -v ref="$both" -v label="$1" 'BEGIN {
      mbps = b / 1e6 / s
      printf "| %d | %.1f | %s | %.2f (%.2f–%.2f) | %.0f | %.1f | %.3f× | %d MB |\n", n, b / 1e6, label, s, lo, hi, n / s, mbps, mbps / ref, r }'
  }
  ones=() alls=() agains=() pairs=() rss1=0 rssall=0 rssagain=0
  for round in $(seq "$size_rounds"); do
    rm -f "$work"/*.sqlite*
    read -r one rss < <(measure "$bin/thidua" run --quiet --jobs 1 --db "$work/one.sqlite" "$corpus/articles")
    ones+=("$one"); rss1=$((rss > rss1 ? rss : rss1))
    read -r all rss < <(measure "$bin/thidua" run --quiet --json --db "$work/all.sqlite" "$corpus/articles")
    alls+=("$all"); rssall=$((rss > rssall ? rss : rssall))
    pairs+=("$(awk -v a="$one" -v b="$all" 'BEGIN { print a / b }')")
    near_found=$(sed -E 's/.*"nearDuplicates":([0-9]+).*/\1/' "$work/stdout")
    exact_found=$(sed -E 's/.*"exactDuplicates":([0-9]+).*/\1/' "$work/stdout")
    read -r again rss < <(measure "$bin/thidua" run --quiet --db "$work/all.sqlite" "$corpus/articles")
    agains+=("$again"); rssagain=$((rss > rssagain ? rss : rssagain))
  done
  read -r one _ _ <<<"$(summary "${ones[@]}")"
  read -r all _ _ <<<"$(summary "${alls[@]}")"
  read -r again _ _ <<<"$(summary "${agains[@]}")"
  row "first, --jobs 1" "$(summary "${ones[@]}")" "$rss1"
  row "first, --jobs $cores" "$(summary "${alls[@]}")" "$rssall"
  row "rerun, unchanged" "$(summary "${agains[@]}")" "$rssagain"
  read -r _ pair_low pair_high <<<"$(summary "${pairs[@]}")"
  awk -v a="$one" -v b="$all" -v c="$again" -v n="$n" -v lo="$pair_low" -v hi="$pair_high" -v r="$size_rounds" 'BEGIN {
    printf "| %d | | speed-up 1 → '"$cores"' jobs: %.2f× (%d rounds: %.2f–%.2f×); rerun %.0f× faster than the first run | | | | | |\n", n, a / b, r, lo, hi, b / c }'
  echo "| $n | | duplicates (found in the last round / generated): near $near_found / $near_made, exact $exact_found / $exact_made | | | | | |"
  f1=$("$bin/thidua" eval --gold "$corpus/gold" --corpus "$corpus/articles" | grep -m1 '^precision')
  echo "| $n | | gold of the generator: $f1 | | | | | |"
  echo "| $n | | reference: $(cut -d' ' -f2- <<<"$reference") | | | | | |"
  rm -rf "$corpus" "$work"/*.sqlite*
done
