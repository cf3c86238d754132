#!/usr/bin/env python3
"""Builds assets/lexicon/organisations.json: companies, government bodies, platforms and
news outlets beyond the hand-kept orgs.json.

usage: apt-get install wamerican
       pip install pytickersymbols==1.17.10
       python3 tools/lexicon/build_orgs.py

Sources:
- pytickersymbols 1.17.10 (MIT): the constituents of the S&P 500, NASDAQ 100, Dow Jones,
  FTSE 100, DAX, MDAX, CAC 40, EURO STOXX 50, NIKKEI 225, IBEX 35, AEX, SMI, OMX Stockholm
  30 and BEL 20: 1,088 companies;
- the tables below, facts only: national government bodies (the U.S. federal government,
  and space, health, weather, police, justice and statistics agencies and ministries of the
  G20 and other large countries), armed forces, parties, technology platforms, and news
  outlets and agencies worldwide, each with the acronyms and short forms news writes.

A company's short name (without Inc., plc, Corporation…) is matched only if it is no
everyday English word or given name (so "Target", "Visa", "Next" and "Shell" are matched
only in full: "Target Corp."), except where a table below names it as the brand news uses
("Apple", "Amazon"). Same inputs, same output.
"""
import json, os, re, sys

import pytickersymbols

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LEXICON = os.path.join(ROOT, "assets", "lexicon")

INDICES = ["S&P 500", "NASDAQ 100", "DOW JONES", "FTSE 100", "DAX", "MDAX", "CAC_40", "EURO STOXX 50",
           "NIKKEI 225", "IBEX 35", "AEX", "Switzerland 20", "OMX Stockholm 30", "BEL 20"]
LEGAL = re.compile(r"[ ,]+(Inc\.?|Incorporated|Corporation|Corp\.?|plc|PLC|N\.V\.|NV|SE|AG|S\.A\.|SA|Ltd\.?|Limited)$")

# Brands that are everyday words but name the company in news.
BRANDS = {
    "Apple Inc.": ["Apple"], "Amazon": ["Amazon", "Amazon.com"], "Alphabet Inc.": ["Alphabet"],
    "Meta Platforms": ["Meta"], "Oracle Corporation": ["Oracle"], "Ford Motor Company": ["Ford Motor", "Ford"],
    "General Motors": ["GM"], "Shell plc": ["Shell"], "Boeing": ["Boeing"], "Visa Inc.": ["Visa Inc."],
    "BP": ["BP"],
}

# name | exact-case abbreviations (comma) | other names (semicolon)
TABLE = """
# U.S. federal government
National Aeronautics and Space Administration|NASA|
National Institutes of Health|NIH|
Centers for Disease Control and Prevention|CDC|Centers for Disease Control
Food and Drug Administration|FDA|U.S. Food and Drug Administration
Environmental Protection Agency|EPA|U.S. Environmental Protection Agency
National Oceanic and Atmospheric Administration|NOAA|
National Weather Service|NWS|
National Hurricane Center|NHC|
Federal Emergency Management Agency|FEMA|
U.S. Geological Survey|USGS|United States Geological Survey
Department of Justice|DOJ|Justice Department;U.S. Department of Justice;U.S. Justice Department
Drug Enforcement Administration|DEA|
Bureau of Alcohol, Tobacco, Firearms and Explosives|ATF|
U.S. Marshals Service||U.S. Marshals
Federal Bureau of Prisons||Bureau of Prisons
U.S. Secret Service||Secret Service
Immigration and Customs Enforcement|ICE|U.S. Immigration and Customs Enforcement
U.S. Customs and Border Protection|CBP|Customs and Border Protection;Border Patrol;U.S. Border Patrol
U.S. Citizenship and Immigration Services|USCIS|
Transportation Security Administration|TSA|
Federal Aviation Administration|FAA|
National Transportation Safety Board|NTSB|
Department of Transportation|DOT|Transportation Department;U.S. Department of Transportation
Department of Energy|DOE|Energy Department;U.S. Department of Energy
Department of Health and Human Services|HHS|Health and Human Services;Health Department
Department of Education||Education Department;U.S. Department of Education
Department of Agriculture|USDA|Agriculture Department;U.S. Department of Agriculture
Department of Commerce||Commerce Department;U.S. Department of Commerce
Department of Labor||Labor Department;U.S. Department of Labor
Department of the Interior||Interior Department
Department of Veterans Affairs|VA|Veterans Affairs
Department of Housing and Urban Development|HUD|
Internal Revenue Service|IRS|
Social Security Administration||
Securities and Exchange Commission|SEC|U.S. Securities and Exchange Commission
Federal Trade Commission|FTC|
Federal Communications Commission|FCC|
Federal Reserve||Fed;Federal Reserve Board
Consumer Financial Protection Bureau|CFPB|
Government Accountability Office|GAO|
Congressional Budget Office|CBO|
Census Bureau||U.S. Census Bureau
Bureau of Labor Statistics|BLS|
National Science Foundation|NSF|
National Security Agency|NSA|
Office of the Director of National Intelligence|ODNI|
Defense Intelligence Agency|DIA|
U.S. Marine Corps||Marine Corps;Marines
U.S. Coast Guard||Coast Guard
U.S. Space Force||Space Force
National Guard||
U.S. Supreme Court||Supreme Court
U.S. Postal Service|USPS|Postal Service
Small Business Administration|SBA|
Peace Corps||
USAID||U.S. Agency for International Development
Smithsonian Institution||Smithsonian
Library of Congress||
National Park Service||
U.S. Forest Service||Forest Service
Federal Highway Administration||
Nuclear Regulatory Commission|NRC|
Department of Government Efficiency|DOGE|
# Space
European Space Agency|ESA|
Indian Space Research Organisation|ISRO|Indian Space Research Organization
Japan Aerospace Exploration Agency|JAXA|
China National Space Administration|CNSA|
Roscosmos||
Canadian Space Agency|CSA|
UK Space Agency||
German Aerospace Center|DLR|
SpaceX||
Blue Origin||
Rocket Lab||
Jet Propulsion Laboratory|JPL|
# Health, weather, police, statistics of other countries
National Health Service|NHS|
UK Health Security Agency|UKHSA|
Public Health Agency of Canada||
Health Canada||
Robert Koch Institute||
Chinese Center for Disease Control and Prevention||China CDC
National Health Commission||
Met Office||
Environment and Climate Change Canada||
Bureau of Meteorology||
Japan Meteorological Agency||
India Meteorological Department|IMD|
Metropolitan Police||Scotland Yard;Met Police
Royal Canadian Mounted Police|RCMP|
Australian Federal Police||
National Crime Agency||
Europol||
Interpol||
Office for National Statistics||
Statistics Canada||
Eurostat||
European Central Bank|ECB|
Bank of England||
Bank of Japan||
People's Bank of China||
Reserve Bank of India|RBI|
Bundesbank||
European Medicines Agency||
World Meteorological Organization|WMO|
International Energy Agency|IEA|
International Labour Organization|ILO|
Food and Agriculture Organization|FAO|
Organisation for Economic Co-operation and Development|OECD|
World Economic Forum||
International Olympic Committee|IOC|
FIFA||
UEFA||
Federal Security Service||
Bundestag||
Bundeswehr||
National People's Congress||
State Council||
Ministry of Foreign Affairs||Foreign Ministry
Ministry of Health||Health Ministry
Ministry of Finance||Finance Ministry
Ministry of the Interior||Interior Ministry
Ministry of Justice||Justice Ministry
Home Office||
House of Commons||
House of Lords||
Labour Party||Labour
Conservative Party||Conservatives;Tories
Liberal Democrats||
Scottish National Party|SNP|
Christian Democratic Union|CDU|
Social Democratic Party|SPD|
Alternative for Germany|AfD|
National Rally||
Bharatiya Janata Party|BJP|
Indian National Congress||Congress party
Liberal Party||
African National Congress|ANC|
Workers' Party||
United Russia||
Fidesz||
# Platforms and technology
Google||
Microsoft||
Facebook||
Instagram||
WhatsApp||
YouTube||
TikTok||
Reddit||
LinkedIn||
Snapchat||
WeChat||
Weibo||
Bluesky||
OpenAI||
Anthropic||
Tesla||Tesla Inc.
Uber||
Netflix||
Spotify||
Wikipedia||
Huawei||
ByteDance||
Tencent||
Alibaba||
Baidu||
Samsung||Samsung Electronics
Sony||
Nvidia||
Intel||
TSMC||Taiwan Semiconductor Manufacturing Company
Lockheed Martin||
Northrop Grumman||
Raytheon||RTX
General Dynamics||
BAE Systems||
Airbus||
Palantir||
# Middle East broadcasters, wires and national bodies beyond orgs.json
Islamic Republic of Iran Broadcasting|IRIB|
Iranian Students' News Agency|ISNA|
Mehr News Agency||Mehr News
Channel 12||Channel 12 News;N12
Channel 13||
Channel 14||
Kan News||Kan public broadcaster
i24NEWS||i24 News
Israel Hayom||
Yedioth Ahronoth||Yediot Ahronot
Maariv||
Army Radio||
Al Mayadeen||
Al-Manar||Al Manar
Asharq Al-Awsat||
Middle East Eye||
Al-Monitor||
Saudi Press Agency|SPA|
Syrian Arab News Agency|SANA|
WAFA||
Emirates News Agency|WAM|
Qatar News Agency|QNA|
Israel Police||
Israel Prison Service||
Israel Airports Authority||
Israel Atomic Energy Commission||
Israeli Navy||
Iranian Army||Artesh
Ministry of Intelligence||
Iraqi Security Forces||
Syrian Democratic Forces|SDF|
Popular Mobilization Forces|PMF|
United States Army Corps of Engineers||Army Corps of Engineers
# News outlets and agencies
United Press International|UPI|
Voice of America|VOA|
Radio Free Europe/Radio Liberty|RFE/RL|Radio Free Europe
Public Broadcasting Service|PBS|PBS NewsHour
C-SPAN||
Univision||
Telemundo||
USA Today||
Los Angeles Times||
Chicago Tribune||
The Boston Globe||Boston Globe
San Francisco Chronicle||
Houston Chronicle||
The Dallas Morning News||Dallas Morning News
The Philadelphia Inquirer||Philadelphia Inquirer
The Atlanta Journal-Constitution||Atlanta Journal-Constitution
Star Tribune||
The Seattle Times||Seattle Times
Miami Herald||
Tampa Bay Times||
The Denver Post||Denver Post
The Arizona Republic||
Detroit Free Press||
The Washington Times||
New York Post||
Daily News||New York Daily News
Newsday||
The Atlantic||
The New Yorker||
Time magazine||
Forbes||
Business Insider||
CNBC||
ProPublica||
Vox||
BuzzFeed News||
HuffPost||
The Daily Telegraph||The Telegraph
The Times||
The Independent||
Daily Mail||
The Sun||
Evening Standard||
Channel 4 News||
ITV||
The Irish Times||
RTÉ||RTE
CBC News||CBC;Canadian Broadcasting Corporation
Global News||
The Globe and Mail||Globe and Mail
Toronto Star||
Australian Broadcasting Corporation||ABC Australia
The Sydney Morning Herald||Sydney Morning Herald
Le Monde||
Le Figaro||
Libération||
Der Spiegel||Spiegel
Die Zeit||
Frankfurter Allgemeine Zeitung|FAZ|
Süddeutsche Zeitung||
Bild||
El País||El Pais
El Mundo||
Corriere della Sera||
La Repubblica||
NHK||
The Asahi Shimbun||Asahi Shimbun
Yomiuri Shimbun||
Nikkei||Nikkei Asia
The Japan Times||
South China Morning Post|SCMP|
Global Times||
China Daily||
CCTV||China Central Television
CGTN||
People's Daily||
The Straits Times||Straits Times
The Times of India||Times of India
Hindustan Times||
NDTV||
Press Trust of India|PTI|
Al-Ahram||
Arab News||
Daily Maverick||
News24||
Mail & Guardian||
Folha de S.Paulo||Folha
O Globo||
Clarín||
Meduza||
Interfax||
RT||Russia Today
Sputnik||
Ukrainska Pravda||
Kyiv Independent||The Kyiv Independent
Agenzia Nazionale Stampa Associata|ANSA|
Agencia EFE||EFE
Deutsche Presse-Agentur|dpa|
Korean Central News Agency|KCNA|
Bernama||
Antara||
"""


def parse_table():
    rows = []
    for line in TABLE.strip().splitlines():
        if not line or line.startswith("#"):
            continue
        name, abbreviations, aliases = (line.split("|") + ["", ""])[:3]
        rows.append({"name": name, "abbreviations": [a for a in abbreviations.split(",") if a],
                     "aliases": [a for a in aliases.split(";") if a]})
    return rows


def main():
    with open("/usr/share/dict/american-english", encoding="utf-8") as fh:
        words = {w.strip() for w in fh if w.strip() and w[0].islower()}
    with open(os.path.join(LEXICON, "discovery.json"), encoding="utf-8") as fh:
        discovery = json.load(fh)
    given, stop = set(discovery["given_names"]), set(discovery["stopwords"])
    with open(os.path.join(LEXICON, "orgs.json"), encoding="utf-8") as fh:
        known = json.load(fh)["orgs"]
    taken = {n for o in known for n in [o["name"]] + o.get("aliases", []) + o.get("abbreviations", [])}
    for f in ("countries.json",):
        with open(os.path.join(LEXICON, f), encoding="utf-8") as fh:
            for c in json.load(fh)["countries"]:
                taken.update(c["names"] + c["demonyms"] + c["capitals"])

    def everyday(name):
        return " " not in name and (name.lower() in words or name in given or name in stop)

    out, seen = [], set(taken)

    def add(name, abbreviations, aliases):
        names = [n for n in [name] + aliases if n not in seen]
        abbreviations = [a for a in abbreviations if a not in seen]
        if not names and not abbreviations:
            return
        for n in names + abbreviations:
            seen.add(n)
        display = names[0] if names else name
        entry = {"name": display, "aliases": [n for n in names if n != display]}
        if abbreviations:
            entry["abbreviations"] = abbreviations
        out.append(entry)

    for row in parse_table():
        add(row["name"], row["abbreviations"], row["aliases"])

    tickers = pytickersymbols.PyTickerSymbols()
    companies = {}
    for index in INDICES:
        for stock in tickers.get_stocks_by_index(index):
            companies.setdefault(stock["name"], stock)
    for full in sorted(companies):
        short = LEGAL.sub("", full).strip().removesuffix(" &").strip()
        names, abbreviations = [], []
        if full in BRANDS:
            names = BRANDS[full] + [full]
        elif len(short) <= 2:
            # "BD", "BT": two letters are too many other things.
            continue
        elif short.isupper() and len(short) >= 3 and " " not in short:
            abbreviations = [short]
            names = [full] if full != short else []
        elif short != full and not everyday(short):
            names = [short, full]
        elif not everyday(full):
            names = [full]
        elif short != full:
            names = [full]
        add(names[0] if names else full, abbreviations, names[1:])
    with open(os.path.join(LEXICON, "organisations.json"), "w", encoding="utf-8") as fh:
        json.dump({"orgs": out}, fh, ensure_ascii=False, indent=1)
    print(f"{len(out)} organisations -> organisations.json")


if __name__ == "__main__":
    sys.exit(main())
