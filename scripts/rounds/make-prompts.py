#!/usr/bin/env python3
"""Writes one helper prompt per text of an unseen round (see eval/own/README.md, "How a round is run").
usage: scripts/rounds/make-prompts.py DIR SPECS   — SPECS: lines "id|language|incidents|genre"; writes DIR/ID.prompt"""
import os, sys
folder, specs = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))
project = os.path.normpath(os.path.join(here, "../.."))
shared = os.path.abspath(os.environ.get("KUZET_SHARED", os.path.join(project, "../shared")))
template = open(os.path.join(here, "prompt-template.md")).read().replace("{PROJECT}", project).replace("{SHARED}", shared)
for line in open(specs).read().strip().split("\n"):
    ident, language, count, genre = line.split("|", 3)
    prompt = (template.replace("{ID}", ident).replace("{DIR}", os.path.abspath(folder)).replace("{LANG}", language)
              .replace("{N}", count).replace("{GENRE}", genre))
    open(os.path.join(folder, f"{ident}.prompt"), "w").write(prompt)
    print(ident)
