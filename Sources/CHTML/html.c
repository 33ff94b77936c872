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

static int classNamesCaption(xmlNodePtr node) {
    char *value = attribute(node, "class");
    int found = value != NULL && (strstr(value, "caption") != NULL || strstr(value, "Caption") != NULL);
    xmlFree(value);
    return found;
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

static void visit(Walk *walk, xmlNodePtr node, int32_t kind) {
    for (; node != NULL; node = node->next) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
            if (node->content != NULL) append(walk, (const char *)node->content, strlen((const char *)node->content));
            continue;
        }
        if (node->type != XML_ELEMENT_NODE || node->name == NULL) continue;
        const char *name = (const char *)node->name;
        if (listed(name, skipped)) continue;
        if (strcasecmp(name, "title") == 0 || strcasecmp(name, "meta") == 0 || strcasecmp(name, "link") == 0) {
            metaFrom(walk, node, name);
            continue;
        }
        if (strcasecmp(name, "time") == 0 && !walk->sawTime) {
            char *datetime = attribute(node, "datetime");
            if (datetime != NULL) {
                walk->meta(walk->context, "time", datetime);
                walk->sawTime = 1;
            }
            xmlFree(datetime);
        }
        if (strcasecmp(name, "br") == 0) {
            flush(walk, kind);
            continue;
        }
        if (!listed(name, blocks)) {
            visit(walk, node->children, kind);
            continue;
        }
        int32_t inner = kind;
        if (strcasecmp(name, "h1") == 0) inner = THIDUA_HTML_H1;
        else if (name[0] == 'h' && name[1] >= '2' && name[1] <= '6' && name[2] == 0) inner = THIDUA_HTML_HEADING;
        else if (strcasecmp(name, "figcaption") == 0 || classNamesCaption(node)) inner = THIDUA_HTML_CAPTION;
        flush(walk, kind);
        visit(walk, node->children, inner);
        flush(walk, inner);
    }
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
