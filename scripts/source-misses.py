#!/usr/bin/env python3
"""Counts only: classes of the wrong sources of the gold figures kg matched, on a gold dir.

    scripts/source-misses.py KG GOLD [WORKDIR]

Runs KG over the articles GOLD's *.gold.json name and matches figures as the scorer does.
Prints totals (scored right/wrong, gold null with kg null or named) and, for each wrong
source, counts of its class (kg null, kg another gold entity, a name the gold lacks, one
that overlaps the gold's), where the gold source's last word stands (this sentence, the
one or two before, earlier), the sentence's attribution words and shapes, paragraph
breaks, and whether kg gave the gold source to another figure. It never prints a
sentence, a name or a value: safe on a held-out pool. Needs scripts/sentdump (built
into WORKDIR, default a temporary folder).
"""
import sys, os, json, glob, collections, subprocess, importlib.machinery, importlib.util, re, tempfile
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
loader = importlib.machinery.SourceFileLoader("score", os.path.join(ROOT, "..", "shared", "eval", "score"))
spec = importlib.util.spec_from_loader("score", loader); sc = importlib.util.module_from_spec(spec); loader.exec_module(sc)
kg = sys.argv[1]; gold_dir = sys.argv[2]
work = sys.argv[3] if len(sys.argv) > 3 else tempfile.mkdtemp()
sentdump = os.path.join(work, 'sentdump')
subprocess.run(['go', 'build', '-o', sentdump, './scripts/sentdump'], cwd=ROOT, check=True)
files = sorted(glob.glob(os.path.join(gold_dir, '*.gold.json')))
shared = os.path.join(ROOT, '..', 'shared')
paths = [os.path.join(shared, json.load(open(f))['article']) for f in files]
tag = os.path.basename(kg)
outp = os.path.join(work, 'extract-%s.jsonl' % tag)
subprocess.run([kg, 'extract', '--json', '-j', '8'] + paths, stdout=open(outp, 'w'), stderr=subprocess.DEVNULL)
out = {}
for l in open(outp):
    d = json.loads(l); out[os.path.realpath(d['article']['path'])] = d
sents = {}; paras = {}
p = subprocess.run([sentdump] + paths, capture_output=True, text=True)
for l in p.stdout.splitlines():
    d = json.loads(l); sents.setdefault(os.path.realpath(d['path']), d['sentences']); paras.setdefault(os.path.realpath(d['path']), d['para'])
SAY = re.compile(r"\b(said|says|say|told|tells|added|adds|according|estimated|estimates|reported|reports|announced|stated|noted|confirmed|claimed|showed|shows|found|finds)\b", re.I)
c = collections.Counter(); tot = collections.Counter()
def sur(n):
    w = sc.fold(n).split(); return w[-1] if w else ''
for gf, path in zip(files, paths):
    gold = json.load(open(gf)); doc = out.get(os.path.realpath(path)) or {}
    names = sc.Names(gold.get('entities', []))
    gtype = {}
    for e in gold.get('entities', []):
        for n in [e['name']] + e.get('aliases', []): gtype[sc.squash(n)] = e['type']
    kgents = [m for e in doc.get('entities') or [] for m in sc.sys_names(e) if m]
    ss = sents.get(os.path.realpath(path), [])
    sfigs = doc.get('figures') or []; fused = set()
    for g in gold.get('figures', []):
        gv = sc.number(g['value']); hit = None
        for i, f in enumerate(sfigs):
            if i in fused: continue
            if sc.number(f.get('value')) == gv and sc.measure_match(g['measure'], f.get('measure')): hit = i; break
        if hit is None: continue
        fused.add(hit); f = sfigs[hit]; ks = f.get('source'); gs = g.get('source')
        if not gs:
            tot['gold null: kg null' if not ks else 'gold null: kg named (unscored)'] += 1; continue
        ok = names.same(gs, ks) or (bool(ks) and sc.squash(gs) in sc.squash(ks))
        tot['scored ok' if ok else 'scored wrong'] += 1
        if ok: continue
        gl = gs if isinstance(gs, list) else [gs]
        gt = gtype.get(sc.squash(gl[0]), 'nongold')
        if not ks: k = 'kg null'
        elif names.of(ks) is not None: k = 'kg other gold entity'
        elif any(sc.fold(x) in sc.fold(ks) or sc.fold(ks) in sc.fold(x) for x in gl): k = 'kg overlaps gold name'
        else: k = 'kg non-gold name'
        inents = any(names.same(gs, x) for x in kgents)
        st = f.get('sentence') or ''
        idx = next((i for i, s in enumerate(ss) if s == st), None)
        if idx is None: idx = next((i for i, s in enumerate(ss) if st and (st in s or s in st)), None)
        def has(s): return any(sur(x) and re.search(r'\b%s\b' % re.escape(sur(x)), sc.fold(s)) for x in gl)
        where = []
        if has(st): where.append('in sent')
        if idx is not None and idx > 0 and has(ss[idx-1]): where.append('in prev')
        if idx is not None and idx > 1 and has(ss[idx-2]): where.append('in prev2')
        if idx is not None and not any(has(s) for s in ss[max(0, idx-2):idx+1]) and any(has(s) for s in ss[:idx]): where.append('earlier')
        if idx is not None and any(has(s) for s in ss[idx+1:idx+2]): where.append('next')
        if idx is None: where.append('sent not found')
        shape = []
        if re.search(r'\baccording to\b', st, re.I): shape.append('accto')
        if SAY.search(st): shape.append('sayverb')
        if re.search(r'["“”]', st): shape.append('quote-mark')
        if idx is not None and idx > 0 and SAY.search(ss[idx-1]): shape.append('prev-say')
        if idx is not None and idx > 0 and ss[idx-1].rstrip().endswith(':'): shape.append('prev-colon')
        if re.match(r'\s*(He|She|They|It|The \w+)\b', st): shape.append('starts-pron/the')
        c[(k, 'gold ' + gt, 'in kg ents' if inents else 'not in kg ents')] += 1
        pub = gold.get('publisher') or ''
        c[('PUB', k, 'gold=publisher' if pub and (names.same(gs, pub) or sc.squash(pub) in sc.squash(gl[0]) or sc.squash(gl[0]) in sc.squash(pub)) else 'gold!=publisher')] += 1
        if ks: c[('KGNAME', k, ('lower' if ks[:1].islower() else 'Cap') + ' %dw' % min(4, len(ks.split())), 'kg in sent' if sc.fold(ks) and sc.fold(ks).split()[-1] in sc.fold(st) else 'kg not in sent')] += 1
        if has(st) and k in ('kg null','kg non-gold name','kg other gold entity'):
            fs = sc.fold(st); sn = sur(gl[0])
            m = re.search(r'(\w+ \w+ )?(\w+ )?\b%s\b( \w+)?( \w+)?' % re.escape(sn), fs)
            CL = set('according to by from of at for per in said says told say estimated estimates reported reports data figures statistics count survey study report poll census showed shows found released published cited citing s the a an police officials with and said'.split())
            if m:
                b = ' '.join(w if w in CL else '_' for w in ((m.group(1) or '') + (m.group(2) or '')).split())
                a = ' '.join(w if w in CL else '_' for w in ((m.group(3) or '') + (m.group(4) or '')).split())
                c[('CTX', k, '[%s] X [%s]' % (b, a))] += 1
        def okname(x): return bool(x) and (names.same(gs, x) or sc.squash(gl[0]) in sc.squash(x))
        sib = [x for x in sfigs if x.get('sentence') == st and x is not f]
        prevs = ss[idx-1] if idx else None
        flags = []
        if any(okname(x.get('source')) for x in sib): flags.append('sibling-fig-has-gold')
        if any(okname(q.get('speaker')) for q in doc.get('quotes') or [] if q.get('sentence') == st): flags.append('quote-in-sent-by-gold')
        if prevs and any(okname(x.get('source')) for x in sfigs if x.get('sentence') == prevs): flags.append('prev-fig-has-gold')
        if prevs and any(okname(q.get('speaker')) for q in doc.get('quotes') or [] if q.get('sentence') == prevs): flags.append('prev-quote-by-gold')
        if any(okname(x.get('source')) for x in sfigs if x is not f): flags.append('gold-src-elsewhere')
        pp = paras.get(os.path.realpath(path), [])
        if idx is not None: flags.append('newpara' if pp[idx] else 'samepara')
        if SAY.search(st): flags.append('say')
        c[('FLAGS', k, ' '.join(flags) or '-')] += 1
        if k == 'kg null' and SAY.search(st) and has(st):
            fs = ' ' + sc.fold(st) + ' '; ft = sc.fold(f.get('text') or '')
            m = re.search(r' (said|says|told|according|reported|added|estimated|estimates|announced|claimed|noted|confirmed) ', fs)
            fp = fs.find(' ' + ft + ' ') if ft else -1
            fl = ['verb-before-fig' if m and fp >= 0 and m.start() < fp else 'verb-after-fig' if m and fp >= 0 else 'pos?']
            if m and fp >= 0:
                a, b = sorted([m.start(), fp])
                mid = fs[a:b]
                for w in ('while', 'but', 'whereas', 'and', 'which', 'who', 'after', 'when', 'as'):
                    if ' %s ' % w in mid: fl.append('mid-' + w)
            raw = st
            if re.search(r',\s*(said|says|told|according|added|reported)', raw): fl.append('comma-verb')
            if ';' in raw: fl.append('semicolon')
            if re.search(r'\b(which|who)\b[^,]*,\s*(said|says|told)', raw): fl.append('which-appos')
            c[('SAYIN', ' '.join(fl))] += 1
        if k == 'kg null' and not SAY.search(st) and has(st):
            VL = set('recorded registered counted counts confirmed confirms put puts putting estimated estimate estimates projects projected forecast forecasts expects expected tallied identified listed released issued published data figures statistics survey poll study report count tally toll numbers records record show predicted predicts calculated calculates analysis research index rating ranking ranked says say according tweet tweeted posted statement wrote writes cited citing per from by in s'.split())
            fw = set(sc.fold(st).split())
            c[('NOSAYW', ' '.join(sorted(fw & VL)))] += 1
        if k == 'kg null':
            for m in re.finditer(r',\s*([^,]{1,60}?)\s+(said|says|told|reported|added)\b', st):
                np = m.group(1).split()
                shape = ' '.join(('C' if w[:1].isupper() else 'the' if w.lower() in ('the','a','an') else 'n' if w[:1].isdigit() else 'l') for w in np)
                c[('TRAIL', shape[:20], 'gold-in-np' if has(m.group(1)) else 'gold-not-in-np', 'kgent-in-np' if any(x and x in m.group(1) for x in kgents) else '-')] += 1
            for m in re.finditer(r'\b(said|says|told|reported|added),?\s+([^,.]{1,60})', st):
                np = m.group(2).split()[:4]
                shape = ' '.join(('C' if w[:1].isupper() else 'the' if w.lower() in ('the','a','an') else 'n' if w[:1].isdigit() else 'l') for w in np)
                c[('AFTERV', m.group(1), shape, 'gold-right-after' if has(' '.join(np)) else '-')] += 1
        if k == 'kg null': c[('NX', 'say' if SAY.search(st) else 'nosay', ' '.join(where) or 'nowhere', 'newpara' if idx is not None and pp[idx] else 'samepara')] += 1
        if has(st) and k == 'kg null':
            VL = set('recorded registered counted counts confirmed confirms put puts estimated estimate estimates projects projected forecast forecasts expects expected reported reports tallied identified listed has have had released issued published data figures statistics survey poll study report count tally toll numbers records record shows showed show found finds say says said told according announced announces announcement statement tweeted posted wrote writes predicted predicts calculated calculates analysis research index rating ranking ranked'.split())
            fs = sc.fold(st).split(); sn = sur(gl[0])
            for i, w in enumerate(fs):
                if w == sn:
                    for j in range(max(0, i-4), min(len(fs), i+5)):
                        if fs[j] in VL: c[('VERB', 'before' if j < i else 'after', fs[j])] += 1
                    break
        if k == 'kg null':
            fl = []
            if okname(f.get('subject')): fl.append('gold=subject')
            fs = sc.fold(st); sn = sur(gl[0]); ft = sc.fold(f.get('text') or '')
            if sn and ft and sn in fs.split() and ft in fs:
                fl.append('name-before-fig' if (' '+fs+' ').index(' '+sn+' ') < (' '+fs+' ').index(ft) else 'name-after-fig')
            if re.match(r'\s*["“]', st): fl.append('opens-quote')
            if '"' in st or '“' in st: fl.append('has-quote')
            mc = re.findall(r'\b(said|says|told|according)\b', st)
            fl.append('say%d' % len(mc))
            c[('NULLPOS', ' '.join(fl))] += 1
        if k in ('kg non-gold name', 'kg other gold entity', 'kg overlaps gold name'):
            kw = [w for w in sc.fold(ks).split() if w not in ('the', 'a', 'an', 'of', 's')]
            gw = set(sc.fold(gl[0]).split())
            allin = all(w in gw or w.rstrip('s') in gw for w in kw)
            anyin = any(w in gw or w.rstrip('s') in gw for w in kw)
            rel = 'kg words all in gold' if allin else 'kg words some in gold' if anyin else 'disjoint'
            gty = gtype.get(sc.squash(gl[0]), 'nongold'); kty = gtype.get(sc.squash(ks), 'nongold')
            ROLE=set('spokesman spokeswoman spokesperson official officials statement report source sources person people executive director chief police officer officers authorities government ministry analysts analyst data survey study poll company firm agency group department office reporter reporters witness witnesses media'.split())
            c[('KLAST', k, rel, (kw[-1] if kw and kw[-1] in ROLE else '_'), 'kg has-cap' if any(ch.isupper() for ch in ks) else 'kg lower', 'gold in sent' if has(st) else 'gold not in sent')] += 1
            c[('REL', k, rel, 'gold ' + gty, 'kg ' + kty, 'kg plural' if kw and kw[-1].endswith('s') else 'kg sing')] += 1
        c[('KxW', k, ' '.join(where) or 'nowhere near')] += 1
        c[('GOLDSHAPE', k, ('lower' if gl[0][:1].islower() else 'Cap') + ' %dw' % min(4, len(gl[0].split())))] += 1
        c[('WHERE', ' '.join(where) or 'nowhere near')] += 1
        c[('SHAPE', k, ' '.join(shape) or '-')] += 1
for k, v in tot.most_common(): print(v, k)
print()
for k, v in sorted(c.items(), key=lambda kv: (kv[0][0], -kv[1])): print(v, *k, sep=' | ')
