#!/usr/bin/env python3
"""Looks for inputs that crash extraction: token soups made of the rules' own phrases,
numbers and marks, and the statement fixtures with tokens deleted, inserted, cut or
truncated. Runs `thidua extract` (awards, then events) over them as JSON Lines; on a
crash, halves the batch down to one document and prints it with the first source lines of
the backtrace. Exit status 1 on a crash.

    scripts/fuzz-extract.py [SEED] [DOCUMENTS] [BINARY]   defaults: 1, 3000, .build/release/thidua

Run from the repository root after `swift build -c release`. A crash is a bug: bad input
must never stop a run (README, "Bad input never stops a run")."""
import json
import random
import re
import subprocess
import sys
from pathlib import Path

seed = int(sys.argv[1]) if len(sys.argv) > 1 else 1
count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
binary = sys.argv[3] if len(sys.argv) > 3 else ".build/release/thidua"
random.seed(seed)

words = set()
for path in sorted(Path("rules/extraction").glob("*.yaml")):
    for match in re.findall(r'[\[,]\s*"?([^\],"\n#:]+?)"?\s*(?=[,\]])', path.read_text(encoding="utf-8")):
        if 0 < len(match.strip()) < 40:
            words.add(match.strip())
words = sorted(words)
marks = [",", ".", ";", ":", "(", ")", "-", '"', "“", "”", "–", "/", "%", "…", "+", "•", "?", "!", "'", "|", "\t"]
numbers = ["5", "04", "1.250", "1,5", "2024", "20/11", "hai mươi", "hàng trăm", "01", "100%", "12A1", "15/1/2025",
           "2.000", "(2005)", "năm 2023"]
names = ["Nguyễn Văn An", "Lê Thị Hoa", "Trần Văn B", "Hà Nội", "Lào Cai", "Võ Thị Ánh Xuân"]
sentences = [json.loads(line)["sentence"] for line in Path("fixtures/extraction/statements.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()]


def soup():
    tokens = []
    for _ in range(random.randint(1, 70)):
        r = random.random()
        tokens.append(random.choice(words) if r < 0.6 else random.choice(marks) if r < 0.8
                      else random.choice(numbers) if r < 0.92 else random.choice(names))
    text = " ".join(tokens)
    if random.random() < 0.3:
        text = text.replace(" ", "\n", random.randint(0, 5))
    return text


def mutated():
    tokens = random.choice(sentences).split(" ")
    for _ in range(random.randint(1, 6)):
        r, at = random.random(), random.randrange(len(tokens) + 1)
        if r < 0.3 and len(tokens) > 1:
            del tokens[min(at, len(tokens) - 1)]
        elif r < 0.5:
            tokens.insert(at, random.choice(words + marks + numbers))
        elif r < 0.7 and at > 0:
            tokens = tokens[:at]
        elif r < 0.85:
            tokens.insert(at, random.choice(marks))
        else:
            which = random.randrange(len(tokens))
            tokens[which] = tokens[which][:random.randint(0, len(tokens[which]))]
    return " ".join(tokens)


def crashes(documents, events):
    data = "".join(json.dumps({"url": f"u{i}", "text": text}, ensure_ascii=False) + "\n" for i, text in enumerate(documents))
    run = subprocess.run([binary, "extract", "-"] + (["--events"] if events else []), input=data.encode(), capture_output=True)
    return run.returncode not in (0, 1), run.stderr.decode(errors="replace")


documents = [soup() if random.random() < 0.3 else mutated() for _ in range(count)]
for events in (False, True):
    crashed, _ = crashes(documents, events)
    if not crashed:
        continue
    batch = documents
    while len(batch) > 1:
        half = len(batch) // 2
        batch = batch[:half] if crashes(batch[:half], events)[0] else batch[half:]
    _, stderr = crashes(batch, events)
    print(f"crash ({'events' if events else 'awards'}), seed {seed}: {batch[0]!r}")
    print("\n".join([line for line in stderr.splitlines() if "Sources/" in line][:3]))
    sys.exit(1)
print(f"seed {seed}: {count} documents, no crash")
