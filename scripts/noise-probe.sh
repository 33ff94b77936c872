#!/usr/bin/env bash
# How steady the machine is right now, before a benchmark: CPU seconds of two small C
# loops, each alone and then two copies side by side (one per core). The first reads 4 MB
# at random, one read depending on the last (the memory system, which a VM shares with
# other tenants); the second stays in the L1 cache (the core alone). On the development VM
# the second took 0.60-0.62 s every time while the first moved by half or more within a
# minute: a benchmark run in such a minute says little about the code.
#
#   scripts/noise-probe.sh [ROUNDS]      default 3; needs a C compiler (cc)
set -euo pipefail
rounds=${1:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/thidua-noise.XXXXXX")
trap 'rm -rf "$work"' EXIT
cat >"$work/probe.c" <<'C'
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
int main(int argc, char **argv) {
    size_t n = (size_t)atol(argv[1]); int passes = atoi(argv[2]);
    uint32_t *a = malloc(n * sizeof *a);
    if (!a) return 1;
    for (size_t i = 0; i < n; i++) a[i] = (uint32_t)(i * 2654435761u);
    struct timespec t0, t1;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t0);
    uint64_t s = 0;
    for (int r = 0; r < passes; r++)
        for (size_t i = 0; i < n; i++) s += a[(i * 7919 + s) & (n - 1)] ^ (s >> 3);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t1);
    printf("%.3f%s", (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9, s == 1 ? " " : "");
    return 0;
}
C
cc -O2 -o "$work/probe" "$work/probe.c"
probe() { # label elements passes
  local alone pair_a pair_b
  alone=$("$work/probe" "$2" "$3")
  "$work/probe" "$2" "$3" >"$work/a" & "$work/probe" "$2" "$3" >"$work/b"; wait
  printf "%-26s alone %6.3f s   side by side %6.3f s and %6.3f s\n" "$1" "$alone" "$(cat "$work/a")" "$(cat "$work/b")"
}
for round in $(seq "$rounds"); do
  probe "random reads over 4 MB" $((1 << 20)) 50
  probe "in the L1 cache" $((1 << 12)) 60000
done
