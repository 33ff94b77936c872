// gzip decompression through zlib, with a size limit. Plain C types only.
#ifndef THIDUA_CZLIB_H
#define THIDUA_CZLIB_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
    THIDUA_GZIP_OK = 0,
    THIDUA_GZIP_TRUNCATED = 1,   ///< the data ends inside a member
    THIDUA_GZIP_TOO_LARGE = 2,   ///< inflating would pass `limit` bytes
    THIDUA_GZIP_CORRUPT = 3,     ///< not gzip, or a bad block or checksum
    THIDUA_GZIP_NO_MEMORY = 4,
};

/// Inflates every gzip member of `data`. On success `*output` (free it with
/// `thidua_gzip_free`) holds `*outputLength` bytes. On failure `*failedAt` is the offset
/// in `data` where inflating stopped.
int32_t thidua_gunzip(const uint8_t *data, int64_t length, int64_t limit, uint8_t **output,
                      int64_t *outputLength, int64_t *failedAt);
void thidua_gzip_free(uint8_t *output);

#ifdef __cplusplus
}
#endif

#endif
