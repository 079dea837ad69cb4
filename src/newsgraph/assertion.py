"""The assertion gate: which statements become direct triples, and why the others do not.

Two layers: every statement the extractor finds is described (an rdf:Statement with
its provenance); only the statements an analyst can rely on are *asserted*, as a direct
``entity property entity`` triple, a network edge, a GraphML edge and a Neo4j
relationship. A statement is asserted when

- the text says it happened or holds (a factual modality: none, or on someone's word:
  claimed, alleged, reported, believed, estimated; or a post held before, "former", under
  a property that says so, such as ng:formerMemberOf) and does not negate it;
- both ends resolve to two different entities, neither resolved on weak evidence
  (``Relation.subject_via``/``object_via`` "uncertain");
- both ends are specific: not an unnamed bare noun ("people", "statement", "group")
  nor a label that is no name at all ("-storey building", "[its] allies"), nor a thing
  named only as the other end's ("Tonga have prime minister of Tonga"); a one-word kind
  of body ("Federation", "Senate") is vague, but for a chamber its article names alone and
  no other body by its word ("elected to the Senate": ``sole_chambers``), and so is a
  happening named by its word alone, but for the one the headline tells of, beside a named
  party ("investigators examine the crash" under "Bus crash kills seven":
  ``headline_incidents``);
- its calibrated confidence (the probability that a careful reader judges it right,
  see ``calibration``) reaches the threshold chosen on the judged pool.

A statement that is not asserted says why, with one or more of ``REASONS`` (individuals
of ``ng:NonAssertionReason`` in the ontology).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from .calibration import Calibration, calibration
from .demonyms import country_for_demonym, country_for_name
from .lexicon import (
    CHAMBERS,
    DISEASE_NAMES,
    DISTANCE_UNITS,
    HEADLINE_EVENT_NOUNS,
    HEADLINE_INCIDENT_WORDS,
    INCIDENT_NOUNS,
    MEASURE_UNITS,
    PARTY_ADJECTIVES,
    PORTFOLIO_WORDS,
    QUANTITY_NOUNS,
    QUOTE_MARKS,
    ROLES,
)
from .locations import LOCATED_IN
from .models import Argument, Entity, Extraction, Relation, ResolvedArticle
from .qualifiers import FACTUAL_MODALITIES
from .resolution.keys import article_local, chamber_alone
from .resolution.words import LEADING_DROP, ORG_WORDS, PART_OF_NOUNS, RANK_PREFIXES, TITLES
from .vocabulary import held_before, is_affiliation, property_for

# A post the text tells as over ("was a columnist for", "the former mayor of") holds as a
# post held before: asserted under its own property (vocabulary.held_before), never another.
FORMER = "former"

# Why a statement is not asserted: local names of ng:NonAssertionReason individuals.
NEGATED = "Negated"  # the text says it did not happen
NOT_FACTUAL = "NotFactual"  # planned, attempted, possible, requested, asked ...
UNRESOLVED_END = "UnresolvedEnd"  # an end is missing, does not resolve, or both are one entity
VAGUE_END = "VagueEnd"  # an end is an unnamed bare noun or a label that is no name
UNCERTAIN_RESOLUTION = "UncertainResolution"  # an end resolved on weak evidence
LOW_CONFIDENCE = "LowConfidence"  # calibrated confidence under the threshold
REASONS = (NEGATED, NOT_FACTUAL, UNRESOLVED_END, VAGUE_END, UNCERTAIN_RESOLUTION,
           LOW_CONFIDENCE)

# Words that do not make a noun phrase name one thing: "the people", "some officials",
# "many" add nothing to "people" or "officials".
_NON_SPECIFIC = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "some", "any", "many", "several",
    "few", "other", "others", "such", "all", "both", "each", "every", "its", "their", "his",
    "her", "our", "my", "your", "more", "most", "of",
})
# Words that open a description by how many, how much or how far, never by which:
# "multiple news outlets", "so many groups", "other Republicans", "enough room", "very few
# frogs", "less devastation". An unnamed label that starts so names no one in particular.
_QUANTIFYING = frozenset({
    "so", "very", "too", "multiple", "other", "various", "numerous", "several", "many",
    "few", "fewer", "some", "more", "most", "much", "less", "enough", "additional",
    "further", "extra", "certain", "considerable", "countless", "such", "lots", "plenty",
})
# a distance or a share run into a label ("Humberto 785 miles" from "placed Humberto 785
# miles east of Bermuda"): a measure, no name
_DISTANCE_IN_LABEL = re.compile(
    r"(?i)\b\d[\d.,]*\s*(?:"
    + "|".join(re.escape(u) for u in sorted(DISTANCE_UNITS, key=len, reverse=True))
    + r")(?:\s|$)")
# of those, the ones that pick some members of a kind and never open a name
_SOME_OF_A_KIND = frozenset({"other", "multiple", "various", "numerous", "several", "many",
                             "some", "few"})
_PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "we", "us",
                                "i", "me", "you", "his", "its", "their", "our"})
# a label that is no name: starts with something other than a letter or digit, or holds
# brackets or quotation marks (editorial insertions, quoted fragments)
_NOT_A_NAME = re.compile(r"^[^\w]|[\[\](){}\"“”]")
# a reading on a scale, no thing: "magnitude 6.3", "Category 4", "a level 3 alert"
_MEASURE = re.compile(
    r"(?i)^(?:(?:a|an|the)\s+)?(?:magnitude|category|level|grade|stage|phase|tier|class|force|"
    r"scale)[\s-]*\d[\d.,]*(?-i:\s+[a-z][\w-]*)*$")  # (not "Level 3 Communications")
# a count of people or things, as the casualties of one statement are labelled ("at least
# 20 people", "16 miners": resolution.phrases.counted_casualties): the count says which
_COUNTED = re.compile(
    r"(?i)^(?:(?:at least|at most|more than|fewer than|less than|nearly|almost|about|around|"
    r"over|some|up to|an estimated|roughly|approximately)\s+)?"
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|[a-z]+ty-[a-z]+)"
    r"\s+[a-z]")
# determiners that name an owner: "its rocket" becomes "rocket of <whoever it is>"
_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})
# verbs whose object is a post someone holds or seeks: the post's title is the object
_POST_VERBS = frozenset({"serve as", "become", "run for", "elect as", "appoint as", "name as",
                         "nominate as", "sworn in as", "act as"})
# ends resolved from another mention, not from the argument's own words
_BORROWED = frozenset({"pronoun", "speaker"})
_NUMBER = re.compile(r"\d[\d,.]*")
_YEAR = re.compile(r"1\d{3}|20\d{2}")
_CLAUSE_OPENERS = frozenset({"who", "whom", "whose", "which", "that", "where", "when"})
_NOT_IN_WORD = re.compile(r"['’]s|[^\w-]")  # possessive endings and punctuation
# a news article's lead: the sentences that open it and say what happened (characters)
LEAD_CHARACTERS = 300
# a one-word label that is the word for a kind of body or post, capitalised or not
# ("Federation", "University", "Police", "Dean", "Speakers"): which one, the label does not say
_KIND_WORDS = frozenset(ORG_WORDS | {r for r in ROLES if " " not in r})
# the words of a title written before a person's name ("Interior Minister", "Vice
# President"): they say what she is, like a lower-case descriptor ("businessman")
_TITLE_WORDS = frozenset({w for r in ROLES for w in r.split()} - {"of", "and"} | PORTFOLIO_WORDS)
# words that link a phrase before a name to another thing ("supporters of", "a rally by"),
# and words of a description before a name ("U.S.", "co-founder", "Zembla's")
_LINKING = frozenset({"of", "and", "or", "by", "for", "to", "with", "from", "against", "on",
                      "at", "in", "into", "about", "as", "than", "like", "over", "after",
                      "before", "under", "via", "per", "but", "nor", "including", "between"})
_DESCRIPTION_WORD = re.compile(r"^[\w.'’-]+$")
# the only words an incident's noun may follow to name the headline's one ("the crash", "a
# fire"): "another attack", "two crashes", "its first protest" tell of others
_INCIDENT_DETERMINERS = frozenset({"the", "a", "an"})
INCIDENT = "incident"  # an end's specificity when it is the headline's incident (end_specificity)


@dataclass(frozen=True)
class Assessment:
    """The gate's verdict on one statement: its calibrated confidence and what stops it."""

    confidence: float
    reasons: tuple[str, ...] = ()  # in the order of REASONS; empty when asserted

    @property
    def asserted(self) -> bool:
        return not self.reasons

    @property
    def candidate(self) -> bool:
        """Not asserted for its confidence alone: the network page shows it, so labelled."""
        return self.reasons == (LOW_CONFIDENCE,)


def is_named(entity: Entity) -> bool:
    """Does the key say the text names it (not an unnamed group or one article's thing)?

    Unnamed groups of people key as ``group/...``; a generic thing of one article as
    ``thing/<article id>/<slug>`` (see resolution). An actor is always named, also one
    keyed in its article alone (a lone first name, "his son Tom").
    """
    return is_named_key(entity.key)


def is_named_key(key: str) -> bool:
    """is_named, of an entity's key."""
    kind, _, rest = key.partition("/")
    return kind == "actor" or (kind != "group" and "/" not in rest)


def specificity(entity: Entity | None) -> str:
    """"named", "described" (unnamed, with words that narrow it), "vague" or "missing"."""
    return "missing" if entity is None else _specificity(entity.label, entity.key)


@lru_cache(maxsize=16384)  # each end is asked about by each statement it is an end of
def _specificity(label: str, key: str) -> str:
    label = label.strip()
    if not label or _NOT_A_NAME.search(label):
        return "vague"
    if " " not in label and _kind_word(label.casefold()) or _names_run_together(label) or \
            _MEASURE.match(label) or _DISTANCE_IN_LABEL.search(label):
        return "vague"
    first, *rest = label.casefold().split()
    if first in PART_OF_NOUNS and rest[:1] == ["of"]:
        return "vague"  # "top of the league", "part of the union": a place on it, no thing
    if first in _SOME_OF_A_KIND and len(label.split()) > 1:
        # "Other Republicans", "Several Democrats": some of a named kind, which ones unsaid
        # (the recognizer may tag the phrase as a name)
        return "vague"
    if is_named_key(key) or label.casefold() in DISEASE_NAMES:
        return "named"  # (a disease is one thing everywhere, as a name is)
    if _COUNTED.match(label):
        return "described"
    if first in _QUANTIFYING or rest and rest[-1] in PART_OF_NOUNS:
        return "vague"  # (and "the Soviet part", "the northern half": a share of what?)
    words = [w for w in label.casefold().split() if w not in _NON_SPECIFIC and not w.isdigit()]
    return "described" if len(words) > 1 else "vague"


def _bare_title(label: str) -> bool:
    """Is the label a title and nothing else ("Foreign Secretary", "Deputy Prime Minister")?

    A node known only by its post does not say who holds it, or when ("Vice President won
    the primary", "Prime Minister have idiot"). Only as the post someone holds or seeks
    ("served as vice president", "became finance minister") does the title say enough."""
    words = label.casefold().replace("-", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    if words[:1] and words[0] in RANK_PREFIXES:
        words = words[1:]
    return bool(words) and " ".join(words) in TITLES


def _post_for_body(label: str) -> bool:
    """Is the label a post, a party's or a nation's maybe ("Republican Assemblywoman",
    "French Foreign Minister")? Such a node may be a person the article describes ("a
    Russian general" killed), but it is no body anyone is a member of or leads."""
    words = label.casefold().replace("-", " ").split()
    while len(words) > 1 and (words[0] in PARTY_ADJECTIVES or country_for_demonym(words[0])):
        words = words[1:]
    return _bare_title(" ".join(words)) or len(words) == 1 and words[0] in ROLES


def _names_run_together(label: str) -> bool:
    """ "Prohibition Party, Reform Party", "Auckland, New Zealand": a list of names or a
    place with its country, which the recognizer read as one name (while "Institute of
    Epidemiology, Disease Control and Research" is one)."""
    parts = [part.strip() for part in label.split(",")]
    if len(parts) < 2 or not all(parts):
        return False
    if country_for_name(parts[-1]) is not None:
        return True
    return all(part.split()[-1].casefold() in ORG_WORDS for part in parts)


def _kind_word(word: str) -> bool:
    """Is the word (or its singular) a kind of body or post?"""
    return word in _KIND_WORDS or (word.endswith("s") and word[:-1] in _KIND_WORDS)


def sole_chambers(entities: Iterable[Entity]) -> frozenset[str]:
    """The keys of the chambers an article names by their word alone ("the Senate",
    "Parliament") while it names no other body by that word.

    Such a word is the name of the one legislature a reader takes it for, as "the
    ceasefire" of an article with one ceasefire (and its node is the article's own:
    resolution.keys.chamber_alone). Beside another body of that word ("the
    Zembla Senate", "the state Senate", "the Senate of Valdora", "both houses") the bare
    word may be either: it stays vague. A word the chamber's word only qualifies ("Senate
    Judiciary Committee") is no other chamber.
    """
    entities = list(entities)
    # (written as a name, and keyed in its article: never one node with another
    # article's "Senate")
    bare = {entity.key: entity.label.casefold() for entity in entities
            if entity.is_actor and entity.label[:1].isupper() and chamber_alone(entity.label)
            and article_local(entity.key)}
    rivals = {word for entity in entities if entity.key not in bare
              for name in (entity.label, *entity.alt_labels) for word in _chambers_in(name)}
    return frozenset(key for key, word in bare.items() if word not in rivals)


def _chambers_in(name: str) -> set[str]:
    """The chambers a name of two or more words is one of: its head word or the word
    before its "of" ("Zembla Senate", "state senates", "House of Lords")."""
    words = name.casefold().split()
    found = set()
    for i, word in enumerate(words):
        last = i == len(words) - 1 or words[i + 1] == "of"
        if len(words) > 1 and last:
            found |= {w for w in (word, word[:-1]) if w in CHAMBERS}
    return found


def _chamber_written_alone(extraction: Extraction, argument: Argument | None,
                           entity: Entity) -> bool:
    """Does the argument name the chamber by its word, with nothing but a determiner, a
    party's adjective, a demonym or a country before it ("the Senate", "the French
    Parliament", "the Republican Senate Majority Leader")?

    A phrase names someone else ("members of Congress"); a capitalised word glued before
    the argument ("State Congress President") makes a longer name the label lost."""
    if argument is None:
        return False
    words = argument.text.split()
    if not words or _bare(words[-1]) != entity.label.casefold():
        return False
    before = extraction.sentence[:argument.start - extraction.sentence_start].split()[-1:]
    glued = [word for word in before if word[:1].isupper() and word[-1:].isalnum()]
    return all(_qualifies_a_chamber(word) for word in (*glued, *words[:-1]))


def _qualifies_a_chamber(word: str) -> bool:
    """A determiner, a party's adjective, a demonym or a country: whose chamber, not which."""
    bare = _bare(word)
    return bare in _NON_SPECIFIC or bare in PARTY_ADJECTIVES or \
        country_for_demonym(word) is not None or country_for_name(word) is not None


def headline_incidents(headline: str) -> frozenset[str]:
    """The incidents (INCIDENT_NOUNS, and the planned happenings of HEADLINE_EVENT_NOUNS,
    singular) a headline names by their noun or its plural ("Bus crash kills seven" ->
    {"crash"}; "Riots continue" -> {"riot"}; "Acme holds 2020 election" -> {"election"}), or
    by a word that
    tells of one, its weapon, doer or verb (HEADLINE_INCIDENT_WORDS: "Bomb kills
    photographer" -> {"bombing"}, "Journalist shot dead" -> {"shooting"}).

    A story tells of the happening its headline names: its "the crash" is that crash, as
    "the ceasefire" of an article with one ceasefire (see end_specificity)."""
    words = [_bare(word) for word in headline.replace("-", " ").split()]
    return frozenset(filter(None, (_incident_noun(word) or HEADLINE_INCIDENT_WORDS.get(word)
                                   for word in words)))


def _incident_noun(word: str) -> str | None:
    """The incident or event noun a word is, or is the plural of ("crashes" -> "crash")."""
    for singular in (word, word[:-1] if word.endswith("s") else "",
                     word[:-2] if word.endswith("es") else ""):
        if singular in INCIDENT_NOUNS or singular in HEADLINE_EVENT_NOUNS:
            return singular
    return None


@dataclass(frozen=True)
class Specifics:
    """What an article makes specific that is vague elsewhere: the chambers it names by
    their word alone (sole_chambers) and the incidents its headline names
    (headline_incidents). Read once an article; the gate asks of every statement."""

    chambers: frozenset[str] = frozenset()
    incidents: frozenset[str] = frozenset()

    @classmethod
    def of(cls, resolved: ResolvedArticle) -> Specifics:
        return cls(sole_chambers(resolved.entities), headline_incidents(resolved.article.title))


def end_specificity(argument: Argument | None, entity: Entity | None, other: Entity | None,
                    incidents: frozenset[str] = frozenset()) -> str:
    """specificity(entity), or INCIDENT for a vague end that is the headline's incident
    (`incidents`: headline_incidents) written by its noun alone or after "the", "a" or "an"
    (a planned happening's noun alone or after "the"),
    beside a named other end ("NTSB investigates the crash", "A fire broke out at Acme Hall"),
    or after "the", "a" or "an" beside a described one ("The fire destroyed makeshift homes";
    not "the block caught fire": a bare noun beside a description is as often an idiom's).

    On the 285 judged articles such an end was judged right about two times in three, a
    vague one about one time in seven: "the crash" stands alone in a story about one crash,
    and a named party anchors the statement; "another attack", "two fires" or a crash in a
    story about something else stay vague."""
    found = specificity(entity)
    beside = specificity(other)
    if found != "vague" or entity is None or argument is None or not incidents or \
            beside not in ("named", "described"):
        return found
    label = entity.label.casefold()
    if _incident_noun(label) not in incidents:
        return found
    words = [_bare(word) for word in argument.text.split()]
    if label not in words:
        return found
    before = words[:words.index(label)]
    if beside == "described" and not before:
        return found
    # (a planned happening after "a" is another one: "ran a marathon in under two hours"
    # in a story about the Chicago Marathon; a fire that "broke out" is the story's fire)
    determiners = _INCIDENT_DETERMINERS if _incident_noun(label) in INCIDENT_NOUNS else {"the"}
    return INCIDENT if set(before) <= determiners and len(before) < 2 else found


_NEVER_LOCATED = frozenset({"Person", "Group", "Country"})


def is_placed_thing(extraction: Extraction, subject: Entity) -> bool:
    """Is the statement only where a nameless thing is ("a port city in X", "a popular drug
    in X")? A place is then a qualifier, not a relation: only an actor's whereabouts or an
    event's place tell an analyst something ("US troops in X", "riots in X")."""
    if extraction.lemma == LOCATED_IN:
        # the name may be a person's the recognizer took for a body ("a boost for Lee in
        # Ohio"): a person or a crowd is never located, they move; and a capital read as its
        # country ("London, England" -> the United Kingdom) lies in no place
        return subject.kind in _NEVER_LOCATED
    if extraction.rule == "location" and _AWARD_HEADS & set(subject.label.casefold().split()):
        return True  # "announced the winners of the Kelso Prize in Dalton": where it was told
    return extraction.rule == "location" and not is_named(subject) and \
        not subject.is_actor and subject.kind != "Event"


# an award lies nowhere: a place after its name is where it was given or announced (a
# ceremony, "the Kelso Awards", is an event of its own and may be held somewhere)
_AWARD_HEADS = frozenset({"prize", "award", "medal"})


def is_a_country(extraction: Extraction, obj: Entity) -> bool:
    """Is the statement that something *is* a country ("Lyon was France capital until
    1700", "he could be Peruvian")? A person's country is told by a demonym, a place's by
    "in", a capital by "capital of": "be" with a country for its object names nothing the
    subject is (none of the 14 such triples of the judged articles was right)."""
    return extraction.lemma == "be" and obj.kind == "Country"


def restates_owner(lemma: str, subject: Entity, obj: Entity) -> bool:
    """Is the object a nameless thing known only as the subject's, had by the subject or
    reached through a preposition?

    "Tonga's prime minister" makes the node "prime minister of Tonga"; "Tonga have prime
    minister of Tonga" then repeats its own label and says nothing a reader can use. After
    a verb and a preposition the subject's own thing is a circumstance of the subject, not
    a second party: "died in his sleep", "learned early in his presidency". A possessed
    thing with a name of its own ("NASA's Hubble telescope") is kept: the owned words
    hold a capital letter. A plain verb's object is kept ("announced his resignation").
    """
    if lemma != "have" and len(lemma.split()) < 2:
        return False
    owned, of, owner = obj.label.rpartition(" of ")
    return bool(of) and owner.casefold() == subject.label.casefold() and \
        not any(c.isupper() for c in owned)


def features(
    extraction: Extraction,
    subject: Entity | None,
    obj: Entity | None,
    *,
    subject_via: str = "",
    object_via: str = "",
    context: Mapping[str, float] | None = None,
    specifics: Specifics = Specifics(),
) -> dict[str, float]:
    """What the code knows about a statement, as named numbers for the calibration model.

    `context` adds what the rest of its article says (see article_context), `specifics`
    what it makes specific (Specifics.of)."""
    e = extraction
    prop = property_for(e.lemma)
    verb_at = _predicate_word(e)
    found: dict[str, float] = {
        "bias": 1.0,
        "raw": min(max(e.confidence, 0.0), 1.0),
        f"modality={e.modality or 'none'}": 1.0,
        f"family={prop.family}": 1.0,
        "minted": float(prop.minted),
        "copula": float(e.lemma == "be"),
        "prepositional": float(len(e.lemma.split()) > 1),
        "passive": float(e.passive),
        "attributed": float(e.attribution is not None),
        "extras": float(min(len(e.extra), 3)),
        "time": float(e.time is not None),
        "place": float(e.place is not None),
        "quote": float(not QUOTE_MARKS.isdisjoint(e.sentence)),
        "in_quote": float(_in_quote(e, verb_at)),
        "sentence_words": math.log1p(len(e.sentence.split())),
        "gap_words": math.log1p(_gap_words(e)),
        # a news lead states the story plainly; later sentences hedge, quote and recount
        "lead": float(e.sentence_start < LEAD_CHARACTERS),
        # the article's first sentence: a headline-like lead that says what happened
        "opening": float(e.sentence_start == 0),
        # a verb near the start of its sentence is its main verb more often than not
        "verb_early": float(verb_at is not None and verb_at.start() < len(e.sentence) / 3),
        # "..., said X" or a passive: the words come in an order the rules read less surely
        "subject_after": float(e.subject is not None and e.object is not None
                               and e.subject.start > e.object.start),
        **(context or {}),
    }
    if e.rule:
        found[f"rule={e.rule}"] = 1.0
    if not prop.minted:
        found[f"property={prop.name}"] = 1.0
    verb = e.lemma.split()[0] if e.lemma.split() else ""
    found[f"verb={verb}"] = 1.0  # light verbs (have, take, make) seldom say much
    found["be_phrase"] = float(verb == "be" and e.lemma != "be")  # "be in", "be son of"
    if subject is not None and obj is not None:
        # "Tesco says intention of Tesco": an end named after the other, from a possessive
        found["ends_overlap"] = float(subject.label.casefold() in obj.label.casefold()
                                      or obj.label.casefold() in subject.label.casefold())
        # which kinds a property joins says how plausible it is (a person leading a country)
        found[f"kinds={subject.kind}>{obj.kind}"] = 1.0
        found["both_named"] = float(is_named(subject) and is_named(obj))
    for end, entity, argument, via, other in (
            ("subject", subject, e.subject, subject_via, obj),
            ("object", obj, e.object, object_via, subject)):
        found[f"{end}={end_specificity(argument, entity, other, specifics.incidents)}"] = 1.0
        if entity is not None:
            found[f"{end}_class={entity.kind}"] = 1.0
            label = entity.label.split()
            found[f"{end}_of"] = float("of" in label)  # a label made from "X's Y" or "Y of X"
            found[f"{end}_digit"] = float(any(c.isdigit() for c in entity.label))
            # how long the label is: the fit decides which way it leans (on the 285 judged
            # articles a long subject towards wrong, a phrase joined to a name; a long
            # object towards right, a thing described in full)
            found[f"{end}_words"] = math.log(max(len(label), 1))
        if via:
            found[f"{end}_via={via}"] = 1.0
        if argument is not None:
            words = argument.text.split()
            found[f"{end}_pronoun"] = float(_is_pronoun(words))
            # the owner in the label comes from a pronoun: "her letter" -> "letter of <her>"
            found[f"{end}_possessive"] = float(bool(words)
                                               and words[0].casefold() in _POSSESSIVES)
            if entity is not None and via not in _BORROWED:
                found[f"{end}_unexplained"] = float(_unexplained(
                    _after_descriptor(_phrase_head(words), entity), entity))
    return found


def article_context(resolved: ResolvedArticle) -> dict[Relation, dict[str, float]]:
    """What the rest of the article says about each relation, as features.

    A relation the article states again in another sentence is more likely read right
    (two parses agreeing). How many statements its sentence yields is read beside the
    sentence's length; the fit decides which way it leans (on the 200 judged articles,
    towards right). How many statements an end takes part in says how central it is to
    the story (salience), and the actor the article says most about (its protagonist, ties
    all count) is the one the story tells of: on the 285 judged articles a statement with
    the protagonist at either end leans towards right.
    """
    sentences: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    pairs: dict[frozenset[str], set[int]] = defaultdict(set)
    per_sentence: Counter[int] = Counter()
    salience: Counter[str] = Counter()
    for relation in resolved.relations:
        start = relation.extraction.sentence_start
        sentences[relation.subject, relation.property, relation.object].add(start)
        pairs[frozenset((relation.subject, relation.object))].add(start)
        per_sentence[start] += 1
        salience.update((relation.subject, relation.object))
    actors = {entity.key for entity in resolved.entities if entity.is_actor}
    most = max((salience[key] for key in actors), default=0)
    return {relation: {
        "said_again": float(len(sentences[relation.subject, relation.property,
                                          relation.object]) > 1),
        "pair_again": float(len(pairs[frozenset((relation.subject, relation.object))]) > 1),
        "crowded": math.log1p(per_sentence[relation.extraction.sentence_start]),
        "subject_salience": math.log1p(salience[relation.subject]),
        "object_salience": math.log1p(salience[relation.object]),
        "subject_protagonist": float(relation.subject in actors
                                     and salience[relation.subject] == most),
        "object_protagonist": float(relation.object in actors
                                    and salience[relation.object] == most),
    } for relation in resolved.relations}


def _predicate_word(e: Extraction) -> re.Match[str] | None:
    """Where the predicate's first word stands in the sentence, as a whole word (if it does)."""
    words = e.predicate.split()
    return _whole_word(words[0]).search(e.sentence) if words else None


@lru_cache(maxsize=4096)
def _whole_word(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}\b")


def _in_quote(e: Extraction, found: re.Match[str] | None) -> bool:
    """Does the predicate's first word (`found`, see _predicate_word) stand inside a
    quotation: after a mark that opens one, or before a mark that closes one begun in an
    earlier sentence?

    A quoted speaker's words ("we will ask them to leave") are read less surely than the
    writer's ("..., Lee said", which keeps its own reading beside the quotation)."""
    if found is None or QUOTE_MARKS.isdisjoint(e.sentence):
        return False
    marks = [i for i, c in enumerate(e.sentence) if c in QUOTE_MARKS]
    before = [i for i in marks if i < found.start()]
    if before:
        return _opens_quote(e.sentence, before[-1])
    after = [i for i in marks if i >= found.end()]
    return bool(after) and not _opens_quote(e.sentence, after[0])


def _opens_quote(text: str, i: int) -> bool:
    """Does the quotation mark at `i` open a quotation (“, or a straight one after a space
    or the start and before a word) rather than close one?"""
    mark = text[i]
    if mark in "“”":
        return mark == "“"
    after = text[i + 1: i + 2]
    return bool(after) and not after.isspace() and (i == 0 or text[i - 1].isspace()
                                                     or text[i - 1] in "([{—–-:")


def _unexplained(words: list[str], entity: Entity) -> bool:
    """Does the argument hold a word that none of the entity's names accounts for?

    "the Islamic State" is its entity; in "supporters of the Shinawatra family" the
    entity "Shinawatra" is a modifier, not what the argument names. (The number of words
    said little: it marked multi-word names such as "Islamic State" down.)
    """
    named = _named_words(entity)
    bare = [_bare(word) for word in words]
    return any(word and word not in named and word not in _NON_SPECIFIC
               and not _counts(word, bare[i + 1] if i + 1 < len(bare) else "")
               for i, word in enumerate(bare))


def _counts(word: str, following: str) -> bool:
    """A word that says how many of the thing named, as the label drops it: "two soldiers",
    "nearly 40 soldiers", "dozens of soldiers", "a number of soldiers" are soldiers all the
    same. Not a year ("the 2020 election" says which one), nor a count of a unit ("a two
    hour barrier", "3 percent support"): dropped, they leave the label short of its sense."""
    if _YEAR.fullmatch(word) or following in MEASURE_UNITS:
        return False
    return word in LEADING_DROP or word in QUANTITY_NOUNS or _NUMBER.fullmatch(word) is not None


def _named_words(entity: Entity) -> set[str]:
    """The bare words of all the entity's names."""
    return {_bare(word) for name in (entity.label, *entity.alt_labels) for word in name.split()}


def _after_descriptor(words: list[str], entity: Entity) -> list[str]:
    """A person's words from the name on, after words that say what she is ("businessman
    Tom Reed", "the Kenyan runner Ann Lee", "Acme sales director Ann Lee"): such words
    classify the one named, they name no one else. A phrase of its own before the name
    ("supporters of Ann Lee", "Lee's lawyer", "a rally by Ann Lee") keeps its words: they
    name someone else."""
    if entity.kind != "Person":
        return words
    named = _named_words(entity)
    first = next((i for i, word in enumerate(words) if _bare(word) in named), 0)
    before = words[:first]
    if before and (all(map(_says_what, before)) or _headed_description(before)):
        return words[first:]
    return words


def _says_what(word: str) -> bool:
    """A lower-case word, a demonym or a word of a title in capitals: what she is
    ("businessman", "Zemblan", "Interior Minister")."""
    return word.isalpha() and word not in _LINKING and (
        word.islower() or country_for_demonym(word) is not None
        or word.casefold() in _TITLE_WORDS)


def _headed_description(before: list[str]) -> bool:
    """Words before a name that end in what she is: a noun phrase whose last word (its
    head) is a lower-case noun or a title ("Acme sales director", "County sheriff",
    "Zembla's deputy trade envoy"), with no word that links it to something else ("of",
    "by", "and"). Its first words may be names (a body's, a place's, a party's): they say
    whose director or sheriff she is, and name no one else. A name in capitals just
    before hers ("Acme Ann Lee") is no head: it may be the first part of her name."""
    if not _says_what(before[-1]):
        return False
    return all(_DESCRIPTION_WORD.match(word) and _bare(word) not in _LINKING
               for word in before)


def _phrase_head(words: list[str]) -> list[str]:
    """The words of a noun phrase before a relative clause or an apposition ("two soldiers
    who wanted to land" -> "two soldiers"): what the phrase names, not what it adds."""
    for i, word in enumerate(words):
        if i and (word.casefold() in _CLAUSE_OPENERS or word.endswith(",")):
            return words[:i + 1] if word.endswith(",") else words[:i]
    return words


def _bare(word: str) -> str:
    """A word without case, possessive ending or punctuation ("State's" -> "state")."""
    return _NOT_IN_WORD.sub("", word.casefold())


def _is_pronoun(words: list[str]) -> bool:
    """A lone personal pronoun; "US" or "IT" in capitals is an acronym, not "us" or "it"."""
    if len(words) != 1:
        return False
    word = words[0]
    return word.casefold() in _PERSONAL_PRONOUNS and not (len(word) > 1 and word.isupper())


def _gap_words(e: Extraction) -> int:
    """Words between the subject and the object in the sentence (0 if one is missing)."""
    if e.subject is None or e.object is None:
        return 0
    first, second = sorted((e.subject, e.object), key=lambda a: a.start)
    gap = e.sentence[first.end - e.sentence_start: second.start - e.sentence_start]
    return len(gap.split()) if second.start > first.end else 0


def hard_reasons(
    extraction: Extraction,
    subject: Entity | None,
    obj: Entity | None,
    *,
    subject_via: str = "",
    object_via: str = "",
    specifics: Specifics = Specifics(),
) -> list[str]:
    """Every reason but low confidence: what no score can outweigh (`specifics`: what the
    article makes specific, Specifics.of)."""
    reasons = []
    if extraction.negated:
        reasons.append(NEGATED)
    if extraction.modality not in FACTUAL_MODALITIES and not (
            extraction.modality == FORMER and held_before(property_for(extraction.lemma).iri)):
        reasons.append(NOT_FACTUAL)
    if subject is None or obj is None or subject.key == obj.key:
        reasons.append(UNRESOLVED_END)
    elif _vague_end(extraction, extraction.subject, subject, obj, specifics) or \
            _vague_end(extraction, extraction.object, obj, subject, specifics) or \
            _bare_title(subject.label) or \
            _bare_title(obj.label) and extraction.lemma not in _POST_VERBS or \
            is_affiliation(property_for(extraction.lemma).iri) and _post_for_body(obj.label) or \
            restates_owner(extraction.lemma, subject, obj) or \
            is_placed_thing(extraction, subject) or is_a_country(extraction, obj):
        reasons.append(VAGUE_END)
    if "uncertain" in (subject_via, object_via):
        reasons.append(UNCERTAIN_RESOLUTION)
    return reasons


def _vague_end(extraction: Extraction, argument: Argument | None, entity: Entity,
               other: Entity, specifics: Specifics) -> bool:
    """Is the end vague (end_specificity), unless it is the article's one chamber written
    alone ("Ann Lee was elected to the Senate" in an article with no other senate)?"""
    if end_specificity(argument, entity, other, specifics.incidents) != "vague":
        return False
    return entity.key not in specifics.chambers or \
        not _chamber_written_alone(extraction, argument, entity)


def assess(
    extraction: Extraction,
    subject: Entity | None,
    obj: Entity | None,
    *,
    subject_via: str = "",
    object_via: str = "",
    model: Calibration | None = None,
    context: Mapping[str, float] | None = None,
    specifics: Specifics = Specifics(),
) -> Assessment:
    """The calibrated confidence of a statement and the reasons it is not asserted, if any
    (`specifics`: what its article makes specific, Specifics.of)."""
    model = model or calibration()
    via = {"subject_via": subject_via, "object_via": object_via}
    confidence = model.probability(features(extraction, subject, obj, **via, context=context,
                                            specifics=specifics))
    reasons = hard_reasons(extraction, subject, obj, **via, specifics=specifics)
    if confidence < model.threshold:
        reasons.append(LOW_CONFIDENCE)
    return Assessment(round(confidence, 3), tuple(reasons))


def assess_relation(
    relation: Relation, entities: Mapping[str, Entity], *, model: Calibration | None = None,
    context: Mapping[str, float] | None = None, specifics: Specifics | None = None,
) -> Assessment:
    """assess() for a resolved statement (`context`: from article_context; `specifics`:
    Specifics.of its article, or when not given the chambers `entities` name alone).

    An end its article does not list (the network still draws it as a node) is judged
    by its key: a stand-in entity labelled with the key's last part.
    """
    if specifics is None:
        specifics = Specifics(sole_chambers(entities.values()))
    return assess(relation.extraction, _listed(entities, relation.subject),
                  _listed(entities, relation.object), subject_via=relation.subject_via,
                  object_via=relation.object_via, model=model, context=context,
                  specifics=specifics)


def _listed(entities: Mapping[str, Entity], key: str) -> Entity | None:
    if not key:
        return None
    found = entities.get(key)
    if found is None:
        label = key.rsplit("/", 1)[-1].replace("-", " ")
        found = Entity(key, label, "Thing", is_actor=False)
    return found


def assess_article(
    resolved: ResolvedArticle, *, model: Calibration | None = None
) -> dict[Relation, Assessment]:
    """The gate's verdict on every relation of one article."""
    entities = {entity.key: entity for entity in resolved.entities}
    context = article_context(resolved)
    specifics = Specifics.of(resolved)
    model = model or calibration()  # once an article, not once a statement
    return {relation: assess_relation(relation, entities, model=model,
                                      context=context[relation], specifics=specifics)
            for relation in resolved.relations}


def unresolved(resolved: ResolvedArticle) -> tuple[Extraction, ...]:
    """The statements the extractor found that make no relation (an end does not resolve)."""
    made = {relation.extraction for relation in resolved.relations}
    # a missing end (None) does not order against an Argument: repr orders them all
    return tuple(sorted({e for e in resolved.extractions if e not in made},
                        key=lambda e: (e.sentence_start, repr(e))))
