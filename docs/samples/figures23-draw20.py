# Hash-draws N items (+ added, - removed, ~ changed) of a `harness diff` of figures, with their sentences:
#   python3 figures23-draw20.py DIFF SEED N [+-~]
import sys,re,hashlib
# parse harness diff with sentences; pick added (+) or changed items, hash-draw N
txt=open(sys.argv[1]).read().split('\n')
seed=sys.argv[2]; n=int(sys.argv[3]); kind=sys.argv[4] if len(sys.argv)>4 else '+'
items=[]; art=''
for i,l in enumerate(txt):
    if l.startswith('==='): art=l.split()[1]
    m=re.match(r'\s+([+~-]) figure\s+(.*)',l)
    if m and m.group(1) in kind:
        sent=txt[i+1].strip() if i+1<len(txt) and 'sentence:' in txt[i+1] else ''
        items.append((art,m.group(1)+' '+m.group(2),sent))
items.sort(key=lambda x: hashlib.sha256((seed+x[0]+x[1]).encode()).hexdigest())
print(len(items),'items')
for a,f,s in items[:n]:
    print('*',a[:60]); print('   ',f[:200]); print('   ',s[:300])
