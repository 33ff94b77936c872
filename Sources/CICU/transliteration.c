#include "CICU.h"
#include <unicode/utrans.h>

ThiduaTransliterator *thidua_transliterator_open_rules(const uint16_t *id, int32_t idLength,
                                                       const uint16_t *rules,
                                                       int32_t rulesLength,
                                                       int32_t *errorLine,
                                                       int32_t *errorOffset,
                                                       int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    UParseError parseError = {0};
    UTransliterator *transliterator =
        utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, (const UChar *)rules,
                     rulesLength, &parseError, &status);
    *errorLine = parseError.line;
    *errorOffset = parseError.offset;
    *error = (int32_t)status;
    return (ThiduaTransliterator *)transliterator;
}

void thidua_transliterator_close(ThiduaTransliterator *transliterator) {
    if (transliterator != NULL) utrans_close((UTransliterator *)transliterator);
}

int32_t thidua_transliterate(ThiduaTransliterator *transliterator, uint16_t *text,
                             int32_t length, int32_t capacity, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    int32_t textLength = length;
    int32_t limit = length;
    utrans_transUChars((const UTransliterator *)transliterator, (UChar *)text, &textLength,
                       capacity, 0, &limit, &status);
    *error = (int32_t)status;
    return textLength;
}
