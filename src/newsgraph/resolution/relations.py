"""From resolved arguments to the article's entities and relations.

Each statement makes one relation per subject and object entity (a pair "Russia and
Iran" makes two), unless the two ends are one entity. "be" is an edge only between
two named entities: "X is a regional governor" makes the role noun a role of X. A
named actor is a node even without a statement, unless it is one stray word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from ..lexicon import INCIDENT_NOUNS, credit_line
from ..models import Entity, Extraction, Relation
from ..qualifiers import ACTOR_TIE_PARTICIPLES, LISTENER_VERBS
from ..vocabulary import ACTOR_KINDS, NG, is_under, named_property, property_for
from .arguments import ArgumentResolver
from .clusters import POST_RULE
from .keys import chamber_alone, clean, entity_key, name_words, strip_the
from .state import ArticleState, Cluster
from .words import MAX_ALT_WORDS, MAX_ROLE_WORDS

# a few hundred predicates, each looked up once per statement
_property_for = lru_cache(maxsize=1 << 12)(property_for)


def entity_of(state: ArticleState, cluster: Cluster) -> Entity | None:
    """The entity a cluster becomes: label, kind, key and every other way it was named."""
    label = strip_the(cluster.label())
    if not label:
        return None
    kind = cluster.kind()
    if _name_of_no_kind(cluster):
        kind = "Organization"  # a name; one fixed as a thing ("a Volvo XC90") stays one
    key = entity_key(kind, label + (" us state" if cluster.us_state else "") +
                     (f" {cluster.instance}" if cluster.instance else ""),
                     article="" if cluster.us_state else state.article.id,
                     own=cluster.given_name and kind == "Person" or chamber_alone(label)
                     or bool(cluster.instance) or bool(cluster.staff_noun))
    alts = {clean(s) for s in cluster.surfaces} | {clean(n) for n in cluster.names}
    alts = {a for a in alts if a and a != label and not credit_line(a)
            and len(a.split()) <= MAX_ALT_WORDS}
    return Entity(key=key, label=label, kind=kind, alt_labels=tuple(sorted(alts)),
                  is_actor=kind in ACTOR_KINDS, roles=tuple(sorted(cluster.roles)))


class _Entities:
    """Entities made on demand, one per cluster that ends in the graph."""

    def __init__(self, state: ArticleState) -> None:
        self.state = state
        self.made: dict[int, Entity] = {}

    def key(self, cluster_id: int) -> str:
        if cluster_id not in self.made:
            made = entity_of(self.state, self.state.clusters[cluster_id])
            if made is None:
                return ""
            self.made[cluster_id] = made
        return self.made[cluster_id].key


CLAUSE_OBJECT_RULE = "clausal-object"
# what one rules over ("ruled Zembla for ten years", "ruled the province"); a court rules
# a law unlawful or a draft in breach of the charter
_RULED_KINDS = frozenset({*ACTOR_KINDS, "Location"})
# the ties of two actors said with a participle ("a militia linked to Zembla")
_ACTOR_TIES = frozenset(ACTOR_TIE_PARTICIPLES.values())
# of a person, the ties sport's news also uses for a club's rumoured interest
_RUMOURED_TIES = frozenset({"link to", "tie to"})
# what a named thing or event is when it strikes: a car, a storm, never an attacker
_NO_AGENT_KINDS = frozenset({"Event", "Thing"})
# the verbs of an attack that also tell of a blow with no attacker: a storm "hit" a coast
_STRUCK = frozenset({"hit", "strike"})
_HITS = named_property("hits")


def _no_attacker(cluster: Cluster) -> bool:
    """Is the one that struck a named thing or event ("Hurricane Ana", "a Volvo XC90") or
    an incident told by its noun ("the earthquake", "the blast")? Neither attacks anyone."""
    if cluster.kind() not in _NO_AGENT_KINDS:
        return False
    words = cluster.label().casefold().split()
    return cluster.named or bool(words) and words[-1] in INCIDENT_NOUNS


def _name_of_no_kind(cluster: Cluster) -> bool:
    """A name no kind was fixed for: a body to the graph (entity_of), maybe an idiom's
    subject ("Acme hit the market"), so never said to have hit anything."""
    return cluster.named and cluster.kind() == "Thing" and not cluster.fixed_kind


def build(resolver: ArgumentResolver,
          usable: Sequence[Extraction]) -> tuple[list[Entity], set[Relation]]:
    """The entities (one per key) and relations of the statements, arguments resolved."""
    state = resolver.state
    entities = _Entities(state)
    relations: set[Relation] = set()
    for extraction in usable:
        relations.update(_relations(resolver, entities, extraction))
    # a named actor is a node even without a statement, unless it is one stray word
    # (a lone mislabelled "Roman" in "Roman temples" is no actor)
    mentioned = Counter(c for m in state.mentions for c in m.clusters)
    for cluster in state.clusters:
        if cluster.named and cluster.kind() in ACTOR_KINDS and (
                mentioned[cluster.ident] > 1 or len(name_words(cluster.label())) > 1):
            entities.key(cluster.ident)
    # roles learnt from "be" statements arrive after some entities were made: remake them
    # (a key never depends on roles)
    made = [entity_of(state, state.clusters[cid]) or entity
            for cid, entity in entities.made.items()]
    return made, relations


def _relations(resolver: ArgumentResolver, entities: _Entities,
               extraction: Extraction) -> list[Relation]:
    state = resolver.state
    if extraction.rule == CLAUSE_OBJECT_RULE:
        # "allows Ruritania to search ships", "considers X to be a partner": without its
        # clause the object says nothing of it (readers judged no such edge right, 0 of 18)
        return []
    resolver.attribution = extraction.attribution
    subjects, subject_via = resolver.resolve_via(extraction.subject, "subject", extraction.lemma)
    objects, object_via = resolver.resolve_via(extraction.object, "object", extraction.lemma)
    if not subjects or not objects:
        return []
    if object_via == "pronoun" and extraction.lemma.split()[0] in LISTENER_VERBS and not all(
            state.clusters[o].kind() in ACTOR_KINDS for o in objects):
        object_via = "uncertain"  # "told them of it": the ones told are people, not things
    if extraction.rule == POST_RULE and not all(state.clusters[c].named for c in subjects):
        return []  # "the chief executive of Acme" whom no name tells: a post holds no post
    if extraction.lemma == "be" and not _named_pair(state, subjects, objects):
        return []  # a copula says what something is: a role at most, never an edge
    if extraction.lemma == "rule" and not all(
            state.clusters[o].kind() in _RULED_KINDS for o in objects):
        return []  # "the judge ruled the levy unlawful": a ruling on a thing, no rule over it
    if extraction.lemma in _ACTOR_TIES and not all(
            state.clusters[c].kind() in ACTOR_KINDS for c in (*subjects, *objects)):
        return []  # "[Iraq and] the Levant, which is linked to X": a region has no ties
    if extraction.lemma in _RUMOURED_TIES and any(
            state.clusters[c].kind() == "Person" for c in subjects):
        return []  # "Lee has been linked to Chelsea": a transfer rumour, no affiliation
    prop = _property_for(extraction.lemma)
    if is_under(prop.iri, NG.attacks) and any(
            _no_attacker(state.clusters[c]) for c in subjects):
        # "Hurricane Ana hit X", "a Volvo XC90 struck him", "the earthquake struck X": no
        # one attacked, yet X was hit; any other verb of attack by such a thing is dropped
        if extraction.lemma not in _STRUCK or not all(
                _no_attacker(state.clusters[c]) and not _name_of_no_kind(state.clusters[c])
                for c in subjects):
            return []
        prop = _HITS
    attributed = resolver.resolve(extraction.attribution, "attribution", "say")
    places = [c for c in resolver.resolve(extraction.place, "place")
              if state.clusters[c].kind() in {"Location", "Country"}]
    found = []
    for subject in subjects:
        for obj in objects:
            s_key, o_key = entities.key(subject), entities.key(obj)
            if not s_key or not o_key or s_key == o_key:
                continue
            found.append(Relation(
                subject=s_key, property=prop.name, property_label=prop.label,
                object=o_key, extraction=extraction,
                attributed_to=entities.key(attributed[0]) if attributed else "",
                place=entities.key(places[0]) if places else "",
                subject_via=subject_via, object_via=object_via))
    return found


def _named_pair(state: ArticleState, subjects: Sequence[int], objects: Sequence[int]) -> bool:
    """Is a "be" statement one between two named entities ("Khalifa is the NCM")?

    Otherwise it describes: "Ann Lee is a regional governor", "his wife is Mary Lee". The
    unnamed side's label becomes a role of the named actor (the actor it describes), and
    the statement makes no relation: "regional governor" is what she is, not a node
    she is linked to, and a role noun shared by many people must not join them.
    """
    clusters = state.clusters
    named_s = [clusters[c] for c in subjects if clusters[c].named]
    named_o = [clusters[c] for c in objects if clusters[c].named]
    if len(named_s) == len(subjects) and len(named_o) == len(objects):
        return True
    for actors, described in ((subjects, objects), (objects, subjects)):
        if len(described) != 1 or clusters[described[0]].named:
            continue
        role = strip_the(clusters[described[0]].label())
        if not role or len(name_words(role)) > MAX_ROLE_WORDS or not role[:1].islower():
            continue
        for cid in actors:
            if clusters[cid].named and clusters[cid].kind() in ACTOR_KINDS:
                clusters[cid].roles.add(role)
    return False
