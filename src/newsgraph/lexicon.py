"""Language data that more than one stage reads: one list per concept, in one place.

General English and general world knowledge, never one article's names. A stage's own
lists stay beside it (resolution/words.py); what two stages both need lives here, so
that a word added for one is seen by the other.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# speech verbs: their clausal complement is someone's statement and their subject its
# source (extraction), the speaker a quoted "we" or a "he said" points to (resolution)
SPEECH_VERBS = frozenset({
    "say", "tell", "state", "claim", "report", "announce", "add", "allege", "assert",
    "insist", "confirm", "deny", "warn", "write", "declare", "argue", "note", "explain",
    "believe", "think", "estimate", "accuse", "suggest", "maintain", "acknowledge",
    "admit", "contend", "indicate", "reveal", "disclose", "testify", "predict", "promise",
    "recall", "observe", "concede", "stress", "emphasize", "remark", "reply", "respond",
    "reiterate", "reaffirm", "affirm", "mention", "comment", "complain", "recount",
    "inform", "notify", "assure", "remind",
})
# verbs that publish what follows a colon ("Lee tweeted: we will win"): who speaks there
POSTING_VERBS = SPEECH_VERBS | {"tweet", "post"}
# verbs of talking, which say who speaks the words only when a colon follows them
# ("Lee spoke to reporters: ..."; not "Lee spoke about the plan")
TALK_VERBS = frozenset({"speak", "talk"})
# speech verbs whose "to X" names who is spoken to ("stated to the committee that ...",
# "explained to reporters"); not "add to", "admit to", "testify to", "respond to", "report
# to", where "to" names something else (a sum, a deed, a cause, a superior)
SPOKEN_TO_VERBS = SPEECH_VERBS & {
    "say", "state", "explain", "announce", "confirm", "reveal", "disclose", "declare",
    "remark", "mention", "reiterate", "stress", "emphasize", "insist", "complain",
    "comment", "write", "recount",
}
# nouns that name an utterance, whose "to X" is who it is addressed to: "said in a
# statement to Reuters", "in remarks to the press"
UTTERANCE_NOUNS = frozenset({
    "statement", "remark", "remarks", "comment", "comments", "letter", "message", "email",
    "e-mail", "note", "speech", "address", "briefing", "post", "tweet", "announcement",
    "interview", "testimony",
})
# what is said to someone named after "to" ("in remarks to the Times"); "in a post to" a
# site names where it was said, not who was told
ADDRESSED_UTTERANCES = UTTERANCE_NOUNS - {"post"}
# nouns of a news medium, which a name before them names: "Time magazine", "the Acme
# news service", "Radio Zembla's evening programme" is no medium
MEDIUM_NOUNS = frozenset({
    "magazine", "newspaper", "paper", "daily", "weekly", "agency", "service", "channel",
    "station", "network", "broadcaster", "outlet", "website",
})

# Nouns that name what their possessor did or underwent, not a thing it has: "Lee's
# statement", "Lee's resignation", "Lee's burial" (with UTTERANCE_NOUNS, NOMINAL_EVENTS)
DEED_NOUNS = frozenset({
    "declaration", "decision", "ruling", "verdict", "advice", "recommendation", "request",
    "proposal", "demand", "appeal", "warning", "threat", "promise", "pledge", "plea",
    "attempt", "effort", "bid", "resignation", "retirement", "death", "burial", "funeral",
    "birth", "birthday", "marriage", "divorce", "arrival", "departure", "visit", "return",
    "election", "inauguration", "swearing-in", "oath", "takeover", "certification",
    "objection", "approval", "rejection", "refusal", "denial", "response", "reply",
    "reaction", "report", "notice", "claim", "allegation", "accusation", "comment",
    "call", "order", "move", "action", "step", "condition", "recovery", "illness",
})

# Nouns that name an event, with the verb that says it: "the invasion of Iraq" -> invade
NOMINAL_EVENTS = {
    "attack": "attack", "assault": "attack", "invasion": "invade", "occupation": "occupy",
    "bombing": "bomb", "bombardment": "bombard", "shelling": "shell", "killing": "kill",
    "murder": "murder", "assassination": "assassinate", "capture": "capture",
    "seizure": "seize", "recapture": "recapture", "conquest": "conquer", "defeat": "defeat",
    "destruction": "destroy", "support": "support", "backing": "back", "withdrawal":
    "withdraw from", "siege": "besiege", "execution": "execute", "abduction": "abduct",
    "kidnapping": "kidnap", "arrest": "arrest", "intervention": "intervene in",
    "funding": "fund", "sanction": "sanction", "raid": "raid", "strike": "strike",
    "airstrike": "strike", "blockade": "blockade", "annexation": "annex",
    "liberation": "liberate", "protection": "protect", "control": "control",
    "criticism": "criticize", "condemnation": "condemn", "recognition": "recognize",
    "victory": "defeat", "win": "defeat",
    "investigation": "investigate", "inquiry": "investigate", "probe": "investigate",
    "prosecution": "prosecute", "persecution": "persecute", "repression": "repress",
    "lawsuit": "sue", "visit": "visit", "opposition": "oppose", "praise": "praise",
}
# Event nouns whose patient only some prepositions name: "X's victory over Y" is a defeat
# of Y, but "a win in Ohio" or "a victory for democracy" defeats no one; "X's support for
# Y" backs Y, "support in Syria" or "support against IS" backs neither; "X's visit to Y"
# visits Y, "a visit with Z" does not
NOMINAL_EVENT_PREPS = {
    "victory": frozenset({"over"}), "win": frozenset({"over"}),
    "support": frozenset({"for", "of"}), "backing": frozenset({"for", "of"}),
    "investigation": frozenset({"of", "into"}), "inquiry": frozenset({"into"}),
    "probe": frozenset({"into"}), "prosecution": frozenset({"of"}),
    "persecution": frozenset({"of"}), "repression": frozenset({"of"}),
    "lawsuit": frozenset({"against"}), "visit": frozenset({"to"}),
    "opposition": frozenset({"to"}), "praise": frozenset({"for"}),
}
# Nouns that name an action someone carries out: "Russian airstrikes" -> Russian conduct airstrikes
ACTION_NOUNS = frozenset({
    "attack", "airstrike", "strike", "raid", "bombing", "operation", "offensive", "campaign",
    "assault", "incursion", "shelling", "bombardment", "patrol", "exercise", "drill",
    "sanction", "invasion",
})
# Things an actor fights with: "X's troops", "warplanes X sent". With ACTION_NOUNS, the
# nouns whose deeds are their owner's (instruments.py)
INSTRUMENT_NOUNS = ACTION_NOUNS | frozenset({
    "force", "troop", "soldier", "army", "military", "militia", "warplane", "jet", "plane",
    "aircraft", "drone", "missile", "rocket", "artillery", "bomber", "helicopter", "tank",
    "warship", "gunboat",
})
# Verbs by which an actor sets an instrument to work: "X launched strikes that ...".
# Phrasal ones as "verb particle".
LAUNCH_VERBS = frozenset({
    "launch", "unleash", "conduct", "carry out", "mount", "stage", "send", "deploy",
    "dispatch", "order", "fire", "step up", "intensify", "resume", "begin", "start",
})
# nouns that name an event: an entity headed by one is an Event, not a Thing
EVENT_NOUNS = ACTION_NOUNS | frozenset({
    "war", "election", "uprising", "protest", "battle", "ceasefire", "conflict", "clash",
    "explosion", "blast", "coup", "revolution", "massacre", "siege", "crisis", "summit",
    "meeting", "talks", "negotiation", "referendum", "insurgency", "ambush", "killing",
    "assassination", "kidnapping", "rebellion", "riot",
})

# nouns of a happening a news story is told about: an accident, a disaster, a violent act,
# unrest. "the crash" or "a fire" under a headline about a crash or a fire is that one
# happening, specific enough for a node (assertion.headline_incidents)
INCIDENT_NOUNS = frozenset({
    "accident", "crash", "collision", "derailment", "sinking", "shipwreck", "fire", "blaze",
    "wildfire", "bushfire", "explosion", "blast", "earthquake", "quake", "tsunami", "flood",
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "landslide", "avalanche",
    "eruption", "outbreak", "epidemic", "pandemic", "attack", "bombing", "shooting",
    "stabbing", "killing", "murder", "massacre", "assassination", "kidnapping", "hijacking",
    "ambush", "clash", "battle", "war", "coup", "riot", "protest", "demonstration", "rally",
    "uprising", "stampede", "crush", "collapse", "spill", "leak", "siege", "raid", "airstrike",
    "drought", "heatwave", "mudslide", "blackout", "outage", "cyberattack", "robbery",
    "heist", "arson", "poisoning",
})

# words a headline tells a happening by that are not its noun: its weapon, its doer, or
# the verb ("Bomb kills photographer", "Gunman opens fire", "Journalist shot dead in
# Aden"); the story's "the bombing", "the shooting" is that happening
# (assertion.headline_incidents)
# planned happenings a headline may tell of ("Wisconsin holds 2020 election", "Kipchoge
# runs marathon under two hours"): the story's "the election", "the marathon" is that one,
# as its "the crash" is the crash of a headline about a crash (assertion.headline_incidents)
HEADLINE_EVENT_NOUNS = frozenset({
    "election", "caucus", "primary", "referendum", "vote", "debate", "summit", "trial",
    "hearing", "marathon", "race", "tournament", "championship", "festival", "convention",
    "ceremony", "parade", "procession", "conference", "concert", "premiere",
})
HEADLINE_INCIDENT_WORDS = {
    **dict.fromkeys(("bomb", "bombs", "bomber", "bombers", "bombed"), "bombing"),
    **dict.fromkeys(("gunman", "gunmen", "shooter", "shot", "shoots", "shoot"), "shooting"),
    **dict.fromkeys(("stabbed", "stabs", "stab", "knifeman"), "stabbing"),
    **dict.fromkeys(("murdered", "murders"), "murder"),
    **dict.fromkeys(("kill", "kills", "killed"), "killing"),
    "assassinated": "assassination", "kidnapped": "kidnapping", "hijacked": "hijacking",
    "ambushed": "ambush", "crashed": "crash", "derailed": "derailment",
    "collided": "collision", "exploded": "explosion", "explodes": "explosion",
    "erupted": "eruption", "erupts": "eruption",
}

# researchers whose team "from A and B" says the two bodies worked together (collaborations.py);
# not "protesters" or "officials" from two bodies, who may only have met
RESEARCH_TEAM_NOUNS = frozenset({
    "team", "researcher", "scientist", "astronomer", "physicist", "chemist", "biologist",
    "ecologist", "geologist", "epidemiologist", "virologist", "neuroscientist",
    "anthropologist", "archaeologist", "mathematician", "economist", "engineer",
})
# "working in cooperation with Y": the nouns that say two work together (not "conjunction":
# "a statement released in conjunction with a visit" says when)
COOPERATION_NOUNS = frozenset({"cooperation", "co-operation", "collaboration", "partnership"})

# nouns that name a gathering held somewhere: "the Acme Book Fair was held in Dalton"
GATHERING_NOUNS = frozenset({
    "convention", "conference", "summit", "festival", "championship", "championships",
    "games", "olympics", "olympiad", "tournament", "cup", "rally", "ceremony", "expo",
    "exhibition", "fair", "show", "marathon", "forum", "meeting", "concert", "parade",
    "competition", "contest", "awards", "gala", "carnival", "congress", "election",
    "referendum", "debate", "march", "protest", "demonstration", "funeral", "memorial",
})

# buildings and grounds a gathering is held at: "the Acme Expo was held at the Dalton
# Convention Centre" (a named one is the place of the gathering, as a town would be)
VENUE_NOUNS = frozenset({
    "centre", "center", "stadium", "arena", "hall", "hotel", "park", "theatre", "theater",
    "auditorium", "pavilion", "coliseum", "colosseum", "showground", "showgrounds",
    "fairground", "fairgrounds", "racecourse", "speedway", "velodrome", "complex",
})

# a line that is a photo credit, a copyright notice or a reader prompt, not news (a
# notice opens with "copyright" or dates it: prose about "the Copyright Act" is news)
CREDIT_LINE = re.compile(
    r"(\s/\s|^\s*[–—-]\s|©|^\W*copyright\b|\bcopyright\s+(\(c\)|\d{4})|"
    r"all rights reserved|^\s*write to\b|join the conversation|^\s*(photo|image|credit)s?:)",
    re.IGNORECASE)
# a credit line is short: a paragraph of prose may hold a spaced slash ("the day / night
# cycle") and is still news
CREDIT_WORDS = 20


def credit_line(line: str) -> bool:
    """Is the line (or label) a photo credit, a copyright notice or a reader prompt?

    >>> credit_line("AP Photo / Ann Lee"), credit_line("Copyright 2021 Acme Media")
    (True, True)
    >>> credit_line("The firm sued under the Digital Millennium Copyright Act.")
    False
    """
    return any(found.group(0).strip() != "/" or len(line.split()) <= CREDIT_WORDS
               for found in CREDIT_LINE.finditer(line))


@lru_cache(maxsize=1 << 16)  # every entity's key is made again per statement and article
def slug(text: str) -> str:
    """The IRI path segment for a name: lower case, ASCII where possible, words joined by "-".

    >>> slug("Bashar al-Assad"), slug("Zürich"), slug("the U.S.")
    ('bashar-al-assad', 'zurich', 'the-u-s')
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    # accents go, but a script whose letters decompose (Hangul) is put back together
    text = unicodedata.normalize("NFC", text.replace("'", ""))
    return "-".join("".join(c if c.isalnum() else " " for c in text).split()) or "unnamed"

# Roles a person holds in an organization or a place, by what the role says of the two
# (roles.py): the head of the role phrase, one to three words, lower case. A head role
# leads; a founder founded; staff are members; a spokesperson, an envoy or an office
# holder of a place acts for it (representative). Honorifics without an organization
# ("Governor X") make no relation in their sentence: roles.py needs the organization in
# the text, or for a national title the article's one country (roles.national_titles).
LEADER_ROLES = frozenset({
    "president", "prime minister", "premier", "chancellor", "chairman", "chairwoman",
    "chairperson", "chair", "chief", "chief executive", "chief executive officer", "ceo",
    "head", "leader", "director", "director-general", "director general", "administrator",
    "governor", "mayor", "commander", "commander-in-chief", "secretary-general",
    "secretary general", "general secretary", "managing director", "executive director",
    "boss", "king", "queen", "emir", "sultan", "monarch", "ruler", "dictator", "rector",
    "supreme leader", "speaker", "first selectman", "general manager", "head coach",
    "first minister",  # a devolved government's head ("First Minister of Wales")
    "chief minister",  # a state's or territory's head of government ("Chief Minister of Goa")
    "chief justice",  # a court's presiding judge
})
# nouns for a creative work: a name right after one ("the film Black Orchid", "her album
# Tides") names a work, which a director, producer or author makes but nobody leads
CREATIVE_WORKS = frozenset({
    "film", "films", "movie", "movies", "documentary", "album", "albums", "song", "single",
    "book", "books", "novel", "novels", "memoir", "play", "musical", "opera", "show",
    "series", "sitcom", "drama", "programme", "program", "game", "videogame", "franchise",
    "comic", "miniseries", "soundtrack", "episode", "painting", "sculpture", "poem",
})
# heads only of what their "of" names: "the Speaker of the House" leads it, but "a speaker
# at the rally" or "a speaker for the campaign" only spoke there
OF_ONLY_ROLES = frozenset({"speaker"})
FOUNDER_ROLES = frozenset({"founder", "co-founder", "cofounder"})
# a team's players by their position ("Kelso United striker Tom Kell")
SPORTS_POSITIONS = frozenset({
    "striker", "forward", "midfielder", "defender", "goalkeeper", "goalie", "winger",
    "halfback", "half-back", "five-eighth",
    "full-back", "fullback", "centre-back", "center-back", "wing-back", "playmaker",
    "quarterback", "linebacker", "pitcher", "shortstop", "batsman", "batter", "bowler",
    "wicketkeeper", "wicket-keeper", "all-rounder", "fly-half", "scrum-half", "point guard",
    "teammate",
})
MEMBER_ROLES = frozenset({
    "member", "dean", "scientist", "researcher", "professor", "lecturer", "scholar",
    "fellow", "economist", "analyst", "engineer", "official", "officer", "employee",
    "staffer", "astronaut", "biologist", "ecologist", "physicist", "chemist", "geologist",
    "epidemiologist", "virologist", "astronomer", "historian", "reporter", "correspondent",
    "journalist", "editor", "columnist", "agent", "investigator", "player", "campaigner",
    "vice president", "vice-president", "chief operating officer", "partner",
    # a company's officers under its head ("Acme CFO Ann Lee"; not "chief technology
    # officer" in full: its words would read "Institute of Technology professor" as a title)
    "cto", "cfo", "chief technical officer", "chief technological officer",
    "anthropologist", "meteorologist", "neuroscientist", "expert", "student",
    "undergraduate", "manager", "captain", "coach", "constable", "sergeant", "inspector",
    "photojournalist", "photographer", "cameraman", "camerawoman",  # a newsroom's staff
    "guitarist", "drummer", "bassist", "vocalist", "keyboardist",  # a band's members
    "chief of staff",  # one role, its "of" no organization ("the army's chief of staff")
    "justice", "associate justice",  # a court's judges
    "assistant professor", "associate professor",
    *SPORTS_POSITIONS,
})
REPRESENTATIVE_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "representative", "ambassador", "envoy",
    "delegate", "negotiator", "minister", "secretary", "attorney general", "senator",
    "prosecutor general", "prosecutor-general",  # a state's chief prosecutor
    "congressman", "congresswoman", "lawmaker", "legislator", "diplomat", "mp",
    "governor general", "governor-general", "selectman", "nominee", "candidate",
    "assemblyman", "assemblywoman", "assemblymember",  # a state assembly's members
    "lawyer", "attorney",  # a body's counsel acts for it ("a lawyer for Greenpeace")
    "sheriff",  # a county's elected officer of the law ("Kelso County Sheriff Ann Lee")
    "special representative", "special envoy",  # a state's or a body's envoy
    "commissioner", "high commissioner",  # a body's or a state's officer for a field or a post
})
# roles a body can hold as well as a person ("a member of the alliance, Atlantis", "the
# leader of the coalition, the Green Party"): a name beside one may be either
SHARED_ROLES = frozenset({
    "member", "partner", "candidate", "nominee", "agent", "player", "leader", "head",
    "chief", "representative", "delegate", "founder", "co-founder", "cofounder",
})
# roles held in a person's service, whose possessor is that person: "Lee's chief of staff",
# "a spokesman for Lee", "Lee's lawyer" act for Lee
PERSONAL_ROLES = frozenset({
    "chief of staff", "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney",
    "press secretary", "representative",
})
# the adjectives of political parties the recognizer tags as a nationality or a group
# ("the new Conservative leader", "a Republican senator"), each with the party it names;
# standing alone for one ("Republican Ann Lee", "Tom Rees, a Democrat"), the node is called
# by the party's name, and is the party the article names in full, if it does
PARTY_NAMES = {
    "conservative": "Conservative Party", "tory": "Conservative Party",
    "labour": "Labour Party", "labor": "Labor Party", "liberal": "Liberal Party",
    "republican": "Republican Party", "democratic": "Democratic Party",
    "democrat": "Democratic Party", "socialist": "Socialist Party",
    "communist": "Communist Party", "libertarian": "Libertarian Party", "green": "Green Party",
}
PARTY_ADJECTIVES = frozenset(PARTY_NAMES)
# a legislature's chambers. A party's adjective before one names its members there, no
# body ("the Republican Senate Majority Leader"); the word alone ("the Senate") is the name
# of one country's chamber, which one only its article says
CHAMBERS = frozenset({"senate", "house", "congress", "parliament", "assembly"})
# the posts whose "for"/"of" can name a portfolio rather than a body ("the minister for
# Rural Affairs")
PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "commissioner", "undersecretary",
                               "under-secretary", "spokesman", "spokeswoman", "spokesperson"})
# the posts at a party's head: "the Conservative leader" leads the party, but "the
# Republican president" or "a Labour mayor" only belongs to it
PARTY_LEADER_ROLES = frozenset({"leader", "chairman", "chairwoman", "chairperson", "chair",
                                "head"})
# verbs that put a person in a post: "elected Ann Lee as the new party leader", "Lee was
# appointed chief executive of Acme"
APPOINTING_VERBS = frozenset({
    "elect", "re-elect", "reelect", "appoint", "name", "choose", "select", "install",
})
# a party's nominee or candidate stands for the party; a country's would stand for election
# in it, not act for it ("US presidential candidate X")
CANDIDATE_ROLES = frozenset({"nominee", "candidate"})
# a party's own contests for its candidacy: a candidate "in the Democratic primaries" or
# "for the Green Party's nomination" runs as one of the party's members
PARTY_CONTESTS = frozenset({"primary", "primaries", "caucus", "caucuses", "nomination"})
ROLES = LEADER_ROLES | FOUNDER_ROLES | MEMBER_ROLES | REPRESENTATIVE_ROLES
# what an athlete wins in a championship: "X of Norway won the final", "the bronze medal went
# to X of Qatar" (an athlete "of" a country competes for it; a city's marathon is no such race)
RACES = frozenset({"final", "heat", "sprint", "relay", "hurdles", "medal", "gold", "silver",
                   "bronze"})
# the words that end a sports club's name after its place ("Bristol City", "Leeds United"),
# and that stand for the club alone once it is named ("City took the lead")
CLUB_WORDS = frozenset({"city", "united", "town", "rovers", "athletic", "wanderers", "albion",
                        "rangers", "county", "hotspur"})
# a sports side's posts: before one, a town's name is its club's ("Kelso coach Ann Lee"),
# as players and reporters call a club by its town
TEAM_ROLES = frozenset({"coach", "head coach", "captain", "player", *SPORTS_POSITIONS})
# Of a place (a country, a state, a city) only its heads and office holders: "Texas
# governor X" leads Texas, "Texas attorney general X" acts for it; "a Texas scientist" or
# "X of Springfield" says where someone is from, not whom they work for.
PLACE_ROLES = frozenset({
    "president", "prime minister", "premier", "chancellor", "governor", "mayor", "leader",
    "king", "queen", "emir", "sultan", "monarch", "ruler", "dictator", "head",
    "official", "supreme leader",
    "first selectman", "first minister", "chief minister",
    "chief executive",  # a territory's head of government ("Hong Kong Chief Executive X")
    "vice president", "vice-president",  # an office holder of a country (who acts for it)
}) | REPRESENTATIVE_ROLES - {"spokesman", "spokeswoman", "spokesperson", "representative"} - \
    CANDIDATE_ROLES - {"lawyer", "attorney"}  # ("a Leeds lawyer" only works there)
# members of a legislature, who sit for the place they are elected from: "a senator from
# Ohio" acts for Ohio (a "researcher from Ohio" is only from there)
LEGISLATOR_ROLES = frozenset({
    "senator", "congressman", "congresswoman", "lawmaker", "legislator", "mp",
    "assemblyman", "assemblywoman", "assemblymember",
})
# the rank of a legislator among those of one place: "the junior senator from Ohio"
SENIORITY_WORDS = frozenset({"junior", "senior"})
# a role that no longer (or not yet) holds: "former NASA chief X" says nothing of today
PAST_ROLE_WORDS = frozenset({
    "former", "ex", "ex-", "then", "future", "incoming", "designate", "onetime",
    "erstwhile", "would-be", "previous", "past", "retired", "formerly", "previously",
    "once", "originally", "late",  # "the late Senator X": the role ended with the life
})
# of those, the ones of a post still to come ("the incoming president"): no post held yet;
# the others tell a post held before ("the former president", "the late Senator X")
NOT_YET_ROLE_WORDS = frozenset({"future", "incoming", "designate", "would-be"})
# Verbs of holding a post or a possession: told in the simple past of an organization or a
# place ("X ruled Zimbabwe", "chaired the party"), the state is over as far as the text
# says; a present "leads" edge would claim it still holds. (Of an event, "led the protest",
# the past is the event's own time.)
PAST_STATE_VERBS = frozenset({
    "lead", "rule", "head", "chair", "govern", "run", "command", "manage", "own", "control",
})
# A government portfolio named alone ("the Defence Secretary", "Interior Minister"): the
# recognizer may tag the word ORG, but it names a department of some government, not one
# organization a role could tie a person to.
PORTFOLIO_WORDS = frozenset({
    "defence", "defense", "interior", "treasury", "health", "finance", "foreign", "home",
    "justice", "education", "energy", "environment", "agriculture", "transport",
    "transportation", "labour", "labor", "trade", "commerce", "culture", "tourism",
    "housing", "security", "economy", "industry", "communications", "infrastructure",
    "emergencies", "immigration", "welfare", "state", "war", "navy", "army", "affairs",
})
# the prefixes of a ship's name ("MV Ocean Star", "HMS Victory"): the words after one name a
# vessel, so a title among them ("MV Professor Lind") is part of the name, and the prefix
# alone is no organization
VESSEL_PREFIXES = frozenset({
    "MV", "MS", "M/V", "SS", "HMS", "USS", "RV", "HMAS", "HMCS", "HMNZS", "INS", "MT", "FV",
    "RMS", "USNS", "SV", "MY", "CCGS", "NS",
})
# English prefixes joined to a name by a hyphen ("Ex-Members of Acme", "Anti-Fraud League"):
# the recognizer may start the name after the hyphen, and the prefix makes it another name
HYPHEN_PREFIXES = frozenset({
    "ex", "anti", "pro", "non", "pan", "neo", "post", "pre", "co", "inter", "trans", "mid",
    "semi", "multi", "counter", "pseudo", "self", "sub", "super", "ultra", "un",
})
# adverbs that link a sentence to the one before ("And meanwhile non-free software led to
# DRM"): the parser may hang one on the subject's first modifier, and it is no part of it
LINKING_ADVERBS = frozenset({
    "meanwhile", "however", "also", "moreover", "furthermore", "nevertheless", "nonetheless",
    "instead", "thus", "therefore", "hence", "consequently", "besides", "likewise",
    "similarly", "additionally", "meantime", "still", "then", "now", "though",
})
# the marks that open or close a quotation (straight and curly)
QUOTE_MARKS = frozenset({'"', "“", "”"})
# distances and shares, and the units a count measures in ("a seven day mourning period",
# "2000 km long", "a two-year sentence"): what a count before a noun measures in
DISTANCE_UNITS = frozenset({
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "mi", "mile", "miles", "metre",
    "metres", "meter", "meters", "ft", "feet", "percent", "%"})
MEASURE_UNITS = DISTANCE_UNITS | frozenset({
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades", "century", "centuries", "per",
    "foot", "inch", "inches", "kg", "kilogram", "kilograms", "pound", "pounds", "ton", "tons",
    "tonne", "tonnes", "acre", "acres", "hectare", "hectares", "degree", "degrees", "storey",
    "story",
})

# nouns that say how many or what sort, not a relation: "is a lot of X", "is a kind of X"
QUANTITY_NOUNS = frozenset({
    "lot", "lots", "number", "couple", "bunch", "handful", "dozen", "dozens", "host",
    "plenty", "range", "variety", "array", "amount", "kind", "sort", "type", "total",
    "score", "scores", "hundreds", "thousands", "millions", "pair", "series",
})


def in_quotation(text: str, at: int) -> bool:
    """Is the character at `at` inside quotation marks (counted from its paragraph's start)?

    >>> in_quotation('Lee said, "He was kind."', 13), in_quotation('Lee said he was kind.', 9)
    (True, False)
    """
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


def quotation_start(text: str, at: int) -> int | None:
    """Where the quotation that holds the character at `at` opens (None if none does): a
    quotation may run over several sentences of its paragraph.

    >>> quotation_start('Lee said, "He left. He was kind."', 21)
    10
    """
    if not in_quotation(text, at):
        return None
    start = text.rfind("\n", 0, at) + 1
    depth, opened = 0, None
    for i in range(start, at):
        if text[i] == "\u201c" or text[i] == '"' and depth == 0:
            depth, opened = depth + 1, (i if depth == 0 else opened)
        elif text[i] in ("\u201d", '"') and depth:
            depth -= 1
    return opened
# words that say a role holds now, and so change nothing in it: "Egypt's current President
# X", "the new governor of Y" (its opposite is PAST_ROLE_WORDS)
PRESENT_ROLE_WORDS = frozenset({"current", "new", "incumbent", "sitting", "present"})
# verbs that tell a person's death: "President Ann Lee, who died in 1990" held the title
# then, not now; the killing verbs only in the passive ("who was assassinated", not "who
# killed"), "pass" only with "away"
DEATH_VERBS = frozenset({"die", "pass away"})
# nouns of a post's or a life's end: "after the resignation of Senator Ann Lee", "since
# Governor Lee's death" tell that the title is the one held before it ended
ENDING_NOUNS = frozenset({
    "resignation", "death", "removal", "dismissal", "ouster", "ousting", "sacking", "firing",
    "retirement", "departure", "exit", "expulsion", "overthrow", "assassination", "killing",
    "murder", "funeral", "burial", "execution", "deposition", "downfall", "demise",
})
# nouns of remembrance: "a statue of President Ann Lee", "the tomb of King Tom" honour a
# person for what they were; the title is no present role
COMMEMORATIVE_NOUNS = frozenset({
    "statue", "memorial", "monument", "bust", "mausoleum", "tomb", "grave", "shrine",
    "effigy", "cenotaph",
})
# diseases, the agents that cause them and the conditions people die of, named by a common
# noun: "coronavirus", "measles", "pneumonia" is one thing in every article, as specific as
# a name ("Lee tested positive for coronavirus", "measles killed 62 children", "Lee died of
# pneumonia"), though the word is written in lower case
DISEASE_NAMES = frozenset({
    "coronavirus", "novel coronavirus", "new coronavirus", "measles", "malaria", "cholera",
    "influenza", "polio", "tuberculosis", "smallpox", "typhoid", "dengue", "dengue fever",
    "yellow fever", "mumps", "rubella", "diphtheria", "tetanus", "rabies", "leprosy",
    "anthrax", "plague", "bird flu", "swine flu", "pneumonia", "sepsis", "meningitis",
    "cancer", "cardiac arrest", "heart attack",
})
KILLED_VERBS = frozenset({"assassinate", "kill", "murder", "execute"})
# "X regional governor", "X provincial police": the adjective says X is a region or a
# town, whatever the recognizer tagged it
REGION_WORDS = frozenset({
    "regional", "provincial", "municipal", "district", "county", "oblast", "prefectural",
    "city", "town", "village", "state",
})
# a role under the head: "deputy director", "assistant secretary" are members, not leaders
# member roles whose first word would say a deputy elsewhere: ranks of full members ("a
# former associate justice of the court" was one of its judges, not a deputy's)
RANKS = frozenset({"associate justice", "assistant professor", "associate professor"})
SUBORDINATE_ROLE_WORDS = frozenset({
    "deputy", "vice", "assistant", "associate", "under", "junior", "regional", "vice-",
    "majority", "minority",  # "Senate majority leader": leads a party's members in it
})
# adjectives that are part of a role's name ("chief constable", "foreign minister"), not
# a word on how the holder is ("longtime partner", "dominant party")
ROLE_ADJECTIVES = SUBORDINATE_ROLE_WORDS | PAST_ROLE_WORDS | {
    "chief", "foreign", "prime", "senior", "founding", "acting", "interim", "general",
    "executive", "managing", "head", "lead", "principal", "honorary", "joint"}
# A director named by a field ("editorial director", "art director", "finance director")
# heads one department of the organization, not the organization; only these words leave a
# director at its head ("the founding director", "the acting director").
DIRECTOR_OF_ALL_WORDS = frozenset({
    "founding", "acting", "interim", "general", "executive", "managing", "national", "new",
    "outgoing", "long-time", "longtime", "current",
})

# Evaluative words: what a speaker who calls, describes or says that someone or something
# is so ("called Lee a liar", "said Lee was a wonderful human being") thinks of them. Read
# on the words that make the evaluation (the head of the phrase, the heads conjoined with
# it, their adjectives and compounds), never on a word further inside ("a friend of a
# terrorist" blames no one).
# Words of blame: calling something so condemns it; never a word that laments or judges
# without blaming ("tragedy", "failure", "disaster", "sad", "terrible").
BLAME_WORDS = frozenset({
    # people and groups
    "dictator", "tyrant", "despot", "terrorist", "traitor", "liar", "thug", "murderer",
    "racist", "fascist", "idiot", "fool", "moron", "crook", "thief", "bully", "hypocrite",
    "coward", "bigot", "extremist", "fraudster", "misogynist", "sexist", "warmonger",
    # deeds and decisions
    "coup", "hoax", "sham", "farce", "travesty", "stunt", "disgrace", "barbarity",
    "barbarism", "atrocity", "gamesmanship", "betrayal", "insult", "violation", "breach",
    "outrage", "scandal", "propaganda", "distortion", "oppression", "mistake", "blunder",
    "embarrassment",
    "witch",  # "a witch hunt"
    # qualities
    "disgraceful", "shameful", "barbaric", "atrocious", "despicable", "heinous",
    "outrageous", "unacceptable", "inappropriate", "unwelcome", "irresponsible", "reckless",
    "ignorant", "arrogant", "incompetent", "corrupt", "lousy",
    "unconstitutional", "cowardly", "ruthless", "toxic", "dishonest", "hypocritical",
    "deplorable", "appalling", "abhorrent", "reprehensible", "ridiculous", "absurd",
    "stupid", "idiotic", "pathetic", "vile", "evil", "nasty", "phony", "phoney", "cruel",
    "brutal", "inhumane", "dastardly", "authoritarian", "oppressive", "repressive",
    "undemocratic", "anti-democratic", "illegitimate", "counterproductive", "retrograde",
    "colonialist", "shameless", "scandalous", "bigoted", "xenophobic", "fraudulent",
})
# blame words that are also plain adjectives of a kind ("a criminal investigation", "a
# criminal lawyer"): they blame only as the noun ("called Lee a criminal")
BLAME_NOUNS_ONLY = frozenset({"criminal"})
# Words of praise, said only of a person or a group; never a word that only makes something
# bigger ("a great danger", "an extraordinary threat" are no praise): see WEAK_PRAISE_WORDS.
PRAISE_WORDS = frozenset({
    "hero", "heroic", "legend", "legendary", "incomparable", "brilliant", "inspiration",
    "inspiring", "inspirational", "visionary", "wonderful", "excellent", "courageous",
    "brave", "fearless", "decent", "honest", "kind", "generous", "humble", "gentle", "warm",
    "caring", "compassionate", "talented", "gifted", "innovative", "hardworking",
    "hard-working", "dedicated", "tireless", "selfless", "loyal", "wise", "principled",
    "beloved", "lovely", "admirable", "honourable", "honorable", "noble", "gentleman",
    "treasure", "icon", "iconic", "trailblazer", "genius", "outstanding", "exceptional",
    "superb", "fantastic", "amazing", "magnificent", "marvellous", "marvelous",
    "phenomenal", "towering", "distinguished", "esteemed", "revered", "respected",
    # virtues, as "a model of honesty" names them
    "honesty", "integrity", "decency", "kindness", "wisdom", "humility", "courage",
    "bravery", "generosity",
})
# words that praise only a person or a group named by its noun ("an extraordinary woman",
# "a great drummer", "a good outfit"); elsewhere they only make something bigger or say
# it fits ("an extraordinary threat", "a great loss", "a good chance"); not "true" ("the
# true leader" says who leads, not how well)
WEAK_PRAISE_WORDS = frozenset({
    "great", "extraordinary", "incredible", "remarkable", "tremendous", "good", "fine",
})
# the family ties a noun names (its lemma), as the tie of the one it names to the other:
# "Lee's mother Ann", "Ann is the mother of Lee": Ann is a parent of Lee; "Ann's widow" was
# her spouse until she died (the tie was real). Not a grandparent, an in-law, a step-parent
# or a former spouse (another tie, or one over); a title ("Mother Teresa", "Father Brown",
# "Sister Mary") or a figure of speech ("the founding father of the party", "a son of the
# soil") names no tie: roles.kinship reads one only between two people.
KIN_NOUNS = {
    **dict.fromkeys(("mother", "father", "parent", "mum", "mom", "dad"), "parent"),
    **dict.fromkeys(("son", "daughter", "child"), "child"),
    **dict.fromkeys(("brother", "sister", "sibling"), "sibling"),
    **dict.fromkeys(("wife", "husband", "spouse", "widow", "widower"), "spouse"),
}
# family nouns of one gender, with KIN_NOUNS' and more distant ties: "his wife Ann Lee" is
# a woman (resolution reads it; a kin noun is no description to resolve, so these stay
# apart from resolution's GENDERED_NOUNS)
KIN_GENDER = {
    **dict.fromkeys(("mother", "mum", "mom", "daughter", "sister", "wife", "widow", "aunt",
                     "niece", "grandmother", "granddaughter"), "f"),
    **dict.fromkeys(("father", "dad", "son", "brother", "husband", "widower", "uncle",
                     "nephew", "grandfather", "grandson"), "m"),
}
# nouns of a person or a group of people, whom a weak praise word praises ("a great man");
# with the roles (ROLES) and the family ties (KIN_NOUNS); not "friend" ("a good friend of
# hers" says how close, not how good)
PERSON_NOUNS = ROLES | frozenset(KIN_NOUNS) | frozenset({
    "man", "woman", "person", "human", "being", "soul", "guy", "lady", "individual",
    "character", "personality", "figure", "servant", "citizen", "patriot", "athlete",
    "artist", "musician", "singer", "actor", "actress", "writer", "author", "poet",
    "mathematician", "teacher", "doctor", "lawyer", "politician", "statesman",
    "stateswoman", "mentor", "colleague", "talent", "mind", "spirit", "fighter", "champion",
    "worker", "team", "outfit", "squad", "band", "people",
})
# the words of PERSON_NOUNS that name one person's calling: before a name in lower case
# ("rapper Tory Lanez", "singer Ann Lee") they say the name is a person's
CALLING_NOUNS = (PERSON_NOUNS - {"team", "outfit", "squad", "band", "people", "talent",
                                 "mind", "spirit", "character", "figure", "being", "soul",
                                 "human", "personality"}) | frozenset({
    "rapper", "comedian", "footballer", "cricketer", "presenter", "journalist", "broadcaster",
    "novelist", "playwright", "composer", "drummer", "guitarist", "pianist", "dancer",
    "model", "chef", "designer", "architect", "photographer", "scientist", "astronaut"})


# manner adverbs that judge how a deed went: without them "treated me well" or "performs
# poorly on old hardware" says something else, so they stay in the predicate
MANNER_VERDICTS = frozenset({"well", "poorly", "badly"})

# verbs that take no direct object, so never share the object of a verb conjoined after
# them ("arrived and detained the man", "died and left a will"); not "fled" or "resigned",
# which may ("fled the country", "resigned his seat")
OBJECTLESS_VERBS = frozenset({"arrive", "come", "go", "die", "happen", "occur", "exist",
                              "sleep", "disappear", "vanish", "emerge", "collapse", "arise"})

# irregular past participles that news also uses as adjectives before a noun ("have stolen
# goods", "had frozen assets"): after "have" they may say what one owns, not what one did
ATTRIBUTIVE_PARTICIPLES = frozenset({"broken", "stolen", "frozen", "hidden", "sworn", "fallen",
                                     "grown", "written", "spoken", "known", "chosen", "proven",
                                     "sunken", "forgotten", "mistaken", "unknown", "given"})
# "called the ruling unlawful", "branded him a traitor": naming verbs whose object
# complement, when it is an epithet, is a stand on the object (criticize or praise it)
# (not "declare": "declared the law unconstitutional" is a ruling, not a reproach)
NAMING_VERBS = frozenset({"call", "brand", "label", "dub", "term"})
