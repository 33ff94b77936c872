#ifndef THIDUA_CMIMALLOC_H
#define THIDUA_CMIMALLOC_H

#include <stddef.h>

/// Writes the allocator the process runs on into `buffer` (at most `size` bytes, with its
/// NUL), e.g. "mimalloc 2.0.9", or "system malloc (mimalloc 2.0.9 linked but not in use)"
/// when something loaded earlier took `malloc`. Returns 1 when `malloc` is mimalloc's.
int thidua_allocator(char *buffer, size_t size);

#endif
