"""read160: count the shapes of the top wrong classes over open.jsonl.
usage: python3 read160-shapes.py /tmp/read160/open.jsonl"""
import json, re, sys, collections
rels = []
for line in open(sys.argv[1]):
    d = json.loads(line)
    ents = {e['name']: e for e in d['entities']}
    for r in d.get('relations') or []:
        rels.append((d['article']['path'].split('/')[-1], r, ents))
print('relations', len(rels))
typ = lambda ents, n: ents.get(n, {}).get('type')

# 1. entity boundary, two mechanical sub-shapes
vocab = set('staff manager officer operating technology financial executive information marketing director general '
            'chief secretary counsel correspondent editor spokesman spokeswoman assistant deputy commander president '
            'minister affairs security operations court police party board council committee state north south east '
            'west house office service services department command'.split())
t1 = [x for x in rels if x[1]['predicate'].endswith('Of') and typ(x[2], x[1]['subject']) == 'Person'
      and all(t.lower().strip('.') in vocab for t in x[1]['subject'].split())]
print('1a person subject made only of title/common words', len(t1))
t2 = []
for p, r, e in rels:
    if r['predicate'] == 'reportsFrom':
        continue
    for side, oth in (('subject', 'object'), ('object', 'subject')):
        n, s = r[side], r['sentence']
        if n in r[oth] or len(n.split()) < 2 or not n.split()[-1].islower():
            continue
        hits = [m.start() for m in re.finditer(r'(?<![\w.])' + re.escape(n) + r'(?!\w)', s)]
        if hits and all(re.match(r' [A-Z]', s[h + len(n):]) for h in hits):
            t2.append((p, r)); break
print('1b multiword end ending in a lowercase word, always followed by a capital', len(t2))
for p, r in t2: print('   ', r['subject'], '|', r['predicate'], '|', r['object'])

# 2. role to a country that is not an office of that state
geo_or_office = set('presidentOf primeMinisterOf vicePresidentOf kingOf queenOf ministerOf foreignMinisterOf '
    'defenseMinisterOf financeMinisterOf chancellorOf ambassadorOf ambassadorTo secretaryOf secretaryOfStateOf '
    'governorOf senatorOf representativeOf citizenOf nativeOf residentOf locatedIn partOf reportsFrom operatesIn '
    'visits locatedNear capitalOf memberOf emirOf sultanOf monarchOf dictatorOf presidentElectOf '
    'attorneyGeneralOf'.split())
b = [(p, r) for p, r, e in rels if e.get(r['object'], {}).get('type') == 'Place'
     and e.get(r['object'], {}).get('country') == r['object'] and r['predicate'].endswith('Of')
     and r['predicate'] not in geo_or_office]
print('2 role-Of a country, not an office of state (candidates, read by hand)', len(b))
for p, r in b: print('   ', r['predicate'], '|', r['subject'], '|', r['object'], '||', r['text'][:80])

# 3. "told" whose subject (name, alias or any name word) is absent from the sentence: a pronoun subject
c = []
for p, r, e in rels:
    if r['predicate'] != 'told':
        continue
    names = [r['subject']] + e.get(r['subject'], {}).get('aliases', []) + r['subject'].split()
    if not any(n in r['sentence'] for n in names):
        c.append((p, r))
print('3 told with a pronoun subject', len(c), 'of', sum(1 for x in rels if x[1]['predicate'] == 'told'))

# 4. non-name end: begins lowercase, not iPhone/eBay/al-/de-style names
d4 = [(p, r) for p, r, e in rels if any(r[k][:1].islower() and not re.match(
      r'([ie][A-Z]|al-|el-|ad-|as-|bin |ibn |de |van |von |dos |da )', r[k]) for k in ('subject', 'object'))]
print('4 lowercase (non-name) end', len(d4), collections.Counter(r['predicate'] for p, r in d4).most_common(10))
