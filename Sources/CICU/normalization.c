#include "CICU.h"
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

static const UNormalizer2 *nfc(UErrorCode *status) {
    return unorm2_getNFCInstance(status);
}

static int32_t normalize(const UNormalizer2 *normalizer, UErrorCode status,
                         const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                         int32_t *error) {
    int32_t written = 0;
    if (U_SUCCESS(status)) {
        written = unorm2_normalize(normalizer, (const UChar *)src, length, (UChar *)dest,
                                   capacity, &status);
    }
    *error = (int32_t)status;
    return written;
}

int32_t thidua_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                   int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    const UNormalizer2 *normalizer = nfc(&status);
    return normalize(normalizer, status, src, length, dest, capacity, error);
}

int32_t thidua_nfd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                   int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    const UNormalizer2 *normalizer = unorm2_getNFDInstance(&status);
    return normalize(normalizer, status, src, length, dest, capacity, error);
}

static int32_t flags_for(const UNormalizer2 *normalizer, UChar32 c, UErrorCode *status) {
    int32_t flags = 0;
    if (!unorm2_hasBoundaryBefore(normalizer, c)) flags |= THIDUA_NFC_NO_BOUNDARY_BEFORE;
    UChar units[2];
    int32_t length = 0;
    if (c <= 0xFFFF) {
        units[length++] = (UChar)c;
    } else {
        units[length++] = (UChar)(0xD7C0 + (c >> 10));
        units[length++] = (UChar)(0xDC00 | (c & 0x3FF));
    }
    // Lone surrogates are not text; leave them alone rather than ask ICU about them.
    if (c >= 0xD800 && c <= 0xDFFF) return flags;
    if (!unorm2_isNormalized(normalizer, units, length, status)) flags |= THIDUA_NFC_CHANGES_ALONE;
    return flags;
}

void thidua_nfc_fill_bmp_flags(uint8_t *table, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    const UNormalizer2 *normalizer = nfc(&status);
    for (UChar32 c = 0; c <= 0xFFFF && U_SUCCESS(status); c++) {
        table[c] = (uint8_t)flags_for(normalizer, c, &status);
    }
    *error = (int32_t)status;
}

int32_t thidua_nfc_flags(uint32_t codePoint, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    const UNormalizer2 *normalizer = nfc(&status);
    int32_t flags = 0;
    if (U_SUCCESS(status)) flags = flags_for(normalizer, (UChar32)codePoint, &status);
    *error = (int32_t)status;
    return flags;
}

int32_t thidua_utf8_to_utf16(const char *src, int32_t length, uint16_t *dest,
                             int32_t capacity, int32_t *error) {
    UErrorCode status = (UErrorCode)*error;
    int32_t written = 0;
    u_strFromUTF8((UChar *)dest, capacity, &written, src, length, &status);
    *error = (int32_t)status;
    return written;
}

int32_t thidua_reference_nfc_utf8(const char *src, int32_t length, uint16_t *scratch,
                                  uint16_t *dest, int32_t capacity, int32_t *error) {
    int32_t units = thidua_utf8_to_utf16(src, length, scratch, length, error);
    if (*error > 0) return 0;
    return thidua_nfc(scratch, units, dest, capacity, error);
}

int32_t thidua_reference_nfc_utf8_to_utf8(const char *src, int32_t length, uint16_t *scratch,
                                          uint16_t *nfc, int32_t capacity, char *utf8Out,
                                          int32_t *error) {
    int32_t units = thidua_reference_nfc_utf8(src, length, scratch, nfc, capacity, error);
    if (*error > 0) return 0;
    UErrorCode status = (UErrorCode)*error;
    int32_t written = 0;
    u_strToUTF8(utf8Out, length * 3, &written, (const UChar *)nfc, units, &status);
    *error = (int32_t)status;
    return written;
}
