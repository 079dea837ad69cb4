"""What resolution knows of one article while it reads it: the parse, clusters, mentions.

Mention finding gives `Name`s; clustering turns groups of names into `Cluster`s (one
per entity) and their `Mention`s; argument resolution adds mentions as it goes (a
resolved "the group" can serve a later "it") and clusters for common phrases ("oil
convoys"). `ArticleState` holds these for one article and makes the clusters whose
identity is fixed by a table (a country, a government, a common phrase) at most once.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..demonyms import Country, normalize
from ..gazetteer import Gazetteer
from ..lexicon import credit_line
from ..models import Article
from ..parsing import lemma_of
from .keys import entity_key, group_forms, name_words
from .words import ACRONYM, KIND_RANK, NAME_LABELS, ORG_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass
class Cluster:
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
    # a count of casualties ("at least 20 people" killed) is one statement's: keyed with
    # its sentence, never one node with another sentence's "three people"
    instance: str = ""
    # people told apart by the named body they work for ("scientists from Acme
    # University"), by the lemma they are called by ("scientist"): this article's, keyed
    # in it (phrases.common), and what its "the researchers" may be (staffgroups)
    staff_noun: str = ""
    # the words of a thing's noun as it came in named ("economic plan" of "an economic
    # plan called Acme"): "the plan" may be it (descriptions.description)
    named_noun: str = ""
    first: int = 0  # char offset of first mention
    named: bool = False
    # a lone first name the text introduces by kinship ("Lee's son Tom"), joined to no
    # full name: one article's person (relations.entity_of keys it so)
    given_name: bool = False
    # a common phrase's words after its head, from the first of its phrases that had
    # any ("a wall [on the border]"): shortforms.qualified_before reads them
    after_head: frozenset[str] = frozenset()
    # a common phrase's named actor, possessor or giver ("a notice from the Guild"), by
    # that actor's label: owned.owned_before finds the actor's thing said again
    owner: str = ""

    def kind(self) -> str:
        if self.fixed_kind:
            return self.fixed_kind
        if not self.votes:
            return "Thing"
        votes = self.votes
        kind = max(votes, key=lambda k: (votes[k], -KIND_RANK[k]))
        if kind == "Organization" and self.votes["ArmedGroup"] >= 3:
            return "ArmedGroup"  # an organization the text calls militants or extremists
        return kind

    def label(self) -> str:
        if self.fixed_label:
            return self.fixed_label
        names = [n for n in self.names if not ACRONYM.match(n)] or self.names
        if not names:
            return ""
        counts = Counter(names)
        order = {n: i for i, n in reversed(list(enumerate(names)))}
        return max(counts, key=lambda n: (len(name_words(n)), counts[n], -order[n]))


@dataclass(frozen=True)
class Name:
    """A proper name in the text, titles and "the" left out."""

    start: int  # token indices, end exclusive
    end: int
    text: str
    label: str  # spaCy entity label, "" when found another way
    titles: tuple[str, ...] = ()

    @classmethod
    def over(cls, doc: Doc, start: int, end: int, label: str,
             titles: tuple[str, ...] = ()) -> Name:
        """The name the tokens start..end write, line breaks and runs of spaces made one."""
        return cls(start, end, " ".join(doc[start:end].text.split()), label, titles)


@dataclass(frozen=True)
class Mention:
    """A place in the text that refers to one or more clusters (a pair: "Russia and Iran")."""

    pos: int  # char offset
    sent: int
    clusters: tuple[int, ...]
    plural: bool
    subject: bool
    speaker: bool
    gender: str = ""  # "m" or "f" when a "he" or "she" made it (coreference.pronoun)


def mention_order(mention: Mention) -> tuple[int, tuple[int, ...]]:
    return mention.pos, mention.clusters


@dataclass(frozen=True)
class Turn:
    """One speaker's turn in a transcript: the tag's name and the text it covers."""

    name_start: int
    name_end: int
    start: int  # the turn runs from the tag to the next tag (or the end of the text)
    end: int


# A transcript marks who speaks at the start of a line: "((Ana Ruiz)) ..." (Wikinews'
# interviews) or "Ana Ruiz: ..." when the same tag opens several lines.
_DOUBLE_PARENTHESES_TAG = re.compile(r"(?m)^[ \t]*\(\(([^()\n]{1,60})\)\)")
_COLON_TAG = re.compile(r"(?m)^[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}):[ \t]")


def speaker_turns(text: str) -> list[Turn]:
    """Turns of the tags that open lines: every "((name))", and "name:" tags that open
    two or more lines (one "Note: ..." line is no transcript)."""
    tags = [(m.start(), m.start(1), m.end(1)) for m in _DOUBLE_PARENTHESES_TAG.finditer(text)]
    colon = list(_COLON_TAG.finditer(text))
    opened = Counter(m.group(1) for m in colon)
    tags += [(m.start(), m.start(1), m.end(1)) for m in colon if opened[m.group(1)] > 1]
    tags.sort()
    ends = [start for start, _, _ in tags[1:]] + [len(text)] if tags else []
    return [Turn(name_start, name_end, start, end)
            for (start, name_start, name_end), end in zip(tags, ends, strict=True)]


class ArticleState:
    """The parse of one article and the clusters and mentions found in it so far."""

    def __init__(self, article: Article, doc: Doc, gazetteer: Gazetteer | None) -> None:
        self.article = article
        self.doc = doc
        self.text = doc.text  # built once: Doc.text joins every token on each call
        self.texts = [token.text for token in doc]  # for title lookups around every name
        self.gazetteer = gazetteer
        self.clusters: list[Cluster] = []
        self.mentions: list[Mention] = []
        self.token_cluster: dict[int, int] = {}  # token index -> cluster of the name on it
        self.token_name: dict[int, Name] = {}
        self.sents = list(doc.sents)
        self.ents = doc.ents  # made once: Doc.ents builds every entity Span on each call
        self.sent_of = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            self.sent_of[sent.start:sent.end] = [number] * (sent.end - sent.start)
        self.credit_lines: dict[int, bool] = {}  # line start -> is a credit or copyright line
        self.by_key: dict[str, int] = {}  # fixed keys (countries, governments, things)
        self._token_at: dict[int, int] | None = None
        self._forms: dict[str, set[int]] | None = None
        self._turns: list[Turn] | None = None
        self._names_alone: dict[str, str] | None = None
        self._full_surnames: set[str] | None = None
        self._lower_nouns: set[str] | None = None
        self._capitalised_inside: set[str] | None = None
        self._nouns: dict[str, list[int]] | None = None
        self._by_lower: dict[str, list[int]] | None = None

    def token_at(self, pos: int) -> Token | None:
        """The token that starts at character `pos`, if one does."""
        if self._token_at is None:
            self._token_at = {token.idx: token.i for token in self.doc}
        i = self._token_at.get(pos)
        return self.doc[i] if i is not None else None

    def names_alone(self) -> dict[str, str]:
        """Texts of the model's name entities, with their labels (first seen wins)."""
        if self._names_alone is None:
            self._names_alone = {}
            for ent in self.ents:
                if ent.label_ in NAME_LABELS:
                    self._names_alone.setdefault(ent.text, ent.label_)
        return self._names_alone

    def full_surnames(self) -> set[str]:
        """Last words of the people the model names in full ("Lee" of "Ann Lee")."""
        if self._full_surnames is None:
            self._full_surnames = {e[-1].text for e in self.ents
                                   if e.label_ == "PERSON" and len(e) > 1}
        return self._full_surnames

    def turns(self) -> list[Turn]:
        """The speaker turns of an interview transcript, in text order (none elsewhere)."""
        if self._turns is None:
            self._turns = speaker_turns(self.text)
        return self._turns

    def capitalised_by_place(self, i: int) -> bool:
        """Is word i capitalised only for opening its sentence: a noun the article writes
        in lower case and never capitalised inside a sentence ("Carmaker Voltara to cut
        jobs" ... "the carmaker"; not "Hurricane", met as "as Hurricane Lorenzo hit")?
        The two word sets are made once per article."""
        word = self.doc[i]
        return bool(word.is_sent_start) and self.written_lower(i) and not self.written_inside(i)

    def written_lower(self, i: int) -> bool:
        """Does the article write word i in lower case somewhere, as a common noun (a
        place's or a person's name never is)? (The word set is made once per article.)"""
        if self._lower_nouns is None:
            self._lower_nouns = {t.text for t in self.doc if t.is_lower and t.pos_ == "NOUN"}
        return self.doc[i].text.lower() in self._lower_nouns

    def written_inside(self, i: int) -> bool:
        """Does the article write word i, as it is written there, anywhere but at a
        sentence's opening? (The word set is made once per article.)"""
        if self._capitalised_inside is None:
            self._capitalised_inside = {t.text for t in self.doc if not t.is_sent_start}
        return self.doc[i].text in self._capitalised_inside

    def nouns(self) -> dict[str, list[int]]:
        """The common nouns' word indices by lower-case lemma, in text order (made once:
        shortforms.introduced looks back for a description's noun)."""
        if self._nouns is None:
            self._nouns = {}
            for token in self.doc:
                if token.pos_ == "NOUN":
                    self._nouns.setdefault(lemma_of(token).lower(), []).append(token.i)
        return self._nouns

    def indices_of(self, lower: str) -> list[int]:
        """The indices of the words written `lower` once lower-cased, in text order (made
        once: descriptions look back for a noun, statephrases for a mayor)."""
        if self._by_lower is None:
            self._by_lower = {}
            for token in self.doc:
                self._by_lower.setdefault(token.lower_, []).append(token.i)
        return self._by_lower.get(lower, [])

    def name_forms(self) -> dict[str, set[int]]:
        """Other ways the text writes its names, normalized: a one-word name, a person's
        surname, and the plural and adjective forms of a group's name ("Zemblans",
        "Zemblan" for "Zembla"). Made once, after the names are clustered."""
        if self._forms is None:
            self._forms = {}
            for cluster in self.clusters:
                if cluster.named:
                    for form in _forms_of(cluster):
                        self._forms.setdefault(form, set()).add(cluster.ident)
        return self._forms

    def add_mention(self, mention: Mention) -> None:
        """Record a mention, keeping the list in text order."""
        bisect.insort(self.mentions, mention, key=mention_order)

    def before(self, pos: int) -> Iterable[Mention]:
        """Mentions that start before `pos`, nearest first."""
        end = bisect.bisect_left(self.mentions, pos, key=lambda m: m.pos)
        for i in range(end - 1, -1, -1):
            yield self.mentions[i]

    def new_cluster(self, pos: int) -> Cluster:
        cluster = Cluster(len(self.clusters), first=pos)
        self.clusters.append(cluster)
        return cluster

    def keyed_cluster(self, key: str, pos: int) -> Cluster:
        if key in self.by_key:
            return self.clusters[self.by_key[key]]
        cluster = self.new_cluster(pos)
        self.by_key[key] = cluster.ident
        return cluster

    def country_cluster(self, country: Country, pos: int) -> Cluster:
        cluster = self.keyed_cluster(f"country:{country.code}", pos)
        cluster.fixed_label, cluster.fixed_kind, cluster.country = (
            country.name, "Country", country)
        cluster.named = True
        return cluster

    def government_cluster(self, country: Country, pos: int) -> Cluster:
        cluster = self.keyed_cluster(f"government:{country.code}", pos)
        label = f"{country.adjective} government" if country.adjective else \
            f"government of {country.name}"
        cluster.fixed_label, cluster.fixed_kind, cluster.country = label, "Government", country
        cluster.named = True
        return cluster

    def common_cluster(self, kind: str, label: str, pos: int) -> Cluster:
        cluster = self.keyed_cluster(entity_key(kind, label), pos)
        cluster.fixed_label, cluster.fixed_kind = label, kind
        return cluster

    def boilerplate(self, start: int, end: int) -> bool:
        """Is the span on a credit or copyright line, or across a line break?"""
        text = self.article.text
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        if line_start not in self.credit_lines:
            line = text[line_start:line_end if line_end >= 0 else len(text)]
            self.credit_lines[line_start] = credit_line(line)
        return self.credit_lines[line_start] or "\n" in text[start:end].strip()


def _forms_of(cluster: Cluster) -> set[str]:
    """A person's surname and one-word name; a group's plural and adjective forms.

    Only forms a name can take: a bare one-word organization name is not among them
    (a capitalised "Democracy" opening a sentence is no party of that name), and a
    group's forms come only from a name of a distinctive word and generic ones
    ("Kanvari Movement").
    """
    kind = cluster.kind()
    forms: set[str] = set()
    for name in set(cluster.names):
        words = name_words(name)
        if kind == "Person":
            forms.add(normalize(words[-1]))
        elif kind in {"Organization", "ArmedGroup", "Group"} and len(words) > 1 and all(
                w.casefold() in ORG_WORDS for w in words[1:]):
            forms.update(group_forms(words[0]))
    return forms
