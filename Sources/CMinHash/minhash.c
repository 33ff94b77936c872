// MinHash's inner loop with AVX-512 where the machine has it. x86-64's baseline (SSE2)
// has no 64-bit lane multiply, so the portable loop does one scalar multiply per hash
// function and shingle: 128 per shingle, a tenth of a run's instructions. The AVX-512
// version is chosen at run time (CPUID and XGETBV), not at build time: the same binary
// runs on machines without it.
#include "CMinHash.h"

void thidua_minhash_update_portable(const uint64_t *shingles, size_t count, const uint64_t *multipliers,
                                    const uint64_t *addends, uint32_t *minimums, size_t hashes) {
    for (size_t s = 0; s < count; s++) {
        const uint64_t shingle = shingles[s];
        for (size_t i = 0; i < hashes; i++) {
            const uint32_t value = (uint32_t)((shingle * multipliers[i] + addends[i]) >> 32);
            minimums[i] = value < minimums[i] ? value : minimums[i];
        }
    }
}

#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("avx512f,avx512dq")))
static void update_avx512(const uint64_t *shingles, size_t count, const uint64_t *multipliers,
                          const uint64_t *addends, uint32_t *minimums, size_t hashes) {
    size_t vectorized = hashes - hashes % 8;
    for (size_t i = 0; i < vectorized; i += 8) {
        const __m512i multiplier = _mm512_loadu_si512((const void *)(multipliers + i));
        const __m512i addend = _mm512_loadu_si512((const void *)(addends + i));
        __m256i minimum = _mm256_loadu_si256((const __m256i *)(minimums + i));
        for (size_t s = 0; s < count; s++) {
            const __m512i shingle = _mm512_set1_epi64((long long)shingles[s]);
            const __m512i hashed = _mm512_add_epi64(_mm512_mullo_epi64(shingle, multiplier), addend);
            minimum = _mm256_min_epu32(minimum, _mm512_cvtepi64_epi32(_mm512_srli_epi64(hashed, 32)));
        }
        _mm256_storeu_si256((__m256i *)(minimums + i), minimum);
    }
    if (vectorized < hashes) {
        thidua_minhash_update_portable(shingles, count, multipliers + vectorized, addends + vectorized,
                                       minimums + vectorized, hashes - vectorized);
    }
}

/// AVX-512 F and DQ in the CPU, and ZMM state enabled by the OS (XCR0 bits 1, 2, 5, 6, 7).
static int detect_avx512(void) {
    unsigned int eax, ebx, ecx, edx;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & (1u << 27))) return 0; // OSXSAVE
    unsigned int xcr0_low, xcr0_high;
    __asm__ volatile("xgetbv" : "=a"(xcr0_low), "=d"(xcr0_high) : "c"(0));
    if ((xcr0_low & 0xE6) != 0xE6) return 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return 0;
    return (ebx & (1u << 16)) && (ebx & (1u << 17)); // AVX512F, AVX512DQ
}

int thidua_minhash_uses_avx512(void) {
    // Idempotent: two threads that both detect write the same value.
    static int detected = -1;
    int value = __atomic_load_n(&detected, __ATOMIC_RELAXED);
    if (value < 0) {
        value = detect_avx512();
        __atomic_store_n(&detected, value, __ATOMIC_RELAXED);
    }
    return value;
}

void thidua_minhash_update(const uint64_t *shingles, size_t count, const uint64_t *multipliers,
                           const uint64_t *addends, uint32_t *minimums, size_t hashes) {
    if (thidua_minhash_uses_avx512()) {
        update_avx512(shingles, count, multipliers, addends, minimums, hashes);
    } else {
        thidua_minhash_update_portable(shingles, count, multipliers, addends, minimums, hashes);
    }
}
#else
int thidua_minhash_uses_avx512(void) { return 0; }

void thidua_minhash_update(const uint64_t *shingles, size_t count, const uint64_t *multipliers,
                           const uint64_t *addends, uint32_t *minimums, size_t hashes) {
    thidua_minhash_update_portable(shingles, count, multipliers, addends, minimums, hashes);
}
#endif
