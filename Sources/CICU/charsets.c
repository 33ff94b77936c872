#include "CICU.h"
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>

// Counts substitutions while ICU replaces what it cannot convert.
typedef struct {
    int32_t count;
} Substitutions;

static void countingSubstitute(const void *context, UConverterToUnicodeArgs *args, const char *codeUnits,
                               int32_t length, UConverterCallbackReason reason, UErrorCode *status) {
    if (reason <= UCNV_IRREGULAR) ((Substitutions *)context)->count++;
    UCNV_TO_U_CALLBACK_SUBSTITUTE(NULL, args, codeUnits, length, reason, status);
}

// Converts between two open converters through a UTF-16 pivot; closes both.
static int32_t convertAndClose(UConverter *to, UConverter *from, const char *src, int32_t length, char *dest,
                               int32_t capacity, UErrorCode *status) {
    int32_t written = 0;
    if (U_SUCCESS(*status)) {
        char *target = dest;
        const char *source = src;
        UChar pivot[1024];
        UChar *pivotSource = pivot, *pivotTarget = pivot;
        ucnv_convertEx(to, from, &target, dest + capacity, &source, src + length, pivot, &pivotSource,
                       &pivotTarget, pivot + 1024, 1, 1, status);
        written = (int32_t)(target - dest);
    }
    if (from != NULL) ucnv_close(from);
    if (to != NULL) ucnv_close(to);
    return written;
}

int32_t thidua_convert_to_utf8(const char *charset, const char *src, int32_t length, char *dest,
                               int32_t capacity, int32_t *substitutions, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UConverter *from = ucnv_open(charset, &status);
    UConverter *to = ucnv_open("UTF-8", &status);
    Substitutions counter = {0};
    if (U_SUCCESS(status)) {
        ucnv_setToUCallBack(from, countingSubstitute, &counter, NULL, NULL, &status);
    }
    int32_t written = convertAndClose(to, from, src, length, dest, capacity, &status);
    *substitutions = counter.count;
    *error = (int32_t)status;
    return written;
}

int32_t thidua_detect_charsets(const char *src, int32_t length, char *names, int32_t *confidences,
                               int32_t max, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UCharsetDetector *detector = ucsdet_open(&status);
    ucsdet_setText(detector, src, length, &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector, &found, &status);
    int32_t count = 0;
    for (int32_t i = 0; U_SUCCESS(status) && i < found && count < max; i++) {
        const char *name = ucsdet_getName(matches[i], &status);
        int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || name == NULL) break;
        strncpy(names + count * 32, name, 31);
        names[count * 32 + 31] = 0;
        confidences[count] = confidence;
        count++;
    }
    if (detector != NULL) ucsdet_close(detector);
    *error = (int32_t)status;
    return count;
}

int32_t thidua_convert_from_utf8(const char *charset, const char *src, int32_t length, char *dest,
                                 int32_t capacity, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UConverter *from = ucnv_open("UTF-8", &status);
    UConverter *to = ucnv_open(charset, &status);
    // Refuse rather than substitute: a generated or re-encoded text must say what it says.
    if (U_SUCCESS(status)) {
        ucnv_setFromUCallBack(to, UCNV_FROM_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    }
    int32_t written = convertAndClose(to, from, src, length, dest, capacity, &status);
    *error = (int32_t)status;
    return written;
}
