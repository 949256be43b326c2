#!/usr/bin/env python3
"""Counts only: where the gold source of a wrongly sourced figure stands, on a gold dir.

    scripts/source-shapes.py KG-JSONL GOLD SENTDUMP

KG-JSONL is `kg extract --json` over the articles GOLD's *.gold.json name (source-misses.py
writes one: WORKDIR/extract-KG.jsonl), SENTDUMP the scripts/sentdump binary. Prints, for
the wrong sources only: function-word classes around the gold name in the figure's
sentence (AROUND), the first word and verbs of saying of sentences that do not name it
(NOTIN-NULL), whether the sentence before names it (PREV), and whether the gold source is
kg's source of the last sourced figure before (LASTSRC, D1). It never prints a sentence, a
name or a value: safe on a held-out pool.
"""
import sys, os, json, glob, collections, importlib.machinery, importlib.util, re
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
loader = importlib.machinery.SourceFileLoader("score", os.path.join(ROOT, "..", "shared", "eval", "score"))
spec = importlib.util.spec_from_loader("score", loader); sc = importlib.util.module_from_spec(spec); loader.exec_module(sc)
outp, gold_dir = sys.argv[1], sys.argv[2]
files = sorted(glob.glob(os.path.join(gold_dir, '*.gold.json')))
paths = [os.path.join(ROOT, '..', 'shared', json.load(open(f))['article']) for f in files]
out = {}
for l in open(outp):
    d = json.loads(l); out[os.path.realpath(d['article']['path'])] = d
def sourced_matches():
    """Yields, for each gold figure with a source that kg matched as the scorer does
    (value and measure, each kg figure used once), its article's path, the gold's names,
    kg's figures, the matched figure's index and the figure, kg's source and the gold's."""
    for gf, path in zip(files, paths):
        gold = json.load(open(gf)); doc = out.get(os.path.realpath(path)) or {}
        names = sc.Names(gold.get('entities', []))
        sfigs = doc.get('figures') or []; fused = set()
        for g in gold.get('figures', []):
            gv = sc.number(g['value']); hit = None
            for i, f in enumerate(sfigs):
                if i in fused: continue
                if sc.number(f.get('value')) == gv and sc.measure_match(g['measure'], f.get('measure')): hit = i; break
            if hit is None: continue
            fused.add(hit)
            if g.get('source'):
                yield path, names, sfigs, hit, sfigs[hit], sfigs[hit].get('source'), g.get('source')


CL = set('according to by from of at for per in on under with said says told say estimated estimates estimate reported reports data figures statistics count tally survey study report poll census showed shows found released published cited citing s the a an and police officials spokesman spokeswoman official which who its their his her it that as than while but after before latest new was is were are has have had'.split())
def cls(w):
    if w is None: return '^'
    return w if w in CL else '_'
c = collections.Counter()
for path, names, sfigs, hit, f, ks, gs in sourced_matches():
    ok = names.same(gs, ks) or (bool(ks) and sc.squash(gs) in sc.squash(ks))
    if ok: continue
    k = 'null' if not ks else 'named'
    gl = gs if isinstance(gs, list) else [gs]
    st = f.get('sentence') or ''
    fw = sc.fold(st).split(); gw = sc.fold(gl[0]).split()
    pos = -1
    for i in range(len(fw) - len(gw) + 1):
        if fw[i:i+len(gw)] == gw: pos = i; break
    if pos < 0:
        c[('NOTINSENT', k)] += 1; continue
    b2 = [cls(fw[j]) if j >= 0 else '^' for j in (pos-2, pos-1)]
    e = pos + len(gw)
    a2 = [cls(fw[j]) if j < len(fw) else '$' for j in (e, e+1)]
    ft = sc.fold(f.get('text') or '')
    fp = (' ' + ' '.join(fw) + ' ').find(' ' + ft + ' ') if ft else -1
    where = '?' if fp < 0 else ('fig-after' if fp > len(' '.join(fw[:pos])) else 'fig-before')
    c[('AROUND', k, ' '.join(b2) + ' [X] ' + ' '.join(a2), where)] += 1
for key, v in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])): print(v, *key, sep=' | ')

# second pass: sentences that do not name the gold source exactly
DESC = set('company firm group agency ministry department government police authorities officials organization bank fund office commission council institute university board committee union association service authority bureau report study survey poll data figures statistics researchers analysts firm'.split())
SAYW = re.compile(r"\b(said|says|say|told|tells|added|adds|according|estimated|estimates|reported|reports|announced|stated|noted|confirmed|claimed|showed|shows|found|finds|put|puts|counted|recorded|expects|forecast)\b")
c2 = collections.Counter()
for path, names, sfigs, hit, f, ks, gs in sourced_matches():
    if not ks:
        if names.same(gs, ks): continue
        gl = gs if isinstance(gs, list) else [gs]
        st = f.get('sentence') or ''; fw = sc.fold(st).split(); gw = sc.fold(gl[0]).split()
        if any(fw[i:i+len(gw)] == gw for i in range(len(fw))): continue
        raw = st.split()
        w0 = raw[0].lower().strip('",“”') if raw else ''
        w0c = w0 if w0 in ('the','it','its','he','she','they','his','her','their','but','and','in','of','that','this','those','these','some','about','more','a','an','at','by','according','since','as') else ('NUM' if w0[:1].isdigit() or w0[:1]=='$' else ('Cap' if raw and raw[0][:1].isupper() else '_'))
        w1 = raw[1].lower().strip(',') if len(raw) > 1 else ''
        w1c = w1 if w0c == 'the' and w1 in DESC else '_'
        sayw = sorted(set(m.group(1) for m in SAYW.finditer(st.lower())))
        desc_in = sorted(set(w for w in fw if w in DESC))
        c2[('NOTIN-NULL', w0c + ' ' + w1c, 'say:' + ','.join(sayw[:3]) if sayw else 'nosay', 'desc:' + ','.join(desc_in[:3]) if desc_in else '-')] += 1
for key, v in sorted(c2.items(), key=lambda kv: (-kv[1], kv[0])): print(v, *key, sep=' | ')

# third pass: gold's last word in the previous sentence, not in the figure's
sents = {}; paras = {}
import subprocess
p = subprocess.run([sys.argv[3]] + paths, capture_output=True, text=True)
for l in p.stdout.splitlines():
    d = json.loads(l); sents.setdefault(os.path.realpath(d['path']), d['sentences']); paras.setdefault(os.path.realpath(d['path']), d['para'])
TRAIL = re.compile(r",[^,]{1,70}\b(said|says|told|reported|added|according to[^,]{1,60})[^,]{0,40}[.”\"]*$")
OPENS = re.compile(r"^[^,]{0,60}\b(said|says|told|reported|estimated|estimates)\b")
c3 = collections.Counter()
for path, names, sfigs, hit, f, ks, gs in sourced_matches():
    ss = sents.get(os.path.realpath(path), []); pp = paras.get(os.path.realpath(path), [])
    if not ks:
        gl = gs if isinstance(gs, list) else [gs]
        sn = sc.fold(gl[0]).split()[-1] if sc.fold(gl[0]) else ''
        st = f.get('sentence') or ''
        if not sn or sn in sc.fold(st).split(): continue
        idx = next((i for i, s in enumerate(ss) if s == st), None)
        if idx is None or idx == 0: continue
        prev = ss[idx-1]
        if sn not in sc.fold(prev).split():
            c3[('PREV', 'gold not in prev', 'newpara' if pp[idx] else 'samepara')] += 1; continue
        raw = st.split(); w0 = raw[0].lower() if raw else ''
        w0c = w0 if w0 in ('the','it','its','he','she','they','his','her','their','but','and','in','of','that','this','those','these','some','about','more','a','an','at','by','another','of','among','since','as','still') else ('NUM' if w0[:1].isdigit() or w0[:1]=='$' else ('Cap' if raw and raw[0][:1].isupper() else '_'))
        prevfig = any(x.get('sentence') == prev for x in sfigs)
        prevsrcok = any(x.get('sentence') == prev and x.get('source') and (names.same(gs, x.get('source')) or sc.squash(gl[0]) in sc.squash(x.get('source'))) for x in sfigs)
        c3[('PREV', 'newpara' if pp[idx] else 'samepara', 'prev-trail' if TRAIL.search(prev.strip()) else ('prev-opens-teller' if OPENS.search(prev) else 'prev-other'), 'first:' + w0c, 'say:' + ','.join(sorted(set(re.findall(r"\b(said|says|told|according|estimated|expected|reported)\b", st)))) if re.search(r"\b(said|says|told|according|estimated|expected|reported)\b", st) else 'nosay', 'prevfig-gold' if prevsrcok else ('prevfig' if prevfig else '-'))] += 1
for key, v in sorted(c3.items(), key=lambda kv: (-kv[1], kv[0])): print(v, *key, sep=' | ')

# fourth pass: is the gold source kg's source of the last sourced figure before?
c4 = collections.Counter()
for path, names, sfigs, hit, f, ks, gs in sourced_matches():
    ss = sents.get(os.path.realpath(path), []); pp = paras.get(os.path.realpath(path), [])
    sidx = lambda st: next((i for i, s in enumerate(ss) if s == st), None)
    if not ks:
        gl = gs if isinstance(gs, list) else [gs]
        me = sidx(f.get('sentence'))
        if me is None: c4[('LASTSRC', 'sent?')] += 1; continue
        prevs = [(sidx(x.get('sentence')), x) for x in sfigs[:hit] if x.get('source')]
        prevs = [(i, x) for i, x in prevs if i is not None and i < me]
        if not prevs: c4[('LASTSRC', 'no sourced fig before')] += 1; continue
        i, x = prevs[-1]
        ok = names.same(gs, x['source']) or sc.squash(gl[0]) in sc.squash(x['source'])
        dist = me - i
        paras_between = sum(1 for j in range(i+1, me+1) if pp[j])
        c4[('LASTSRC', 'gold=last' if ok else 'gold!=last', 'd=%s' % (dist if dist < 4 else '4+'), 'paras=%s' % (paras_between if paras_between < 3 else '3+'))] += 1
        if dist == 1 and paras_between <= 1:
            st = f.get('sentence') or ''
            fl = ['gold=last' if ok else 'gold!=last', 'samepara' if paras_between == 0 else 'newpara']
            sw = re.findall(r"\b(said|says|say|told|tells|added|according|estimated|estimates|reported|reports|announced|confirmed|showed|shows|found|put|puts|expects|expected|forecast)\b", st.lower())
            fl.append('sayw:' + ','.join(sorted(set(sw))) if sw else 'nosay')
            fl.append('quote' if re.search(r'["“”]', st) else '-')
            fl.append('m:share' if (f.get('measure') or '').startswith('share price') else 'm:other')
            raw = st.split(); w0 = raw[0].lower() if raw else ''
            fl.append('first:' + (w0 if w0 in ('the','it','he','she','they','its','his','her','their','that','this','those','these','another','of','in','among','but','and','a','an','some','about') else ('Cap' if raw and raw[0][:1].isupper() else '_')))
            c4[('D1',) + tuple(fl)] += 1
for key, v in sorted(c4.items(), key=lambda kv: (-kv[1], kv[0])): print(v, *key, sep=' | ')
