"""Namespaces and the ontology as data: the single source of truth for terms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from urllib.parse import quote

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS

from .lexicon import slug

NG = Namespace("https://w3id.org/newsgraph/ontology#")
NGP = Namespace("https://w3id.org/newsgraph/property/")  # predicates the ontology does not name
ENTITY = Namespace("https://w3id.org/newsgraph/id/")
ARTICLE = Namespace("https://w3id.org/newsgraph/article/")
STATEMENT = Namespace("https://w3id.org/newsgraph/statement/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")

ONTOLOGY_IRI = URIRef("https://w3id.org/newsgraph/ontology")
ACTOR_KINDS = ("Person", "Organization", "ArmedGroup", "Government", "Country", "Group")
NON_ACTOR_KINDS = ("Location", "Event", "Thing")
FAMILIES = ("conflict", "cooperation", "statement", "other")


def ontology_dir() -> Path:
    """The folder holding newsgraph.ttl, shapes.ttl and queries/, installed or in a checkout."""
    packaged = resources.files("newsgraph") / "ontology"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "ontology"


def entity_iri(key: str) -> URIRef:
    """The IRI of an entity key such as "person/bashar-al-assad", escaped where needed."""
    return ENTITY[quote(key, safe="/-_.~")]


@cache
def ontology_graph() -> Graph:
    graph = Graph()
    graph.parse(ontology_dir() / "newsgraph.ttl", format="turtle")
    return graph


@dataclass(frozen=True)
class Property:
    name: str  # local name in NG or NGP
    label: str
    family: str
    minted: bool = False  # True for predicates the ontology does not name

    @property
    def iri(self) -> URIRef:
        return NGP[self.name] if self.minted else NG[self.name]


@cache
def _lemma_table() -> dict[str, Property]:
    graph = ontology_graph()
    table: dict[str, Property] = {}
    for prop, lemma in sorted(graph.subject_objects(NG.lemma)):
        name = str(prop).removeprefix(str(NG))
        table[str(lemma)] = Property(name, str(graph.value(prop, RDFS.label)), family_of(prop))
    return table


@cache
def family_of(prop: URIRef) -> str:
    """The family annotation of the nearest ancestor that has one."""
    graph = ontology_graph()
    seen: set[URIRef] = set()
    frontier = [prop]
    while frontier:
        current = frontier.pop(0)
        if current in seen:
            continue
        seen.add(current)
        family = graph.value(current, NG.family)
        if isinstance(family, Literal):
            return str(family)
        frontier.extend(
            o for o in graph.objects(current, RDFS.subPropertyOf) if isinstance(o, URIRef)
        )
    return "other"


def held_before(prop: URIRef) -> bool:
    """Is the property a post held before (under ng:formerAffiliation)?

    The gate asserts a statement the text tells as over (modality "former") only under one
    of these: "former member of" says what ng:memberOf would claim still holds.

    >>> held_before(NG.formerMemberOf), held_before(NG.memberOf)
    (True, False)
    """
    return is_under(prop, NG.formerAffiliation)


def named_property(name: str) -> Property:
    """The ontology's property of that local name, for one resolution chooses by what its
    ends are rather than by the verb ("hits": a storm's "hit" is no attack).

    >>> named_property("hits").label
    'hits'
    """
    prop = NG[name]
    label = ontology_graph().value(prop, RDFS.label)
    if label is None:
        raise KeyError(f"the ontology has no property ng:{name}")
    return Property(name, str(label), family_of(prop))


def is_affiliation(prop: URIRef) -> bool:
    """Is the property a post, a membership or a tie (under ng:affiliation)?

    >>> is_affiliation(NG.memberOf), is_affiliation(NG.attacks)
    (True, False)
    """
    return is_under(prop, NG.affiliation)


@cache
def is_under(prop: URIRef, ancestor: URIRef) -> bool:
    """Is `ancestor` the property itself or one above it in the ontology (read once a pair)?"""
    return ancestor in ontology_graph().transitive_objects(prop, RDFS.subPropertyOf)


# prepositions that only name the target of a verb: "attack on X" is "attack X"
TARGET_PREPOSITIONS = frozenset({"on", "upon", "against", "at"})


# "is an outspoken critic of X", "an early supporter of X": a role that is a stance is the
# stance verb; a stance given up ("a former critic of X") is not held any more
STANCE_ROLES = {"critic": "criticize", "opponent": "oppose", "supporter": "support",
                "backer": "back", "advocate": "support", "proponent": "support"}
_STANCE_ROLE = re.compile(r"be (?:[\w-]+ )*?(" + "|".join(STANCE_ROLES) + ") (?:of|for)")
_GIVEN_UP = frozenset({"former", "ex", "one-time", "onetime", "erstwhile", "past"})
REQUEST_PROPERTY = "callsOn"  # "urged X to leave": whose lemmas are a verb and "to"


@lru_cache(maxsize=8192)  # the writing pass asks for each statement's, often the same
def property_for(lemma: str) -> Property:
    """Map a predicate lemma ("withdraw from") onto an ontology property.

    Unknown predicates get a minted property under ng:otherRelation, so nothing is dropped.

    >>> property_for("back").name
    'supports'
    >>> property_for("withdraw from").name
    'withdraw-from'
    """
    lemma = " ".join(lemma.lower().split())
    table = _lemma_table()
    if lemma in table:
        return table[lemma]
    # "urge to withdraw troops": a request verb with the act asked for is the request made
    # of the one asked (ng:callsOn, whose lemmas end in "to"); bare "ask" stays its own
    asked, to, act = lemma.partition(" to ")
    request = table.get(asked + to.rstrip()) if to and act else None
    if request is not None and request.name == REQUEST_PROPERTY:
        return request
    stance = _STANCE_ROLE.fullmatch(lemma)
    if stance and _GIVEN_UP.isdisjoint(lemma.split()):
        return table[STANCE_ROLES[stance.group(1)]]
    head, _, rest = lemma.partition(" ")
    # "attack on", "fire upon": a known verb with a preposition of its target; other
    # prepositions change the verb ("lead to", "run for", "beat in"), and a post is held
    # of no target ("the judge ruled against the firm" is a ruling, no rule over it)
    if head in table and rest in TARGET_PREPOSITIONS and table[head].family != "statement" \
            and table[head].name != "leads":
        return table[head]
    name = slug(lemma) if any(c.isalnum() for c in lemma) else "relates-to"
    return Property(name, lemma, "other", minted=True)
