#!/usr/bin/env python3
"""Builds data/lexicon/participles.tsv, the past participle of every verb
WordNet 3.0 lists an irregular form for, and data/lexicon/plurals.tsv, the
plural of every noun it lists an irregular plural for, from
data/lemma/wordnet.tsv (its exception lists), for describing what was
counted and done ("children", "points made"). Deterministic: the same input
gives the same bytes.

    python3 scripts/build_participles.py data/lemma/wordnet.tsv data/lexicon/participles.tsv data/lexicon/plurals.tsv

Plurals: of a noun's listed forms, the one that does not end in -s if any
("children", "feet"), else the first.

Rules: of a verb's listed forms, -ing and -s forms are set aside; a form in
-n is the participle ("taken", "given", "done"), one in -un before one in
-an ("begun", not "began"); else the one form left ("made", "kept"), or of
several the one with a u ("swum"); a verb that lists only a doubled -ing
form ("cutting", "putting") keeps its own form ("cut", "put")."""
import sys
from collections import defaultdict

src, dst, plurals_dst = sys.argv[1], sys.argv[2], sys.argv[3]
forms = defaultdict(set)
nouns = defaultdict(set)
for line in open(src, encoding='utf-8'):
    cells = line.rstrip('\n').split('\t')
    if len(cells) == 4 and cells[0] == 'x' and ' ' not in cells[3] and '_' not in cells[3]:
        if cells[1] == 'v':
            forms[cells[3]].add(cells[2])
        elif cells[1] == 'n' and cells[2] != cells[3]:
            nouns[cells[3]].add(cells[2])

with open(plurals_dst, 'w', encoding='utf-8') as f:
    f.write('# Irregular English plurals, built from WordNet 3.0\'s noun exception list\n')
    f.write('# by scripts/build_participles.py (WordNet licence: data/lemma/LICENSE-WordNet).\n')
    f.write('# singular, then plural.\n')
    for noun in sorted(nouns):
        fs = sorted(nouns[noun])
        plain = [x for x in fs if not x.endswith('s')]
        f.write(f'{noun}\t{(plain or fs)[0]}\n')

out = []
for lemma in sorted(forms):
    fs = forms[lemma]
    past = sorted(f for f in fs if not f.endswith('ing') and not (f.endswith('s') and not lemma.endswith('s')))
    pick = None
    ns = [f for f in past if f.endswith('n') or f.endswith('ne')]
    if ns:
        rank = lambda f: (0 if f.endswith(('en', 'ne', 'wn', 'un', 'in')) else 1, len(f), f)
        pick = sorted(ns, key=rank)[0]
    elif len(past) == 1:
        pick = past[0]
    elif past:
        us = [f for f in past if 'u' in f and 'u' not in lemma]
        pick = (us or past)[0]
    else:
        doubled = [f for f in fs if f.endswith('ing') and len(f) >= 5 and f[-4] == f[-5]]
        if doubled and len(lemma) <= 5:
            pick = lemma
    if pick and pick != lemma + 'ed' and pick != lemma + 'd':
        out.append(f'{lemma}\t{pick}')

with open(dst, 'w', encoding='utf-8') as f:
    f.write('# Past participles of irregular English verbs, built from WordNet 3.0\'s\n')
    f.write('# verb exception list by scripts/build_participles.py (WordNet licence:\n')
    f.write('# data/lemma/LICENSE-WordNet). lemma, then participle.\n')
    for line in out:
        f.write(line + '\n')
print(len(out), 'verbs')
