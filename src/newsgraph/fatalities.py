"""Who an incident killed or hurt: "Lee died in the crash" makes the crash kill Lee.

News tells a death or an injury from the side of the one who suffered it: "three people
died in the fire", "Lee was killed in the blast", "two soldiers were wounded in the
attack". `extract` reads the sufferer as the subject of "die in" or the object of a
passive with no agent, and the incident as the verb's object or an "in" phrase, so the
incident and its casualties are never joined the way an analyst writes it down: the fire
killed three people. Here an incident the text names by its noun ("the crash", "a car
bomb", "the earthquake") or a named storm becomes the subject of "kill" or "injure", and
the one who suffered its object (a count of them is a node of its own in resolution:
phrases.counted_casualties).

Only an incident's noun counts: "died in Dalton", "died in hospital" and "died of
cancer" name a place, a spot or an illness, no incident of the story; nor does an incident
people take part in ("died in the protests": someone else killed them). A place or a
body's name is nobody who died. The statement keeps its source's negation and modality
("may have died in the fire") for the gate. Derived after `extract`, as spoken_topics is,
so CaRB measures the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import INCIDENT_NOUNS
from .models import Argument, Extraction
from .parsing import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

INCIDENT_RULE = "incident-victims"
# "died in the crash", "died from the blast", "died due to the earthquake"; one who "died
# of" something died of an illness or wounds, and "died after" a "battle with cancer" or
# "following surgery" tells what came before, no cause
_DEATH_LEMMAS = frozenset({"die in", "die from", "die due to", "die during"})
# what the passive of such a verb does to its object when its "in" phrase is the incident
_HARM_VERBS = frozenset({"kill", "injure", "wound", "hurt"})
# what a cause resulted in, counted: "resulted in 56 deaths", "caused 200 injuries"
_CAUSE_LEMMAS = frozenset({"cause", "result in", "lead to", "leave"})
# nouns of harm suffered, counted as the people who suffered it, with the verb that did it
HARM_NOUNS = {"death": "kill", "fatality": "kill", "injury": "injure"}
# incidents people take part in or suffer no blow from: one who "died in the protests" was
# killed by someone the protest is not, one who died "in the blackout" by what it caused
_NO_HARM_INCIDENTS = frozenset({"protest", "rally", "demonstration", "uprising", "coup", "riot",
                                "blackout", "outage", "heist", "robbery", "leak",
                                "cyberattack"})
# who suffers is a person or people, never a place, a people's word or a body's name
_NO_VICTIM_ENTS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC", "EVENT"})


def incident_victims(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "kill" (or "injure", "wound") statement per death or injury an incident's noun
    caused ("X died in the crash", "X was killed in the blast"), or anything that caused
    deaths it counts ("the stampede resulted in 56 deaths")."""
    found = []
    for e in extractions:
        died = _died_in(doc, e) or _harmed_in(doc, e) or _counted_deaths(doc, e)
        if died is not None:
            found.append(died)
    return found


def _counted_deaths(doc: Doc, e: Extraction) -> Extraction | None:
    """ "the stampede resulted in at least 56 deaths" -> the stampede kill at least 56 people;
    "caused 200 injuries" -> injure 200 people; "led to the deaths of three people" -> kill
    three people. Only counted: "caused deaths" says neither who nor how many."""
    if e.passive or e.lemma not in _CAUSE_LEMMAS or e.subject is None or e.object is None or \
            e.object.root < 0:
        return None
    harm = doc[e.object.root]
    verb = HARM_NOUNS.get(lemma_of(harm).lower())
    if verb is None or harm.tag_ != "NNS":
        return None
    victims = next((t for prep in harm.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for t in prep.children if t.dep_ == "pobj"), None)
    if victims is not None:  # "the deaths of three people": the three people
        counted = any(c.dep_ == "nummod" and c.like_num for c in victims.children)
        span = doc[victims.left_edge.i:victims.right_edge.i + 1]
        obj = Argument.of(span, victims.i, "")
    else:  # "56 deaths": the count is the people's (phrases.counted_casualties)
        counted = any(c.dep_ == "nummod" and c.like_num for c in harm.children)
        obj = replace(e.object, role="")
    if not counted:
        return None
    return replace(e, lemma=verb, object=obj, rule=INCIDENT_RULE)


def _died_in(doc: Doc, e: Extraction) -> Extraction | None:
    """ "three people died in the fire" -> the fire kill three people."""
    if e.passive or e.lemma not in _DEATH_LEMMAS or not _victim(doc, e.subject) or \
            not _incident(doc, e.object):
        return None
    assert e.subject is not None and e.object is not None
    return replace(e, subject=replace(e.object, role=""), object=replace(e.subject, role=""),
                   lemma="kill", rule=INCIDENT_RULE)


def _harmed_in(doc: Doc, e: Extraction) -> Extraction | None:
    """ "Lee was killed in the blast" (no agent) -> the blast kill Lee."""
    verb, _, preposition = e.lemma.partition(" ")
    if not e.passive or e.subject is not None or verb not in _HARM_VERBS or \
            preposition not in ("", "in") or not _victim(doc, e.object):
        return None
    incident = next((a for a in e.extra if a.role == "in" and _incident(doc, a)), None)
    if incident is None:
        return None
    return replace(e, subject=replace(incident, role=""), lemma=verb,
                   passive=False, extra=tuple(a for a in e.extra if a is not incident),
                   rule=INCIDENT_RULE)


def _victim(doc: Doc, argument: Argument | None) -> bool:
    return argument is not None and argument.root >= 0 and \
        doc[argument.root].ent_type_ not in _NO_VICTIM_ENTS


def _incident(doc: Doc, argument: Argument | None) -> bool:
    """Is the phrase an incident told by its noun ("the crash", "a car bomb blast") or a
    named storm ("Hurricane Ana")?"""
    if argument is None or argument.root < 0:
        return False
    head = doc[argument.root]
    if head.ent_type_ == "EVENT":
        return True
    noun = lemma_of(head).lower()
    # (not a struggle "with" an illness: "died in a long battle with cancer")
    return head.pos_ == "NOUN" and noun in INCIDENT_NOUNS and noun not in _NO_HARM_INCIDENTS \
        and not any(c.dep_ == "prep" and c.lower_ == "with" for c in head.children)
