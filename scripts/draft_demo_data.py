#!/usr/bin/env python3
"""Drafts Sources/DemoData/Resources/demo.json from the dev gold set and scripts/demo_curation.py.

Usage, from the package root: python3 scripts/draft_demo_data.py [../shared]

Facts (dates, event types, names, places, articles, sanctions, offsets) come from
../shared/eval/dev/gold.jsonl; summaries, perpetrators, rights, persons and organisations from
demo_curation.py. The quotes of the gold set are NOT copied: passages keep only the offsets, and the
quote is filled in from the report once the report itself is imported.
"""
import hashlib
import json
import pathlib
import re
import sys

from demo_curation import INCIDENTS, ORGANIZATIONS, ORGANIZATION_NAMES, PERSONS, PERSON_NAMES, PLACE_NAMES

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
OUT = ROOT / "Sources/DemoData/Resources/demo.json"

RIGHTS = {"A": "assembly", "S": "association", "E": "expression", "F": "fair_trial", "L": "liberty",
          "P": "privacy", "M": "movement", "T": "freedom_from_torture"}
PERPETRATORS = {"pol": "police", "crt": "court", "aki": "akimat", "pro": "prosecutor",
                "knb": "national_security_committee", "unk": "unknown_persons", "com": "company",
                "tax": "tax_authority", "min": "ministry", "pen": "penitentiary", "oth": "other"}

SOURCES = [
    dict(key="000_e4f907cd977a1e11.txt", id="src-seed-000",
         title="Freedom of peaceful assembly in Kazakhstan: procedure and liability (explainer)",
         publisher=None, publishedOn=None, url=None, language="en",
         note="Undated explainer on the 1995 assembly law with comments from about 2018; it names no incidents."),
    dict(key="001_b5526c2f296f47c4.txt", id="src-seed-001",
         title="Factsheet: Kazakhstan Country Visit",
         publisher="UN Special Rapporteur on the rights to freedom of peaceful assembly and of association",
         publishedOn=None, url=None, language="en",
         note="Summarises report A/HRC/29/25/Add.2 (2015); the factsheet itself carries no date."),
    dict(key="002_cc90e563ada56086.txt", id="src-seed-002",
         title="Kazakhstan: Muffled protests and persecution of opposition movements, NGOs and trade unions",
         publisher="International Partnership for Human Rights (IPHR) and Kazakhstan International Bureau for Human Rights and Rule of Law (KIBHR), for the CIVICUS Monitor",
         publishedOn=None, url=None, language="en",
         note="Covers February and March 2021; the publication date is not stated in the text."),
    dict(key="003_902686da894b2a57.txt", id="src-seed-003",
         title="Civic Freedom Monitor: Kazakhstan",
         publisher="International Center for Not-for-Profit Law (ICNL)",
         publishedOn="2026-05-08", url="https://www.icnl.org/resources/civic-freedom-monitor/kazakhstan", language="en",
         note="Last updated 8 May 2026."),
    dict(key="004_c44e466740d2cce1.txt", id="src-seed-004",
         title="Comments of Kazakhstani human rights NGOs on Kazakhstan's second periodic report on the implementation of the International Covenant on Civil and Political Rights",
         publisher="Coalition of Kazakhstani human rights NGOs, incl. Kazakhstan International Bureau for Human Rights and Rule of Law",
         publishedOn="2016-05", url=None, language="en",
         note="Submitted to the UN Human Rights Committee; Almaty, May 2016. Demo incidents cover the Article 19, 21 and 22 chapters."),
]

SYNTHETIC_NOTE = (
    "SYNTHETIC DEMO RECORD, NOT A REAL TESTIMONY. Witness A, a fictional person invented for the Kuzet demo, "
    "says that two men in plain clothes followed her from the Almaty rally of 27 March 2021 to her home and "
    "photographed her front door. She asks that her name and address are never published."
)
SYNTHETIC_MEMO = (
    "SYNTHETIC DEMO RECORD, NOT A REAL EVENT. Field memo for the Kuzet demo: a fictional activist in Uralsk "
    "reports a telephone call from a district police officer on 2 April 2021 advising him not to attend a "
    "planned picket. Shared with signed-in monitors only."
)


def slug(name):
    return "-".join(re.findall(r"[a-z0-9]+", name.lower()))


def main():
    gold = [json.loads(line) for line in (SHARED / "eval/dev/gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    sources = []
    for s in SOURCES:
        text = (SHARED / "seeds" / s["key"]).read_text(encoding="utf-8")
        entry = {k: v for k, v in s.items() if k != "key"}
        entry["seedFile"] = s["key"]
        entry["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        entry["confidentiality"] = "public"
        sources.append(entry)
    sources.append(dict(id="src-synthetic-witness-note", title="Witness note A (synthetic demo record)",
                        publisher="Kuzet demo data (synthetic)", publishedOn="2021-03-29", url=None, language="en",
                        note="Invented for the demo of access control; describes no real person or event.",
                        text=SYNTHETIC_NOTE, sha256=hashlib.sha256(SYNTHETIC_NOTE.encode()).hexdigest(),
                        confidentiality="confidential"))
    sources.append(dict(id="src-synthetic-field-memo", title="Field memo, Uralsk (synthetic demo record)",
                        publisher="Kuzet demo data (synthetic)", publishedOn="2021-04-02", url=None, language="en",
                        note="Invented for the demo of access control; describes no real person or event.",
                        text=SYNTHETIC_MEMO, sha256=hashlib.sha256(SYNTHETIC_MEMO.encode()).hexdigest(),
                        confidentiality="restricted"))
    source_ids = {s["key"]: s["id"] for s in SOURCES}

    persons = [dict(id="per-" + slug(n), name=n, aliases=a, occupation=o, place=p, description=d, confidentiality="public")
               for n, a, o, p, d in PERSONS]
    persons.append(dict(id="per-witness-a-synthetic", name="Witness A (synthetic)", aliases=[], occupation="other",
                        place="Almaty", description="Fictional witness invented for the demo of access control; not a real person.",
                        confidentiality="confidential"))
    person_names = {name for p in persons for name in [p["name"]] + p["aliases"]}

    organizations = []
    for n, a, k, p, history, d in ORGANIZATIONS:
        organizations.append(dict(id="org-" + slug(n), name=n, aliases=a, kind=k, place=p,
                                  statusHistory=[dict(date=date, status=status, note=note) for date, status, note in history],
                                  description=d, confidentiality="public"))
    organization_names = {name for o in organizations for name in [o["name"]] + o["aliases"]}

    incidents = []
    for g in gold:
        summary, perpetrators, rights = INCIDENTS[g["id"]]
        names = [PERSON_NAMES.get(n, n) for n in g["persons"]]
        orgs = [ORGANIZATION_NAMES.get(n, n) for n in g["organizations"]]
        orgs = list(dict.fromkeys(orgs))
        assert all(n in person_names for n in names), (g["id"], names)
        assert all(n in organization_names for n in orgs), (g["id"], orgs)
        incidents.append(dict(
            id="inc-" + g["id"], date=g["date"], eventType=g["event_type"], summary=summary,
            places=[PLACE_NAMES.get(n, n) for n in g["locations"]],
            persons=names, organizations=orgs,
            perpetrators=[PERPETRATORS[c] for c in perpetrators.split()],
            rightsAffected=[RIGHTS[c] for c in rights.split()],
            legalProvisions=[{k: v for k, v in lp.items() if k != "text"} for lp in g["legal_provisions"]],
            sanctions=g["sanctions"], status="verified", confidentiality="public",
            passage=dict(source=source_ids[g["doc"]], start=g["start"], end=g["end"]),
        ))
    witness_start = SYNTHETIC_NOTE.index("Witness A")
    memo_start = SYNTHETIC_MEMO.index("a fictional activist")
    incidents += [
        dict(id="inc-synthetic-01", date="2021-03-27", eventType="surveillance",
             summary="SYNTHETIC: a fictional witness reports being followed home from the Almaty rally by plain-clothes men.",
             places=["Almaty"], persons=["Witness A (synthetic)"], organizations=[], perpetrators=["unknown_persons"],
             rightsAffected=["privacy", "assembly"], legalProvisions=[], sanctions=[], status="proposed",
             confidentiality="confidential",
             passage=dict(source="src-synthetic-witness-note", start=witness_start, end=len(SYNTHETIC_NOTE))),
        dict(id="inc-synthetic-02", date="2021-04-02", eventType="other",
             summary="SYNTHETIC: police in Uralsk phoned a fictional activist to talk him out of a planned picket.",
             places=["Uralsk"], persons=[], organizations=[], perpetrators=["police"],
             rightsAffected=["assembly"], legalProvisions=[], sanctions=[], status="proposed",
             confidentiality="restricted",
             passage=dict(source="src-synthetic-field-memo", start=memo_start, end=len(SYNTHETIC_MEMO))),
    ]
    document = dict(
        note=("Kuzet demo archive. Facts (dates, names, places, articles, sanctions, passage offsets) come from the seed "
              "reports as annotated in eval/dev/gold.jsonl; every summary and description is written for Kuzet. "
              "Passages carry offsets only: the quote is filled from the report once it is imported. Records whose "
              "id contains 'synthetic' are invented to demonstrate access control."),
        sources=sources, persons=persons, organizations=organizations, incidents=incidents)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}: {len(sources)} sources, {len(persons)} persons, {len(organizations)} organisations, {len(incidents)} incidents")


if __name__ == "__main__":
    main()
