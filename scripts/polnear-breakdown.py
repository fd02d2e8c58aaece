#!/usr/bin/env python3
"""Where saywho's rows and PolNeAR's converted gold part ways (make eval-polnear-breakdown).

usage: polnear-breakdown.py SPLIT_DIR GOLD.csv PRED.csv

SPLIT_DIR holds PolNeAR's text/ and attributions/ (../shared/eval/polnear/dev). GOLD.csv is
what ../shared/eval/polnear_gold.py made of it; PRED.csv is saywho's export of SPLIT_DIR/text.
Matching is score.py's (lenient, overlap 0.3, with --all-texts). Prints:
- the unmatched predicted rows split into: other fragments of an annotated attribution (the
  conversion keeps only the longest fragment of one), content PolNeAR annotated whose cue the
  conversion dropped or whose content another gold row took, and content nobody annotated;
- the score with the first two kinds set aside (counted neither right nor wrong);
- mention accuracy on carried rows (shared subject, continuation: the guidelines leave their
  mention empty, the conversion fills it) and on the others.
Reads the brat files the way polnear_gold.py does (the first annotator file per article).
"""
import collections
import os
import re
import sys


def main():
    split, gold, pred = sys.argv[1:4]
    eval_dir = os.path.dirname(os.path.abspath(os.path.normpath(split)))
    sys.path.insert(0, os.path.dirname(eval_dir))
    import score  # ../shared/eval/score.py

    G, P = score.load_rows(gold), score.load_rows(pred)
    chosen = {}
    for a in sorted(os.listdir(os.path.join(split, 'attributions'))):
        chosen.setdefault(re.sub(r'_[0-9a-f]{4}\.ann$', '', a), a)
    fragments = collections.defaultdict(list)  # article -> (start, end, longest of its attribution)
    for base, a in chosen.items():
        spans, events = {}, []
        for line in open(os.path.join(split, 'attributions', a), encoding='utf-8'):
            parts = line.rstrip('\n').split('\t')
            if line.startswith('T') and len(parts) >= 2:
                _, *rng = parts[1].split(' ', 1)
                spans[parts[0]] = [tuple(map(int, f.split())) for f in rng[0].split(';')] if rng else []
            elif line.startswith('E') and len(parts) >= 2:
                events.append(dict(x.split(':') for x in parts[1].split()))
        for e in events:
            frs = spans.get(e.get('Content'), [])
            if frs:
                longest = max(frs, key=lambda f: f[1] - f[0])
                fragments[base + '.txt'] += [(s, t, (s, t) == longest) for s, t in frs]
    texts = os.path.join(split, 'text')
    arts = sorted({r['article'] for r in G} | {r['article_id'] for r in P})
    T = {a: score.read_text(os.path.join(texts, a)) for a in arts if os.path.exists(os.path.join(texts, a))}
    g, p = score.spans(G, T, 'gold'), score.spans(P, T, 'pred')
    kinds = collections.Counter()
    mention = collections.Counter()
    tp = 0
    for a in T:
        gs, ps = g.get(a, []), p.get(a, [])
        pairs = sorted(((score.overlap(x, y), i, j) for i, x in enumerate(gs) for j, y in enumerate(ps)), reverse=True)
        ug, up = set(), set()
        for ov, i, j in pairs:
            if ov < 0.3 or i in ug or j in up:
                continue
            ug.add(i)
            up.add(j)
            gm = score.norm(gs[i]['row']['speaker_mention'])
            pm = score.norm(ps[j]['row']['speaker_mention'])
            ok = gm == pm or (bool(gm) and bool(pm) and gm[-1] == pm[-1])
            carried = ps[j]['row'].get('attribution') == 'carried'
            mention[('carried' if carried else 'other', ok)] += 1
        tp += len(up)
        for j, y in enumerate(ps):
            if j in up:
                continue
            hits = [longest for s, t, longest in fragments.get(a, []) if score.overlap(y, {'s': s, 'e': t}) >= 0.3]
            if any(not longest for longest in hits):
                kinds['other fragment of an annotated attribution'] += 1
            elif hits:
                kinds['annotated content the conversion dropped or gave to another row'] += 1
            else:
                kinds['not annotated'] += 1
    ng = sum(len(v) for v in g.values())
    np_ = sum(len(v) for v in p.values())
    print(f'matched {tp} of {ng} gold rows and {np_} predicted rows; {np_ - tp} predicted rows unmatched:')
    for k, v in kinds.most_common():
        print(f'  {v:5d}  {k}')
    fp = kinds['not annotated']
    prec, rec = tp / (tp + fp), tp / ng
    print(f'set aside the first two kinds: P {prec:.3f} R {rec:.3f} F1 {2 * prec * rec / (prec + rec):.3f}')
    for k in ('carried', 'other'):
        n = mention[(k, True)] + mention[(k, False)]
        if n:
            print(f'mention on {k} rows: {mention[(k, True)]} of {n} ({mention[(k, True)] / n:.3f})')


if __name__ == '__main__':
    main()
