// HTML to text blocks through libxml2's HTML parser (a real, forgiving parser). Plain C
// types only, so that no Swift module sees libxml2's headers.
#ifndef THIDUA_CHTML_H
#define THIDUA_CHTML_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of text block.
enum {
    THIDUA_HTML_TEXT = 0,     ///< paragraph, list item, cell, div text
    THIDUA_HTML_HEADING = 1,  ///< h2 to h6
    THIDUA_HTML_CAPTION = 2,  ///< figcaption, or an element whose class names a caption
    THIDUA_HTML_H1 = 3,       ///< the page's headline
};

/// Called for each block of text, in document order; `text` is UTF-8, not terminated.
typedef void (*thidua_html_block_fn)(void *context, int32_t kind, const char *text, int32_t length);
/// Called for `<title>`, `<meta name|property|itemprop=... content=...>`,
/// `<link rel=canonical>` ("canonical"), the first `<time datetime>` ("time") and each
/// `<script type="application/ld+json">`'s text ("ld+json").
typedef void (*thidua_html_meta_fn)(void *context, const char *name, const char *content);

/// Parses UTF-8 HTML and reports its text blocks (script, style, nav, header, footer,
/// aside, form and the like left out) and its metadata. Returns 0, or -1 when libxml2
/// could not build a document at all.
int32_t thidua_html_extract(const char *html, int32_t length, void *context,
                            thidua_html_block_fn block, thidua_html_meta_fn meta);

#ifdef __cplusplus
}
#endif

#endif
