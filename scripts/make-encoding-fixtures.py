#!/usr/bin/env python3
"""Writes fixtures/encodings/: one seed article in every encoding and container the
ingest stage reads. Run from the repository root; the output is committed, so tests need
neither Python nor iconv. TCVN3 comes from glibc's iconv (TCVN5712-1)."""
import gzip
import html
import json
import subprocess
import unicodedata
from pathlib import Path

SEED = Path("fixtures/seeds/002_25c5d6a98d7f6ae3.txt")
OUT = Path("fixtures/encodings")
TONES = {"\u0300": "grave", "\u0301": "acute", "\u0309": "hook", "\u0303": "tilde", "\u0323": "dot"}
CP1258_TONES = {"\u0300": b"\xcc", "\u0301": b"\xec", "\u0303": b"\xde", "\u0309": b"\xd2", "\u0323": b"\xf2"}
VNI_TONE = {None: None, "grave": 0xF8, "acute": 0xF9, "hook": 0xFB, "tilde": 0xF5, "dot": 0xEF}
VNI_CIRCUMFLEX = {None: 0xE2, "grave": 0xE0, "acute": 0xE1, "hook": 0xE5, "tilde": 0xE3, "dot": 0xE4}
VNI_BREVE = {None: 0xEA, "grave": 0xE8, "acute": 0xE9, "hook": 0xFA, "tilde": 0xFC, "dot": 0xEB}
VNI_I = {"acute": 0xED, "grave": 0xEC, "hook": 0xE6, "tilde": 0xF3, "dot": 0xF2}


def split(ch):
    """A letter as (base, shape mark or None, tone name or None)."""
    parts = unicodedata.normalize("NFD", ch)
    base, marks = parts[0], parts[1:]
    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), None)
    tone = next((TONES[m] for m in marks if m in TONES), None)
    return base, shape, tone


def cp1258(text):
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, shape, tone = split(ch)
        letter = unicodedata.normalize("NFC", base + (shape or ""))
        out += letter.encode("cp1258")
        tone_mark = next(m for m, name in TONES.items() if name == tone)
        out += CP1258_TONES[tone_mark]
    return bytes(out)


def vni(text):
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x80:
            out.append(ord(ch))
            continue
        base, shape, tone = split(ch)
        upper = base.isupper()
        shift = 0x20 if upper else 0
        if ch in "đĐ":
            out.append(0xD1 if ch == "Đ" else 0xF1)
        elif not base.isascii() or not base.isalpha():
            out += ch.encode("cp1252")
        elif shape == "\u031b":  # horn: ơ, ư are letters of their own in VNI
            out.append((0xD4 if base in "oO" else 0xD6) + (0 if upper else 0x20))
            if tone:
                out.append(VNI_TONE[tone] - shift)
        elif shape == "\u0302":
            out += base.encode() + bytes([VNI_CIRCUMFLEX[tone] - shift])
        elif shape == "\u0306":
            out += base.encode() + bytes([VNI_BREVE[tone] - shift])
        elif base in "iI" and tone:
            out.append(VNI_I[tone] - shift)
        elif base in "yY" and tone == "dot":
            out.append(0xCE if upper else 0xEE)
        else:
            out += base.encode() + (bytes([VNI_TONE[tone] - shift]) if tone else b"")
    return bytes(out)


def tcvn3_text(text):
    """TCVN3 has no curly quotes, dashes or ellipsis: the text it can carry."""
    for old, new in {"“": '"', "”": '"', "–": "-", "…": "...", "•": "*"}.items():
        text = text.replace(old, new)
    return text


def windows1252_as_browsers_read(data):
    """Bytes read as windows-1252 the way browsers do (WHATWG): its five undefined bytes
    become the C1 controls of the same value."""
    return "".join(bytes([b]).decode("cp1252") if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(b) for b in data)


def main():
    text = SEED.read_text(encoding="utf-8")
    name = "002"
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{name}.utf16le-bom.txt").write_bytes("\ufeff".encode("utf-16-le") + text.encode("utf-16-le"))
    (OUT / f"{name}.utf16be.txt").write_bytes(text.encode("utf-16-be"))
    (OUT / f"{name}.nfd.txt").write_bytes(unicodedata.normalize("NFD", text).encode())
    (OUT / f"{name}.cp1258.txt").write_bytes(cp1258(text))
    (OUT / f"{name}.vni.txt").write_bytes(vni(text))
    carried = tcvn3_text(text)
    (OUT / f"{name}.tcvn3-expected.txt").write_text(carried, encoding="utf-8")
    encoded = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=carried.encode(),
                             capture_output=True, check=True).stdout
    (OUT / f"{name}.tcvn3.txt").write_bytes(encoded)
    (OUT / f"{name}.txt.gz").write_bytes(gzip.compress(text.encode(), mtime=0))
    paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    page = ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Vinhlong.gov.vn</title>"
            "<script>document.write('<p>not text</p>')</script></head>\n<body><nav>Trang chủ | Tin tức</nav>\n"
            f"<div class=\"content\">\n{paragraphs}\n</div>\n<footer>Bản quyền</footer></body></html>\n")
    (OUT / f"{name}.html").write_text(page, encoding="utf-8")
    record = {"url": "https://vinhlong.gov.vn/example", "title": None, "text": text}
    (OUT / f"{name}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    # Mojibake: UTF-8 a scraper read as Latin-1 or windows-1252 and wrote out as UTF-8 again.
    (OUT / f"{name}.mojibake-latin1.txt").write_text(text.encode().decode("latin-1"), encoding="utf-8")
    (OUT / f"{name}.mojibake.html").write_text(page.encode().decode("latin-1"), encoding="utf-8")
    record = {"url": "https://vinhlong.gov.vn/example", "text": windows1252_as_browsers_read(text.encode())}
    (OUT / f"{name}.mojibake.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    # ... and one that replaced windows-1252's undefined bytes with U+FFFD: letters lost.
    (OUT / f"{name}.mojibake-lossy.txt").write_text(text.encode().decode("cp1252", errors="replace"), encoding="utf-8")


if __name__ == "__main__":
    main()
