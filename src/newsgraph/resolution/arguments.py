"""Argument resolution: a statement's subject, object, source and place onto entities.

An argument's head noun decides: a pronoun or a first person goes to coreference; a
name is its cluster (a capital as an agent stands for its country: "Moscow said"),
and so is a description in apposition with one ("the judge in the case, Ann Lee") and
a title cut off its name ("Mexico's Foreign Secretary" [Ana Ruiz]);
"Syrian government", "the regime in Damascus" are that country's government;
"<organization> fighters" the organization; "<demonym> troops" acting the state (those
three are `statephrases`); a definite description points back; anything else is a
common phrase (a Group or a Thing). A clause ("said [they had died]"), an adjective,
an amount ("40 percent") or a time ("on Monday") is no entity.

Arguments are read in text order so that a resolved description can serve a later
pronoun; each result is kept, and the key it is kept under holds everything the
rules read (the argument, its role, whether its verb is one of speech, and the
statement's attribution), so a result never depends on which statement asked first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..demonyms import (
    country_for_demonym,
    country_for_name,
    normalize,
)
from ..lexicon import LEGISLATOR_ROLES, PARTY_NAMES, ROLES
from ..models import Argument
from ..parsing import lemma_of
from ..vocabulary import ACTOR_KINDS
from . import coreference, descriptions, shortforms, speakers, statephrases
from .declared import declared_thing
from .gatherings import bare_gathering, named_gathering
from .gluedoffices import glued_office
from .investigators import investigating_body
from .keys import name_words, strip_the
from .naming import a_works_title
from .offices import office_holder
from .phrases import (
    add_surface,
    casualty_object,
    common,
    common_label,
    company_named,
    counted_casualties,
    counted_dead,
    institution_named,
    named_thing,
    of_complement,
)
from .police import bare_police, police_force
from .staffgroups import bare_staff, staff_group
from .state import ArticleState, Mention
from .words import (
    ACRONYM,
    DEAD_WORDS,
    DESCRIPTION_KINDS,
    FIRST_PERSON,
    GENDERED_NOUNS,
    GOVERNMENT_NOUNS,
    KIN_NOUNS,
    MEMBER_NOUNS,
    NEW_REFERENT_WORDS,
    OTHER_ENT_LABELS,
    PEOPLE_NOUNS,
    PRONOUNS,
    PURE_QUANTITY_HEADS,
    QUANTITY_HEADS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Found = tuple[tuple[int, ...], str]  # clusters, and how they were found (RESOLVED_VIA)

# participles that name the noun they follow: "a woman named Ann Lee", "the man,
# identified as Tom Kell", "a program known as Zorin" (not "known to police")
_NAMING_PARTICIPLES = frozenset({"named", "called", "identified", "known", "dubbed",
                                 "nicknamed"})


# kinds a name never has as a thing's noun names it: the recognizer's guess, if anything
_NOT_NAMED_THINGS = frozenset({"Person", "Group", "Country", "Location"})


def _naming_participles(head: Token) -> list[Token]:
    """The participles naming the noun: its own ("a man identified as Tom Kell"), or one the
    parser hung on the verb right after the noun and a comma ("detained the man, later
    identified as Tom Kell")."""
    found = [acl for acl in head.children if acl.dep_ == "acl" and acl.tag_ == "VBN"
             and acl.lower_ in _NAMING_PARTICIPLES]
    doc, after = head.doc, head.right_edge.i + 1
    if head.dep_ == "dobj" and after < len(doc) and doc[after].text == ",":
        found += [c for c in head.head.children
                  if c.dep_ in ("advcl", "dep") and c.tag_ == "VBN" and c.lower_ == "identified"
                  and c.left_edge.i == after + 1]
    return found


def _kinds_described(word: str) -> set[str]:
    """The kinds of entity a describing noun fits: "a nurse" a person, "a militia" an
    armed group or an organization (words.DESCRIPTION_KINDS, and every noun for people)."""
    kinds = set(DESCRIPTION_KINDS.get(word, ()))
    if word in PEOPLE_NOUNS or word in KIN_NOUNS or word in GENDERED_NOUNS or word in ROLES:
        kinds.add("Person")
    return kinds


class ArgumentResolver:
    """Resolves the arguments of one article's statements, remembering each result."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self.cache: dict[tuple[object, ...], Found] = {}
        self.attribution: Argument | None = None  # of the statement being read
        self.seeking_speaker = False
        self.owner_in_doubt = False  # set by _owner: a possessive pronoun did not resolve

    def resolve(self, arg: Argument | None, role: str, lemma: str = "") -> tuple[int, ...]:
        """The clusters an argument names (several for "Russia and Iran"), or ()."""
        return self.resolve_via(arg, role, lemma)[0]

    def resolve_via(self, arg: Argument | None, role: str, lemma: str = "") -> Found:
        """The clusters an argument names and how they were found (models.RESOLVED_VIA)."""
        if arg is None:
            return (), ""
        # everything the rules read: a pronoun reads whether its verb is one of speech,
        # a first person the statement's attribution and whether a speaker is being sought,
        # a description whether the statement is one of "be", a count whether it is of the
        # dead or hurt
        attribution = self.attribution
        cache_key = (arg.start, arg.end, role, coreference.is_speech(role, lemma),
                     (attribution.start, attribution.end) if attribution else None,
                     self.seeking_speaker, lemma.split(" ")[0] == "be",
                     casualty_object(role, lemma))
        if cache_key not in self.cache:
            self.cache[cache_key] = self._resolve(arg, role, lemma)
        return self.cache[cache_key]

    def _resolve(self, arg: Argument, role: str, lemma: str) -> Found:
        state = self.state
        span = state.doc.char_span(arg.start, arg.end, alignment_mode="expand")
        if span is None or not len(span) or state.boilerplate(arg.start, arg.end):
            return (), ""
        root = state.doc[arg.root] if span.start <= arg.root < span.end else span.root
        # the dead or hurt, counted ("killed seven", "killed 26 members of the group"): a
        # node of their own, never the group they belong to
        counted = counted_dead(state, arg, span, root, role, lemma) or \
            counted_casualties(state, arg, span, root, role, lemma)
        if counted:
            return counted, "nominal"
        if coreference.pair_word(root, list(span)):  # "Both are ...", "the two" (a number)
            return coreference.pair(state, arg, root)
        head = self._nominal_head(root, span)
        if head is None or _names_the_noun_after(head):
            return (), ""  # a clause or an adjective is no entity
        text = " ".join(arg.text.split())
        if head.lower_ in PRONOUNS and (len(span) == 1 or head.pos_ == "PRON"):
            return coreference.pronoun(state, arg, head, role, lemma)
        if head.lower_ in FIRST_PERSON and not ACRONYM.match(head.text) and (
                len(span) == 1 or head.pos_ == "PRON"):  # "US" is no "us"
            return speakers.first_person(self, head)
        if role in ("subject", "attribution") and _one_of_a_party(head):
            return (), ""  # "any other Democrat", "a Republican": a member, not the party
        if head.lower_ == "one" and head.dep_ == "appos":  # "Ann Lee, one of the nurses who"
            named = self._described(head, role, lemma)
            if named is not None:
                return (named,), "name"
        if root.lower_ == "one" and lemma.split(" ")[0] != "be":
            named = self._one_named(root)  # "spoke to one of the candidates, Ann Lee,"
            if named is not None:
                return (named,), "name"
        if (text.casefold() in DEAD_WORDS and not text.isupper()) or \
                (head.lower_ in DEAD_WORDS and head.pos_ in {"PRON", "DET"} and
                 not (head.text.isupper() and head.i in state.token_cluster)):  # "WHO"
            return (), ""
        found, via = self._nominal(arg, span, head, text, role, lemma)
        if found and "respectively" in state.text and _paired_list(span, head):
            return found, "uncertain"
        if role == "attribution" and found and not any(
                state.clusters[c].kind() in ACTOR_KINDS for c in found):
            # "according to a count by X": the source is the actor inside the phrase
            names = [state.token_cluster[t.i] for t in span if t.i in state.token_cluster
                     and state.clusters[state.token_cluster[t.i]].kind() in ACTOR_KINDS]
            return ((names[0],), "name") if names else ((), "")
        return found, via

    def _nominal_head(self, head: Token, span: Span) -> Token | None:
        """The noun an argument is about: through verbs to their subject, through quantities."""
        state = self.state
        if head.pos_ in {"VERB", "AUX"} and head.i not in state.token_cluster:
            # (a name the model also tags as a verb is a name: "Spotify's chief executive")
            # "helped [Assad recapture ...]": a bare verb's subject is what the phrase is
            # about; a finite clause ("said [they had died]") is a proposition, no entity
            nominals = [t for t in head.children if span.start <= t.i < span.end
                        and t.dep_ in {"nsubj", "nsubjpass"}]
            finite = head.tag_ not in {"VB"} or any(
                c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in head.children)
            if not nominals or finite:
                return None
            head = nominals[0]
        # a titled name compounding a noun is a mis-parse ("President X Y recapture ...")
        if head.pos_ == "NOUN" and head.i not in state.token_cluster:
            for child in head.children:
                name = state.token_name.get(child.i)
                if child.dep_ == "compound" and name is not None and name.titles \
                        and lemma_of(head).lower() not in GOVERNMENT_NOUNS | MEMBER_NOUNS:
                    head = state.doc[name.end - 1]
                    break
        found = _through_quantities(head, span, state.token_cluster)
        if found is None:
            return None
        head = found
        if head.pos_ in {"ADJ", "ADV", "ADP", "SCONJ", "CCONJ", "PART", "INTJ", "SYM", "X"} \
                and head.i not in state.token_cluster and country_for_demonym(head.text) is None:
            return None
        if a_works_title(state.doc, head.left_edge.i) or \
                a_works_title(state.doc, head.i) and _title_runs_on(state.doc, head.i):
            # "an artwork entitled America": a title, not the country; "the album Band on
            # the Run": a title the parse cuts at its preposition ("album Band")
            return None
        if head.ent_type_ in OTHER_ENT_LABELS and head.i not in state.token_cluster and \
                of_complement(head) is None or \
                head.lower_ in {"time", "am", "pm"} and any(
                t.ent_type_ in OTHER_ENT_LABELS for t in head.lefts):
            return None  # "on Monday", "ten miles", "9 pm local time": qualifiers, not entities
        return head

    def _nominal(self, arg: Argument, span: Span, head: Token, text: str, role: str,
                 lemma: str = "") -> Found:
        """A noun phrase: a name, a government, members, a state's troops, or a phrase.

        The subject of "be" ("US troops were in Iraq") does nothing: troops there are not
        their state there."""
        state = self.state
        # a bare demonym or a country name used as an adjective ("Russian", "Iran"-backed),
        # or a demonym of two words as an adjective ("the South Sudanese minister"; not "the
        # Philippines" nor a "Hong Konger")
        country = country_for_demonym(text) if len(span) <= 2 else None
        if country is not None and (len(name_words(text)) == 1 or "-" not in text and
                                    head.dep_ == "amod" and head.pos_ == "ADJ"):
            return (state.country_cluster(country, arg.start).ident,), "name"
        # (before the name test: a capitalised title, "Vice President of the United States
        # Ann Lee", is often a name of its own to the recognizer, yet she is the one meant)
        held = self._office_holder_after(head)
        if held is not None:
            return (held,), "name"
        if head.i in state.token_cluster:  # the head word is (part of) a name
            cid = state.token_cluster[head.i]
            return (statephrases.metonymy(state, cid, role, arg.start),), "name"
        kin = descriptions.family(state, arg, head)
        if kin is not None:  # named "the parents" ("both parents" says how many: no name)
            state.clusters[kin].surfaces.add(head.lower_)
            return (kin,), "description"
        agent = role == "attribution" or role == "subject" and lemma.split(" ")[0] != "be"
        found = statephrases.state_phrase(state, arg, span, head, agent)
        if found:
            return found, "name"
        country = country_for_name(text)  # a country name the NER missed
        if country is not None:
            return (state.country_cluster(country, arg.start).ident,), "name"
        named = self._name_form(head)
        if named is not None:
            return (named,), "name"
        named = self._titled(head)
        if named is None:
            named = self._apposition(head)
        if named is None:
            named = self._apposed_to(head)
        if named is None:
            named = self._described(head, role, lemma)
        if named is None:
            named = self._named_as(head)
        if named is None:
            named = office_holder(state, head)
        if named is None:
            named = company_named(state, head)
        if named is None:
            named = named_thing(state, head)
        if named is None and head.pos_ == "NOUN":
            named = institution_named(state, common_label(state, span, head))
        if named is not None:
            add_surface(state, state.clusters[named], span, head)  # "the judge" names her
            return (named,), "name"
        again = _said_again(state, arg, span, head, role)
        if again is not None:
            return again
        self.owner_in_doubt = False
        found, via = common(state, arg, span, head, self._owner)
        return (found, "uncertain") if found and self.owner_in_doubt else (found, via)

    def _name_form(self, head: Token) -> int | None:
        """A capitalised word the model did not take for a name but that writes one:
        a surname tagged as a common noun, "the Zemblans" for the Zembla movement."""
        state = self.state
        if not head.text[:1].isupper() or head.pos_ not in {"NOUN", "PROPN"} or \
                head.is_upper and len(head.text) > 1:
            return None  # (an all-capital word is an acronym of its own)
        found = state.name_forms().get(normalize(head.text), set())
        return next(iter(found)) if len(found) == 1 else None

    def _titled(self, head: Token) -> int | None:
        """The person a title stands before when the argument stops at the title
        ("Mexico's Foreign Secretary" of "Mexico's Foreign Secretary Ana Ruiz said")."""
        state = self.state
        name = state.token_name.get(head.head.i) if head.dep_ == "compound" else None
        if name is None or head.i >= name.start or not name.titles:
            return None
        if not any(title.split()[-1] == head.lower_ for title in name.titles):
            return None
        return state.token_cluster.get(head.head.i)

    def _office_holder_after(self, head: Token) -> int | None:
        """The person of "President of Atlantis Ann Lee", where the parse makes the
        title the head and the name its "of" (gluedoffices.glued_office), and of a
        legislator's "Senator from Valdora Ann Lee" (the place a member sits for)."""
        state, doc = self.state, self.state.doc
        if head.i + 1 >= len(doc) or not (doc[head.i + 1].lower_ == "of" or (
                doc[head.i + 1].lower_ == "from" and head.lower_ in LEGISLATOR_ROLES)):
            return None
        office = glued_office(doc, head.i + 1, state.names_alone())
        if office is None or office.role[1] != head.i + 1:
            return None
        cluster = state.token_cluster.get(office.person[1] - 1)
        # a person by the votes of the whole article, or by the recognizer here (the
        # surname alone elsewhere may have voted the name an organization)
        return cluster if cluster is not None and (
            state.clusters[cluster].kind() == "Person" or
            doc[office.person[0]].ent_type_ == "PERSON") else None

    def _apposition(self, head: Token) -> int | None:
        """The name a description stands in apposition with: "the judge presiding over
        the case, Ann Lee, said" names Ann Lee (the parse may hang the name on the
        description or make it a second subject of the verb). The noun must be one that
        refers (words.DESCRIPTION_KINDS) and the name's kind fit it ("the judge" a person):
        "a judgement favourable to the plaintiff, Ann Lee" names no judgement Ann Lee."""
        state, doc = self.state, self.state.doc
        if head.pos_ != "NOUN":
            return None
        appositive = [c.i for c in head.children if c.dep_ == "appos"]
        end = max(t.i for t in head.subtree) + 1
        appositive += _hung_on_its_of(head)
        if end + 1 < len(doc) and doc[end].text == "," and end + 1 in state.token_name:
            name = state.token_name[end + 1]
            root = doc[name.end - 1]
            if root.dep_ == head.dep_ and root.head == head.head and \
                    name.end < len(doc) and doc[name.end].text == ",":
                appositive.append(root.i)
        kinds = DESCRIPTION_KINDS.get(lemma_of(head).lower(), ())
        for i in appositive:
            cluster = state.token_cluster.get(i)
            if cluster is not None and state.clusters[cluster].kind() in kinds:
                return cluster
        return None

    def _apposed_to(self, head: Token) -> int | None:
        """The name a description set off after it restates: "Brantons, the UK's
        fifth-largest supermarket chain," is Brantons, though the description is one no
        later mention points back to (a superlative, an owner). The noun must refer to the
        name's kind (words.DESCRIPTION_KINDS)."""
        state, doc = self.state, self.state.doc
        name = head.head
        if head.dep_ != "appos" or head.pos_ != "NOUN" or name.i > head.i or \
                name.i not in state.token_cluster or doc[head.left_edge.i - 1].text != ",":
            return None
        cluster = state.token_cluster[name.i]
        kinds = DESCRIPTION_KINDS.get(lemma_of(head).lower(), ())
        kind = state.clusters[cluster].kind()
        # (a name nothing has told the kind of yet may be the body the description says)
        fits = kind in kinds or kind == "Thing" and state.clusters[cluster].named and \
            "Organization" in kinds
        return cluster if fits else None

    def _named_as(self, head: Token) -> int | None:
        """The one a noun says is named so: "a woman named Ann Lee", "an officer called
        Tom Rees", "the man, later identified as Tom Kell" is that person. The noun must be
        one for people (or refer to the name's kind, words.DESCRIPTION_KINDS): "a ship named
        Valdora" is no person Valdora, though the recognizer may take the ship's name for
        one. A thing's noun ("a firm called Acme", "a cellular automaton known as the Game of
        Life") is the name the article brings in right there, of any kind but a person's, a
        people's or a place's (the recognizer takes many a thing's name for one: "a
        mannequin nicknamed Ripley" is no town Ripley): a name met before may be another
        thing's ("a ship named Valdora" in a story about Valdora's president)."""
        state = self.state
        naming = _naming_participles(head)
        if head.pos_ != "NOUN" or not naming:
            return None
        kinds = _kinds_described(lemma_of(head).lower())
        for acl in naming:
            for name in acl.children:
                if name.dep_ == "prep" and name.lower_ == "as":
                    name = next((t for t in name.children if t.dep_ == "pobj"), name)
                elif name.dep_ not in {"oprd", "dobj", "attr"}:
                    continue
                cluster = state.token_cluster.get(name.i)
                if cluster is None:
                    continue
                found = state.clusters[cluster]
                if found.kind() in kinds:
                    return cluster
                if "Person" not in kinds and found.kind() not in _NOT_NAMED_THINGS and \
                        found.first >= acl.idx:
                    found.named_noun = found.named_noun or " ".join(
                        [t.lower_ for t in head.lefts if t.dep_ in ("amod", "compound")] +
                        [lemma_of(head).lower()])
                    return cluster
        return None

    def _described(self, head: Token, role: str, lemma: str) -> int | None:
        """The name a description with a clause of its own stands in apposition to: in
        "Ann Lee, a nurse who worked for the Red Cross" the nurse who worked there is Ann
        Lee (the relative clause hangs on the description, not on the name). Not in a
        statement of "be": "Ann Lee, a nurse" is that apposition itself, and "a nurse in
        Dalton" says no more where she is. "Ann Lee, one of the nurses who worked there" puts
        her among those who did."""
        noun = head
        if head.lower_ == "one":  # the clause hangs on the "of" phrase
            of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            noun = next((g for g in of.children if g.dep_ == "pobj"), head) if of else head
        if noun.pos_ != "NOUN" or head.dep_ != "appos" or \
                role not in ("subject", "object") or lemma.split(" ")[0] == "be" or \
                not any(c.dep_ in ("relcl", "acl") for c in noun.children):
            return None
        cluster = self.state.token_cluster.get(head.head.i)
        if cluster is None or \
                self.state.clusters[cluster].kind() not in _kinds_described(
                    lemma_of(noun).lower()):
            return None
        return cluster

    def _one_named(self, head: Token) -> int | None:
        """The name set off right after "one of" a group, which says which one: "spoke to one
        of the four candidates, Ann Lee," spoke to Ann Lee, not to the candidates (the parser
        hangs the name on "one" or on the verb)."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
            return None
        doc = self.state.doc
        comma = head.right_edge.i + 1
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return None
        name = doc[comma + 1]
        while name.dep_ == "compound" and name.head.i > name.i:
            name = name.head  # "Ann [Lee]"
        after = name.i + 1
        if name.pos_ != "PROPN" or name.dep_ not in ("appos", "npadvmod") or \
                name.head.i not in (head.i, head.head.i, head.head.head.i) or \
                after < len(doc) and doc[after].text not in (",", ".", ";"):
            return None
        return self.state.token_cluster.get(name.i)

    def _owner(self, head: Token) -> str | None:
        """The label of a named actor that possesses the phrase ("its", "Assad's", "the
        party's": a definite description, as the resolver reads it), if any."""
        state = self.state
        for child in head.children:
            if child.dep_ != "poss":
                continue
            if child.i in state.token_cluster:
                found: tuple[int, ...] = (state.token_cluster[child.i],)
            elif child.lower_ in PRONOUNS:
                probe = Argument(child.text, child.idx, child.idx + len(child.text), child.i)
                found, via = coreference.pronoun(state, probe, child, "possessor", "")
                if via != "pronoun":
                    self.owner_in_doubt = True  # "his office": whose is a guess, or unknown
                    return None
            elif (described := _bare_definite(child)) is not None:
                probe = Argument(described.text, described.start_char, described.end_char,
                                 child.i)
                found, via = descriptions.description(state, probe, described, child,
                                                      "possessor")
                if via == "uncertain":
                    self.owner_in_doubt = True  # "the party's" of an article of two parties
                    return None
            else:
                return None
            if len(found) == 1 and state.clusters[found[0]].named:
                return strip_the(state.clusters[found[0]].label())
        return None


def _bare_definite(noun: Token) -> Span | None:
    """ "the party" of "the party's nomination": a common noun after "the" and nothing else
    (not "the ruling party's", "the party leader's"), as a span; else None."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return None
    words = [c for c in noun.children if c.dep_ != "case"]
    if len(words) != 1 or words[0].dep_ != "det" or words[0].lower_ != "the":
        return None
    return noun.doc[words[0].i:noun.i + 1]


def _said_again(state: ArticleState, arg: Argument, span: Span, head: Token,
                role: str) -> Found | None:
    """A phrase that points back to a thing or actor met before: the act's noun of the
    one thing declared ("the declaration"), the staff of the one investigating body
    ("investigators"), the one police force ("police"), the one staff group ("the
    researchers" after "researchers from Acme"), the one named gathering ("the event"), a
    definite description ("the group"), or
    a phrase with "a" that restates, is apposed to or defines the thing. None when the
    phrase points back to nothing; an empty Found when it must stay unresolved."""
    # "the declaration" after "declared a state of emergency"; "investigators" after
    # "the Transportation Safety Board"
    before = declared_thing(state, head)
    if before is None:
        before = investigating_body(state, head)
    if before is None and bare_police(head):  # "police" after "Thames Valley Police", or
        before = police_force(state, head)    # no one force ("the police" of no name)
        if before is None:
            return None
    if before is None and (noun := bare_staff(head)):  # "the researchers" after
        before = staff_group(state, head, noun)      # "researchers from Dalton University"
    if before is None and (noun := bare_gathering(head)):  # "the event" after "the Acme
        before = named_gathering(state, head, noun)      # Book Fair was held in Dalton"
    if before is not None:
        add_surface(state, state.clusters[before], span, head)
        return (before,), "description"
    # a definite phrase with its own modifier after the head ("the territory in Iraq",
    # "the ruins of the city") introduces something new rather than pointing back
    # (or the head's own, left out of a role's span: "the city" of "the city's mayor")
    determiner = [t for t in span if t.i < head.i and t.dep_ == "det"] or [
        t for t in head.lefts if t.dep_ == "det"]
    restricted = any(c.dep_ in {"prep", "relcl", "acl"} for c in head.rights) or any(
        c.tag_ in {"JJS", "JJR", "RBS"} or c.lower_ in NEW_REFERENT_WORDS or
        c.ent_type_ == "ORDINAL" for c in head.lefts)
    if determiner and determiner[0].lower_ in {"the", "this", "these", "that", "those"} \
            and not restricted:
        found, via = descriptions.description(state, arg, span, head, role)
        if found:
            return found, via
        if DESCRIPTION_KINDS.get(lemma_of(head).lower()) == ("Person",) and \
                head.tag_ == "NN":
            return (), ""  # "the president" with no president before: like a lone "he"
    elif determiner and determiner[0].lower_ in {"a", "an"}:
        again = shortforms.restated(state, arg, span, head)
        if again is None:  # "a face veil covering, the niqab"
            again = shortforms.apposed(state, head, arg.start)
        if again is None:  # "A niqab is a face-veil"
            again = shortforms.defined(state, head, arg.start)
        if again is not None:  # named without its "a": "border wall"
            state.clusters[again].surfaces.add(common_label(state, span, head))
            state.add_mention(Mention(arg.start, state.sent_of[head.i], (again,), False,
                                      False, False))
            return (again,), "description"
    return None


def _names_the_noun_after(head: Token) -> bool:
    """ "received a Copyright Act (CA) take-down notice": the parser made the notice the
    apposition of the name before the brackets, but the name only says which notice; the
    phrase is the notice, no entity of that name."""
    doc = head.doc
    return any(c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and c.i > head.i + 2 and
               doc[head.i + 1].text == "(" and
               any(t.text == ")" for t in doc[head.i + 2:c.i]) and
               not any(t.text == "," for t in doc[head.i + 1:c.i]) for c in head.children)


def _one_of_a_party(head: Token) -> bool:
    """Is the phrase one member of a party written by the party's word ("a Republican won
    the seat", "any other Democrat running")? The party did not do what one member did,
    and which member the phrase is, only the article's reader may guess."""
    return head.tag_ in ("NNP", "NN") and head.lower_ in PARTY_NAMES and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "any", "another", "each", "every", "no")
        or c.lower_ == "other" for c in head.lefts)


def _through_quantities(head: Token, span: Span, names: dict[int, int]) -> Token | None:
    """"much of the territory", "groups of fighters": the noun after a quantity's "of".

    An apposition that is a name names the phrase itself: "one of these groups, the
    Liberation Front" is the Liberation Front, not the groups named before. None when
    the phrase is only an amount ("40 percent", "the majority").
    """
    for _ in range(3):
        if head.i not in names:
            named = [c for c in head.children if c.dep_ == "appos" and c.i in names]
            if named:
                return named[0]
        if head.lower_ not in QUANTITY_HEADS and \
                lemma_of(head).lower() not in QUANTITY_HEADS and not head.like_num:
            break
        objects = [t for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for t in prep.children if t.dep_ == "pobj" and span.start <= t.i < span.end]
        if not objects:
            if head.lower_ in PURE_QUANTITY_HEADS and not any(
                    c.dep_ == "compound" for c in head.children):
                return None
            break
        head = objects[0]
    return head


def _paired_list(span: Span, head: Token) -> bool:
    """Is the argument a list, or one item of a list, that "respectively" pairs with
    another? ("Lee and Kim won the first and second prizes respectively": each goes with
    one item of the other list, which the statement cannot say.)"""
    if not any(t.lower_ == "respectively" for t in head.sent):
        return False
    return bool(head.conjuncts) or any(t.conjuncts for t in span)


def _title_runs_on(doc: Doc, i: int) -> bool:
    """Does a title go on past word i with lower-case small words and a capitalised word
    ("Band on the Run", "Gone with the Wind")?"""
    k = i + 1
    while k < len(doc) and k - i <= 3 and doc[k].is_lower and \
            doc[k].pos_ in {"ADP", "DET", "CCONJ", "PART"}:
        k += 1
    return k > i + 1 and k < len(doc) and doc[k].text[:1].isupper()


def _hung_on_its_of(head: Token) -> list[int]:
    """ "The director of Atlas Media, Tom Reed, said": the parser hangs the name on the
    post's "of" object, a name other than a person's (a body or a place, never in
    apposition with a person), though it names the post's holder. Only a name set off by
    commas that closes the post's phrase ("the mayor of Paris, Anne Hidalgo, ..."), whose
    kind the caller checks (the recognizer may tag a person's name a body's); after a
    common noun ("the son of the president, Joe Biden") the name is rightly the object's."""
    doc = head.doc
    last = max((t.i for t in head.subtree if not t.is_punct), default=head.i)
    found: list[int] = []
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.pos_ != "PROPN" or pobj.ent_type_ == "PERSON":
                continue
            found += [a.i for a in pobj.children
                      if a.dep_ == "appos" and a.i > pobj.i and a.pos_ == "PROPN" and
                      a.ent_type_ in ("PERSON", "ORG", "") and a.right_edge.i == last and
                      doc[a.left_edge.i - 1].text == "," and
                      (last + 1 == len(doc) or doc[last + 1].is_punct)]
    return found
