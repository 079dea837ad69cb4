"""From groups of names to entities: kind, country, gender, roles and mentions.

A group's kind is voted by its names (a title says Person, a final "Party" says
Organization, "in X" says Location, "X militants" says ArmedGroup); a country name
(or "the State of" one) makes it the country (one cluster per country, whatever the
spelling), a US state name in an article about the United States the state; a
gazetteer entry fixes label and kind. Each name becomes a `Mention` (subject? speaker
of a "said"?), and coordinated names ("Russia and Iran") also one plural mention of
the pair, for a later "they" or "the two countries".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..demonyms import Country, country_for_demonym, country_for_name, normalize, us_states
from ..gazetteer import GazetteerEntry
from ..lexicon import CALLING_NOUNS, KIN_GENDER, PARTY_NAMES, POSTING_VERBS, TALK_VERBS
from ..parsing import lemma_of
from .doublesurnames import taken_for_bodies
from .keys import name_words, title_key
from .persons import full_person, given_name, has_org_word, is_personish, used_as_place
from .state import ArticleState, Cluster, Mention, Name
from .words import (
    ACRONYM,
    ARMED_MEMBER_NOUNS,
    ARMED_WORDS,
    BUSINESS_NOUNS,
    COMPANY_NOUNS,
    DIRECTIONS,
    FEMALE_GIVEN_NAMES,
    FEMALE_TITLES,
    ISLAND_NOUNS,
    MALE_GIVEN_NAMES,
    MALE_TITLES,
    MEMBER_NOUNS,
    OCCUPATION_TITLES,
    ORG_WORDS,
    STORM_WORDS,
    TITLES,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..models import Extraction


def us_context(state: ArticleState) -> bool:
    """Does the article itself place its news in the United States?

    A name that is both a US state and a country ("Georgia") is read as the state only
    then: the article names the United States (or calls something American) or an
    unambiguous US state, and, with that, gives one more sign of American state
    politics (another state, a governor, a county, a statehouse, "the state of").
    """
    anchors = 0
    for ent in state.ents:
        if ent.label_ not in {"GPE", "NORP"}:
            continue
        country = country_for_name(ent.text) or country_for_demonym(ent.text)
        if country is not None and country.code == "US":
            anchors += 1
        elif normalize(ent.text) in us_states() and country is None:
            anchors += 1
    if not anchors:
        return False
    cues = len(_US_STATE_CUES.findall(state.article.text))
    return anchors + cues >= 2


_US_STATE_CUES = re.compile(r"\b(?:Gov\.|governor|state of|statehouse|county|"
                            r"state legislature)\b")


def make_clusters(state: ArticleState, groups: list[list[Name]]) -> None:
    """One cluster per group of names, with a mention for every name, then the pairs."""
    american = us_context(state)
    surnames = {name_words(n.text)[-1].casefold() for names in groups for n in names
                if full_person(n)}
    parties: list[tuple[str, list[Name]]] = []
    for names in groups:
        if party := _party_name(names):
            parties.append((party, names))
        else:
            _make_cluster(state, names, american, surnames)
    for party, names in parties:  # after the others: a party named in full is there to join
        _party_cluster(state, party, names, american, surnames)
    _coordinations(state)


def _party_name(names: list[Name]) -> str:
    """The party a group of lone party words names ("Republican", "a Democrat"), if it is one."""
    found = {PARTY_NAMES.get(n.text.casefold(), "") for n in names}
    return found.pop() if len(found) == 1 else ""


def _party_cluster(state: ArticleState, party: str, names: list[Name], american: bool,
                   surnames: set[str]) -> None:
    """Lone party words join the party the article names in full ("the Democratic Party"),
    or make a node called by its name ("Democratic" alone reads as no name)."""
    # (called so: a cluster that only holds the name beside a longer one is another party)
    target = next((c for c in state.clusters if c.named and
                   c.label().casefold().removeprefix("the ") == party.casefold()), None)
    if target is None:
        _make_cluster(state, names, american, surnames)
        state.clusters[-1].fixed_label = party
        return
    for name in names:
        _add_name(state, target, name)


# the rule of statements that roles.py reads from titles, appositions and copulas: its
# holder is always a person ("the president of Zembla, Ann Lee,"); and a post of speaking
# for someone set beside a name ("Ann Lee, a spokesperson for the fire service,"), which
# only a person holds (unlike "a member of the league": a body may be one)
POST_RULE = "affiliation"
_SPOKESPERSON = ("apposition-role", "be representative of")
_POST_VOTE = 10  # as much as a title's ("President Ann Lee")


def typed_by_posts(state: ArticleState, extractions: Iterable[Extraction]) -> None:
    """A name that holds a person's post is a person's, whatever the recognizer tagged it:
    "The president of Zembla, Ann Lee," or "Tom Reed, a spokesperson for the fire service,"
    where the small model took the name for a body's or a place's. A name of fixed kind (a
    country, a gazetteer's entry) keeps it."""
    for e in extractions:
        if e.rule != POST_RULE and (e.rule, e.lemma) != _SPOKESPERSON or \
                e.subject is None or e.subject.root < 0:
            continue
        ident = state.token_cluster.get(e.subject.root)
        name = state.token_name.get(e.subject.root)
        if ident is None or name is None or name.text != e.subject.text or \
                has_org_word(name.text):
            continue  # ("the former Dean of the House": the name is the House's)
        cluster = state.clusters[ident]
        if cluster.named and not cluster.fixed_kind and cluster.kind() != "Person":
            cluster.votes["Person"] += _POST_VOTE


def _make_cluster(state: ArticleState, names: list[Name], american: bool,
                  surnames: set[str]) -> None:
    pos = state.doc[names[0].start].idx
    kind_votes: Counter[str] = Counter()
    entry: GazetteerEntry | None = None
    # a one-word place name that is the surname of a person the article names in full,
    # and that it never uses as a place, is a person (that one, or one of two namesakes)
    places = [n for n in names
              if n.label in {"GPE", "LOC", "FAC"} and n.text.casefold() in surnames]
    if any(used_as_place(state.doc[n.start]) for n in places) or any(
            n.label in {"GPE", "LOC", "FAC"} and len(name_words(n.text)) > 1 for n in names):
        places = []
    # the recognizer tagging a person's surname alone as an organization or a place ("Vlada
    # Lind ... Lind told reporters") is its usual confusion: in a group with the full name,
    # and not used as a place there, a person
    own_surnames = {name_words(n.text)[-1].casefold() for n in names if full_person(n)}
    # (and a full name beside the first of its two surnames tagged a person's: see
    # doublesurnames)
    taken = taken_for_bodies(names)
    mistaken = [n for n in names  # (not "in Washington": that one is used as a place)
                if (n.label in _MISTAKEN_SURNAME_LABELS and n.text.casefold() in own_surnames
                    or n in taken) and not used_as_place(state.doc[n.end - 1])]
    for name in names:
        if state.gazetteer is not None and entry is None:
            entry = state.gazetteer.lookup(name.text)
        if name in places or name in mistaken:
            kind_votes["Person"] += 1
            continue
        for vote, weight in _name_votes(state, name):
            kind_votes[vote] += weight
    country = _country_of(state, names)
    if entry is not None and entry.kind:
        cluster = state.new_cluster(pos)
        cluster.fixed_kind, cluster.fixed_label = entry.kind, entry.name
        cluster.named = True
    elif country is not None:
        key = normalize(country.name)
        if key in us_states() and american:
            cluster = state.keyed_cluster(f"usstate:{key}", pos)
            cluster.fixed_label, cluster.fixed_kind, cluster.us_state = (
                country.name, "Location", True)
            cluster.named = True
        else:
            cluster = state.country_cluster(country, pos)
    else:
        cluster = state.new_cluster(pos)
        cluster.named = True
        if entry is not None:
            cluster.fixed_label = entry.name
        elif any(_model_name(state, n) for n in names):
            cluster.fixed_kind = "Thing"  # "a Volvo XC90": a car, not its maker
    cluster.votes.update(kind_votes)
    cluster.given_name = all(len(name_words(n.text)) == 1 for n in names) and \
        any(given_name(state.doc, n) for n in names)
    for name in names:
        _add_name(state, cluster, name)


_MISTAKEN_SURNAME_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})


def _country_of(state: ArticleState, names: list[Name]) -> Country | None:
    """The country a group of names names, if any ("Jordan" the person is none)."""
    for name in names:
        if name.label not in {"GPE", "NORP", "ORG", "", "GAZ", "LOC", "PERSON"}:
            continue
        found = country_for_name(name.text) or _state_of(state, names, name.text)
        if found is not None and not (name.label == "PERSON" and len(names) > 1
                                      and len(name_words(name.text)) == 1
                                      and any(is_personish(n) for n in names
                                              if len(name_words(n.text)) > 1)):
            return found
    return None


_STATE_OF = re.compile(r"^(?:the\s+)?state\s+of\s+(?:the\s+)?(.+)$", re.IGNORECASE)
# signs that an article's states are parts of a country: "the Mexican state of",
# "32 states", a governor, a state capital or government, municipalities
_SUBNATIONAL = re.compile(r"\b(?:[A-Z]\w+ state of|states|governor|governorship|state capital|"
                          r"state government|state legislature|municipalit(?:y|ies))\b")


def _state_of(state: ArticleState, names: list[Name], text: str) -> Country | None:
    """The country of "the State of France": a country's state is the country acting.

    Some countries have a state of their own name ("the State of Mexico" is one of
    Mexico's states): so only when the article gives no sign of states inside a country
    and never uses the name as a place ("a town in the State of X").
    """
    found = _STATE_OF.match(text)
    if found is None or _SUBNATIONAL.search(state.text) or any(
            used_as_place(state.doc[name.start]) for name in names):
        return None
    return country_for_name(found.group(1))


def _add_name(state: ArticleState, cluster: Cluster, name: Name) -> None:
    """The name's surface, roles and gender on the cluster, its tokens and its mention."""
    cluster.names.append(name.text)
    cluster.surfaces.add(_surface(state, name))
    for title in name.titles:
        if TITLES.get(title):
            cluster.roles.add(TITLES[title])
        elif title in OCCUPATION_TITLES:
            cluster.roles.add(title)
        if title in FEMALE_TITLES:
            cluster.gender = cluster.gender or "f"
        elif title in MALE_TITLES:
            cluster.gender = cluster.gender or "m"
    cluster.gender = cluster.gender or _kin_gender(state, name) or _given_name_gender(name)
    for i in range(name.start, name.end):
        state.token_cluster[i] = cluster.ident
        state.token_name[i] = name
    head = governor(state, name)
    doc = state.doc
    root = name_root(state, name)
    state.mentions.append(Mention(
        doc[name.start].idx, state.sent_of[name.start], (cluster.ident,),
        plural=head is not None and head.tag_ in {"NNS", "NNPS"}
        and lemma_of(head).lower() in MEMBER_NOUNS,
        subject=is_subject(head or root), speaker=is_speaker(root)))


def name_root(state: ArticleState, name: Name) -> Token:
    """The name's syntactic head: the word its clause hangs it on. That is the last word
    of "Bernie Sanders" but the first of an "X of Y" name ("the Court of Session ruled":
    "Court" is the subject, "Session" the object of "of")."""
    return state.doc[name.start:name.end].root


def _surface(state: ArticleState, name: Name) -> str:
    """The name as written, with its title and "the" ("Mr. Waters", "the Islamic State")."""
    doc = state.doc
    start = name.start
    if start > 0 and doc[start - 1].lower_ == "the":
        start -= 1
    title_start = name.start
    for title in reversed(name.titles):
        size = len(title.split())
        if title_start - size >= 0 and title_key(
                state.texts[title_start - size:title_start]) == title:
            title_start -= size
    if title_start < name.start:
        start = title_start
    text = doc[start:name.end].text
    return " ".join(text.split())


def _name_votes(state: ArticleState, name: Name) -> Iterable[tuple[str, int]]:
    """Weighted votes for the kind of entity a name is, from its words and its place."""
    if name.titles:
        yield "Person", 10
    before = state.doc[name.start - 1] if name.start > 0 else None
    if before is not None and before.is_lower and before.tag_ == "NN" and \
            before.lower_ in CALLING_NOUNS:
        yield "Person", 6  # "rapper Tory Lanez", though the recognizer took it for a body
    elif before is not None and before.is_lower and before.tag_ in ("NN", "JJ") and \
            before.dep_ in ("compound", "amod") and before.head.i >= name.start and \
            before.lower_ in _TRADE_NOUNS:  # (the tagger may take "firm" for an adjective)
        yield "Organization", 6  # "software company Corvane", "supermarket chain Fresco"
    words = name_words(name.text)
    last = words[-1].casefold() if words else ""
    if storm_name(name.text):
        yield "Event", 10  # "Hurricane Ana": a storm, whatever "Ana" was taken for
    elif last in ISLAND_NOUNS or _apposed_island(state, name):
        yield "Location", 10
    elif last in ARMED_WORDS:
        yield "ArmedGroup", 10
    elif last in ORG_WORDS:
        yield "Organization", 10
    elif _apposed_business(state, name):
        yield "Organization", 6
    if _speaks_as_one(state, name):
        yield "Person", 2
    if name.label == "PERSON":
        yield "Person", 2 if len(words) > 1 else 1
    elif name.label in {"ORG", "NORP"}:
        yield "Organization", 2
    elif name.label in {"GPE", "LOC", "FAC"}:
        yield "Location", 2
    elif ACRONYM.match(name.text):
        yield "Organization", 1
    root = state.doc[name.end - 1]
    if root.dep_ == "pobj" and root.head.lower_ in {"in", "near", "at", "across", "around",
                                                    "outside", "inside", "into"} and \
            not _held_in(root.head):
        yield "Location", 3
    if root.dep_ == "pobj" and root.head.lower_ == "of" and \
            root.head.head.lower_ in DIRECTIONS:
        yield "Location", 3
    head = governor(state, name)
    if head is not None and lemma_of(head).lower() in ARMED_MEMBER_NOUNS:
        yield "ArmedGroup", 4
    elif head is not None and lemma_of(head).lower() in MEMBER_NOUNS:
        yield "Organization", 2


# what one holds "in" a body, which says nothing of a place: "invested billions in Acme",
# "a stake in Acme", "shares in Acme"
_STAKE_WORDS = frozenset({"invest", "investment", "stake", "share", "interest", "holding",
                          "shareholding", "investor"})


def _held_in(prep: Token) -> bool:
    """Is the "in" one of a stake held in a body ("invested billions of dollars in Acme")?"""
    word = prep.head
    for _ in range(3):  # (through the amount: "billions of dollars")
        if lemma_of(word).lower() in _STAKE_WORDS:
            return True
        if word.head == word:
            return False
        word = word.head
    return False


# a speaker's own "I": a person speaks so, a body or a publication as "we"
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|me|my|myself)\b")


def _speaks_as_one(state: ArticleState, name: Name) -> bool:
    """ "((Ana Ruiz)) I've programmed all my life": a transcript's speaker tag whose turn
    says "I" is a person, whatever the recognizer took the name for."""
    start = state.doc[name.start].idx
    return any(turn.name_start <= start < turn.name_end and
               _FIRST_PERSON_SINGULAR.search(state.text, turn.name_end, turn.end) is not None
               for turn in state.turns())


def storm_name(text: str) -> str:
    """The given name of a storm's name ("Hurricane Ana", "Tropical Storm Ana": "ana"), or
    "" when the name is no storm's. The storm word must open it and one name follow."""
    words = name_words(text)
    for opening in STORM_WORDS:
        size = len(opening)
        if len(words) == size + 1 and tuple(w.casefold() for w in words[:size]) == opening \
                and words[-1][:1].isupper():
            return words[-1].casefold()
    return ""


# nouns of a trade written before a business's name ("tech firm Corvane", "rival grocer
# Nordale", "tech giant Zorvex")
_TRADE_NOUNS = BUSINESS_NOUNS | COMPANY_NOUNS | {"chain", "grocer", "giant", "lender", "bank",
                                                "maker", "chipmaker", "automaker", "carmaker"}


def _apposed(state: ArticleState, name: Name) -> list[Token]:
    """The nouns set beside the name after it ("Acme, Britain's biggest retailer")."""
    root = name_root(state, name)
    apposed = [c for c in root.children if c.dep_ == "appos" and c.i >= name.end]
    # (between dashes the parser may hang the name on the noun: "The Azores — islands of")
    if root.dep_ in {"appos", "dep"} and root.head.i >= name.end and any(
            t.is_punct for t in state.doc[name.end:root.head.i]):
        apposed.append(root.head)
    return apposed


def _apposed_business(state: ArticleState, name: Name) -> bool:
    """Does an apposition say the name is a business's ("Acme, Britain's biggest
    supermarket,"), whatever the recognizer took it for?"""
    return any(lemma_of(noun).lower() in BUSINESS_NOUNS and noun.is_lower
               for noun in _apposed(state, name))


def _apposed_island(state: ArticleState, name: Name) -> bool:
    """Does an apposition say the name is an island or islands ("the Faroes, a group of
    islands in the Atlantic"; "X - autonomous islands of Y")?"""
    for noun in _apposed(state, name):
        lemma = lemma_of(noun).lower()
        if noun.lower_ in ISLAND_NOUNS or lemma in ISLAND_NOUNS:
            return True
        if lemma in {"group", "chain"} and any(
                t.dep_ == "pobj" and t.lower_ in ISLAND_NOUNS
                for prep in noun.children if prep.lower_ == "of" for t in prep.children):
            return True
    return False


def _model_name(state: ArticleState, name: Name) -> bool:
    """Is the name a product's model after its maker's name ("a Volvo XC90", "a Toyota
    Corolla")? The maker, a name the recognizer tags an organization, modifies the model,
    which it tags a product or which holds a digit (a company's unit has no digits:
    "Acme Research")."""
    doc = state.doc
    if name.start == 0:
        return False
    maker = doc[name.start - 1]
    if maker.ent_type_ != "ORG" or maker.dep_ not in {"compound", "nmod"} or \
            not name.start <= maker.head.i < name.end:
        return False
    return all(t.ent_type_ == "PRODUCT" for t in doc[name.start:name.end]) or \
        any(c.isdigit() for c in name.text)


def _kin_gender(state: ArticleState, name: Name) -> str:
    """The gender a family noun before the name gives: "his wife Ann Lee", "her sons, Tom
    Lee and Ben Lee" ("" when none does). Not one after it: in a list ("Lee himself, his
    wife Ann, and ...") the parser may hang the next item's noun on the name."""
    root = state.doc[name.end - 1]
    listed = root.dep_ == "conj"
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head  # "her sons, Tom Lee and Ben Lee": Ben Lee is a son too
    noun = root.head
    if root.dep_ != "appos" or noun.i > root.i or noun.pos_ != "NOUN" or not noun.is_lower \
            or listed and noun.tag_ != "NNS":
        return ""
    return KIN_GENDER.get(lemma_of(noun).lower(), "")


def _given_name_gender(name: Name) -> str:
    """The gender a full name's common given name tells ("Michael Lee": "m"; "" for a name
    of one word, which may be a surname, or a given name borne by both sexes)."""
    words = name.text.split()
    if len(words) < 2 or has_org_word(name.text):
        return ""  # ("Howard University", "Russell Church": a body named after someone)
    return "m" if words[0] in MALE_GIVEN_NAMES else "f" if words[0] in FEMALE_GIVEN_NAMES else ""


def governor(state: ArticleState, name: Name) -> Token | None:
    """The common noun a name modifies ("Islamic State" -> "militants"), if any."""
    root = name_root(state, name)
    if root.dep_ in {"compound", "amod", "nmod"} and root.head.pos_ == "NOUN" and \
            root.head.i >= name.end:
        return root.head
    # "members of the X"
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and lemma_of(root.head.head).lower() in MEMBER_NOUNS:
        return root.head.head
    return None


def is_subject(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass", "csubj"} or (
        token.dep_ == "conj" and token.head.dep_ in {"nsubj", "nsubjpass"})


def is_speaker(token: Token) -> bool:
    """The subject of a speech verb (or of "tweeted", "posted"), or the X of "according
    to X"."""
    if token.dep_ == "pobj" and token.head.lower_ == "to" and \
            token.head.head.lower_ == "according":
        return True
    return token.dep_ == "nsubj" and introduces_words(token.head)


def introduces_words(verb: Token) -> bool:
    """Does the verb say that its subject speaks the words it introduces: a speech verb (or
    "tweeted", "posted"), or "spoke" or "talked" with a colon of its own ("Lee spoke to the
    press: ...")?"""
    lemma = lemma_of(verb).lower()
    return lemma in POSTING_VERBS or lemma in TALK_VERBS and any(
        c.text == ":" and c.i > verb.i for c in verb.children)


def _coordinations(state: ArticleState) -> None:
    """Coordinated names ("Russia and Iran") are also one plural mention of the pair."""
    seen: set[int] = set()
    for i, cluster_id in sorted(state.token_cluster.items()):
        token = state.doc[i]
        name = state.token_name[i]
        if i != name.end - 1 or i in seen:
            continue
        members = [cluster_id]
        for conj in token.conjuncts:
            if conj.i > i and conj.i in state.token_cluster:
                other = state.token_cluster[conj.i]
                if other not in members:
                    members.append(other)
                seen.add(conj.i)
        if len(members) > 1:
            state.mentions.append(Mention(
                state.doc[name.start].idx, state.sent_of[i], tuple(members), plural=True,
                subject=is_subject(token), speaker=False))
