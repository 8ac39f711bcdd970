#!/usr/bin/env python3
"""Regenerates the fact coverage table of docs/lawbook.md from the data files' source: lists.

Run from anywhere: python3 Scripts/lawbook-fact-table.py (needs PyYAML and ../shared/docs/legal-facts.md).
Reasons for facts not encoded are read back from the existing table; a new unencoded fact gets TODO.
"""
import re,yaml,glob,os,sys
import pathlib
root=str(pathlib.Path(__file__).resolve().parent.parent)
facts=os.path.join(os.path.dirname(root),'shared','docs','legal-facts.md')
docs=os.path.join(root,'docs','lawbook.md')
sec=None; rows=[]
for line in open(facts):
    m=re.match(r'^## (\d+)\.',line)
    if m: sec=int(m.group(1)); continue
    if line.startswith('## Appendix'): sec=None
    m=re.match(r'^\| ([A-Z]+-\d+) \|',line)
    if m and sec in (1,2,4,5): rows.append((sec,m.group(1)))
rules={ # assembly.yaml keys -> engine rule ids (prefix added)
 'forms_source':['-procedure / -authorization'],'procedures':['-procedure / -authorization','-filing-deadline','-decision-deadline','-day-count-reading','-deemed-consent'],
 'eligibility':['-eligibility-age','-eligibility-citizenship'],'application_items':['-application-contents'],'picket':['-picket-one-person','-picket-duration'],
 'places':['-specialized-place / -designated-place'],'refusal':['-grounds-for-refusal'],'spontaneous_source':['-spontaneous'],'night_time':['-night-time'],
 'bystanders':['standard participants-and-bystanders'],'standards':['international standard'],
}
reg_rules={'public_association':'pa-*','religious_association':'ra-*','political_party':'party-*','fees':'registration-fee','registering_body':'registration-body','ngo_database':'ngo-database-report','regions':'pa-level-regions, party-founder-regions','regimes':'foreign-funding-*'}
where={}
def add(fid,loc):
    where.setdefault(fid,[])
    if loc not in where[fid]: where[fid].append(loc)
def walk(x,file,path):
    base=os.path.basename(file)
    if isinstance(x,dict):
        ident=x.get('id') or x.get('law') or (f"MCI {x['year']}" if 'year' in x and base=='mci.yaml' else None)
        p=path+[('label',ident)] if ident else path
        for k,v in x.items():
            if (k=='source' or k.endswith('_source')) and isinstance(v,list):
                for fid in v: add(fid,describe(base,p,k))
            else:
                walk(v,file,p+[('key',k)])
    elif isinstance(x,list):
        for v in x: walk(v,file,path)
def describe(base,path,k):
    labels=[v for t,v in path if t=='label']
    keys=[v for t,v in path if t=='key']
    name=labels[-1] if labels else (keys[0] if keys else k)
    s=f"{base} `{name}`"
    if base=='assembly.yaml':
        prefix='pa1995' if 'assembly-law-1995' in labels else ('pa2020' if 'assembly-law-2020' in labels else '')
        top=[kk for kk in keys if kk in rules] or ([k] if k in rules else [])
        if labels and labels[-1].startswith(('pa1995-','pa2020-')) and not labels[-1].endswith(('days',)): s=f"{base} rule `{labels[-1]}`"
        elif top and prefix:
            s=f"{base} `{prefix}` " + ", ".join(f"`{prefix}{r}`" if r.startswith('-') else r for r in rules[top[0]])
        elif keys and keys[0]=='standards' and labels: s=f"{base} standard `{labels[-1]}`"
    if base=='registration.yaml':
        top=keys[0] if keys else k
        s=f"{base} `{top}` (rules {reg_rules.get(top,top)})"
    return s
for f in sorted(glob.glob(root+'/Sources/LawBook/Resources/*.yaml')):
    walk(yaml.safe_load(open(f)),f,[])
# The reasons for facts not encoded are kept in docs/lawbook.md itself.
reasons={}
text=open(docs).read()
for line in text.split('\n'):
    m=re.match(r'^\| ([A-Z]+-\d+) \| not encoded: (.*) \|$',line)
    if m: reasons[m.group(1)]=m.group(2)
out=[]
titles={1:"Peaceful assemblies",2:"Associations",4:"Sanctions table",5:"Monetary facts"}
cur=None
for s,fid in rows:
    if s!=cur:
        out.append(f"\n### Section {s}: {titles[s]}\n\n| Fact | Encoded where |\n|---|---|"); cur=s
    if fid in where:
        locs=where[fid]
        out.append(f"| {fid} | " + "; ".join(locs[:3])+(f" (+{len(locs)-3} more)" if len(locs)>3 else "") + " |")
    else:
        if fid not in reasons: print("NO REASON", fid, file=sys.stderr)
        out.append(f"| {fid} | not encoded: {reasons.get(fid,'TODO')} |")
marker="neither a data file's `source:` nor this table's \"not encoded\" rows, or is in both.\n"
head=text[:text.index(marker)+len(marker)]
open(docs,'w').write(head+"\n".join(out)+"\n")
print(f"wrote {docs}: {len(rows)} facts, {sum(1 for _,f in rows if f not in where)} not encoded")
