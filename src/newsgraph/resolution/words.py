"""Word lists resolution reads: titles, organization words, pronouns, descriptions.

General English and general world knowledge, never one article's names.
"""

from __future__ import annotations

import re

# title (normalized, dots dropped) -> role kept on the entity ("" for honorifics)
TITLES = {
    "mr": "", "mrs": "", "ms": "", "miss": "", "mx": "", "mme": "", "mlle": "",
    "dr": "doctor", "prof": "professor",
    "professor": "professor", "sir": "", "dame": "", "president": "president",
    "vice president": "vice president", "prime minister": "prime minister",
    "premier": "premier", "chancellor": "chancellor", "minister": "minister",
    "foreign minister": "foreign minister", "defense minister": "defense minister",
    "defence minister": "defence minister", "interior minister": "interior minister",
    "finance minister": "finance minister", "secretary": "secretary",
    "foreign secretary": "foreign secretary", "home secretary": "home secretary",
    "defence secretary": "defence secretary", "defense secretary": "defense secretary",
    "health secretary": "health secretary", "attorney general": "attorney general",
    "secretary of state": "secretary of state", "secretary general": "secretary-general",
    "general": "general", "gen": "general", "lt gen": "lieutenant general",
    "maj gen": "major general", "brig gen": "brigadier general", "lt": "lieutenant",
    "col": "colonel", "colonel": "colonel", "maj": "major", "major": "major",
    "capt": "captain", "captain": "captain", "adm": "admiral", "admiral": "admiral",
    "sgt": "sergeant", "sergeant": "sergeant", "lieutenant": "lieutenant",
    "commander": "commander", "marshal": "marshal", "field marshal": "field marshal",
    "king": "king", "queen": "queen", "prince": "prince", "princess": "princess",
    "crown prince": "crown prince", "emir": "emir", "sultan": "sultan", "sheikh": "sheikh",
    "ayatollah": "ayatollah", "supreme leader": "supreme leader", "imam": "imam",
    "pope": "pope", "cardinal": "cardinal", "bishop": "bishop", "archbishop": "archbishop",
    "rabbi": "rabbi", "rev": "reverend", "reverend": "reverend", "father": "father",
    "senator": "senator", "sen": "senator", "rep": "representative",
    "representative": "representative", "gov": "governor", "governor": "governor",
    "mayor": "mayor", "lord mayor": "lord mayor", "judge": "judge", "justice": "justice",
    "ambassador": "ambassador",
    "speaker": "speaker", "chairman": "chairman", "chairwoman": "chairwoman",
    "spokesman": "spokesman", "spokeswoman": "spokeswoman", "gov.": "governor",
    "first lady": "first lady", "sheriff": "sheriff", "inspector": "inspector",
    "detective": "detective", "constable": "constable", "honorable": "", "hon": "",
    "superintendent": "superintendent", "chief superintendent": "chief superintendent",
    "chief inspector": "chief inspector", "chief constable": "chief constable",
    "commissioner": "commissioner", "taoiseach": "taoiseach",
    # the Arabic and Persian honorific of a descendant of the Prophet ("Seyed Ali Lari")
    "sayyid": "", "sayyed": "", "seyed": "", "seyyed": "",
    # members of a legislature: "Labour MP Ann Lee" is a title, "MP" no organization
    "mp": "member of parliament", "member of parliament": "member of parliament",
    "mep": "member of the european parliament", "msp": "member of the scottish parliament",
    "mla": "member of the legislative assembly", "congressman": "congressman",
    "congresswoman": "congresswoman",
}
MAX_TITLE_WORDS = 3
# a calling written capitalised before a person's name, which the recognizer often takes
# into the name ("Striker Dan Osei", "Rapper Kanye West"): a title of that person's
# calling, kept as a role, never part of the name. Only callings no given name spells.
OCCUPATION_TITLES = frozenset({
    "actor", "actress", "astronaut", "athlete", "author", "bassist", "broadcaster",
    "businessman", "businesswoman", "chef", "coach", "columnist", "comedian", "composer",
    "cricketer", "dancer", "defender", "drummer", "economist", "entrepreneur", "filmmaker",
    "footballer", "forward", "goalkeeper", "guitarist", "historian", "journalist",
    "keyboardist", "midfielder", "musician", "novelist", "philanthropist", "photographer",
    "pianist", "playwright", "presenter", "quarterback", "rapper", "referee", "reporter",
    "scientist", "singer", "songwriter", "striker", "tycoon", "vocalist", "winger",
    "showrunner", "screenwriter", "sprinter", "swimmer", "cyclist", "golfer", "gymnast",
    "batsman", "designer",
})
# one member of a legislature among hundreds: "One MP said", "Labour MP" name no actor
LEGISLATOR_TITLES = frozenset({"mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas"})
# words before a title that make it another, lower office: a deputy governor is not
# the governor, a vice chairman not the chairman
RANK_PREFIXES = {"deputy", "vice", "assistant", "lieutenant", "under", "sub"}
TITLES.update({f"{prefix} {title}": f"{prefix} {role}"
               for prefix in ("deputy", "vice", "assistant")
               for title, role in list(TITLES.items())
               if role == title and len(title.split()) < MAX_TITLE_WORDS
               and title.split()[0] not in RANK_PREFIXES})
TITLES["lieutenant governor"] = "lieutenant governor"
# British and other peerage styles: "Ann Lee, Baroness Lee of Mold" names her by her title
PEERAGE_WORDS = {"lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl",
                 "countess", "marquess", "marchioness", "duke", "duchess"}
# titles a ruler or a pope bears with a given name, never a surname ("Queen Ann", "Pope Leo")
GIVEN_NAME_TITLES = {"king", "queen", "prince", "princess", "crown prince", "emir", "sultan",
                     "sheikh", "pope"}
FEMALE_TITLES = {"mrs", "ms", "miss", "mme", "mlle", "dame", "queen", "princess", "first lady",
                  "chairwoman", "spokeswoman"}
MALE_TITLES = {"mr", "sir", "king", "prince", "crown prince", "sultan", "emir", "pope",
                "father", "chairman", "spokesman", "sheikh", "ayatollah"}
# common given names borne by one sex almost only, as a person's full name opens ("Michael
# Lee" is he, "Mary Lee" she); names borne by both or by another sex in another language
# are left out ("Andrea", "Jean", "Nicola", "Kim", "Jordan", "Sam", "Chris", "Alex", "Ali")
MALE_GIVEN_NAMES = frozenset("""
    Aaron Abdul Abdullah Adam Ahmed Alan Albert Alexander Alexei Andrew Anthony Antonio
    Arthur Benjamin Bernard Bill Billy Bob Bobby Boris Brian Bruce Bryan Carl Carlos
    Charles Christopher Daniel David Dennis Dmitry Donald Douglas Edward Emmanuel Eric
    Ethan Eugene Fernando Francis Francisco Frank Gary George Gerald Giovanni Giuseppe
    Gregory Hans Harold Harry Hassan Henry Howard Hussein Ibrahim Igor Ivan Jack Jacob
    Jacques James Jason Javier Jeffrey Jeremy Jerry Jim Joe John Johnny Jonathan Jorge
    Jose Joseph Joshua Juan Justin Keith Kenneth Kevin Klaus Larry Lawrence Louis Luis
    Mahmoud Manuel Marco Mark Martin Matthew Michael Miguel Mike Mohammad Mohammed
    Muhammad Nathan Nicholas Omar Patrick Paul Pedro Peter Philip Pierre Ralph Randy
    Raymond Richard Ricardo Robert Roger Ronald Roy Russell Ryan Samuel Scott Sean
    Sergei Sergey Stephen Steve Steven Ted Terry Thomas Timothy Tom Tony Vincent Vladimir
    Walter Wayne William Willie Wolfgang Yuri Zachary
""".split())
FEMALE_GIVEN_NAMES = frozenset("""
    Abigail Aisha Alice Amanda Amber Amy Angela Ann Anna Anne Ashley Barbara Betty
    Beverly Brenda Carol Carolyn Catherine Charlotte Cheryl Christina Christine Cynthia
    Deborah Debra Denise Diana Diane Donna Doris Dorothy Elaine Elena Elizabeth Emily
    Emma Evelyn Fatima Frances Gloria Grace Greta Hannah Heather Helen Hillary Irina
    Isabella Jacqueline Janet Janice Jennifer Jessica Joan Joyce Judith Judy Julia Julie
    Karen Katherine Kathleen Kathryn Kimberly Kirsten Laura Lauren Linda Lisa Lori
    Margaret Maria Marie Marilyn Martha Mary Megan Melissa Michelle Nancy Natalia Natalie
    Nicole Olga Olivia Pamela Patricia Rachel Rebecca Ruth Samantha Sandra Sara Sarah
    Sharon Shirley Sophia Stephanie Susan Svetlana Tatiana Teresa Theresa Ursula Victoria
    Virginia
""".split())

# name-final words that make a name an organization (and the armed ones an armed group)
ARMED_WORDS = {"army", "armies", "forces", "front", "brigade", "brigades", "militia",
                "militias", "guard", "guards", "corps", "battalion", "battalions", "regiment",
                "mujahideen", "legion"}
# head nouns of a side's armed forces ("Iraqi forces", "the Valdoran army"), as lemmas
ARMED_FORCE_NOUNS = frozenset({"force", "army", "military", "militia"})
ORG_WORDS = ARMED_WORDS | {
    "movement", "party", "council", "institute", "observatory", "center", "centre",
    "ministry", "agency", "organization", "organisation", "committee", "commission",
    "union", "group", "company", "inc", "corp", "corporation", "ltd", "llc", "university",
    "bank", "fund", "association", "foundation", "alliance", "coalition", "league",
    "network", "office", "department", "court", "assembly", "parliament", "congress",
    "senate", "police", "service", "services", "command", "authority", "administration",
    "government", "federation", "board", "bureau", "club", "society", "trust", "press",
    "news", "times", "post", "journal", "nations", "cabinet",
    "navy", "airlines", "airways", "air", "program", "programme", "tribe",
}
# the words after a company's own name that say only what kind of business it is: the
# name alone is its short form ("Acme" of "Acme Holdings", "Zorvex" of "Zorvex Aerospace")
COMPANY_SUFFIXES = frozenset({
    "holdings", "industries", "technologies", "technology", "systems", "aerospace",
    "motors", "pharmaceuticals", "pharma", "labs", "laboratories", "media", "capital",
    "partners", "entertainment", "electronics", "semiconductors", "semiconductor",
    "robotics", "therapeutics", "software", "communications", "telecom", "enterprises",
    "ventures", "brands", "foods", "plc", "sa", "ag", "nv", "gmbh", "co", "limited",
    "incorporated", "energy", "mining", "resources", "petroleum", "automotive",
})
# bodies and buildings named by the name before them: "the Zemblan legislature", "the Acme
# hospital", "Dunmore District Hospital" (with ORG_WORDS)
NAMED_BODY_NOUNS = ORG_WORDS | {"legislature", "hospital", "airport", "museum", "school",
                                "stadium", "hotel", "cathedral", "church", "mosque", "temple",
                                "prison"}
# "X fighters": plural nouns naming members of an organization
MEMBER_NOUNS = {"fighter", "militant", "insurgent", "member", "rebel", "jihadist",
                 "extremist", "loyalist", "gunman", "operative", "terrorist", "cadre",
                 "commander", "leader", "guerrilla", "affiliate", "supporter"}
ARMED_MEMBER_NOUNS = {"fighter", "militant", "insurgent", "rebel", "jihadist", "extremist",
                       "gunman", "terrorist", "guerrilla"}
# "<demonym> troops": the state's instruments; as an agent they stand for the state
STATE_NOUNS = {"troop", "soldier", "force", "army", "military", "navy", "plane", "jet",
                "warplane", "aircraft", "drone", "airstrike", "strike", "bomber", "official",
                "diplomat", "police", "helicopter", "missile", "artillery", "ship",
                "warship", "submarine", "tank", "air force", "intelligence", "envoy",
                "delegation", "negotiator"}
# people known by their work, whom a named body they work for tells apart: "scientists from
# the University of Miami", "researchers at Imperial College", "a team from UCL"
STAFF_NOUNS = frozenset({
    "scientist", "researcher", "astronomer", "neuroscientist", "physicist", "biologist",
    "chemist", "geologist", "ecologist", "epidemiologist", "archaeologist", "archæologist",
    "anthropologist", "mathematician", "engineer", "doctor", "physician", "expert",
    "economist", "analyst", "official", "investigator", "academic", "specialist", "team"})
GOVERNMENT_NOUNS = {"government", "regime", "administration", "authority", "cabinet",
                     "leadership", "junta"}
# people-nouns: a phrase headed by one is a Group (an actor), else a Thing
PEOPLE_NOUNS = MEMBER_NOUNS | {
    "people", "civilian", "soldier", "troop", "force", "official", "resident", "refugee",
    "protester", "protestor", "demonstrator", "worker", "student", "farmer", "villager",
    "child", "woman", "man", "family", "expert", "analyst", "researcher", "journalist",
    "activist", "monitor", "faction", "militia", "group", "ally", "opponent", "enemy",
    "mourner", "citizen", "voter", "leader", "politician", "lawmaker", "legislator",
    "diplomat", "officer", "agent", "guard", "police", "policeman", "victim", "hostage",
    "prisoner", "detainee", "migrant", "settler", "tribe", "clan", "contractor",
    "mercenary", "volunteer", "recruit", "cell", "unit", "crowd", "population", "person",
    "employee", "staff", "authority", "minister", "doctor", "nurse", "patient", "worshipper",
    "pilgrim", "tourist", "captive", "survivor", "gang", "network", "smuggler", "trafficker",
    "bomber", "sniper", "coalition", "partner", "neighbor", "neighbour", "power",
    "country", "nation", "state", "government", "regime", "administration", "army",
    "military", "navy", "party", "organization", "organisation", "movement", "opposition",
}
# definite descriptions: head lemma -> the kinds it can refer to
DESCRIPTION_KINDS: dict[str, tuple[str, ...]] = {}
# ("the coalition", "the alliance", "the party" usually bring in a new actor: not here)
for _w in ("group", "organization", "organisation", "movement", "outfit", "network",
           "militia", "insurgency", "faction"):
    DESCRIPTION_KINDS[_w] = ("ArmedGroup", "Organization")
for _w in ("militant", "fighter", "insurgent", "jihadist", "extremist", "rebel", "terrorist",
           "guerrilla", "gunman"):
    DESCRIPTION_KINDS[_w] = ("ArmedGroup", "Group")
for _w in ("power", "country", "nation", "ally", "neighbor", "neighbour", "superpower",
           "kingdom", "republic"):
    DESCRIPTION_KINDS[_w] = ("Country",)
for _w in GOVERNMENT_NOUNS:
    DESCRIPTION_KINDS[_w] = ("Government",)
for _w in ("president", "leader", "minister", "official", "spokesman", "spokeswoman",
           "researcher", "analyst", "expert", "ambassador", "general", "commander", "man",
           "woman", "officer", "chief", "head", "director", "king", "queen", "prince",
           "envoy", "diplomat", "premier", "chancellor", "senator", "governor", "mayor",
           "lawmaker", "politician", "journalist", "reporter", "author", "scholar", "cleric",
           "colonel", "founder", "chairman", "secretary", "monarch", "dictator", "ruler",
           "manager"):
    DESCRIPTION_KINDS[_w] = ("Person",)
# a person's one-word title points back to the person the text gave it ("Judge Ann Lee ...
# the judge"): _description_fits asks that the person hold that role. Not the titles that
# are mostly a trade or a kinship ("see the doctor", "the father of three")
for _w in {role for role in TITLES.values() if role and " " not in role} - {
        "doctor", "professor", "father", "justice"}:
    DESCRIPTION_KINDS.setdefault(_w, ("Person",))
# a business by its trade ("the company", "the retailer"): news names the firm, then goes
# on by its trade; only the one organization in sight is meant (see descriptions)
BUSINESS_NOUNS = frozenset({
    "company", "firm", "supermarket", "retailer", "carmaker", "automaker", "airline",
    "insurer", "manufacturer", "conglomerate", "startup", "broadcaster"})
for _w in BUSINESS_NOUNS:
    DESCRIPTION_KINDS[_w] = ("Organization",)
for _w in ("city", "town", "village", "province", "region", "capital", "area", "territory",
           "district", "border", "desert"):
    DESCRIPTION_KINDS[_w] = ("Location",)
# nouns that stand for whatever was just talked about ("weighed in on the issue"): a thing
# named with one of them long before is not what such a description means
SHELL_NOUNS = frozenset({"issue", "matter", "question", "problem", "situation", "topic",
                         "subject", "concern"})
# last words of names that, written in lower case, mean something else or anything: "the
# post" is no Washington Post, "the state" no Islamic State, "the army" not the Free Syrian
# Army, "the bank" no West Bank, "the system" no Solar System, "the matter" no Black Lives
# Matter (a description never shortens such a name)
NAME_ONLY_HEADS = {"press", "news", "times", "post", "journal", "herald", "tribune", "mail",
                   "telegraph", "guardian", "express", "star", "sun", "mirror", "state",
                   "states", "house", "front", "world", "union", "office", "service", "army",
                   "forces", "guard", "guards", "alliance", "coalition", "nations", "air",
                   "bank", "street", "system", "matter"}
# words that make "<Name> Board" a body inside the one named, not the same actor: "the
# CentOS Board" is no "CentOS", "the UEFA Executive Committee" no "UEFA" (while "Borealis
# Air" and "the Zembla movement" are Borealis and Zembla)
SUBUNIT_WORDS = {"board", "committee", "council", "commission", "office", "department",
                 "ministry", "court", "team", "division", "unit", "branch", "secretariat",
                 "panel", "bureau"}
# nouns of the class a company belongs to: "the Boeing airframe company" is Boeing (not
# "maker", "operator" or "carrier": "the iPhone maker" is no iPhone)
COMPANY_NOUNS = {"company", "firm", "corporation", "conglomerate", "airline", "retailer",
                 "broadcaster", "newspaper"}
# words that make "<Name> company" another company than the one named
RELATION_WORDS = {"parent", "holding", "sister", "subsidiary", "partner", "daughter", "mother",
                  "shell", "rival", "former", "affiliate", "joint", "spin", "spinoff"}
# a person named by kinship: "the wife of X" is a person, never a thing tied to X
KIN_NOUNS = {"wife", "husband", "spouse", "partner", "son", "daughter", "father", "mother",
             "brother", "sister", "widow", "widower", "parent", "relative", "cousin",
             "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "grandfather",
             "grandmother", "fiancé", "fiancée", "girlfriend", "boyfriend", "friend"}
# "the city of X", "the province of X": a place noun whose "of" names the place itself
# ("the capital of X", "the border of X", "the north of X" name another place)
NAMED_PLACE_NOUNS = {"city", "town", "village", "province", "region", "district", "county",
                     "state", "island", "municipality", "emirate", "kingdom", "republic"}
ARMED_ADJECTIVES = {"extremist", "militant", "jihadist", "terrorist", "armed", "rebel",
                     "insurgent", "paramilitary", "islamist", "separatist"}
GENDERED_NOUNS = {"man": "m", "woman": "f", "king": "m", "queen": "f", "prince": "m",
                   "chairman": "m", "spokesman": "m", "spokeswoman": "f", "chairwoman": "f"}

PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
    "they": ("", "pl"), "them": ("", "pl"), "their": ("", "pl"), "theirs": ("", "pl"),
    "themselves": ("", "pl"),
}
# pronouns that never name a node: relatives, demonstratives, first/second person
DEAD_WORDS = {"who", "whom", "whose", "which", "that", "what", "this", "these", "those",
               "i", "me", "my", "we", "us", "our", "you", "your", "one", "someone",
               "anyone", "everyone", "nobody", "somebody", "something", "anything",
               "everything", "nothing", "there", "here", "where", "when", "whoever",
               "whatever", "each", "both", "all", "some", "many", "most", "few", "none",
               "others", "other", "another", "itself", "themselves", "himself", "herself",
               "ourselves", "yourself", "myself", "same", "such", "former", "latter"}
LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                 "their", "our", "my", "your", "some", "any", "at", "least", "most", "nearly",
                 "almost", "about", "around", "over", "more", "than", "up", "to", "roughly",
                 "approximately", "dozens", "hundreds", "thousands", "millions", "of",
                 "several", "many", "few", "scores", "both", "all", "another", "other",
                 "only", "just", "two", "three", "four", "five", "six", "seven",
                 "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "hundred",
                 "thousand", "million", "dozen", "one"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "outskirts", "banks", "bank", "shores", "edge", "heart", "center",
               "centre", "city", "town", "village", "province", "region"}
GEO_SUFFIXES = {"river", "sea", "lake", "mountains", "mountain", "valley", "desert", "ocean",
                 "gulf", "strait", "island", "islands", "peninsula", "canal", "rainforest",
                 "forest", "jungle", "basin"}
# heads that say nothing without their "of" noun: "a state of emergency" is no state, "three
# days of mourning" no days; the label keeps the "of" noun (phrases.common_label)
OF_COMPLEMENT_HEADS = {
    "state": frozenset({"emergency", "war", "siege", "alert", "disaster", "calamity"}),
    "day": frozenset({"mourning", "remembrance"}),
    "period": frozenset({"mourning"}),
}
# the nouns of a land in the sea: "the Faroes, a group of islands", "Kelp Isles" are places
# the noun of an act that brings its object into being, with the act's verb: "the
# declaration" of an article where someone "declared a state of emergency" is that state
PERFORMATIVE_NOUNS = {"declaration": "declare", "proclamation": "proclaim"}
# the name words of a body whose work is to investigate: "investigators" with nothing
# else said are its staff, speaking for it (an accident investigation agency is a
# transport "Safety Board" or "Safety Committee" the world over)
INVESTIGATING_WORDS = {"investigation", "investigations", "investigative", "inquiry"}
SAFETY_BODY_WORDS = {"board", "committee", "commission", "bureau"}
ISLAND_NOUNS = {"island", "islands", "isle", "isles", "archipelago", "atoll", "atolls"}
# the words that open a storm's name ("Hurricane Ana", "Tropical Storm Ana"): a storm is an
# event, never an actor, whatever the recognizer took its given name for
STORM_WORDS = {("hurricane",), ("typhoon",), ("cyclone",), ("storm",), ("tropical", "storm"),
               ("tropical", "cyclone"), ("tropical", "depression"), ("super", "typhoon")}
# nouns of the class of a made thing or an undertaking that bears a name of its own:
# "the EastMed pipeline", "the Hubble telescope", "the Orion capsule" are EastMed, Hubble
# and Orion (see phrases.named_thing; a maker's name may stand before: "the Acme Orion
# capsule"). Not "mission" or "plan": "the NASA mission" is NASA's, no "NASA"
THING_CLASS_NOUNS = {"project", "pipeline", "capsule", "spacecraft", "spaceship", "telescope",
                     "satellite", "rocket", "probe", "rover", "lander", "cathedral",
                     "basilica", "bridge", "dam", "tunnel", "stadium"}
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "der",
                   "den", "di", "du", "la", "le", "del", "dos", "das", "ben", "ul", "ud",
                   "dela", "della", "delos"}
QUANTITY_HEADS = {"much", "most", "part", "parts", "some", "all", "many", "rest", "half",
                   "dozens", "hundreds", "thousands", "millions", "number", "series", "group",
                   "groups", "members", "member", "majority", "lot", "lots", "scores", "bulk",
                   "remnants", "remnant", "handful", "couple", "dozen", "several", "few",
                   "each", "one", "none", "any", "both", "either", "neither", "band", "bands",
                   "percent", "cent", "quarter", "third", "share", "proportion", "fraction",
                   "minority", "total"}
# heads that are only an amount: with no "of" object ("40 percent", "a large majority")
# they name nothing; "a telephone number", with a noun before it, is a thing
PURE_QUANTITY_HEADS = {"percent", "cent", "quarter", "third", "share", "proportion",
                        "fraction", "majority", "minority", "number", "total", "dozens",
                        "hundreds", "thousands", "millions", "half", "rest", "bulk", "handful",
                        "lot", "lots", "scores", "much", "most", "percentage", "billions"}
# a place on or a share of a thing, which is no thing of its own: "moved to the top of the
# league", "the back of the car", "part of the union" (not "outskirts", "centre": a district)
PART_OF_NOUNS = {"top", "bottom", "middle", "front", "back", "tip", "corner", "side", "part",
                 "rest", "remainder", "half", "bulk", "majority"}
# "the next country", "the other group", "the largest city": not the one named before
NEW_REFERENT_WORDS = {"next", "other", "another", "first", "second", "third", "last",
                       "previous", "new", "only", "such", "different", "rival", "opposing",
                       "each", "every"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
OTHER_ENT_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}$")

MAX_ROLE_WORDS = 6
MAX_ALT_WORDS = 6  # an alt label is a way of naming, not a clause
# words that count: a phrase with one says how many, it does not name
# verbs whose object, counted ("killed at least 20 people", "injured five miners"), is the
# dead or hurt of that one statement (phrases.counted_casualties)
CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "hurt", "murder", "execute", "slay",
                            "massacre", "behead", "assassinate"})
# things "killed" only as a figure of speech ("killed 300 jobs", "the Senate killed two
# bills"): a count of them is no count of casualties
NOT_CASUALTIES = frozenset({
    "job", "bill", "proposal", "plan", "deal", "project", "idea", "program", "programme",
    "story", "feature", "product", "brand", "law", "measure", "amendment", "motion", "talk",
    "negotiation", "rumour", "rumor", "chance", "hope", "vote", "effort", "initiative",
    "contract", "service", "route", "show", "series", "game", "match", "point", "goal",
})
COUNT_WORDS = {"least", "most", "dozens", "hundreds", "thousands", "millions", "scores",
                "dozen", "several", "many", "few", "number", "some", "all", "each", "every",
                "both", "half", "majority", "minority"}
KIND_ORDER = ("Country", "Government", "ArmedGroup", "Organization", "Person", "Group",
               "Location", "Event", "Thing")
KIND_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}

# generational suffixes after a surname ("Ann Lee Jr.")
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
