// The project's only door to ICU. This header deliberately exposes plain C types only:
// Foundation on Linux bundles its own ICU, and any Swift module that saw <unicode/...>
// next to Foundation would fail to compile on duplicate definitions. ICU headers are
// included by the .c files alone.
//
// Conventions (ICU's own): every function that can fail takes `int32_t *error`, which
// must be 0 on entry and holds an ICU UErrorCode afterwards (> 0 failure, < 0 warning).
#ifndef THIDUA_CICU_H
#define THIDUA_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// ICU's name for an error code ("U_BUFFER_OVERFLOW_ERROR"); never NULL.
const char *thidua_icu_error_name(int32_t error);
/// The ICU version as "72.1".
void thidua_icu_version(char *buffer, int32_t capacity);

// MARK: Normalization (NFC)

/// NFC of `src` into `dest`. Returns the length needed; on overflow sets
/// U_BUFFER_OVERFLOW_ERROR and writes nothing useful.
int32_t thidua_nfc(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                   int32_t *error);

/// NFD of `src` into `dest`, with the same conventions as `thidua_nfc`.
int32_t thidua_nfd(const uint16_t *src, int32_t length, uint16_t *dest, int32_t capacity,
                   int32_t *error);

/// Bits describing how a code point behaves under NFC, for a fast path in the caller.
enum {
    THIDUA_NFC_NO_BOUNDARY_BEFORE = 1, ///< may combine with what precedes it
    THIDUA_NFC_CHANGES_ALONE = 2,      ///< NFC of the code point alone differs from it
};
/// Fills `table[c]` for every BMP code point c (table holds 65536 bytes).
void thidua_nfc_fill_bmp_flags(uint8_t *table, int32_t *error);
/// The same bits for any code point.
int32_t thidua_nfc_flags(uint32_t codePoint, int32_t *error);

/// The reference the benchmark compares against: UTF-8 to UTF-16 (u_strFromUTF8), then
/// NFC. `scratch` and `dest` hold at least `length` units each. Returns the NFC length.
int32_t thidua_reference_nfc_utf8(const char *src, int32_t length, uint16_t *scratch,
                                  uint16_t *dest, int32_t capacity, int32_t *error);

/// The same, then back to UTF-8 (u_strToUTF8): ICU producing what the normalizer
/// produces. `utf8Out` holds at least 3 * `length` bytes. Returns the UTF-8 length.
int32_t thidua_reference_nfc_utf8_to_utf8(const char *src, int32_t length, uint16_t *scratch,
                                          uint16_t *nfc, int32_t capacity, char *utf8Out,
                                          int32_t *error);

// MARK: Sentence breaks

typedef struct ThiduaBreaker ThiduaBreaker;

/// A sentence break iterator for `locale` ("vi").
ThiduaBreaker *thidua_sentence_breaker_open(const char *locale, int32_t *error);
/// An independent copy, for use on another thread.
ThiduaBreaker *thidua_breaker_clone(const ThiduaBreaker *breaker, int32_t *error);
void thidua_breaker_close(ThiduaBreaker *breaker);
/// Writes the sentence boundaries of the UTF-8 `text` (byte offsets, the first is 0 and
/// the last is `length`) into `boundaries`, which must hold `length + 1` entries.
/// Returns how many were written.
int32_t thidua_breaker_boundaries_utf8(ThiduaBreaker *breaker, const char *text,
                                       int32_t length, int32_t *boundaries, int32_t *error);
/// The reference the benchmark compares against: counts sentence boundaries in UTF-16
/// text with ICU alone.
int32_t thidua_reference_count_sentences(ThiduaBreaker *breaker, const uint16_t *text,
                                         int32_t length, int32_t *error);
/// UTF-8 to UTF-16 (u_strFromUTF8); returns the UTF-16 length.
int32_t thidua_utf8_to_utf16(const char *src, int32_t length, uint16_t *dest,
                             int32_t capacity, int32_t *error);

// MARK: Charsets

/// Converts `src` from `charset` (an ICU converter name: "windows-1258", "UTF-16LE") to
/// UTF-8. Returns the length written; `capacity` of 3 bytes per input byte (plus a few)
/// always suffices, anything less may fail with U_BUFFER_OVERFLOW_ERROR. Invalid input is
/// replaced (U+FFFD), and `*substitutions` counts how often.
int32_t thidua_convert_to_utf8(const char *charset, const char *src, int32_t length, char *dest,
                               int32_t capacity, int32_t *substitutions, int32_t *error);

/// Converts UTF-8 `src` to `charset`. Returns the length written; 4 bytes per input byte
/// always suffice. A character the charset cannot hold fails with U_INVALID_CHAR_FOUND
/// (no substitution).
int32_t thidua_convert_from_utf8(const char *charset, const char *src, int32_t length, char *dest,
                                 int32_t capacity, int32_t *error);

/// ICU's charset detection: up to `max` candidates, best first, each name written into a
/// 32-byte slot of `names` with its confidence (0-100). Returns how many.
int32_t thidua_detect_charsets(const char *src, int32_t length, char *names, int32_t *confidences,
                               int32_t max, int32_t *error);

// MARK: Transliteration

typedef struct ThiduaTransliterator ThiduaTransliterator;

/// A transliterator from ICU rule text. On a syntax error, `errorLine` and
/// `errorOffset` say where (1-based line, 0-based offset within the line).
ThiduaTransliterator *thidua_transliterator_open_rules(const uint16_t *id, int32_t idLength,
                                                       const uint16_t *rules,
                                                       int32_t rulesLength,
                                                       int32_t *errorLine,
                                                       int32_t *errorOffset,
                                                       int32_t *error);
void thidua_transliterator_close(ThiduaTransliterator *transliterator);
/// Transliterates `text[0..<length]` in place; `capacity` is the buffer size. Returns the
/// new length; on overflow sets U_BUFFER_OVERFLOW_ERROR and the text is unusable.
int32_t thidua_transliterate(ThiduaTransliterator *transliterator, uint16_t *text,
                             int32_t length, int32_t capacity, int32_t *error);

#ifdef __cplusplus
}
#endif

#endif
