# Sentence segmentation of the gold corpus: lines, then sentence ends inside a line.
# Run from the repository root: python3 gold/annotation-passes/segment.py (writes sentences.csv in the current folder).
import csv, glob, os, re, sys
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) when whitespace and then
# an upper-case letter, digit or opening quote follows. The ellipsis "…" never ends a sentence.
END = re.compile(r'[.!?][”"’)\]]*(?=\s+[“"‘(A-Z0-9])')
rows = []
for path in sorted(glob.glob('gold/corpus/*.txt')):
    doc = os.path.basename(path)[:-4]
    text = open(path, encoding='utf-8', newline='').read()
    pos = 0
    for line in text.split('\n'):
        lstart = pos; pos += len(line) + 1
        cuts = [m.end() for m in END.finditer(line)]
        prev = 0
        for c in cuts + [len(line)]:
            seg = line[prev:c]; s = lstart + prev + (len(seg) - len(seg.lstrip())); e = lstart + prev + len(seg.rstrip())
            prev = c
            if e > s:
                rows.append((doc, s, e, text[s:e]))
w = csv.writer(open('sentences.csv', 'w', encoding='utf-8', newline=''), lineterminator='\n')
w.writerow(['doc_id', 'start', 'end', 'text'])
w.writerows(rows)
print(len(rows))
