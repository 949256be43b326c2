"""Split an extract-diff of relations into reading19's rules; print counts and a hash-drawn sample per rule."""
import re, sys, hashlib
seed = sys.argv[2] if len(sys.argv) > 2 else 'kg-reading19'
n = int(sys.argv[3]) if len(sys.argv) > 3 else 20
art = None; items = []
rx = re.compile(r'^\s*([+-]) relation subject="(.*?)" predicate="(.*?)" object="(.*?)"(?: source=".*?")? text="(.*)"$')
last = None
for line in open(sys.argv[1]):
    if line.startswith('=== '): art = line.split()[1]; continue
    m = rx.match(line.rstrip('\n'))
    if m: last = [m.group(1), art, m.group(2), m.group(3), m.group(4), m.group(5), '']; items.append(last); continue
    if last and line.strip().startswith('sentence:'): last[6] = line.strip()[10:]
added = {(a, s, p, o) for sign, a, s, p, o, t, _ in items if sign == '+'}
removed = {(a, s, p, o) for sign, a, s, p, o, t, _ in items if sign == '-'}
def rule(p, t):
    if p == 'memberOf': return 'party'
    if p in ('relativeOf','spouseOf','childOf','parentOf','siblingOf','partnerOf','succeeds'): return 'kin'
    if re.search(r"-based|–based|-headquartered", t): return 'based'
    if re.search(r"such as|including|like", t): return 'list'
    if p == 'partOf' and re.search(r"'s |’s |' |’ ", t): return 'poss-org'
    if p == 'locatedIn' and re.search(r"'s |’s |' |’ ", t): return 'poss-place'
    if p == 'locatedIn': return 'kind'
    return 'other:' + p
groups = {}
for sign, a, s, p, o, t, sent in items:
    if sign == '+' and (a, s, p, o) not in removed:
        groups.setdefault(rule(p, t), []).append((a, s, p, o, t, sent))
gone = [(a, s, p, o) for (a, s, p, o) in removed if (a, s, p, o) not in added]
print('truly removed', len(gone))
for g, v in sorted(groups.items()):
    print(f'== {g}: {len(v)} new')
for g, v in sorted(groups.items()):
    v.sort(key=lambda x: hashlib.sha256((seed + '|' + '|'.join(x[:4])).encode()).hexdigest())
    print(f'\n##### {g} ({len(v)}), first {n} by sha256({seed}|article|s|p|o)')
    for i, (a, s, p, o, t, sent) in enumerate(v[:n]):
        print(f'{i+1:2}. {s} {p} {o}  |{t}|\n      {sent[:260]}')
if '-gone' in sys.argv:
    for x in gone: print('GONE', x)
