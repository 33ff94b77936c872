#include "CHTML.h"
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef struct {
    char *text;
    size_t length, capacity;
    void *context;
    thidua_html_block_fn block;
    thidua_html_meta_fn meta;
    int sawTime;
} Walk;

static const char *skipped[] = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
    "select", "svg", "template", "input", "textarea", "menu", "object", "embed", "canvas", NULL,
};
static const char *blocks[] = {
    "p", "div", "li", "ul", "ol", "table", "tr", "td", "th", "section", "article", "main",
    "blockquote", "figure", "figcaption", "dd", "dt", "dl", "pre", "address", "center", "h1",
    "h2", "h3", "h4", "h5", "h6", "body", "caption", "tbody", "thead", NULL,
};

static int listed(const char *name, const char **list) {
    for (; *list != NULL; list++) {
        if (strcasecmp(name, *list) == 0) return 1;
    }
    return 0;
}

static void append(Walk *walk, const char *text, size_t length) {
    if (walk->length + length + 1 > walk->capacity) {
        size_t capacity = (walk->capacity + length + 1) * 2;
        char *grown = realloc(walk->text, capacity);
        if (grown == NULL) return; // out of memory: the text is cut short, never overrun
        walk->text = grown;
        walk->capacity = capacity;
    }
    for (size_t i = 0; i < length; i++) {
        char c = text[i];
        // Line breaks inside an element are not paragraph breaks.
        walk->text[walk->length++] = (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
}

static void flush(Walk *walk, int32_t kind) {
    size_t start = 0, end = walk->length;
    while (start < end && isspace((unsigned char)walk->text[start])) start++;
    while (end > start && isspace((unsigned char)walk->text[end - 1])) end--;
    if (end > start) walk->block(walk->context, kind, walk->text + start, (int32_t)(end - start));
    walk->length = 0;
}

static char *attribute(xmlNodePtr node, const char *name) {
    return (char *)xmlGetProp(node, (const xmlChar *)name);
}

/* Classes that name a photo's caption, in lower case: "PhotoCMS_Caption", "pCaption", a
   Vietnamese CMS's "chuthich" (chú thích) or a table cell's "image_desc" under the picture. */
static const char *captionClasses[] = {
    "caption", "chuthich", "chu-thich", "chu_thich", "image_desc", "image-desc", "img_desc", "img-desc", "imgdesc",
    "photo_desc", "photo-desc", NULL,
};

static int classNamesCaption(xmlNodePtr node) {
    char *value = attribute(node, "class");
    if (value == NULL) return 0;
    char lower[256];
    size_t length = strlen(value);
    if (length >= sizeof lower) length = sizeof lower - 1;
    for (size_t i = 0; i < length; i++) lower[i] = (char)tolower((unsigned char)value[i]);
    lower[length] = 0;
    xmlFree(value);
    for (const char **word = captionClasses; *word != NULL; word++) {
        if (strstr(lower, *word) != NULL) return 1;
    }
    return 0;
}

/* Boxes a page sets around the article by their class or id: other articles ("box-related",
   "tin-lien-quan", "news-relation"), sidebars, comments, share bars, breadcrumbs, ads, the footer.
   Compared in lower case within each word of the attribute; "relative" (a layout class) is none. */
static const char *unlikely[] = {
    "related", "relate-", "relate_", "relation", "lienquan", "lien-quan", "lien_quan", "tinkhac", "tin-khac", "tin_khac",
    "othernews", "other-news", "mostread", "most-read", "docnhieu", "doc-nhieu", "xemnhieu", "xem-nhieu", "sidebar",
    "comment", "binhluan", "binh-luan", "social", "share", "breadcrumb", "advert", "popup", "newsletter", NULL,
};

static int wordIsUnlikely(const char *word, size_t length) {
    char lower[64];
    if (length == 0 || length >= sizeof lower) return 0;
    for (size_t i = 0; i < length; i++) lower[i] = (char)tolower((unsigned char)word[i]);
    lower[length] = 0;
    if (strcmp(lower, "relative") == 0) return 0;
    /* The page's footer ("footer", "footer-wrap", "site-footer"), not an article's ("article-footer"). */
    if (strncmp(lower, "footer", 6) == 0 || strcmp(lower, "site-footer") == 0 || strcmp(lower, "page-footer") == 0) return 1;
    for (const char **token = unlikely; *token != NULL; token++) {
        if (strstr(lower, *token) != NULL) return 1;
    }
    return 0;
}

static int attributeIsUnlikely(xmlNodePtr node, const char *name) {
    char *value = attribute(node, name);
    if (value == NULL) return 0;
    int found = 0;
    for (const char *word = value; *word != 0 && !found;) {
        while (*word != 0 && isspace((unsigned char)*word)) word++;
        const char *end = word;
        while (*end != 0 && !isspace((unsigned char)*end)) end++;
        found = wordIsUnlikely(word, (size_t)(end - word));
        word = end;
    }
    xmlFree(value);
    return found;
}

static int isUnlikelyBox(xmlNodePtr node) {
    return attributeIsUnlikely(node, "class") || attributeIsUnlikely(node, "id");
}

static void metaFrom(Walk *walk, xmlNodePtr node, const char *name) {
    if (strcasecmp(name, "title") == 0) {
        xmlChar *content = xmlNodeGetContent(node);
        if (content != NULL) walk->meta(walk->context, "title", (const char *)content);
        xmlFree(content);
    } else if (strcasecmp(name, "meta") == 0) {
        char *key = attribute(node, "property");
        if (key == NULL) key = attribute(node, "name");
        if (key == NULL) key = attribute(node, "itemprop");
        char *content = attribute(node, "content");
        if (key != NULL && content != NULL) walk->meta(walk->context, key, content);
        xmlFree(key);
        xmlFree(content);
    } else if (strcasecmp(name, "link") == 0) {
        char *rel = attribute(node, "rel");
        char *href = attribute(node, "href");
        if (rel != NULL && href != NULL && strcasecmp(rel, "canonical") == 0) walk->meta(walk->context, "canonical", href);
        xmlFree(rel);
        xmlFree(href);
    }
}

static void visit(Walk *walk, xmlNodePtr node, int32_t kind);
static void visitNode(Walk *walk, xmlNodePtr node, int32_t kind);

static int named(xmlNodePtr node, const char *name) {
    return node != NULL && node->type == XML_ELEMENT_NODE && node->name != NULL
        && strcasecmp((const char *)node->name, name) == 0;
}

/* A cell's text with its white space folded to single spaces (NULL: none). */
static char *cellText(xmlNodePtr cell) {
    xmlChar *content = xmlNodeGetContent(cell);
    if (content == NULL) return NULL;
    char *text = (char *)content;
    size_t out = 0;
    int space = 1;
    for (size_t i = 0; text[i] != 0; i++) {
        int blank = isspace((unsigned char)text[i]);
        if (blank && space) continue;
        text[out++] = blank ? ' ' : text[i];
        space = blank;
    }
    while (out > 0 && text[out - 1] == ' ') out--;
    text[out] = 0;
    return text;
}

/* A count as tables write it: digits, with "." or "," between thousands. */
static int isCount(const char *text) {
    int digits = 0;
    for (; *text != 0; text++) {
        if (isdigit((unsigned char)*text)) digits++;
        else if (*text != '.' && *text != ',') return 0;
    }
    return digits > 0;
}

enum { MAX_COLUMNS = 16 };

typedef struct {
    char *cells[MAX_COLUMNS];
    int spans[MAX_COLUMNS]; /* colspan of each cell */
    int count;
    int nested; /* a cell holds a table of its own (a page laid out in tables) */
} Row;

static int colspan(xmlNodePtr cell) {
    char *value = attribute(cell, "colspan");
    int span = value != NULL ? atoi(value) : 1;
    xmlFree(value);
    return span < 1 ? 1 : span > MAX_COLUMNS ? MAX_COLUMNS : span;
}

static int hasTable(xmlNodePtr node) {
    for (xmlNodePtr child = node->children; child != NULL; child = child->next) {
        if (named(child, "table") || (child->type == XML_ELEMENT_NODE && hasTable(child))) return 1;
    }
    return 0;
}

static void readRow(xmlNodePtr tr, Row *row) {
    row->count = 0;
    row->nested = 0;
    for (xmlNodePtr cell = tr->children; cell != NULL; cell = cell->next) {
        if (!named(cell, "td") && !named(cell, "th")) continue;
        if (hasTable(cell)) row->nested = 1;
        if (row->count == MAX_COLUMNS) {
            row->nested = 1; /* too wide to be a table of counts */
            continue;
        }
        row->spans[row->count] = colspan(cell);
        row->cells[row->count++] = cellText(cell);
    }
}

static void freeRow(Row *row) {
    for (int i = 0; i < row->count; i++) xmlFree(row->cells[i]);
    row->count = 0;
}

/* Whether the row labels the columns: two cells or more, none a count after the first. */
static int isHeader(const Row *row) {
    if (row->nested || row->count < 2) return 0;
    for (int i = 1; i < row->count; i++) {
        if (row->cells[i] == NULL || isCount(row->cells[i])) return 0;
    }
    return 1;
}

/* A row of counts under labelled columns reads as a sentence: "Huân chương Lao động hạng
   Ba | 3 | 5" under "Hình thức | Tập thể | Cá nhân" is "Huân chương Lao động hạng Ba: 3 Tập
   thể, 5 Cá nhân". The row's label is its first cell that is no count: a numbering column
   before it ("TT | Hình thức khen thưởng | Tập thể | Cá nhân", "1 | Huân chương ... | 2 | 5")
   labels nothing. Returns 0 (nothing written) for any other row. */
static int writeCounts(Walk *walk, const Row *header, const Row *row, int32_t kind) {
    if (header->count == 0 || row->nested || row->count != header->count) return 0;
    int label = 0;
    while (label < row->count && (row->cells[label] == NULL || row->cells[label][0] == 0 || isCount(row->cells[label]))) label++;
    if (label >= row->count - 1) return 0;
    int counts = 0; /* counts other than nought: a row of noughts states nothing */
    for (int i = label + 1; i < row->count; i++) {
        const char *value = row->cells[i];
        if (value != NULL && isCount(value) && strspn(value, "0.,") != strlen(value)) counts++;
    }
    if (counts == 0) return 0;
    flush(walk, kind);
    append(walk, row->cells[label], strlen(row->cells[label]));
    append(walk, ":", 1);
    int written = 0;
    for (int i = label + 1; i < row->count; i++) {
        const char *value = row->cells[i];
        if (value == NULL || !isCount(value) || strspn(value, "0.,") == strlen(value)) continue;
        append(walk, written ? ", " : " ", written ? 2 : 1);
        append(walk, value, strlen(value));
        if (header->cells[i] != NULL) {
            append(walk, " ", 1);
            append(walk, header->cells[i], strlen(header->cells[i]));
        }
        written++;
    }
    append(walk, ".", 1);
    flush(walk, kind);
    return 1;
}

/* A header whose cells span columns ("Số lượng" over "Tập thể | Cá nhân"): its columns one
   by one, a spanning cell's left empty for the row under it to label (`open` of them).
   Returns 0 when the columns do not fit. */
static int spreadHeader(Row *header, int *open) {
    Row spread = {{0}, {0}, 0, 0};
    *open = 0;
    for (int i = 0; i < header->count; i++) {
        if (spread.count + header->spans[i] > MAX_COLUMNS) {
            freeRow(&spread);
            return 0;
        }
        if (header->spans[i] == 1) {
            spread.spans[spread.count] = 1;
            spread.cells[spread.count++] = header->cells[i];
            header->cells[i] = NULL;
            continue;
        }
        for (int j = 0; j < header->spans[i]; j++) {
            spread.spans[spread.count] = 0; /* open: labelled by the row under it */
            spread.cells[spread.count++] = NULL;
            (*open)++;
        }
    }
    freeRow(header);
    *header = spread;
    return 1;
}

/* The row under a spreading header labels its open columns in order. */
static int labelOpenColumns(Row *header, Row *row, int open) {
    if (row->count != open) return 0;
    for (int i = 1; i < row->count; i++) {
        if (row->cells[i] == NULL || isCount(row->cells[i])) return 0;
    }
    int next = 0;
    for (int i = 0; i < header->count; i++) {
        if (header->spans[i] != 0) continue;
        header->cells[i] = row->cells[next];
        header->spans[i] = 1;
        row->cells[next++] = NULL;
    }
    return 1;
}

/* A table's rows: counts under labelled columns as sentences (writeCounts), any other row
   (a page laid out in a table, a header) read as before, cell by cell. */
static void visitTable(Walk *walk, xmlNodePtr table, int32_t kind) {
    Row header = {{0}, {0}, 0, 0};
    int first = 1, open = 0;
    for (xmlNodePtr part = table->children; part != NULL; part = part->next) {
        int section = named(part, "thead") || named(part, "tbody") || named(part, "tfoot");
        xmlNodePtr tr = section ? part->children : part;
        for (; tr != NULL; tr = section ? tr->next : NULL) {
            if (!named(tr, "tr")) {
                if (tr->type == XML_ELEMENT_NODE) visitNode(walk, tr, kind);
                continue;
            }
            Row row;
            readRow(tr, &row);
            int written = 0;
            if (first && isHeader(&row)) {
                header = row;
                row.count = 0;
                int spreads = 0;
                for (int i = 0; i < header.count; i++) spreads |= header.spans[i] > 1;
                if (spreads && !spreadHeader(&header, &open)) freeRow(&header);
            } else if (open > 0) {
                /* Under a spreading header, a row that labels its open columns, else no counts. */
                if (!labelOpenColumns(&header, &row, open)) freeRow(&header);
                open = 0;
            } else {
                written = writeCounts(walk, &header, &row, kind);
            }
            first = 0;
            if (!written) {
                flush(walk, kind);
                visit(walk, tr->children, kind);
                flush(walk, kind);
            }
            freeRow(&row);
        }
    }
    freeRow(&header);
}

static void visitNode(Walk *walk, xmlNodePtr node, int32_t kind) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content != NULL) append(walk, (const char *)node->content, strlen((const char *)node->content));
        return;
    }
    if (node->type != XML_ELEMENT_NODE || node->name == NULL) return;
    const char *name = (const char *)node->name;
    if (strcasecmp(name, "script") == 0) {
        // Structured data (schema.org NewsArticle): the page's date, author and publisher
        // where its meta tags say none. Reported whole; the reader parses the JSON.
        char *type = attribute(node, "type");
        if (type != NULL && strcasecmp(type, "application/ld+json") == 0) {
            xmlChar *content = xmlNodeGetContent(node);
            if (content != NULL) walk->meta(walk->context, "ld+json", (const char *)content);
            xmlFree(content);
        }
        xmlFree(type);
        return;
    }
    if (listed(name, skipped)) return;
    if (strcasecmp(name, "title") == 0 || strcasecmp(name, "meta") == 0 || strcasecmp(name, "link") == 0) {
        metaFrom(walk, node, name);
        return;
    }
    if (strcasecmp(name, "time") == 0 && !walk->sawTime) {
        char *datetime = attribute(node, "datetime");
        if (datetime != NULL) {
            walk->meta(walk->context, "time", datetime);
            walk->sawTime = 1;
        }
        xmlFree(datetime);
    }
    if (strcasecmp(name, "table") == 0) {
        flush(walk, kind);
        visitTable(walk, node, kind);
        flush(walk, kind);
        return;
    }
    if (strcasecmp(name, "br") == 0) {
        flush(walk, kind);
        return;
    }
    if (!listed(name, blocks)) {
        visit(walk, node->children, kind);
        return;
    }
    if (strcasecmp(name, "body") != 0 && strcasecmp(name, "article") != 0 && strcasecmp(name, "main") != 0
        && isUnlikelyBox(node)) {
        flush(walk, kind);
        return;
    }
    int32_t inner = kind;
    if (strcasecmp(name, "h1") == 0) inner = THIDUA_HTML_H1;
    else if (name[0] == 'h' && name[1] >= '2' && name[1] <= '6' && name[2] == 0) inner = THIDUA_HTML_HEADING;
    else if (strcasecmp(name, "figcaption") == 0 || classNamesCaption(node)) inner = THIDUA_HTML_CAPTION;
    flush(walk, kind);
    visit(walk, node->children, inner);
    flush(walk, inner);
}

static void visit(Walk *walk, xmlNodePtr node, int32_t kind) {
    for (; node != NULL; node = node->next) visitNode(walk, node, kind);
}

int32_t thidua_html_extract(const char *html, int32_t length, void *context,
                            thidua_html_block_fn block, thidua_html_meta_fn meta) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                | HTML_PARSE_IGNORE_ENC;
    htmlDocPtr document = htmlReadMemory(html, length, NULL, "UTF-8", options);
    if (document == NULL) return -1;
    Walk walk = {NULL, 0, 0, context, block, meta, 0};
    visit(&walk, xmlDocGetRootElement(document), THIDUA_HTML_TEXT);
    flush(&walk, THIDUA_HTML_TEXT);
    free(walk.text);
    xmlFreeDoc(document);
    return 0;
}
