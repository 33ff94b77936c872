#include "CZlib.h"
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

void thidua_gzip_free(uint8_t *output) { free(output); }

int32_t thidua_gunzip(const uint8_t *data, int64_t length, int64_t limit, uint8_t **output,
                      int64_t *outputLength, int64_t *failedAt) {
    *output = NULL;
    *outputLength = 0;
    *failedAt = 0;
    size_t capacity = length < 1024 ? 4096 : (size_t)length * 4;
    if ((int64_t)capacity > limit + 1) capacity = (size_t)limit + 1;
    uint8_t *buffer = malloc(capacity);
    if (buffer == NULL) return THIDUA_GZIP_NO_MEMORY;

    z_stream stream;
    memset(&stream, 0, sizeof stream);
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK) {
        free(buffer);
        return THIDUA_GZIP_NO_MEMORY;
    }
    stream.next_in = (Bytef *)data;
    // zlib counts in uInt; articles are far below 4 GiB, and the limit guards the rest.
    stream.avail_in = (uInt)length;
    size_t produced = 0;
    int32_t result = THIDUA_GZIP_OK;
    for (;;) {
        if (produced == capacity) {
            if ((int64_t)produced > limit) { result = THIDUA_GZIP_TOO_LARGE; break; }
            size_t grown = capacity * 2;
            if ((int64_t)grown > limit + 1) grown = (size_t)limit + 1;
            uint8_t *larger = realloc(buffer, grown);
            if (larger == NULL) { result = THIDUA_GZIP_NO_MEMORY; break; }
            buffer = larger;
            capacity = grown;
        }
        stream.next_out = buffer + produced;
        stream.avail_out = (uInt)(capacity - produced);
        int status = inflate(&stream, Z_NO_FLUSH);
        produced = capacity - stream.avail_out;
        if ((int64_t)produced > limit) { result = THIDUA_GZIP_TOO_LARGE; break; }
        if (status == Z_STREAM_END) {
            if (stream.avail_in == 0) break;
            // Another member follows (concatenated gzip files).
            if (inflateReset(&stream) != Z_OK) { result = THIDUA_GZIP_CORRUPT; break; }
            continue;
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) { result = THIDUA_GZIP_TRUNCATED; break; }
        if (status != Z_OK && status != Z_BUF_ERROR) { result = THIDUA_GZIP_CORRUPT; break; }
        if (stream.avail_in == 0 && stream.avail_out != 0) { result = THIDUA_GZIP_TRUNCATED; break; }
    }
    *failedAt = (int64_t)(length - stream.avail_in);
    inflateEnd(&stream);
    if (result != THIDUA_GZIP_OK) {
        free(buffer);
        return result;
    }
    *output = buffer;
    *outputLength = (int64_t)produced;
    return THIDUA_GZIP_OK;
}
