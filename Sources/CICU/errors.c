#include "CICU.h"
#include <stdio.h>
#include <unicode/utypes.h>
#include <unicode/uversion.h>

const char *thidua_icu_error_name(int32_t error) {
    return u_errorName((UErrorCode)error);
}

void thidua_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo version;
    u_getVersion(version);
    snprintf(buffer, (size_t)capacity, "%d.%d", version[0], version[1]);
}
