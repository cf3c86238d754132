#!/usr/bin/env python3
"""Builds assets/lexicon/given_names.json: given names that make a capitalised pair a person.

usage: apt-get install wamerican
       pip install names==0.3.0
       python3 tools/lexicon/build_given_names.py

Source: the `names` package (MIT), which ships the U.S. Census Bureau's 1990 lists of
first names (public domain): 4,275 female and 1,219 male names. A name that is also an
everyday English word in lower case (Will, Mark, Rose, June, Grant) is left out, since
"Will Congress act" is no person; discovery.json's hand list keeps the common ones that
news needs whatever they also mean. Same inputs, same output.
"""
import json, os, sys

import names

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    folder = os.path.dirname(names.__file__)
    with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
        words = {w.strip() for w in fh if w.strip() and w[0].islower()}
    given = set()
    for f in ("dist.female.first", "dist.male.first"):
        with open(os.path.join(folder, f), encoding="utf-8") as fh:
            for line in fh:
                name = line.split()[0].capitalize() if line.strip() else ""
                if len(name) > 2 and name.lower() not in words:
                    given.add(name)
    path = os.path.join(ROOT, "assets", "lexicon", "given_names.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"given_names": sorted(given)}, fh, ensure_ascii=False, indent=0)
    print(f"{len(given)} given names -> {path}")


if __name__ == "__main__":
    sys.exit(main())
