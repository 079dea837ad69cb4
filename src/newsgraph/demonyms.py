"""Countries as the news names them: short names, aliases, demonyms and capitals.

ISO 3166 (through pycountry) gives the list of countries and their formal names;
news writes "Russia", "Iran" and "the US", and acts through adjectives ("Russian
airstrikes", "Iranian-backed") and capitals ("Moscow said"). The tables below add
that general knowledge: a short news name where the ISO name is formal, common
aliases, the adjectives/demonyms, and capitals. Lookups ignore case, a leading
"the", dots and a possessive "'s".

>>> country_for_name("the U.S.").name
'United States'
>>> country_for_demonym("Iranian").name
'Iran'
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry


@dataclass(frozen=True, order=True)
class Country:
    """A country with the names news uses for it."""

    name: str  # short name as news writes it: "Russia", "United States"
    code: str  # ISO 3166-1 alpha-2
    adjective: str  # main adjective/demonym: "Russian", "American"
    aliases: tuple[str, ...] = ()  # other names: ISO names, "US", "Britain"
    demonyms: tuple[str, ...] = ()  # every adjective/demonym form
    capital: str = ""


# ISO names that news never uses as written.
_SHORT_NAMES = {
    "BO": "Bolivia", "BN": "Brunei", "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo", "CI": "Ivory Coast", "CZ": "Czech Republic",
    "FM": "Micronesia", "GB": "United Kingdom", "IR": "Iran", "KP": "North Korea",
    "KR": "South Korea", "LA": "Laos", "MD": "Moldova", "PS": "Palestine", "RU": "Russia",
    "SY": "Syria", "TR": "Turkey", "TW": "Taiwan", "TZ": "Tanzania", "VA": "Vatican City",
    "VE": "Venezuela", "VN": "Vietnam", "FK": "Falkland Islands", "CV": "Cape Verde",
    "US": "United States", "VI": "US Virgin Islands", "VG": "British Virgin Islands",
    "MF": "Saint Martin", "SX": "Sint Maarten", "CC": "Cocos Islands",
}

_ALIASES = {
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "CD": ("DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of Congo"),
    "CG": ("Congo-Brazzaville", "Republic of Congo"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "TR": ("Türkiye", "Turkiye"),
    "CZ": ("Czechia",),
    "MM": ("Burma",),
    "NL": ("Holland",),
    "KP": ("DPRK",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "VA": ("Holy See", "Vatican"),
    "PS": ("State of Palestine",),
    "TL": ("East Timor",),
}

# alpha-2 -> adjective/demonym forms, the first being the usual adjective.
_DEMONYMS = """
AF Afghan; AL Albanian; DZ Algerian; AD Andorran; AO Angolan; AG Antiguan; AR Argentine,
Argentinian, Argentinean; AM Armenian; AU Australian; AT Austrian; AZ Azerbaijani, Azeri;
BS Bahamian; BH Bahraini; BD Bangladeshi; BB Barbadian; BY Belarusian, Belarussian;
BE Belgian; BZ Belizean; BJ Beninese; BT Bhutanese; BO Bolivian; BA Bosnian; BW Botswanan;
BR Brazilian; BN Bruneian; BG Bulgarian; BF Burkinabe; BI Burundian; KH Cambodian;
CM Cameroonian; CA Canadian; CV Cape Verdean; CF Central African; TD Chadian; CL Chilean;
CN Chinese; CO Colombian; KM Comoran, Comorian; CD Congolese; CR Costa Rican;
CI Ivorian; HR Croatian; CU Cuban; CY Cypriot; CZ Czech; DK Danish; DJ Djiboutian;
DO Dominican; EC Ecuadorian; EG Egyptian; SV Salvadoran; GQ Equatorial Guinean;
ER Eritrean; EE Estonian; SZ Swazi; ET Ethiopian; FJ Fijian; FI Finnish; FR French;
GA Gabonese; GM Gambian; GE Georgian; DE German; GH Ghanaian; GR Greek; GD Grenadian;
GT Guatemalan; GN Guinean; GW Bissau-Guinean; GY Guyanese; HT Haitian; HN Honduran;
HU Hungarian; IS Icelandic; IN Indian; ID Indonesian; IR Iranian, Persian; IQ Iraqi;
IE Irish; IL Israeli; IT Italian; JM Jamaican; JP Japanese; JO Jordanian; KZ Kazakh,
Kazakhstani; KE Kenyan; KI I-Kiribati; KP North Korean; KR South Korean; KW Kuwaiti;
KG Kyrgyz; LA Laotian, Lao; LV Latvian; LB Lebanese; LS Basotho; LR Liberian; LY Libyan;
LI Liechtensteiner; LT Lithuanian; LU Luxembourgish; MG Malagasy; MW Malawian;
MY Malaysian; MV Maldivian; ML Malian; MT Maltese; MH Marshallese; MR Mauritanian;
MU Mauritian; MX Mexican; FM Micronesian; MD Moldovan; MC Monegasque; MN Mongolian;
ME Montenegrin; MA Moroccan; MZ Mozambican; MM Burmese, Myanmar; NA Namibian; NR Nauruan;
NP Nepali, Nepalese; NL Dutch; NZ New Zealand; NI Nicaraguan; NE Nigerien; NG Nigerian;
MK North Macedonian, Macedonian; NO Norwegian; OM Omani; PK Pakistani; PW Palauan;
PS Palestinian; PA Panamanian; PG Papua New Guinean; PY Paraguayan; PE Peruvian;
PH Filipino, Philippine; PL Polish; PT Portuguese; QA Qatari; RO Romanian; RU Russian;
RW Rwandan; KN Kittitian; LC Saint Lucian; VC Vincentian; WS Samoan; SM Sammarinese;
ST Santomean; SA Saudi, Saudi Arabian; SN Senegalese; RS Serbian; SC Seychellois;
SL Sierra Leonean; SG Singaporean; SK Slovak; SI Slovenian, Slovene; SB Solomon Islander;
SO Somali; ZA South African; SS South Sudanese; ES Spanish; LK Sri Lankan; SD Sudanese;
SR Surinamese; SE Swedish; CH Swiss; SY Syrian; TW Taiwanese; TJ Tajik; TZ Tanzanian;
TH Thai; TL Timorese; TG Togolese; TO Tongan; TT Trinidadian; TN Tunisian; TR Turkish;
TM Turkmen; TV Tuvaluan; UG Ugandan; UA Ukrainian; AE Emirati; GB British; US American;
UY Uruguayan; UZ Uzbek; VU Ni-Vanuatu; VA Vatican; VE Venezuelan; VN Vietnamese;
YE Yemeni; ZM Zambian; ZW Zimbabwean; HK Hong Konger; PR Puerto Rican; GL Greenlandic
"""

# Adjective uses of a country name or alias ("US troops", "U.S.-backed") are handled by
# name lookup; these are only the words that are not a name.
_CAPITALS = """
AF Kabul; DZ Algiers; AR Buenos Aires; AM Yerevan; AU Canberra; AT Vienna; AZ Baku;
BH Manama; BD Dhaka; BY Minsk; BE Brussels; BR Brasilia; BG Sofia; KH Phnom Penh;
CA Ottawa; CL Santiago; CN Beijing; CO Bogota; HR Zagreb; CU Havana; CY Nicosia;
CZ Prague; DK Copenhagen; EG Cairo; EE Tallinn; ET Addis Ababa; FI Helsinki; FR Paris;
GE Tbilisi; DE Berlin; GH Accra; GR Athens; HU Budapest; IN New Delhi; ID Jakarta;
IR Tehran; IQ Baghdad; IE Dublin; IT Rome; JP Tokyo; JO Amman; KZ Astana;
KE Nairobi; KP Pyongyang; KR Seoul; KW Kuwait City; LB Beirut; LY Tripoli; LT Vilnius;
LV Riga; MY Kuala Lumpur; ML Bamako; MX Mexico City; MD Chisinau; MA Rabat; MM Naypyidaw;
NL Amsterdam; NZ Wellington; NG Abuja; NO Oslo; OM Muscat; PK Islamabad;
PE Lima; PH Manila; PL Warsaw; PT Lisbon; QA Doha; RO Bucharest; RU Moscow; RW Kigali;
SA Riyadh; RS Belgrade; SG Singapore; SK Bratislava; SO Mogadishu; ZA Pretoria; SS Juba;
ES Madrid; LK Colombo; SD Khartoum; SE Stockholm; CH Bern; SY Damascus; TW Taipei;
TH Bangkok; TN Tunis; TR Ankara; UA Kyiv, Kiev; AE Abu Dhabi; GB London; US Washington;
UZ Tashkent; VE Caracas; VN Hanoi; YE Sanaa; ZW Harare; AO Luanda; NE Niamey; TD N'Djamena;
BF Ouagadougou; SN Dakar; CD Kinshasa; UG Kampala; TZ Dodoma; ER Asmara; DJ Djibouti;
AL Tirana; BA Sarajevo; ME Podgorica; MK Skopje; SI Ljubljana; IS Reykjavik; LU Luxembourg;
MT Valletta; CM Yaounde; CI Yamoussoukro; BO La Paz; EC Quito; PY Asuncion; UY Montevideo;
NI Managua; HN Tegucigalpa; GT Guatemala City; SV San Salvador; PA Panama City;
HT Port-au-Prince; DO Santo Domingo; JM Kingston; MN Ulaanbaatar; NP Kathmandu;
BT Thimphu; LA Vientiane; KG Bishkek; TJ Dushanbe; TM Ashgabat
"""


def _table(text: str) -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for item in text.split(";"):
        item = " ".join(item.split())
        if not item:
            continue
        code, _, rest = item.partition(" ")
        table[code] = tuple(word.strip() for word in rest.split(",") if word.strip())
    return table


_POSSESSIVE_END = re.compile(r"'s?$")
_LEADING_THE = re.compile(r"^the\s+")
_WORD_GAPS = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)  # the same names are looked up again and again
def normalize(text: str) -> str:
    """A lookup key: case, accents, dots, a leading "the" and a possessive do not count."""
    if not text.isascii():  # (plain ASCII has no accents to strip: most names, quickly)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
        text = text.replace("’", "'")
    text = _POSSESSIVE_END.sub("", text.strip())
    text = text.replace(".", "").casefold()
    text = _LEADING_THE.sub("", text)
    return " ".join(_WORD_GAPS.split(text)).strip()


@cache
def countries() -> tuple[Country, ...]:
    """Every ISO 3166 country, with news names, demonyms and capitals."""
    demonyms = _table(_DEMONYMS)
    capitals = _table(_CAPITALS)
    result = []
    for record in pycountry.countries:
        code = record.alpha_2
        name = _SHORT_NAMES.get(code) or getattr(record, "common_name", None) or record.name
        iso = {record.name, getattr(record, "common_name", "") or "",
               getattr(record, "official_name", "") or ""}
        aliases = tuple(sorted((iso | set(_ALIASES.get(code, ()))) - {name, ""}))
        forms = demonyms.get(code, ())
        result.append(Country(
            name=name, code=code, adjective=forms[0] if forms else "", aliases=aliases,
            demonyms=forms, capital=(capitals.get(code) or ("",))[0],
        ))
    return tuple(sorted(result))


@cache
def _by_name() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for country in countries():
        for name in (country.name, *country.aliases):
            if "," in name and name != country.name:  # "Korea, Republic of": an index form
                continue
            table.setdefault(normalize(name), country)
    return table


@cache
def _by_demonym() -> dict[str, Country]:
    table: dict[str, Country] = {}
    for country in countries():
        for word in country.demonyms:
            # "Dominican" is shared by two countries: the first in ISO order wins
            table.setdefault(normalize(word), country)
    return table


@cache
def _by_capital() -> dict[str, Country]:
    capitals = _table(_CAPITALS)
    by_code = {country.code: country for country in countries()}
    table: dict[str, Country] = {}
    for code, names in capitals.items():
        for name in names:
            table.setdefault(normalize(name), by_code[code])
    return table


def read_tables() -> None:
    """Read every country table now rather than on first use (each is read once a process).

    A build's fork server does so before it forks any worker (preload.py): the workers
    then share the tables, where each would read them again on its first articles (the
    translated names alone are about 0.15 s of CPU).
    """
    for table in (_by_name, _by_demonym, _by_capital, _by_endonym, _regions, us_states):
        table()


def country_for_name(text: str) -> Country | None:
    """The country a name or alias stands for ("Russia", "the US", "Britain"), else None."""
    return _by_name().get(normalize(text))


def country_for_demonym(text: str) -> Country | None:
    """The country an adjective or demonym stands for ("Russian", "Iranian"), else None.

    Plural people-nouns ("Syrians") are accepted too.
    """
    key = normalize(text)
    found = _by_demonym().get(key)
    if found is None and key.endswith("s"):
        found = _by_demonym().get(key[:-1])
    return found


def one_of_a_people(text: str) -> bool:
    """Is the word a demonym that names one person of a people ("Serb", "Spaniard",
    "Kenyan", "Briton")? Not one that, after "the", names the whole people ("the French",
    "the British", "the Swiss", "the Chinese"), nor a plural."""
    word = normalize(text)
    return word in _ONE_OF_A_PEOPLE or word in _by_demonym() and \
        not word.endswith(("ish", "ese", "ch", "sh", "ss", "s"))


# the nouns for one person of a people that are not its adjective ("a Serb", "a Spaniard";
# "a Kenyan" is both)
_ONE_OF_A_PEOPLE = frozenset({
    "serb", "spaniard", "briton", "brit", "scot", "scotsman", "scotswoman", "swede", "dane",
    "pole", "finn", "frenchman", "frenchwoman", "englishman", "englishwoman", "welshman",
    "welshwoman", "irishman", "irishwoman", "dutchman", "dutchwoman", "turk", "croat",
    "czech", "slovak", "greek", "argentine", "filipino", "filipina", "icelander", "kiwi",
    "thai", "kazakh", "uzbek", "kyrgyz", "tajik", "omani", "yemeni", "saudi"})


def country_for_capital(text: str) -> Country | None:
    """The country whose capital this is ("Moscow" -> Russia), for metonymy, else None."""
    return _by_capital().get(normalize(text))


@cache
def us_states() -> frozenset[str]:
    """Normalized names of the US states and DC, to tell "Georgia" the state from the country."""
    return frozenset(normalize(s.name) for s in pycountry.subdivisions.get(country_code="US")
                     if s.type in {"State", "District"})


# Countries whose first-level divisions the news writes after a town's name ("Dalton,
# Georgia", "Perth, Western Australia", "Leeds, England", "Guelph, Ontario"), and the
# kinds of division meant
_WRITTEN_AFTER_TOWNS = ("US", "CA", "AU", "GB")
_DIVISION_TYPES = frozenset({"State", "District", "Province", "Territory", "Country"})


@cache
def _regions() -> dict[str, str]:
    names = {}
    for code in _WRITTEN_AFTER_TOWNS:
        for division in pycountry.subdivisions.get(country_code=code):
            if division.parent_code is None and division.type in _DIVISION_TYPES:
                # "Wales [Cymru GB-CYM]": the English name before the bracket
                names[normalize(division.name.partition("[")[0])] = code
    return names


def region_country(text: str) -> str | None:
    """The ISO code of the country whose state, province or nation this is ("Ohio" -> "US",
    "Ontario" -> "CA", "Scotland" -> "GB"), for divisions news writes after a town; else None.

    >>> region_country("New South Wales"), region_country("Lyon")
    ('AU', None)
    """
    return _regions().get(normalize(text))
# Countries without an office of one kind, by ISO code (as of 2019-2020): monarchies and
# Commonwealth realms have no president, presidential republics no prime minister. A bare
# "President Ann Lee" or "Prime Minister Ann Lee" cannot hold the office of a country here.
_NO_PRESIDENT = frozenset("""
GB CA AU NZ JP ES NL BE SE NO DK TH BS JM MY SA JO MA KH BT KW QA BH OM BN LU LI MC AD TO
SZ LS PG SB BZ GD LC VC KN AG BB TV VA
""".split())
_NO_PRIME_MINISTER = frozenset("""
US MX BR AR CL CO EC BO PY UY VE CR PA GT HN SV NI DO SR ID PH NG BJ GH KE ZA ZW ZM MW BW LR
SL GM AO SC IR AF CY CH TR MV PW FM MH KI NR TM KM VA
""".split())
NATIONAL_OFFICES = {"president": _NO_PRESIDENT, "prime minister": _NO_PRIME_MINISTER}


def has_office(country: Country, office: str) -> bool:
    """Whether the country has the national office ("president", "prime minister").

    >>> has_office(country_for_name("Bahamas"), "prime minister")
    True
    >>> has_office(country_for_name("US"), "prime minister")
    False
    """
    return office in NATIONAL_OFFICES and country.code not in NATIONAL_OFFICES[office]


def country_named_by(text: str) -> Country | None:
    """The country a word names by its name or its people's word ("France", "French")."""
    return country_for_name(text) or country_for_demonym(text)


def region_or_country(text: str) -> bool:
    """Is the text a state, province or nation (region_country) or a country: what news
    writes after a town's name ("Guelph, Ontario", "Lyon, France")?"""
    return region_country(text) is not None or country_for_name(text) is not None


def country_for_endonym(text: str) -> Country | None:
    """The country a name in another language stands for ("Polska", "Deutschland"), else
    None: a company's branch is often named so ("Acme Polska" is Acme in Poland). The
    names are the ISO 3166 translations pycountry ships, read once on first use (a name
    two countries share in some language stands for neither)."""
    return _by_endonym().get(normalize(text))


@cache
def _by_endonym() -> dict[str, Country]:
    import os

    by_code = {country.code: country for country in countries()}
    english = [(record.name, record.alpha_2) for record in pycountry.countries]
    found: dict[str, set[str]] = {}
    folder = pycountry.LOCALES_DIR
    for language in sorted(os.listdir(folder)):
        path = os.path.join(folder, language, "LC_MESSAGES", "iso3166-1.mo")
        if not os.path.exists(path):
            continue
        catalog = _message_catalog(path)
        for name, code in english:
            local = catalog.get(name, name)
            if local != name:
                found.setdefault(normalize(local), set()).add(code)
    return {name: by_code[next(iter(codes))] for name, codes in found.items()
            if len(codes) == 1 and name not in _by_name()}


def _message_catalog(path: str) -> dict[str, str]:
    """The translations of a GNU message catalog (.mo), by English text.

    Read here rather than through gettext, which parses each catalog's headers and
    plural forms too: a process reads all of pycountry's (about 150) on its first
    company branch name, and that was a quarter of its first batch of articles.
    """
    import struct

    with open(path, "rb") as handle:
        data = handle.read()
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    count, originals, translations = struct.unpack_from(order + "3I", data, 8)
    table = struct.Struct(order + "2I")
    catalog = {}
    for k in range(count):
        length, start = table.unpack_from(data, originals + 8 * k)
        local_length, local_start = table.unpack_from(data, translations + 8 * k)
        if length:  # (the empty message holds the catalog's headers)
            catalog[data[start:start + length].decode("utf-8")] = \
                data[local_start:local_start + local_length].decode("utf-8")
    return catalog
