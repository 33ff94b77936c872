// The executable links mimalloc, which then serves every malloc of the process (the Swift
// runtime, Foundation, SQLite, ICU): glibc's allocator made the store's writer take the
// text workers' arena locks for every document it freed (1,650 sleeps in a --jobs 2 run
// of 10,000 articles). Calling into the library here also keeps the linker from dropping it.
#include "CMimalloc.h"

#include <mimalloc.h>
#include <stdio.h>
#include <stdlib.h>

int thidua_allocator(char *buffer, size_t size) {
    int number = mi_version();
    char version[24];
    snprintf(version, sizeof version, "%d.%d.%d", number / 100, (number / 10) % 10, number % 10);
    void *probe = malloc(64);
    int ours = probe != NULL && mi_is_in_heap_region(probe);
    free(probe);
    snprintf(buffer, size, ours ? "mimalloc %s" : "system malloc (mimalloc %s linked but not in use)", version);
    return ours;
}
