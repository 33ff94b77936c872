// The inner loop of MinHash signatures. Plain C types only.
#ifndef THIDUA_CMINHASH_H
#define THIDUA_CMINHASH_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// For each hash function i below `hashes`, lowers `minimums[i]` to the high 32 bits of
/// `shingle * multipliers[i] + addends[i]` (mod 2^64) for every one of `count` shingles.
/// Uses AVX-512 (DQ: 64-bit lane multiply) when the CPU and the OS have it; the result
/// is the same either way.
void thidua_minhash_update(const uint64_t *shingles, size_t count, const uint64_t *multipliers,
                           const uint64_t *addends, uint32_t *minimums, size_t hashes);

/// The same without AVX-512, whatever the CPU: for tests.
void thidua_minhash_update_portable(const uint64_t *shingles, size_t count, const uint64_t *multipliers,
                                    const uint64_t *addends, uint32_t *minimums, size_t hashes);

/// Whether `thidua_minhash_update` uses AVX-512 on this machine.
int thidua_minhash_uses_avx512(void);

#ifdef __cplusplus
}
#endif

#endif
