"""Entity resolution: one node per real-world actor, within and across articles.

No spaCy model here does coreference, so the rules below follow how English news
names things:

- names: spaCy's entities, repaired where the small model splits or mislabels them
  ("Islamic" NORP + "State"), titles and honorifics stripped into roles and gender cues;
  a later (or earlier) surname or titled short form joins the one full name it ends;
- aliases: "X (Y)", "X, known as Y", "Y ... the acronym for X", and a standalone acronym
  matching the initials of a known name;
- demonyms and capitals: "Russian" as an actor is Russia; "Syrian government" is the
  Government entity "Syrian government" (not Syria itself: a state and its government
  act differently in the news, and the design card names both); "Moscow said" is Russia;
- members: "<organization> fighters/militants/members" is the organization;
  "<demonym> troops/planes/officials" acting is the country;
- definite descriptions ("the group", "the two foreign powers") and pronouns resolve to
  the most recent compatible antecedent (type, number, gender, recency, subjecthood; a
  speaker for the subject of "said"), a counted plural to a coordinated pair; a definite
  phrase with its own modifiers ("the territory in Iraq", "the next country") is new;
  what does not resolve (a lone "they", "the president" with no president) makes no node;
- capitals as agents stand for their country ("Moscow said", "Washington warned"); as
  places they stay places ("the regime in Damascus" is the Syrian government);
- a gazetteer (`--gazetteer`) adds names the model misses and fixes canonical names
  and types; titles become `Entity.roles`;
- "I"/"we" inside a quotation are its speaker (the attribution, else the subject of a
  nearby "said"); outside one they name nobody;
- an organization's tail ("Congress" after "U.S. Congress") and a lone first name
  ("Walter" after "Walter Munk") join the one full name they shorten; a demonym is its
  country, never an organization; two different full person names never join;
- "be" is an edge only between two named entities; "X is a regional governor" makes the
  role noun a role of X; statements under MIN_RELATION_CONFIDENCE make no relation.

Keys are `<coarse kind>/<slug of the canonical name>` and nothing else (no counters,
no article): the same actor gets the same key alone or with other articles, today or
next week. The coarse kinds are

- `actor/` for every named person, organization, armed group and government: the small
  model calls one man PERSON in one article and ORG in the next, so a person/org split
  in the key would split him (measured on 285 Wikinews articles: dozens of full names,
  e.g. well-known politicians, were typed both ways); the fine kind stays in `kind`;
- `country/` from the country table (every article agrees on it); "Georgia" the US state,
  told apart by American context in the article, is `place/georgia-us-state`;
- `place/` for other places, `group/` for unnamed groups of people ("civilians") and
  `thing/` for non-actors ("oil convoys"), events included. A generic non-actor (lower
  case head: "deaths", "oil convoys") is one article's thing: `thing/<article-id>/<slug>`
  (every article's "deaths" are different deaths); a named one ("Euphrates River",
  "Hurricane Maria") keys on its name and merges across articles like an actor.
"""

from __future__ import annotations

import bisect
import logging
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING

from .demonyms import (
    Country,
    country_for_capital,
    country_for_demonym,
    country_for_name,
    normalize,
    us_states,
)
from .gazetteer import Gazetteer, GazetteerEntry
from .models import Argument, Article, Entity, Extraction, Relation, ResolvedArticle
from .parsing import lemma_of
from .vocabulary import ACTOR_KINDS, property_for

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

log = logging.getLogger(__name__)

# ------------------------------------------------------------------ word tables
# General English, not any article's names.

# title (normalized, dots dropped) -> role kept on the entity ("" for honorifics)
_TITLES = {
    "mr": "", "mrs": "", "ms": "", "miss": "", "mx": "", "mme": "", "mlle": "",
    "dr": "doctor", "prof": "professor",
    "professor": "professor", "sir": "", "dame": "", "president": "president",
    "vice president": "vice president", "prime minister": "prime minister",
    "premier": "premier", "chancellor": "chancellor", "minister": "minister",
    "foreign minister": "foreign minister", "defense minister": "defense minister",
    "defence minister": "defence minister", "interior minister": "interior minister",
    "finance minister": "finance minister", "secretary": "secretary",
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
    "mayor": "mayor", "judge": "judge", "justice": "justice", "ambassador": "ambassador",
    "speaker": "speaker", "chairman": "chairman", "chairwoman": "chairwoman",
    "spokesman": "spokesman", "spokeswoman": "spokeswoman", "gov.": "governor",
}
_MAX_TITLE_WORDS = 3
_FEMALE_TITLES = {"mrs", "ms", "miss", "mme", "mlle", "dame", "queen", "princess",
                  "chairwoman", "spokeswoman"}
_MALE_TITLES = {"mr", "sir", "king", "prince", "crown prince", "sultan", "emir", "pope",
                "father", "chairman", "spokesman", "sheikh", "ayatollah"}

# name-final words that make a name an organization (and the armed ones an armed group)
_ARMED_WORDS = {"army", "armies", "forces", "front", "brigade", "brigades", "militia",
                "militias", "guard", "guards", "corps", "battalion", "battalions", "regiment",
                "mujahideen", "legion"}
_ORG_WORDS = _ARMED_WORDS | {
    "movement", "party", "council", "institute", "observatory", "center", "centre",
    "ministry", "agency", "organization", "organisation", "committee", "commission",
    "union", "group", "company", "inc", "corp", "corporation", "ltd", "llc", "university",
    "bank", "fund", "association", "foundation", "alliance", "coalition", "league",
    "network", "office", "department", "court", "assembly", "parliament", "congress",
    "senate", "police", "service", "services", "command", "authority", "administration",
    "government", "federation", "board", "bureau", "club", "society", "trust", "press",
    "news", "times", "post", "journal", "nations", "cabinet",
    "navy", "airlines", "program", "programme",
}
# "X fighters": plural nouns naming members of an organization
_MEMBER_NOUNS = {"fighter", "militant", "insurgent", "member", "rebel", "jihadist",
                 "extremist", "loyalist", "gunman", "operative", "terrorist", "cadre",
                 "commander", "leader", "guerrilla", "affiliate", "supporter"}
_ARMED_MEMBER_NOUNS = {"fighter", "militant", "insurgent", "rebel", "jihadist", "extremist",
                       "gunman", "terrorist", "guerrilla"}
# "<demonym> troops": the state's instruments; as an agent they stand for the state
_STATE_NOUNS = {"troop", "soldier", "force", "army", "military", "navy", "plane", "jet",
                "warplane", "aircraft", "drone", "airstrike", "strike", "bomber", "official",
                "diplomat", "police", "helicopter", "missile", "artillery", "ship",
                "warship", "submarine", "tank", "air force", "intelligence", "envoy",
                "delegation", "negotiator"}
_GOVERNMENT_NOUNS = {"government", "regime", "administration", "authority", "cabinet",
                     "leadership", "junta"}
# people-nouns: a phrase headed by one is a Group (an actor), else a Thing
_PEOPLE_NOUNS = _MEMBER_NOUNS | {
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
_EVENT_NOUNS = {"attack", "war", "election", "uprising", "invasion", "bombing", "airstrike",
                "strike", "protest", "operation", "offensive", "battle", "ceasefire",
                "conflict", "raid", "assault", "clash", "explosion", "blast", "coup",
                "revolution", "massacre", "siege", "campaign", "crisis", "summit", "meeting",
                "talks", "negotiation", "referendum", "insurgency", "ambush", "shelling",
                "killing", "assassination", "kidnapping", "rebellion", "riot"}
# definite descriptions: head lemma -> the kinds it can refer to
_DESCRIPTION_KINDS: dict[str, tuple[str, ...]] = {}
# ("the coalition", "the alliance", "the party" usually bring in a new actor: not here)
for _w in ("group", "organization", "organisation", "movement", "outfit", "network",
           "militia", "insurgency", "faction"):
    _DESCRIPTION_KINDS[_w] = ("ArmedGroup", "Organization")
for _w in ("militant", "fighter", "insurgent", "jihadist", "extremist", "rebel", "terrorist",
           "guerrilla", "gunman"):
    _DESCRIPTION_KINDS[_w] = ("ArmedGroup", "Group")
for _w in ("power", "country", "nation", "ally", "neighbor", "neighbour", "superpower",
           "kingdom", "republic"):
    _DESCRIPTION_KINDS[_w] = ("Country",)
for _w in _GOVERNMENT_NOUNS:
    _DESCRIPTION_KINDS[_w] = ("Government",)
for _w in ("president", "leader", "minister", "official", "spokesman", "spokeswoman",
           "researcher", "analyst", "expert", "ambassador", "general", "commander", "man",
           "woman", "officer", "chief", "head", "director", "king", "queen", "prince",
           "envoy", "diplomat", "premier", "chancellor", "senator", "governor", "mayor",
           "lawmaker", "politician", "journalist", "reporter", "author", "scholar", "cleric",
           "colonel", "founder", "chairman", "secretary", "monarch", "dictator", "ruler"):
    _DESCRIPTION_KINDS[_w] = ("Person",)
for _w in ("city", "town", "village", "province", "region", "capital", "area", "territory",
           "district", "border", "desert", "oasis"):
    _DESCRIPTION_KINDS[_w] = ("Location",)
_ARMED_ADJECTIVES = {"extremist", "militant", "jihadist", "terrorist", "armed", "rebel",
                     "insurgent", "paramilitary", "islamist", "separatist"}
_GENDERED_NOUNS = {"man": "m", "woman": "f", "king": "m", "queen": "f", "prince": "m",
                   "chairman": "m", "spokesman": "m", "spokeswoman": "f", "chairwoman": "f"}

_PRONOUNS = {
    "he": ("m", "sg"), "him": ("m", "sg"), "his": ("m", "sg"), "himself": ("m", "sg"),
    "she": ("f", "sg"), "her": ("f", "sg"), "hers": ("f", "sg"), "herself": ("f", "sg"),
    "it": ("n", "sg"), "its": ("n", "sg"), "itself": ("n", "sg"),
    "they": ("", "pl"), "them": ("", "pl"), "their": ("", "pl"), "theirs": ("", "pl"),
    "themselves": ("", "pl"),
}
# pronouns that never name a node: relatives, demonstratives, first/second person
_DEAD_WORDS = {"who", "whom", "whose", "which", "that", "what", "this", "these", "those",
               "i", "me", "my", "we", "us", "our", "you", "your", "one", "someone",
               "anyone", "everyone", "nobody", "somebody", "something", "anything",
               "everything", "nothing", "there", "here", "where", "when", "whoever",
               "whatever", "each", "both", "all", "some", "many", "most", "few", "none",
               "others", "other", "another", "itself", "themselves", "himself", "herself",
               "ourselves", "yourself", "myself", "same", "such", "former", "latter"}
_LEADING_DROP = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her",
                 "their", "our", "my", "your", "some", "any", "at", "least", "most", "nearly",
                 "almost", "about", "around", "over", "more", "than", "up", "to", "roughly",
                 "approximately", "dozens", "hundreds", "thousands", "millions", "of",
                 "several", "many", "few", "scores", "both", "all", "another", "other",
                 "only", "just", "two", "three", "four", "five", "six", "seven",
                 "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "hundred",
                 "thousand", "million", "dozen", "one"}
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
               "southwest", "outskirts", "banks", "bank", "shores", "edge", "heart", "center",
               "centre", "city", "town", "village", "province", "region"}
_GEO_SUFFIXES = {"river", "sea", "lake", "mountains", "mountain", "valley", "desert", "ocean",
                 "gulf", "strait", "island", "islands", "peninsula", "canal"}
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "der",
                   "den", "di", "du", "la", "le", "del", "dos", "das", "ben", "ul", "ud"}
_NAME_LINKERS = {"of", "for", "the", "and", "&", "on", "in", "de", "al", "-"}
_SPEECH_LEMMAS = {"say", "tell", "add", "state", "claim", "announce", "report", "note",
                  "warn", "write", "explain", "insist", "deny", "confirm", "accuse",
                  "argue", "believe", "allege", "estimate", "describe", "acknowledge"}
_QUANTITY_HEADS = {"much", "most", "part", "parts", "some", "all", "many", "rest", "half",
                   "dozens", "hundreds", "thousands", "millions", "number", "series", "group",
                   "groups", "members", "member", "majority", "lot", "lots", "scores", "bulk",
                   "remnants", "remnant", "handful", "couple", "dozen", "several", "few",
                   "each", "one", "none", "any", "both", "either", "neither", "band", "bands",
                   "percent", "cent", "quarter", "third", "share", "proportion", "fraction",
                   "minority", "total"}
# heads that are only an amount: with no "of" object ("40 percent", "a large majority")
# they name nothing; "a telephone number", with a noun before it, is a thing
_PURE_QUANTITY_HEADS = {"percent", "cent", "quarter", "third", "share", "proportion",
                        "fraction", "majority", "minority", "number", "total", "dozens",
                        "hundreds", "thousands", "millions", "half", "rest", "bulk", "handful",
                        "lot", "lots", "scores", "much", "most", "percentage", "billions"}
# "the next country", "the other group", "the largest city": not the one named before
_NEW_REFERENT_WORDS = {"next", "other", "another", "first", "second", "third", "last",
                       "previous", "new", "only", "such", "different", "rival", "opposing",
                       "each", "every"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "myself", "ourselves"}
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
_OTHER_ENT_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,6}$|^[A-Z][A-Z&]{1,5}$")
_CREDIT_LINE = re.compile(
    r"(\s/\s|^\s*[–—-]\s|©|\bcopyright\b|all rights reserved|^\s*write to\b|"
    r"join the conversation|^\s*(photo|image|credit)s?:)", re.IGNORECASE)

_PREFIX = {"Person": "actor", "Organization": "actor", "ArmedGroup": "actor",
           "Government": "actor", "Country": "country", "Location": "place", "Group": "group",
           "Event": "thing", "Thing": "thing"}
# the extractor scores weak readings ("water be colder", "the city's mayor" -> "have") below
# this; they are kept as extractions but make no graph relation
MIN_RELATION_CONFIDENCE = 0.3
_MAX_ROLE_WORDS = 6
_MAX_ALT_WORDS = 6  # an alt label is a way of naming, not a clause
# words that count: a phrase with one says how many, it does not name
_COUNT_WORDS = {"least", "most", "dozens", "hundreds", "thousands", "millions", "scores",
                "dozen", "several", "many", "few", "number", "some", "all", "each", "every",
                "both", "half", "majority", "minority"}
_KIND_ORDER = ("Country", "Government", "ArmedGroup", "Organization", "Person", "Group",
               "Location", "Event", "Thing")
_KIND_RANK = {kind: rank for rank, kind in enumerate(_KIND_ORDER)}


@lru_cache(maxsize=1 << 16)  # every entity's key is made again per statement and article
def slug(text: str) -> str:
    """The IRI path segment for a name: lower case, ASCII where possible, words joined by "-".

    >>> slug("Bashar al-Assad"), slug("Zürich"), slug("the U.S.")
    ('bashar-al-assad', 'zurich', 'the-u-s')
    """
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("'", "")
    return "-".join("".join(c if c.isalnum() else " " for c in text).split()) or "unnamed"


def entity_key(kind: str, label: str, *, article: str = "") -> str:
    """Key of an entity: coarse kind + slug of the canonical name.

    A generic non-actor ("deaths", "the vehicle", "Roman temples": its head word is lower
    case) is a different thing in every article, so with `article` given its key also
    holds the article id: `thing/<article-id>/<slug>`, stable per article. Named
    non-actors ("Euphrates River", "Boeing 737") and every actor key on the name alone.
    """
    prefix = _PREFIX.get(kind, "thing")
    if article and kind not in ACTOR_KINDS and _generic(label):
        return f"{prefix}/{slug(article)}/{slug(label)}"
    return f"{prefix}/{slug(label)}"


def _generic(label: str) -> bool:
    """A common noun phrase, not a name: its last word with letters is lower case."""
    words = [w for w in _words(label) if any(c.isalpha() for c in w)]
    return bool(words) and not words[-1][:1].isupper()


# ------------------------------------------------------------------ article state


@dataclass
class _Cluster:
    """One entity while an article is being read."""

    ident: int
    votes: Counter[str] = field(default_factory=Counter)  # kind -> weight
    names: list[str] = field(default_factory=list)  # surface names, titles stripped
    surfaces: set[str] = field(default_factory=set)  # every way it was named
    roles: set[str] = field(default_factory=set)
    gender: str = ""
    country: Country | None = None
    fixed_label: str = ""  # label from a table or gazetteer, when one applies
    fixed_kind: str = ""
    us_state: bool = False
    first: int = 0  # char offset of first mention
    named: bool = False

    def kind(self) -> str:
        if self.fixed_kind:
            return self.fixed_kind
        if not self.votes:
            return "Thing"
        votes = self.votes
        kind = max(votes, key=lambda k: (votes[k], -_KIND_RANK[k]))
        if kind == "Organization" and self.votes["ArmedGroup"] >= 3:
            return "ArmedGroup"  # an organization the text calls militants or extremists
        return kind

    def label(self) -> str:
        if self.fixed_label:
            return self.fixed_label
        names = [n for n in self.names if not _ACRONYM.match(n)] or self.names
        if not names:
            return ""
        counts = Counter(names)
        order = {n: i for i, n in reversed(list(enumerate(names)))}
        return max(counts, key=lambda n: (len(_words(n)), counts[n], -order[n]))


@dataclass(frozen=True)
class _Name:
    start: int  # token indices, end exclusive, titles and "the" excluded
    end: int
    text: str
    label: str  # spaCy entity label, "" when found another way
    titles: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Mention:
    pos: int  # char offset
    sent: int
    clusters: tuple[int, ...]
    plural: bool
    subject: bool
    speaker: bool


def _mention_order(mention: _Mention) -> tuple[int, tuple[int, ...]]:
    return mention.pos, mention.clusters


def _words(name: str) -> list[str]:
    return list(_word_tuple(name))


_WORD_BREAK = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1 << 16)  # names are split again and again while clustering
def _word_tuple(name: str) -> tuple[str, ...]:
    return tuple(w for w in _WORD_BREAK.split(name.replace("’", "'")) if w)


def _title_key(words: Sequence[str]) -> str:
    return _title_key_of(tuple(words))


@lru_cache(maxsize=1 << 14)  # the words before every name are tried as titles
def _title_key_of(words: tuple[str, ...]) -> str:
    return " ".join(w.casefold().rstrip(".") for w in words)


def _initials(name: str) -> set[str]:
    """Acronyms a name could have: initials of its capitalized words, with or without linkers."""
    words = [w for w in _words(name) if w[:1].isalpha()]
    strict = "".join(w[0] for w in words if w[0].isupper()).upper()
    loose = "".join(w[0] for w in words).upper()
    return {strict, loose} - {""}


class _Reader:
    """Reads one article: names first, then each argument in text order."""

    def __init__(self, article: Article, doc: Doc, gazetteer: Gazetteer | None) -> None:
        self.article = article
        self.doc = doc
        self.text = doc.text  # built once: Doc.text joins every token on each call
        self.texts = [token.text for token in doc]  # for title lookups around every name
        self.gazetteer = gazetteer
        self.clusters: list[_Cluster] = []
        self.mentions: list[_Mention] = []
        self.token_cluster: dict[int, int] = {}  # token index -> cluster of the name on it
        self.token_name: dict[int, _Name] = {}
        self.sents = list(doc.sents)
        self.ents = doc.ents  # made once: Doc.ents builds every entity Span on each call
        self.sent_of = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [number] * (sent.end - sent.start)
        self.credit_lines: dict[int, bool] = {}  # line start -> is a credit or copyright line
        self.by_key: dict[str, int] = {}  # fixed keys (countries, governments, things)
        self.cache: dict[tuple[int, int, str], tuple[int, ...]] = {}
        self.us_context = self._us_context()
        self.attribution: Argument | None = None  # of the statement being read
        self.seeking_speaker = False

    # -------------------------------------------------------------- clusters

    def add_mention(self, mention: _Mention) -> None:
        """Record a mention, keeping the list in text order."""
        bisect.insort(self.mentions, mention, key=_mention_order)

    def before(self, pos: int) -> Iterable[_Mention]:
        """Mentions that start before `pos`, nearest first."""
        end = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        for i in range(end - 1, -1, -1):
            yield self.mentions[i]

    def new_cluster(self, pos: int) -> _Cluster:
        cluster = _Cluster(len(self.clusters), first=pos)
        self.clusters.append(cluster)
        return cluster

    def keyed_cluster(self, key: str, pos: int) -> _Cluster:
        if key in self.by_key:
            return self.clusters[self.by_key[key]]
        cluster = self.new_cluster(pos)
        self.by_key[key] = cluster.ident
        return cluster

    def country_cluster(self, country: Country, pos: int) -> _Cluster:
        cluster = self.keyed_cluster(f"country:{country.code}", pos)
        cluster.fixed_label, cluster.fixed_kind, cluster.country = (
            country.name, "Country", country)
        cluster.named = True
        return cluster

    def government_cluster(self, country: Country, pos: int) -> _Cluster:
        cluster = self.keyed_cluster(f"government:{country.code}", pos)
        label = f"{country.adjective} government" if country.adjective else \
            f"government of {country.name}"
        cluster.fixed_label, cluster.fixed_kind, cluster.country = label, "Government", country
        cluster.named = True
        return cluster

    def common_cluster(self, kind: str, label: str, pos: int) -> _Cluster:
        cluster = self.keyed_cluster(entity_key(kind, label), pos)
        cluster.fixed_label, cluster.fixed_kind = label, kind
        return cluster

    # -------------------------------------------------------------- phase A: names

    def _us_context(self) -> bool:
        """Does the article read as American domestic news (for "Georgia" and the like)?"""
        text = self.article.text
        states = sum(1 for ent in self.ents
                     if ent.label_ == "GPE" and normalize(ent.text) in us_states()
                     and normalize(ent.text) != "georgia")
        cues = len(re.findall(r"\b(Gov\.|governor|state of|statehouse|county|Atlanta|"
                              r"state legislature)\b", text))
        return states + cues >= 2

    def boilerplate(self, start: int, end: int) -> bool:
        text = self.article.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_start not in self.credit_lines:
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            self.credit_lines[line_start] = bool(_CREDIT_LINE.search(line))
        return self.credit_lines[line_start] or "\n" in text[start:end].strip()

    def find_names(self) -> list[_Name]:
        doc = self.doc
        names: list[_Name] = []
        taken: set[int] = set()
        other_ents: set[int] = set()
        for ent in self.ents:
            if ent.label_ in _OTHER_ENT_LABELS:
                other_ents.update(range(ent.start, ent.end))
        for ent in self.ents:
            if ent.label_ not in _NAME_LABELS:
                continue
            for start, end in self._segments(ent.start, ent.end):
                name = self._make_name(start, end, ent.label_)
                if name is not None:
                    names.append(name)
                    taken.update(range(name.start, name.end))
        # proper nouns the model did not tag ("Daesh" is sometimes missed) and acronyms
        i = 0
        while i < len(doc):
            token = doc[i]
            if i in taken or i in other_ents or not self._name_token(token, first=True):
                i += 1
                continue
            # a capitalised adjective before the name joins it ("Former PM", "Free Syrian
            # Army"); the walk back moves only the start, never the scan position
            start = i
            while start > 0 and start - 1 not in taken and start - 1 not in other_ents and \
                    doc[start - 1].pos_ == "ADJ" and doc[start - 1].text[:1].isupper() and \
                    country_for_demonym(doc[start - 1].text) is None and \
                    self.sent_of[start - 1] == self.sent_of[i]:
                start -= 1
            end = i + 1
            while end < len(doc) and end not in taken and end not in other_ents and \
                    doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
                    self.sent_of[end] == self.sent_of[i]:
                end += 1
            name = self._make_name(start, end, "")
            if name is not None:
                names.append(name)
                taken.update(range(name.start, name.end))
            i = end  # always past the name token: the scan advances on every input
        if self.gazetteer is not None:
            names.extend(self._gazetteer_names(taken))
        names = [n for n in names if not self.boilerplate(doc[n.start].idx, doc[n.end - 1].idx)]
        return sorted(names, key=lambda n: n.start)

    def _name_token(self, token: Token, *, first: bool = False) -> bool:
        if _ACRONYM.match(token.text) and len(token.text.replace(".", "")) >= 2:
            return True
        if token.pos_ != "PROPN" or not token.text[:1].isupper():
            return False
        if first and _title_key([token.text]) in _TITLES:
            return False
        if first and token.lower_ in _PURE_QUANTITY_HEADS:
            return False  # "Millions marched": a capitalised amount is no name
        return not (first and token.is_sent_start and token.text.casefold() in _DEAD_WORDS)

    def _segments(self, start: int, end: int) -> Iterable[tuple[int, int]]:
        """Split an entity at line breaks and slashes (caption credits glue names together)."""
        begin = start
        for i in range(start, end):
            token = self.doc[i]
            if "\n" in token.text or token.text in {"/", "|"} or "\n" in token.whitespace_:
                if "\n" in token.whitespace_ and token.text not in {"/", "|"} \
                        and "\n" not in token.text:
                    yield begin, i + 1
                elif i > begin:
                    yield begin, i
                begin = i + 1
        if begin < end:
            yield begin, end

    def _make_name(self, start: int, end: int, label: str) -> _Name | None:
        doc = self.doc
        # repair: an adjective-like NORP the country table does not know, followed by
        # capitalized proper nouns, is the start of a name ("Islamic" + "State")
        if label == "NORP" and end - start == 1 and country_for_demonym(doc[start].text) is None:
            j = end
            while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() \
                    and not doc[j].ent_type_ and self.sent_of[j] == self.sent_of[start]:
                j += 1
            if j == end:
                return None
            end, label = j, "ORG"
        while start < end and (doc[start].lower_ in {"the", "a", "an"} or doc[start].is_punct):
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ == "POS"
                               or doc[end - 1].lower_ in {"'s", "’s"}):
            end -= 1
        titles: list[str] = []
        # titles inside the entity ("President Bashar al-Assad" tagged whole)
        while start < end:
            found = self._title_at(start, end)
            if not found:
                break
            titles.append(found[0])
            start = found[1]
        # titles just before it ("Mr. Waters" where only "Waters" is tagged)
        i = start
        while i > 0:
            width = 0
            for size in range(_MAX_TITLE_WORDS, 0, -1):
                if i - size >= 0 and _title_key(self.texts[i - size:i]) in _TITLES \
                        and self.texts[i - size][:1].isupper():
                    width = size
                    break
            if not width:
                break
            titles.insert(0, _title_key(self.texts[i - width:i]))
            i -= width
        if titles and country_for_name(doc[start:end].text) is not None:
            return None  # "Captain America", "Mr. Europe": a title before a country is no person
        if start >= end:
            return None
        span = doc[start:end]
        if not any(c.isalpha() for c in span.text):
            return None
        if label != "" and any(t.pos_ in {"VERB", "AUX", "ADV", "PRON", "SCONJ"}
                               and not _ACRONYM.match(t.text) for t in span):
            return None  # "According" tagged PERSON
        if not span[0].text[:1].isupper() and span[0].lower_ not in _NAME_PARTICLES:
            return None
        if end - start == 1 and country_for_demonym(span.text) and \
                country_for_name(span.text) is None:
            return None  # a demonym ("Australian", "Argentinians") is its country, no name
        if end - start == 1 and not _ACRONYM.match(span.text) and (
                span[0].lower_ in _PURE_QUANTITY_HEADS or span[0].lower_ in _DEAD_WORDS):
            return None  # "Millions", "Much" tagged as a name
        text = " ".join(span.text.split())
        return _Name(start, end, text, label, tuple(titles))

    def _title_at(self, start: int, end: int) -> tuple[str, int] | None:
        for size in range(_MAX_TITLE_WORDS, 0, -1):
            if start + size < end:
                key = _title_key(self.texts[start:start + size])
                if key in _TITLES:
                    return key, start + size
        return None

    def _gazetteer_names(self, taken: set[int]) -> list[_Name]:
        assert self.gazetteer is not None
        doc = self.doc
        lowered = [t.lower_ for t in doc]
        where: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(lowered):
            where[word].append(i)
        found: list[_Name] = []
        patterns = {tuple(w.casefold() for w in re.findall(r"\w+|[^\w\s]", name))
                    for name in self.gazetteer.names()}
        # longest names first, so "New York City" wins over "New York"
        for parts in sorted(patterns - {()}, key=lambda p: (-len(p), p)):
            size = len(parts)
            for i in where.get(parts[0], ()):
                if tuple(lowered[i:i + size]) == parts and \
                        not taken.intersection(range(i, i + size)):
                    found.append(_Name(i, i + size, doc[i:i + size].text, "GAZ"))
                    taken.update(range(i, i + size))
        return found

    def cluster_names(self, names: list[_Name]) -> None:
        """Give every name a cluster: same name, aliases, acronyms, short forms."""
        parent = list(range(len(names)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        # guard: two different full person names never become one entity, whatever rule
        # joins them ("Ann Lee (Bo Chan)" is a list, not an alias)
        fulls: dict[int, set[frozenset[str]]] = {
            i: ({frozenset(w.casefold() for w in _words(n.text))}
                if self._full_person(n) else set()) for i, n in enumerate(names)}

        def union(a: int, b: int) -> None:
            ra, rb = find(a), find(b)
            if ra == rb:
                return
            if any(not (x <= y or y <= x) for x in fulls[ra] for y in fulls[rb]):
                return
            low, high = min(ra, rb), max(ra, rb)
            parent[high] = low
            fulls[low] |= fulls[high]

        keys = [normalize(n.text) for n in names]
        first_by_key: dict[str, int] = {}
        for i, key in enumerate(keys):
            if key in first_by_key:
                union(first_by_key[key], i)
            else:
                first_by_key[key] = i
        for i in range(len(names)):
            for j in self._aliases_of(i, names):
                union(i, j)
        words = [[w.casefold() for w in _words(n.text)] for n in names]
        # standalone acronyms: the initials of a longer name (nearest before, else after);
        # "US" and "UK" are country names, never initials of something else
        by_initials: dict[str, list[int]] = defaultdict(list)
        for j, other in enumerate(names):
            if len(words[j]) >= 2:
                for letters in _initials(other.text):
                    by_initials[letters].append(j)
        for i, name in enumerate(names):
            letters = name.text.replace(".", "")
            if not _ACRONYM.match(name.text) or len(letters) < 2 or country_for_name(name.text):
                continue
            matches = by_initials.get(letters, [])
            before = [j for j in matches if j < i]
            if before:
                union(i, before[-1])
            elif matches:
                union(i, matches[0])
        # "the Euphrates" and "the Euphrates River"
        by_words: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in range(len(names)):
            by_words[tuple(words[i])].append(i)
        for j in range(len(names)):
            if len(words[j]) > 1 and words[j][-1] in _GEO_SUFFIXES:
                for i in by_words.get(tuple(words[j][:-1]), []):
                    union(i, j)
        # person short forms: "Waters", "Mr. Waters", "Assad" join the full name they end
        personish = [self._personish(n) for n in names]
        by_tail: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for j in range(len(names)):
            if personish[j] and len(words[j]) > 1:
                core = [w for w in words[j] if w not in _NAME_PARTICLES]
                for size in (1, 2):
                    if len(core) >= size:
                        by_tail[tuple(core[-size:])].append(j)
        for i, name in enumerate(names):
            if len(words[i]) > 2 or not (personish[i] or (
                    name.label in {"", "ORG", "NORP"} and not self._org_word(name.text)
                    and country_for_name(name.text) is None)):
                continue
            short = tuple(w for w in words[i] if w not in _NAME_PARTICLES)
            candidates = [j for j in by_tail.get(short, []) if len(words[j]) > len(words[i])]
            if not short or not candidates:
                continue
            # with two full names ending so ("Anna Brandt", "Paul Brandt") a bare "Brandt"
            # is ambiguous and joins neither: every "Brandt" is one name, so joining the
            # nearest each time would chain both people into one
            if len({keys[j] for j in candidates}) == 1:
                union(i, candidates[0])
        self._join_short_forms(names, words, keys, by_tail, union)
        groups: dict[int, list[int]] = defaultdict(list)
        for i in range(len(names)):
            groups[find(i)].append(i)
        for members in groups.values():
            self._make_cluster([names[i] for i in sorted(members)])

    def _join_short_forms(self, names: list[_Name], words: list[list[str]], keys: list[str],
                          by_tail: dict[tuple[str, ...], list[int]],
                          union: Callable[[int, int], None]) -> None:
        """Join an organization's tail ("Congress", "Highway Patrol") and a lone first name.

        - a name that is the tail of exactly one longer organization name in the article
          ("U.S. Congress", "Florida Highway Patrol") is that organization;
        - a one-word person name used after exactly one full name that starts with it
          ("Walter" after "Walter Munk") is that person, unless it is also someone's surname.
        With two candidates ("Senate Committee", "House Committee") it joins neither.
        """
        orgish = [not self._personish(n) and country_for_name(n.text) is None and (
            n.label in {"ORG", "GAZ"} or self._org_word(n.text)) for n in names]
        by_first: dict[str, list[int]] = defaultdict(list)
        for j, name in enumerate(names):
            if self._full_person(name):
                by_first[words[j][0]].append(j)
        for i, name in enumerate(names):
            if country_for_name(name.text) is not None or \
                    name.label not in {"ORG", "", "NORP", "GAZ", "PERSON"}:
                continue
            size = len(words[i])
            if not self._personish(name):
                longer = {keys[j]: j for j in range(len(names)) if orgish[j]
                          and len(words[j]) > size and words[j][-size:] == words[i]}
                if len(longer) == 1:
                    union(i, next(iter(longer.values())))
                    continue
            if size == 1 and (name.label in {"PERSON", ""} or name.titles) and \
                    not by_tail.get(tuple(words[i])):
                earlier = {keys[j]: j for j in by_first.get(words[i][0], [])
                           if names[j].start < name.start}
                if len(earlier) == 1:
                    union(i, next(iter(earlier.values())))

    def _full_person(self, name: _Name) -> bool:
        """A person's full name: two or more capitalised name words ("Ann Lee")."""
        core = [w for w in _words(name.text) if w.casefold() not in _NAME_PARTICLES]
        return (name.label == "PERSON" or bool(name.titles)) and not self._org_word(name.text) \
            and len(core) >= 2 and all(w[:1].isupper() for w in core)

    def _personish(self, name: _Name) -> bool:
        if name.titles or name.label == "PERSON":
            return not self._org_word(name.text)
        return False

    @staticmethod
    def _org_word(text: str) -> bool:
        words = _words(text)
        return bool(words) and words[-1].casefold() in _ORG_WORDS

    def _aliases_of(self, i: int, names: list[_Name]) -> Iterable[int]:
        """Names the text declares to be the same: "X (Y)", "X, known as Y", "acronym for X"."""
        doc = self.doc
        name = names[i]
        after = [j for j in range(i + 1, len(names))
                 if self.sent_of[names[j].start] == self.sent_of[name.start]]
        if after:
            j = after[0]
            between = [t.lower_ for t in doc[name.end:names[j].start]]
            known = [t for t in doc[name.end:names[j].start] if t.lower_ in {"known", "called",
                                                                               "dubbed"}]
            # "X, known as Y" only when "known" hangs on X itself (the parse says whether
            # "the withdrawal from X, known as Y" names X or the withdrawal)
            if between in (["("], ["(", "the"], [",", "or"], [",", "or", "the"]) or (
                    known and len(between) <= 6 and between[-1] in {"as", "the", "called",
                                                                    "dubbed"}
                    and name.start <= known[0].head.i < name.end):
                yield j
        # "Y ..., using the Arabic acronym for X" / "Y is the acronym for X"
        start = name.start
        k = start - 1 if start and doc[start - 1].lower_ != "the" else start - 2
        if k >= 1 and doc[k].lower_ in {"for", "of"} and \
                lemma_of(doc[k - 1]).lower() in {"acronym", "abbreviation", "name", "initial",
                                              "initialism"}:
            before = [j for j in range(i) if self.sent_of[names[j].start] == self.sent_of[start]
                      and normalize(names[j].text) != normalize(name.text)
                      and not self._personish(names[j])]
            if before:
                yield before[-1]

    def _make_cluster(self, names: list[_Name]) -> None:
        pos = self.doc[names[0].start].idx
        kind_votes: Counter[str] = Counter()
        country = None
        entry: GazetteerEntry | None = None
        for name in names:
            if self.gazetteer is not None and entry is None:
                entry = self.gazetteer.lookup(name.text)
            if country is None and name.label in {"GPE", "NORP", "ORG", "", "GAZ", "LOC",
                                                  "PERSON"}:
                found = country_for_name(name.text)
                if found is not None and not (name.label == "PERSON" and len(names) > 1
                                              and len(_words(name.text)) == 1
                                              and any(self._personish(n) for n in names
                                                      if len(_words(n.text)) > 1)):
                    country = found
            for vote, weight in self._name_votes(name):
                kind_votes[vote] += weight
        if entry is not None and entry.kind:
            cluster = self.new_cluster(pos)
            cluster.fixed_kind, cluster.fixed_label = entry.kind, entry.name
            cluster.named = True
        elif country is not None:
            key = normalize(country.name)
            if key in us_states() and self.us_context:
                cluster = self.keyed_cluster(f"usstate:{key}", pos)
                cluster.fixed_label, cluster.fixed_kind, cluster.us_state = (
                    country.name, "Location", True)
                cluster.named = True
            else:
                cluster = self.country_cluster(country, pos)
        else:
            cluster = self.new_cluster(pos)
            cluster.named = True
            if entry is not None:
                cluster.fixed_label = entry.name
        cluster.votes.update(kind_votes)
        for name in names:
            cluster.names.append(name.text)
            cluster.surfaces.add(self._surface(name))
            for title in name.titles:
                if _TITLES.get(title):
                    cluster.roles.add(_TITLES[title])
                if title in _FEMALE_TITLES:
                    cluster.gender = cluster.gender or "f"
                elif title in _MALE_TITLES:
                    cluster.gender = cluster.gender or "m"
            for i in range(name.start, name.end):
                self.token_cluster[i] = cluster.ident
                self.token_name[i] = name
            head = self._governor(name)
            self.mentions.append(_Mention(
                self.doc[name.start].idx, self.sent_of[name.start], (cluster.ident,),
                plural=head is not None and head.tag_ in {"NNS", "NNPS"}
                and lemma_of(head).lower() in _MEMBER_NOUNS,
                subject=self._is_subject(head or self.doc[name.end - 1]),
                speaker=self._is_speaker(self.doc[name.end - 1])))

    def _surface(self, name: _Name) -> str:
        """The name as written, with its title and "the" ("Mr. Waters", "the Islamic State")."""
        doc = self.doc
        start = name.start
        while start > 0 and doc[start - 1].lower_ == "the" and start - 1 >= 0:
            start -= 1
            break
        i = name.start
        title_start = i
        for title in reversed(name.titles):
            size = len(title.split())
            if title_start - size >= 0 and _title_key(
                    self.texts[title_start - size:title_start]) == title:
                title_start -= size
        if title_start < name.start:
            start = title_start
        text = doc[start:name.end].text
        return " ".join(text.split())

    def _name_votes(self, name: _Name) -> Iterable[tuple[str, int]]:
        doc = self.doc
        if name.titles:
            yield "Person", 10
        words = _words(name.text)
        last = words[-1].casefold() if words else ""
        if last in _ARMED_WORDS:
            yield "ArmedGroup", 10
        elif last in _ORG_WORDS:
            yield "Organization", 10
        if name.label == "PERSON":
            yield "Person", 2 if len(words) > 1 else 1
        elif name.label in {"ORG", "NORP"}:
            yield "Organization", 2
        elif name.label in {"GPE", "LOC", "FAC"}:
            yield "Location", 2
        elif _ACRONYM.match(name.text):
            yield "Organization", 1
        root = doc[name.end - 1]
        if root.dep_ == "pobj" and root.head.lower_ in {"in", "near", "at", "across", "around",
                                                        "outside", "inside", "into"}:
            yield "Location", 3
        if root.dep_ == "pobj" and root.head.lower_ == "of" and \
                root.head.head.lower_ in _DIRECTIONS:
            yield "Location", 3
        head = self._governor(name)
        if head is not None and lemma_of(head).lower() in _ARMED_MEMBER_NOUNS:
            yield "ArmedGroup", 4
        elif head is not None and lemma_of(head).lower() in _MEMBER_NOUNS:
            yield "Organization", 2

    def _governor(self, name: _Name) -> Token | None:
        """The common noun a name modifies ("Islamic State" -> "militants"), if any."""
        root = self.doc[name.end - 1]
        if root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" and \
                root.head.i >= name.end:
            return root.head
        # "members of the X"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
                and lemma_of(root.head.head).lower() in _MEMBER_NOUNS:
            return root.head.head
        return None

    @staticmethod
    def _is_subject(token: Token) -> bool:
        return token.dep_ in {"nsubj", "nsubjpass", "csubj"} or (
            token.dep_ == "conj" and token.head.dep_ in {"nsubj", "nsubjpass"})

    @staticmethod
    def _is_speaker(token: Token) -> bool:
        if token.dep_ == "pobj" and token.head.lower_ == "to" and \
                token.head.head.lower_ == "according":
            return True
        return token.dep_ == "nsubj" and lemma_of(token.head).lower() in _SPEECH_LEMMAS

    def coordinations(self) -> None:
        """Coordinated names ("Russia and Iran") are also one plural mention of the pair."""
        seen: set[int] = set()
        for i, cluster_id in sorted(self.token_cluster.items()):
            token = self.doc[i]
            name = self.token_name[i]
            if i != name.end - 1 or i in seen:
                continue
            members = [cluster_id]
            for conj in token.conjuncts:
                if conj.i > i and conj.i in self.token_cluster:
                    other = self.token_cluster[conj.i]
                    if other not in members:
                        members.append(other)
                    seen.add(conj.i)
            if len(members) > 1:
                self.mentions.append(_Mention(
                    self.doc[name.start].idx, self.sent_of[i], tuple(members), plural=True,
                    subject=self._is_subject(token), speaker=False))

    # -------------------------------------------------------------- phase B: arguments

    def resolve(self, arg: Argument | None, role: str, lemma: str = "") -> tuple[int, ...]:
        if arg is None:
            return ()
        cache_key = (arg.start, arg.end, role)
        if cache_key not in self.cache:
            found = self._resolve(arg, role, lemma)
            self.cache[cache_key] = found
        return self.cache[cache_key]

    def _span(self, arg: Argument) -> Span | None:
        return self.doc.char_span(arg.start, arg.end, alignment_mode="expand")

    def _resolve(self, arg: Argument, role: str, lemma: str) -> tuple[int, ...]:
        span = self._span(arg)
        if span is None or not len(span) or self.boilerplate(arg.start, arg.end):
            return ()
        root = self.doc[arg.root] if span.start <= arg.root < span.end else span.root
        nominal = self._nominal_head(root, span)
        if nominal is None:
            return ()  # a clause or an adjective is no entity
        head = nominal
        text = " ".join(arg.text.split())
        agent = role in {"subject", "attribution"}
        # pronouns
        if head.lower_ in _PRONOUNS and (len(span) == 1 or head.pos_ == "PRON"):
            return self._pronoun(arg, head, role, lemma)
        if head.lower_ in _FIRST_PERSON and not _ACRONYM.match(head.text) and (
                len(span) == 1 or head.pos_ == "PRON"):  # "US" is no "us"
            return self._first_person(head)
        if (text.casefold() in _DEAD_WORDS and not text.isupper()) or \
                (head.lower_ in _DEAD_WORDS and head.pos_ in {"PRON", "DET"}):
            return ()
        found = self._resolve_nominal(arg, span, head, text, role, agent)
        if role == "attribution" and found and not any(
                self.clusters[c].kind() in ACTOR_KINDS for c in found):
            # "according to a count by X": the source is the actor inside the phrase
            names = [self.token_cluster[t.i] for t in span if t.i in self.token_cluster
                     and self.clusters[self.token_cluster[t.i]].kind() in ACTOR_KINDS]
            return (names[0],) if names else ()
        return found

    def _nominal_head(self, head: Token, span: Span) -> Token | None:
        """The noun an argument is about: through verbs to their subject, through quantities."""
        if head.pos_ in {"VERB", "AUX"}:
            # "helped [Assad recapture ...]": a bare verb's subject is what the phrase is about;
            # a finite clause ("said [they had died]") is a proposition, not an entity
            nominals = [t for t in head.children if span.start <= t.i < span.end
                        and t.dep_ in {"nsubj", "nsubjpass"}]
            finite = head.tag_ not in {"VB"} or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in head.children)
            if not nominals or finite:
                return None
            head = nominals[0]
        # a titled name compounding a noun is a mis-parse ("President X Y recapture ...")
        if head.pos_ == "NOUN" and head.i not in self.token_cluster:
            for child in head.children:
                name = self.token_name.get(child.i)
                if child.dep_ == "compound" and name is not None and name.titles \
                        and lemma_of(head).lower() not in _GOVERNMENT_NOUNS | _MEMBER_NOUNS:
                    head = self.doc[name.end - 1]
                    break
        # "much of the territory", "groups of fighters", "hundreds of troops"
        for _ in range(3):
            if head.lower_ not in _QUANTITY_HEADS and \
                    lemma_of(head).lower() not in _QUANTITY_HEADS and not head.like_num:
                break
            objects = [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for t in prep.children if t.dep_ == "pobj" and span.start <= t.i < span.end]
            if not objects:
                if head.lower_ in _PURE_QUANTITY_HEADS and not any(
                        c.dep_ == "compound" for c in head.children):
                    return None  # "40 percent", "the majority": an amount, no entity
                break
            head = objects[0]
        if head.pos_ in {"ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "INTJ", "SYM", "X"} \
                and head.i not in self.token_cluster and country_for_demonym(head.text) is None:
            return None
        if head.ent_type_ in _OTHER_ENT_LABELS or head.lower_ in {"time", "am", "pm"} and any(
                t.ent_type_ in _OTHER_ENT_LABELS for t in head.lefts):
            return None  # "on Monday", "ten miles", "9 pm local time": qualifiers, not entities
        return head

    def _resolve_nominal(self, arg: Argument, span: Span, head: Token, text: str, role: str,
                         agent: bool) -> tuple[int, ...]:
        # a bare demonym or a country name used as an adjective ("Russian", "Iran"-backed)
        country = country_for_demonym(text) if len(span) <= 2 else None
        if country is not None and len(_words(text)) == 1:
            return (self.country_cluster(country, arg.start).ident,)
        # names: the head word is (part of) a name
        if head.i in self.token_cluster:
            return (self._metonymy(self.token_cluster[head.i], role, arg.start),)
        modifiers = self._modifiers(head, span)
        head_lemma = lemma_of(head).lower()
        # "Syrian government", "the regime in Damascus", "Syria's government"
        if head_lemma in _GOVERNMENT_NOUNS or (head_lemma in _STATE_NOUNS and any(
                lemma_of(m).lower() in _GOVERNMENT_NOUNS for m in head.children
                if m.dep_ == "compound")):
            countries = [c for _, c in modifiers if c is not None]
            if countries:
                cluster = self.government_cluster(countries[0], arg.start)
                if head_lemma in _GOVERNMENT_NOUNS:
                    self._add_surface(cluster, span, head)
                return (cluster.ident,)
        # "<organization> fighters", "members of <organization>"
        if head_lemma in _MEMBER_NOUNS or head_lemma in _STATE_NOUNS:
            orgs = [cid for cid, c in modifiers if c is None and cid >= 0
                    and self.clusters[cid].kind() not in {"Person", "Location", "Country"}]
            if orgs and head_lemma in _MEMBER_NOUNS | {"force", "soldier", "troop"}:
                cluster = self.clusters[orgs[0]]
                if head_lemma in _ARMED_MEMBER_NOUNS:
                    cluster.votes["ArmedGroup"] += 2
                return (cluster.ident,)
        # "<demonym> troops/planes/officials" acting stand for the state
        if head_lemma in _STATE_NOUNS and agent:
            states = [c for _, c in modifiers if c is not None]
            if states:
                return tuple(dict.fromkeys(
                    self.country_cluster(c, arg.start).ident for c in states))
        # a country name the NER missed
        country = country_for_name(text)
        if country is not None:
            return (self.country_cluster(country, arg.start).ident,)
        # definite descriptions
        determiner = [t for t in span if t.i < head.i and t.dep_ == "det"]
        # a definite phrase with its own modifier after the head ("the territory in Iraq",
        # "the ruins of the city") introduces something new rather than pointing back
        restricted = any(c.dep_ in {"prep", "relcl", "acl"} for c in head.rights) or any(
            c.tag_ in {"JJS", "JJR", "RBS"} or c.lower_ in _NEW_REFERENT_WORDS or
            c.ent_type_ == "ORDINAL" for c in head.lefts)
        if determiner and determiner[0].lower_ in {"the", "this", "these", "that", "those"} \
                and not restricted:
            found = self._description(arg, span, head, role)
            if found:
                return found
            if _DESCRIPTION_KINDS.get(lemma_of(head).lower()) == ("Person",) and \
                    head.tag_ == "NN":
                return ()  # "the president" with no president before: like a lone "he"
        return self._common(arg, span, head)

    def _metonymy(self, cluster_id: int, role: str, pos: int) -> int:
        """A capital as the agent stands for its country ("Moscow said")."""
        cluster = self.clusters[cluster_id]
        if role in {"subject", "attribution"} and cluster.kind() == "Location":
            country = country_for_capital(cluster.label())
            if country is not None:
                target = self.country_cluster(country, pos)
                target.surfaces.update(cluster.surfaces)
                return target.ident
        return cluster_id

    def _modifiers(self, head: Token, span: Span) -> list[tuple[int, Country | None]]:
        """Names and demonyms modifying a noun: (cluster id or -1, country or None)."""
        found: list[tuple[int, Country | None]] = []
        tokens = [t for t in head.children if t.dep_ in {"compound", "amod", "nmod", "poss",
                                                         "npadvmod"}]
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ in {"of", "in", "from"}:
                tokens.extend(t for t in prep.children if t.dep_ == "pobj")
        expanded: list[Token] = []
        for token in tokens:
            expanded.append(token)
            expanded.extend(token.conjuncts)
            # "US-backed": the name hangs below the participle
            if token.lower_ in {"backed", "led", "supported", "allied", "funded", "based"}:
                continue
            expanded.extend(t for t in token.children if t.dep_ in {"compound", "npadvmod"})
        for token in sorted(set(expanded), key=lambda t: t.i):
            if token.dep_ == "npadvmod" or token.head.lower_ in {"backed", "led", "supported",
                                                                  "funded", "allied"}:
                continue  # "Iran-backed factions" are not Iran
            if token.i in self.token_cluster:
                cid = self.token_cluster[token.i]
                cluster = self.clusters[cid]
                if cluster.kind() == "Location" and not cluster.us_state:
                    # "the regime in Damascus": a capital names its state
                    found.append((cid, country_for_capital(cluster.label())))
                else:
                    found.append((cid, cluster.country if cluster.kind() == "Country" else None))
                continue
            country = country_for_demonym(token.text)
            if country is None and token.pos_ == "PROPN":
                country = country_for_name(token.text)
            if country is None and token.pos_ == "PROPN":
                country = country_for_capital(token.text)
            if country is not None:
                found.append((-1, country))
        return found

    def _add_surface(self, cluster: _Cluster, span: Span, head: Token) -> None:
        """Keep how the text named it: the phrase up to its head ("the extremist group")."""
        text = self._naming(span, head)
        if text:
            cluster.surfaces.add(text)

    def _naming(self, span: Span, head: Token) -> str:
        """The phrase as a way of naming its referent, or "" when it is no name.

        An alt label names the entity: the words up to the head noun ("the extremist
        group", not "... from across our city"), without a count ("at least 286 attacks",
        "all five deaths" say how many, not what), and short.
        """
        start = next((t for t in span if t.i <= head.i and (
            t.i == head.i or head.is_ancestor(t))), head)
        words = self.doc[start.i:head.i + 1]
        if any(t.like_num or t.dep_ in {"nummod", "quantmod"} or t.ent_type_ in _OTHER_ENT_LABELS
               or t.lower_ in _COUNT_WORDS for t in words):
            return ""
        text = " ".join(self.text[start.idx:head.idx + len(head.text)].split())
        return text if len(text.split()) <= _MAX_ALT_WORDS else ""

    def _pronoun(self, arg: Argument, head: Token, role: str, lemma: str) -> tuple[int, ...]:
        gender, number = _PRONOUNS[head.lower_]
        speech = role == "attribution" or (role == "subject" and lemma.split(" ")[0]
                                           in _SPEECH_LEMMAS)
        sent = self.sent_of[head.i]
        best: tuple[float, tuple[int, ...]] | None = None
        for mention in self.before(arg.start):
            if sent - mention.sent > 2:
                break
            if not self._pronoun_fits(mention, gender, number):
                continue
            score = -3.0 * (sent - mention.sent) + mention.pos / 1e6
            score += 1.5 if mention.subject else 0.0
            if speech and mention.speaker:
                score += 4.0
            if best is None or score > best[0]:
                best = (score, mention.clusters)
        if best is None:
            return ()
        self.add_mention(_Mention(arg.start, sent, best[1], number == "pl",
                                      role == "subject", speech))
        return best[1]

    def _first_person(self, head: Token) -> tuple[int, ...]:
        """"I", "we" inside a quotation are its speaker; outside one they name nobody.

        The speaker is the statement's attribution when the extractor found one, else the
        subject of a speech verb (say, tell, add, ...) outside the quotation in the same
        sentence, the next one, or a previous one that ends in a colon ("She said: ...").
        """
        if not self._in_quote(head) or self.seeking_speaker:
            return ()  # (a speaker that is itself "I" or "we" is no speaker)
        self.seeking_speaker = True
        try:
            return self._speaker(head)
        finally:
            self.seeking_speaker = False

    def _speaker(self, head: Token) -> tuple[int, ...]:
        if self.attribution is not None:
            found = self.resolve(self.attribution, "attribution", "say")
            if found and all(self.clusters[c].kind() in ACTOR_KINDS for c in found):
                return found
        number = self.sent_of[head.i]
        nearby = [number, number + 1]
        if number and self.sents[number - 1].text.rstrip().endswith(":"):
            nearby.append(number - 1)
        for n in nearby:
            if n >= len(self.sents):
                continue
            for token in self.sents[n]:
                if token.dep_ != "nsubj" or lemma_of(token.head).lower() not in _SPEECH_LEMMAS \
                        or token.lower_ in _FIRST_PERSON or self._in_quote(token):
                    continue
                # "the Minority Leader, Ann Lee, said": the named person in apposition
                named = [self.token_cluster[c.i] for c in token.children
                         if c.dep_ == "appos" and c.i in self.token_cluster
                         and self.clusters[self.token_cluster[c.i]].kind() == "Person"]
                if named:
                    return (named[0],)
                left, right = token.left_edge, token.right_edge
                speaker = Argument(self.text[left.idx:right.idx + len(right.text)], left.idx,
                                   right.idx + len(right.text), token.i)
                found = self.resolve(speaker, "attribution", "say")
                if found and all(self.clusters[c].kind() in ACTOR_KINDS for c in found):
                    return found
        return ()

    def _in_quote(self, token: Token) -> bool:
        """Is the word inside quotation marks (counted from the start of its paragraph)?"""
        start = self.text.rfind("\n", 0, token.idx) + 1
        before = self.text[start:token.idx]
        curly = before.count("\u201c") - before.count("\u201d")
        return curly > 0 or before.count('"') % 2 == 1

    def _pronoun_fits(self, mention: _Mention, gender: str, number: str) -> bool:
        # (a cluster's kind is counted from its votes: asked only when it decides)
        if number == "pl":
            if len(mention.clusters) > 1:
                return True
            return mention.plural or self.clusters[mention.clusters[0]].kind() in {"Group"}
        if len(mention.clusters) > 1:
            return False
        cluster = self.clusters[mention.clusters[0]]
        if gender in {"m", "f"}:
            return cluster.kind() == "Person" and cluster.gender in {"", gender}
        return cluster.kind() in {"Organization", "ArmedGroup", "Government", "Country"} \
            and not mention.plural

    def _description(self, arg: Argument, span: Span, head: Token,
                     role: str) -> tuple[int, ...]:
        head_lemma = lemma_of(head).lower()
        plural = head.tag_ in {"NNS", "NNPS"}
        count = 0
        for child in head.children:
            if child.dep_ == "nummod":
                count = _NUMBER_WORDS.get(child.lower_, 0)
        sent = self.sent_of[head.i]
        kinds = _DESCRIPTION_KINDS.get(head_lemma)
        if kinds is None:
            # a thing named again: "the airstrikes" after "airstrikes"
            label = self._common_label(span, head)
            for kind in ("Event", "Thing", "Group"):
                key = entity_key(kind, label)
                if key in self.by_key:
                    return (self.by_key[key],)
            return ()
        armed = any(c.lower_ in _ARMED_ADJECTIVES for c in head.children if c.dep_ == "amod")
        window = 6 if "Person" not in kinds else 4
        best: tuple[float, tuple[int, ...]] | None = None
        for mention in self.before(arg.start):
            if sent - mention.sent > window:
                break
            if count >= 2:
                if len(mention.clusters) != count:
                    continue
            elif plural and len(mention.clusters) > 1 and "Country" not in kinds:
                continue
            elif plural and len(mention.clusters) == 1 and not mention.plural and not (
                    {"ArmedGroup", "Group"} & set(kinds)):
                continue  # "the territories" is not the one city named before
            elif not plural and len(mention.clusters) > 1:
                continue
            fits = all(self._description_fits(self.clusters[c], kinds, head_lemma, plural)
                       for c in mention.clusters)
            if not fits:
                continue
            score = -1.0 * (sent - mention.sent) + mention.pos / 1e6
            score += 0.5 if mention.subject else 0.0
            if armed and any(self.clusters[c].votes["ArmedGroup"] for c in mention.clusters):
                score += 2.0
            if best is None or score > best[0]:
                best = (score, mention.clusters)
        if best is None:
            return ()
        self.add_mention(_Mention(arg.start, sent, best[1], plural, role == "subject", False))
        if len(best[1]) == 1:
            cluster = self.clusters[best[1][0]]
            if cluster.kind() in kinds or (cluster.kind() == "Organization"
                                           and "ArmedGroup" in kinds):
                self._add_surface(cluster, span, head)  # "the government" is no name of a country
            if armed:
                cluster.votes["ArmedGroup"] += 3
            if head_lemma in _GENDERED_NOUNS and not cluster.gender:
                cluster.gender = _GENDERED_NOUNS[head_lemma]
        return best[1]

    def _description_fits(self, cluster: _Cluster, kinds: tuple[str, ...], head_lemma: str,
                          plural: bool) -> bool:
        kind = cluster.kind()
        if kind == "Organization" and "ArmedGroup" in kinds:
            return True
        if kind == "Country" and "Government" in kinds:
            return True
        if kind == "Location" and "Location" in kinds:
            return not cluster.us_state or head_lemma == "state"
        if kind == "Group" and "Group" in kinds:
            # "the militants" after "gunmen": any unnamed armed group of people fits
            return True
        if "Person" in kinds and kind == "Person":
            role_words = {r.split()[-1] for r in cluster.roles}
            generic = {"man", "woman", "official", "expert", "analyst", "researcher",
                       "leader", "head", "chief"}
            return head_lemma in role_words or head_lemma in generic
        return kind in kinds

    def _common_label(self, span: Span, head: Token) -> str:
        """The head noun with its modifiers before it ("oil convoys"), not what follows."""
        dropped: set[int] = set()
        for child in head.lefts:
            if child.dep_ in {"poss", "det", "predet", "nummod", "quantmod"}:
                dropped.update(t.i for t in child.subtree)
        tokens = [t for t in span if t.i <= head.i and t.i not in dropped
                  and (t.i == head.i or head.is_ancestor(t))
                  and (not t.is_punct or t.text in {"-", "&"})]
        while tokens and (tokens[0].lower_ in _LEADING_DROP or tokens[0].like_num
                          or tokens[0].pos_ in {"DET", "PRON"} or tokens[0].tag_ == "PRP$"):
            tokens = tokens[1:]
        while tokens and tokens[-1].pos_ in {"ADP", "CCONJ", "DET", "PART"}:
            tokens = tokens[:-1]
        if not tokens:
            return ""
        text = self.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]
        if tokens[0].is_sent_start and tokens[0].pos_ != "PROPN" and not tokens[0].is_upper:
            text = text[:1].lower() + text[1:]  # "Mourners carrying ..." -> "mourners"
        return " ".join(text.split())

    def _common(self, arg: Argument, span: Span, head: Token) -> tuple[int, ...]:
        """A phrase that is no name and refers to nothing before: a Group or a Thing."""
        label = self._common_label(span, head)
        if not label or not any(c.isalpha() for c in label) or normalize(label) in _DEAD_WORDS:
            return ()
        head_lemma = lemma_of(head).lower()
        if normalize(label) in _GOVERNMENT_NOUNS:
            return ()  # a bare "government" with nothing to tie it to is no node
        owner = self._owner(head)
        if owner is not None:
            label = f"{label} of {owner}"  # "his allies" -> "allies of <him>"
        demonym = country_for_demonym(label) if len(_words(label)) == 1 else None
        if demonym is not None:
            # "the Australian", "Argentinians": a demonym stands for its country, never
            # an organization of its own
            cluster = self.country_cluster(demonym, arg.start)
            self.add_mention(_Mention(arg.start, self.sent_of[head.i], (cluster.ident,),
                                      False, False, False))
            return (cluster.ident,)
        if head.pos_ == "PROPN" and head.i not in self.token_cluster:
            kind = "Organization" if self._org_word(label) else "Thing"
        elif head_lemma in _PEOPLE_NOUNS and head.tag_ in {"NNS", "NNPS"} or \
                head_lemma in {"people", "police", "staff", "military", "army", "militia",
                               "government", "regime", "administration", "opposition"}:
            kind = "Group" if head_lemma not in _GOVERNMENT_NOUNS else "Government"
        elif head_lemma in _EVENT_NOUNS:
            kind = "Event"
        else:
            kind = "Thing"
        cluster = self.common_cluster(kind, label, arg.start)
        text = self._naming(span, head)
        if text and text != label:
            cluster.surfaces.add(text)
        self.add_mention(_Mention(arg.start, self.sent_of[head.i], (cluster.ident,),
                                      head.tag_ in {"NNS", "NNPS"}, False, False))
        return (cluster.ident,)

    def _owner(self, head: Token) -> str | None:
        """The label of a named actor that possesses the phrase ("its", "Assad's"), if any."""
        for child in head.children:
            if child.dep_ != "poss":
                continue
            if child.i in self.token_cluster:
                found: tuple[int, ...] = (self.token_cluster[child.i],)
            elif child.lower_ in _PRONOUNS:
                probe = Argument(child.text, child.idx, child.idx + len(child.text), child.i)
                found = self._pronoun(probe, child, "possessor", "")
            else:
                return None
            if len(found) == 1 and self.clusters[found[0]].named:
                return _strip_the(self.clusters[found[0]].label())
        return None

    # -------------------------------------------------------------- output

    def entity(self, cluster: _Cluster) -> Entity | None:
        label = _strip_the(cluster.label())
        if not label:
            return None
        kind = cluster.kind()
        if kind == "Thing" and cluster.named:
            kind = "Organization"
        key = entity_key(kind, label + (" us state" if cluster.us_state else ""),
                         article="" if cluster.us_state else self.article.id)
        alts = {_clean(s) for s in cluster.surfaces} | {_clean(n) for n in cluster.names}
        alts = {a for a in alts if a and a != label and not _CREDIT_LINE.search(a)
                and len(a.split()) <= _MAX_ALT_WORDS}
        return Entity(key=key, label=label, kind=kind, alt_labels=tuple(sorted(alts)),
                      is_actor=kind in ACTOR_KINDS, roles=tuple(sorted(cluster.roles)))


@lru_cache(maxsize=1 << 16)  # the same surfaces are cleaned for every entity made
def _clean(text: str) -> str:
    text = " ".join(text.replace("’s", "").split())
    text = re.sub(r"'s$", "", text).strip(" ,.;:\"“”")
    return re.sub(r"^The\s", "the ", text)


@lru_cache(maxsize=1 << 16)
def _strip_the(text: str) -> str:
    text = _clean(text)
    return re.sub(r"^(?:the|The)\s+", "", text)


def resolve(article: Article, doc: Doc, extractions: Sequence[Extraction], *,
            gazetteer: Gazetteer | None = None) -> ResolvedArticle:
    """Resolve the statements of one article to entities and ontology properties.

    `doc` is the parse of `article.text` (same offsets). Statements whose subject or
    object does not resolve (an unresolvable pronoun, a relative pronoun, boilerplate)
    produce no relation; their Extraction is still kept in the result.
    """
    reader = _Reader(article, doc, gazetteer)
    reader.cluster_names(reader.find_names())
    reader.coordinations()
    reader.mentions.sort(key=_mention_order)
    # read arguments in text order so a resolved description can serve later pronouns
    usable = list(extractions)  # every statement is resolved and described; the gate decides
    jobs: list[tuple[int, int, Argument, str, str]] = []
    for number, extraction in enumerate(usable):
        for role, arg in (("subject", extraction.subject), ("object", extraction.object),
                          ("attribution", extraction.attribution), ("place", extraction.place)):
            if arg is not None:
                jobs.append((arg.start, number, arg, role, extraction.lemma))
    for _, number, arg, role, lemma in sorted(jobs, key=lambda j: (j[0], j[1], j[3])):
        reader.attribution = usable[number].attribution
        reader.resolve(arg, role, lemma)

    entities: dict[int, Entity] = {}

    def key_of(cluster_id: int) -> str:
        if cluster_id not in entities:
            made = reader.entity(reader.clusters[cluster_id])
            if made is None:
                return ""
            entities[cluster_id] = made
        return entities[cluster_id].key

    relations: set[Relation] = set()
    for extraction in usable:
        reader.attribution = extraction.attribution
        subjects = reader.resolve(extraction.subject, "subject", extraction.lemma)
        objects = reader.resolve(extraction.object, "object", extraction.lemma)
        if not subjects or not objects:
            continue
        if extraction.lemma == "be" and not _named_pair(reader, subjects, objects):
            continue  # a copula says what something is: a role at most, never an edge
        prop = _property_for(extraction.lemma)
        attributed = reader.resolve(extraction.attribution, "attribution", "say")
        places = [c for c in reader.resolve(extraction.place, "place")
                  if reader.clusters[c].kind() in {"Location", "Country"}]
        for subject in subjects:
            for obj in objects:
                s_key, o_key = key_of(subject), key_of(obj)
                if not s_key or not o_key or s_key == o_key:
                    continue
                relations.add(Relation(
                    subject=s_key, property=prop.name, property_label=prop.label,
                    object=o_key, extraction=extraction,
                    attributed_to=key_of(attributed[0]) if attributed else "",
                    place=key_of(places[0]) if places else ""))
    # a named actor is a node even without a statement, unless it is one stray word
    # (a lone mislabelled "Roman" in "Roman temples" is no actor)
    mentioned = Counter(c for m in reader.mentions for c in m.clusters)
    for cluster in reader.clusters:
        if cluster.named and cluster.kind() in ACTOR_KINDS and (
                mentioned[cluster.ident] > 1 or len(_words(cluster.label())) > 1):
            key_of(cluster.ident)
    # roles learnt from "be" statements arrive after some entities were made: remake them
    # (a key never depends on roles)
    entities = {cid: reader.entity(reader.clusters[cid]) or made
                for cid, made in entities.items()}
    by_key: dict[str, Entity] = {}
    for made in entities.values():
        by_key[made.key] = _combine([by_key[made.key], made]) if made.key in by_key else made
    return ResolvedArticle(article=article, entities=tuple(sorted(by_key.values())),
                           relations=tuple(sorted(relations)),
                           extractions=tuple(extractions))


# a few hundred predicates, each looked up once per statement
_property_for = lru_cache(maxsize=1 << 12)(property_for)


def _named_pair(reader: _Reader, subjects: Sequence[int], objects: Sequence[int]) -> bool:
    """Is a "be" statement one between two named entities ("Khalifa is the NCM")?

    Otherwise it describes: "Ann Lee is a regional governor", "his wife is Mary Lee". The
    unnamed side's label becomes a role of the named actor (the actor it describes), and
    the statement makes no relation: "regional governor" is what she is, not a node
    she is linked to, and a role noun shared by many people must not join them.
    """
    clusters = reader.clusters
    named_s = [clusters[c] for c in subjects if clusters[c].named]
    named_o = [clusters[c] for c in objects if clusters[c].named]
    if len(named_s) == len(subjects) and len(named_o) == len(objects):
        return True
    for actors, described in ((subjects, objects), (objects, subjects)):
        if len(described) != 1 or clusters[described[0]].named:
            continue
        role = _strip_the(clusters[described[0]].label())
        if not role or len(_words(role)) > _MAX_ROLE_WORDS or not role[:1].islower():
            continue
        for cid in actors:
            if clusters[cid].named and clusters[cid].kind() in ACTOR_KINDS:
                clusters[cid].roles.add(role)
    return False


# ------------------------------------------------------------------ across articles


def _combine(entities: Sequence[Entity], *, key: str = "") -> Entity:
    """One entity from several versions of it: majority label and kind, all names."""
    versions = _Versions()
    for entity in entities:
        versions.add(entity)
    return versions.entity(key or entities[0].key)


class _Versions:
    """What `_combine` needs of an entity's versions, kept as counts and sets.

    A corpus repeats the same actor in thousands of articles; these stay as small as
    the distinct names, whatever the number of articles.
    """

    __slots__ = ("count", "labels", "kinds", "names", "roles")

    def __init__(self) -> None:
        self.count = 0
        self.labels: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.names: set[str] = set()
        self.roles: set[str] = set()

    def add(self, entity: Entity) -> None:
        self.count += 1
        self.labels[entity.label] += 1
        self.kinds[entity.kind] += 1
        self.names.add(entity.label)
        self.names.update(entity.alt_labels)
        self.roles.update(entity.roles)

    def entity(self, key: str) -> Entity:
        labels, kinds = self.labels, self.kinds
        label = min(labels, key=lambda name: (-labels[name], name))
        kind = min(kinds, key=lambda k: (-kinds[k], _KIND_ORDER.index(k)
                                         if k in _KIND_ORDER else len(_KIND_ORDER)))
        return Entity(key=key, label=label, kind=kind,
                      alt_labels=tuple(sorted(self.names - {label})),
                      is_actor=kind in ACTOR_KINDS, roles=tuple(sorted(self.roles)))


def _name_like(text: str) -> bool:
    return bool(text) and text[:1].isupper() and not text.startswith(("The ", "the "))


def merge_articles(resolved: Sequence[ResolvedArticle]) -> list[ResolvedArticle]:
    """Make the same actor one entity across articles, keeping keys stable.

    Entities with the same key are one (their label becomes the most common spelling,
    ties broken alphabetically; alt labels are pooled). Beyond that, an entity whose
    label is only a short form joins a fuller entity from another article when that is
    the only candidate:

    - a one-word person label ("Assad") joins the one person whose full name ends with
      it or who was called so, unless their titles disagree ("Judge X" vs "President
      A X"); with two such people ("Gregory Waters", "Maxine Waters") it stays apart;
    - an acronym ("SDF") joins the one entity another article gave it as an alias;
    - a label of two or more words never joins anything: two full names never merge;
    - an actor the model took for a place in some article ("place/x" and "actor/x")
      becomes one, under the key most articles chose.

    So a full name's key is the same alone or together; only a bare short form's key
    can change when an article that names it in full is built with it. Countries,
    places (a US state and the country "Georgia") and things never change key, and
    generic things ("deaths", "the vehicle") never merge: their keys hold the article id
    (see `entity_key`), so each article's "deaths" stays its own node.
    """
    index = EntityIndex()
    for article in resolved:
        index.add(article.entities)
    merge = index.merge()
    return [merge.apply(article) for article in resolved]


def _article_local(key: str) -> bool:
    """A generic non-actor's key ("thing/<article-id>/deaths", "place/<article-id>/the-town")
    holds its article's id, a slash a name's slug never has: it meets no other article."""
    return key.count("/") > 1


class EntityIndex:
    """The entities of a whole corpus, gathered one article at a time (see merge_articles).

    A build adds every article's entities in a first pass and applies the merge to
    each article in a second, so it never holds all articles at once. Generic
    non-actors (`thing/<article-id>/...`, `place/<article-id>/...`) are left out:
    they never join anything, so the index grows with the distinct names of the
    corpus, not with its number of articles.
    """

    def __init__(self) -> None:
        self._versions: dict[str, Entity | _Versions] = {}

    def __len__(self) -> int:
        return len(self._versions)

    def add(self, entities: Iterable[Entity]) -> None:
        for entity in entities:
            if _article_local(entity.key):
                continue
            seen = self._versions.get(entity.key)
            if seen is None:  # most names occur once: keep the entity itself until then
                self._versions[entity.key] = entity
                continue
            if isinstance(seen, Entity):
                first, seen = seen, _Versions()
                seen.add(first)
                self._versions[entity.key] = seen
            seen.add(entity)

    def merge(self) -> EntityMerge:
        """Decide which keys join which (the rules of merge_articles)."""
        counts: dict[str, int] = {}
        merged: dict[str, Entity] = {}
        for key, seen in self._versions.items():
            if isinstance(seen, Entity):
                versions = _Versions()
                versions.add(seen)
            else:
                versions = seen
            counts[key] = versions.count
            merged[key] = versions.entity(key)
        rename: dict[str, str] = {}
        # an actor the model took for a place in some article ("actor/x" and "place/x")
        by_slug: dict[str, list[str]] = defaultdict(list)
        for key in merged:
            prefix, _, rest = key.partition("/")
            if prefix in {"actor", "place"} and not rest.endswith("-us-state"):
                by_slug[rest].append(key)
        for keys in by_slug.values():
            if len(keys) > 1:
                winner = min(keys, key=lambda k: (-counts[k], k))
                rename.update({k: winner for k in keys if k != winner})
        # short forms joining the one fuller entity they name
        by_surname: dict[str, set[str]] = defaultdict(set)
        by_alias: dict[str, set[str]] = defaultdict(set)
        for key, made in merged.items():
            if not key.startswith("actor/") or key in rename:
                continue
            words = _words(normalize(made.label))
            if made.kind == "Person" and len(words) > 1:
                by_surname[words[-1]].add(key)
            for alt in made.alt_labels:
                if _name_like(alt) and len(_words(alt)) < len(words):
                    by_alias[normalize(alt)].add(key)
        for key, made in sorted(merged.items()):
            # only a one-word label (a surname, an acronym) ever joins another entity:
            # a full name keeps its key in every build
            if not key.startswith("actor/") or key in rename or len(_words(made.label)) != 1:
                continue
            short = normalize(made.label)
            candidates: set[str] = set()
            if _ACRONYM.match(made.label):
                candidates |= by_alias.get(short, set())
            elif made.kind == "Person":
                candidates |= {k for k in by_surname.get(short, set()) | by_alias.get(short, set())
                               if merged[k].kind == "Person"}
            candidates.discard(key)
            if len(candidates) == 1:
                target = merged[next(iter(candidates))]
                # "Judge Jackson" is not "President Andrew Jackson"
                if made.roles and target.roles and not set(made.roles) & set(target.roles):
                    continue
                rename[key] = target.key
        final = {key: _follow(rename, key) for key in rename}
        pooled: dict[str, list[Entity]] = defaultdict(list)
        for key, made in merged.items():
            pooled[final.get(key, key)].append(made)
        unified = {key: _combine(sorted(versions, key=lambda e: e.key != key), key=key)
                   for key, versions in pooled.items()}
        for key, made in unified.items():
            if key in merged:  # the label of the entity that keeps its key wins
                keeper = merged[key]
                alts = set(made.alt_labels) | {made.label}
                unified[key] = replace(made, label=keeper.label, kind=keeper.kind,
                                       is_actor=keeper.is_actor,
                                       alt_labels=tuple(sorted(alts - {keeper.label})))
        return EntityMerge(final, unified)


def _follow(rename: dict[str, str], key: str) -> str:
    seen = set()
    while key in rename and key not in seen:
        seen.add(key)
        key = rename[key]
    return key


@dataclass(frozen=True)
class EntityMerge:
    """Which key each entity ends under, and the merged entity of every key."""

    rename: dict[str, str]  # key -> the key it joins (absent: it keeps its own)
    entities: dict[str, Entity]

    def key(self, key: str) -> str:
        return self.rename.get(key, key)

    def apply(self, article: ResolvedArticle) -> ResolvedArticle:
        """The article with its entities and relations under their merged keys."""
        final = self.key
        relations = sorted({replace(r, subject=final(r.subject), object=final(r.object),
                                    attributed_to=final(r.attributed_to) if r.attributed_to
                                    else "", place=final(r.place) if r.place else "")
                            for r in article.relations if final(r.subject) != final(r.object)})
        local: dict[str, list[Entity]] = defaultdict(list)
        for entity in article.entities:
            if entity.key not in self.entities:
                local[entity.key].append(entity)
        keys = sorted({final(e.key) for e in article.entities})
        entities = tuple(self.entities[k] if k in self.entities else _combine(local[k], key=k)
                         for k in keys)
        return ResolvedArticle(article=article.article, entities=entities,
                               relations=tuple(relations), extractions=article.extractions)
