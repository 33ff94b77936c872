#include "CICU.h"
#include <stdlib.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

struct ThiduaBreaker {
    UBreakIterator *iterator;
};

// Takes ownership of `iterator`; NULL (and the error set) when either part failed.
static ThiduaBreaker *wrap(UBreakIterator *iterator, UErrorCode status, int32_t *error) {
    *error = (int32_t)status;
    if (U_FAILURE(status)) return NULL;
    ThiduaBreaker *breaker = malloc(sizeof *breaker);
    if (breaker == NULL) {
        ubrk_close(iterator);
        *error = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    return breaker;
}

ThiduaBreaker *thidua_sentence_breaker_open(const char *locale, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    return wrap(iterator, status, error);
}

ThiduaBreaker *thidua_breaker_clone(const ThiduaBreaker *source, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UBreakIterator *iterator = ubrk_clone(source->iterator, &status);
    return wrap(iterator, status, error);
}

void thidua_breaker_close(ThiduaBreaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    free(breaker);
}

int32_t thidua_breaker_boundaries_utf8(ThiduaBreaker *breaker, const char *text,
                                       int32_t length, int32_t *boundaries, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UText utext = UTEXT_INITIALIZER;
    utext_openUTF8(&utext, text, length, &status);
    ubrk_setUText(breaker->iterator, &utext, &status);
    int32_t count = 0;
    if (U_SUCCESS(status)) {
        for (int32_t at = ubrk_first(breaker->iterator); at != UBRK_DONE;
             at = ubrk_next(breaker->iterator)) {
            if (count > length) break; // cannot happen; guards the caller's buffer
            boundaries[count++] = at;
        }
    }
    // The iterator keeps a shallow clone of the UText; detach it before the bytes go.
    UErrorCode resetStatus = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, NULL, 0, &resetStatus);
    utext_close(&utext);
    *error = (int32_t)status;
    return count;
}

int32_t thidua_reference_count_sentences(ThiduaBreaker *breaker, const uint16_t *text,
                                         int32_t length, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    ubrk_setText(breaker->iterator, (const UChar *)text, length, &status);
    int32_t count = 0;
    if (U_SUCCESS(status)) {
        for (int32_t at = ubrk_next(breaker->iterator); at != UBRK_DONE;
             at = ubrk_next(breaker->iterator)) {
            count++;
        }
    }
    *error = (int32_t)status;
    return count;
}
