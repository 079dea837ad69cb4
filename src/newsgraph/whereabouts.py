"""Where an actor died, was taken or stood trial: "Lee died of pneumonia in Dalton" makes
Lee die in Dalton; "Lee was airlifted from Omsk to Berlin" makes Lee be airlifted to
Berlin; "Lee pleaded guilty to fraud at Dalton Crown Court" makes Lee plead guilty at the
court.

A place is mostly a qualifier of what someone did ("X said in London"), but where a person
died, where someone was flown, evacuated or taken, and the court a defendant stood
before, say where the actor is or went, which is the relation an analyst writes down.
`extract` reads them with the place left as an extra phrase: "died of pneumonia in
Dalton" keeps "pneumonia" as the object, and a passive with no agent ("was flown to
Dalton") has an unknown subject and the one flown as its object, so the place never
reaches the graph.

- A death: an "in" phrase of the verb that names a place (or an unnamed spot in one: "at
  home in Dalton" where the parser hangs "in Dalton" on the verb, "in a hospital in
  Dalton"), or an "at" phrase whose building lies in one ("at Mercy Hospital in Dalton");
  "died aged 91 in Dalton" too, where the parser hangs the place on the age.
  A death its predicate already places ("died in Dalton") is left as it is, and a place or
  a people is nobody who died ("Ruritania died in the war" are its people).
- A move: the passive of a verb that carries someone somewhere, with a "to" phrase that
  names a place, a facility where one is taken (a hospital, a prison), or an unnamed spot
  in a named place ("to a hospital in Berlin"). "Was admitted to the Academy" is
  membership, no move: a body's name takes none.
- A treatment: the passive of a verb of medical care ("was treated at Mercy Hospital", "was
  hospitalized in Dalton", "who was cared for at the Dalton Clinic") with an "at" or "in"
  phrase that names a place, a named hospital or clinic, or an unnamed one in a named place
  ("at a hospital in Dalton"); the patient was there. "Was treated for burns at Mercy
  Hospital" too, where the parser hangs the hospital on the ailment; "was treated in
  Dalton for injuries sustained in Kelso" is no stay in Kelso.
- A court: a defendant's plea or testimony, or a sentence, conviction or charge in the
  passive, with an "at", "in" or "before" phrase that names a court ("the Superior
  Court", "Kelso Crown Court"); the court is where the actor was.

- An incident: a happening told by its noun that did something where the statement says
  ("A fire killed five girls at an escape room in Koszalin", "the earthquake injured 25
  people in Surigao") happened there, as "the fire took place in Koszalin" says
  (extraction's `_incident_phrase`); the analyst's "where it happened".

Only one named or pointed to is moved or tried ("Lee", "he", "the minister"): "a former
aide was sentenced", "two men were flown to Oslo" name nobody yet.

Each statement keeps its source's negation and modality ("was not flown to", "will be
flown to") for the gate. Derived after `extract`, as spoken_topics is, so CaRB measures
the sentence's own words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from .lexicon import INCIDENT_NOUNS
from .locations import LOCATED_IN
from .models import Argument, Extraction
from .parsing import lemma_of, prep_object
from .qualifiers import entity_of, is_place_phrase

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

DEATH_RULE = "death-place"
MOVED_RULE = "moved-to"
COURT_RULE = "at-court"
CARE_RULE = "treated-at"
INCIDENT_PLACE_RULE = "incident-place"
# what an incident does where it happens: its blow (a verb), or its taking place
INCIDENT_DEEDS = frozenset({"kill", "injure", "wound", "hurt", "destroy", "damage", "hit",
                            "strike", "burn", "devastate", "flatten", "raze", "level",
                            "displace", "take place"})
DIE_IN = "die in"
# verbs whose passive subject is carried somewhere: "was flown to", "was rushed to"
MOVING_VERBS = frozenset({"fly", "airlift", "evacuate", "transfer", "transport", "take",
                          "rush", "bring", "move", "deport", "extradite", "admit", "send",
                          "relocate", "return", "ship"})
# named bodies one is taken to as to a place: "was admitted to Mercy Hospital"
TAKEN_TO_NOUNS = frozenset({"hospital", "clinic", "hospice", "prison", "jail", "airport",
                            "hotel", "camp", "base", "station", "centre", "center",
                            "facility"})
# what a defendant does or undergoes at a named court: "pleaded guilty at Dalton Crown
# Court", "was sentenced in Kelso District Court" (the court is where the actor was)
ACTIVE_COURT_VERBS = frozenset({"plead", "testify"})
PASSIVE_COURT_VERBS = frozenset({"sentence", "convict", "arraign", "acquit", "try", "charge"})
COURT_NOUNS = frozenset({"court", "tribunal"})
# verbs of medical care whose passive subject was somewhere: "was treated at", "was cared
# for at", with the participle (and particle) the predicate says it with
CARE_VERBS = {"treat": "treated", "hospitalize": "hospitalized", "hospitalise": "hospitalised",
              "care": "cared for"}
# named buildings where one is treated: "Mercy Hospital", "the Dalton Clinic"
CARE_NOUNS = frozenset({"hospital", "clinic", "hospice", "infirmary"})
# a body or a people is no patient: "the Acme Group was treated in Dalton as a charity"
_NO_PATIENT_ENTS = frozenset({"NORP", "ORG", "FAC"})
# who dies somewhere is a person or a group of people, never a place or a body's name
_NO_DEATH_ENTS = frozenset({"GPE", "LOC", "NORP", "ORG", "FAC"})


def whereabouts(doc: Doc, extractions: Iterable[Extraction]) -> list[Extraction]:
    """One "die in <place>" statement per death an extra phrase places, one "be <moved> to
    <place>" statement per passive move to a named place, one per court a defendant stood
    before and one per place a patient was treated at."""
    extractions = list(extractions)
    placed = {(e.subject.start, e.object.start) for e in extractions
              if e.lemma == DIE_IN and e.subject is not None and e.object is not None}
    found = []
    for e in extractions:
        death = _death_place(doc, e)
        if death is not None and death.subject is not None and death.object is not None and \
                (death.subject.start, death.object.start) not in placed:
            placed.add((death.subject.start, death.object.start))
            found.append(death)
        found += [s for s in (_moved_to(doc, e), _at_court(doc, e), _treated_at(doc, e),
                              _incident_place(doc, e)) if s is not None]
    return found


def _incident_place(doc: Doc, e: Extraction) -> Extraction | None:
    """ "A fire destroyed the mill in Dalton" -> the fire be located in Dalton. Only the doer
    told by an incident's noun (never a passive's or a name's: "Acme killed the deal in
    Dalton") of a blow (INCIDENT_DEEDS: what it did, not how it is seen, "fires are common
    in Dalton", "the shooting preceded another in Dalton"), and a place the statement's own
    "in" phrase names (not its object's: "killed five people in Dalton" may say where they
    lived; not "near" it)."""
    if e.passive or e.subject is None or e.subject.root < 0 or \
            e.lemma not in INCIDENT_DEEDS and e.lemma.split(" ")[0] not in INCIDENT_DEEDS:
        return None
    noun = doc[e.subject.root]
    if noun.pos_ != "NOUN" or noun.ent_type_ or lemma_of(noun).lower() not in INCIDENT_NOUNS:
        return None
    phrases = [doc[e.place.root]] if e.place is not None and e.place.root >= 0 else []
    phrases += [doc[extra.root] for extra in e.extra if extra.root >= 0 and
                extra.role in ("place", "in") and doc[extra.root].lower_ == "in"]
    # (a phrase's root is its preposition, or the place itself: "in" it, not "near" it)
    places = [prep_object(p) if p.dep_ == "prep" else p for p in phrases
              if p.lower_ == "in" or p.dep_ == "pobj" and p.head.lower_ == "in"]
    place = next((p for p in places if p is not None and is_place_phrase(p)), None)
    if place is None:
        return None
    return replace(e, lemma=LOCATED_IN, predicate="happened in", object=_place_argument(place),
                   extra=(), place=None, rule=INCIDENT_PLACE_RULE)


def _place_argument(place: Token, role: str = "") -> Argument:
    span = entity_of(place) or place.doc[place.i : place.i + 1]
    return Argument.of(span, place.i, role)


def _spot_place(spot: Token, *, named: bool = False) -> Token | None:
    """ "her home in Dalton", "a hospital in Dalton", "a Dalton hospital": the named place
    an unnamed spot's own "in" phrase or the town or country named before it gives; with
    `named`, a named building's "in" phrase too ("Mercy Hospital in Dalton")."""
    unnamed = spot.pos_ == "NOUN" and not spot.ent_type_
    if not (unnamed or named and spot.ent_type_ in ("FAC", "ORG")):
        return None
    for prep in spot.children:
        pobj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
        if pobj is not None and is_place_phrase(pobj):
            return pobj
    if unnamed:
        return next((c for c in spot.children if c.dep_ == "compound" and
                     c.ent_type_ == "GPE" and is_place_phrase(c) and _whole_name(c)), None)
    return None


def _whole_name(name: Token) -> bool:
    """Does the recognizer's name hold every word of the phrase before the spot? ("a General
    Santos City hospital" tagged "Santos City" would name another town.)"""
    ent = entity_of(name)
    return ent is not None and ent.start <= name.left_edge.i


def _without_tail(e: Extraction) -> list[str]:
    """The verb group as written without the preposition its lemma took, or a passive's
    "by" ("died of" -> "died", "was flown by" -> "was flown")."""
    words = e.predicate.split()
    tail = e.lemma.split()[1:]
    if tail and [w.casefold() for w in words[-len(tail):]] == tail:
        words = words[:-len(tail)]
    if e.passive and words and words[-1].casefold() == "by":
        words = words[:-1]
    return words


def _death_phrases(doc: Doc, e: Extraction) -> list[tuple[Argument | None, Token]]:
    """The prepositions that may place a death: the verb's own place phrases, and those
    of an age the parser took for the object ("died aged 91 in a hospital in Dalton")."""
    found: list[tuple[Argument | None, Token]] = [
        (extra, doc[extra.root]) for extra in e.extra
        if extra.root >= 0 and extra.role in ("place", "in", "at")]
    age = doc[e.object.root] if e.object is not None and e.object.root >= 0 else None
    if age is not None and age.lower_ == "aged":
        found += [(None, c) for c in age.children if c.dep_ == "prep"]
    return found


def _death_place(doc: Doc, e: Extraction) -> Extraction | None:
    """ "X died of pneumonia in Dalton" -> X die in Dalton."""
    lemma = e.lemma.split()
    if e.passive or not lemma or lemma[0] != "die" or e.subject is None or \
            e.subject.root < 0 or doc[e.subject.root].ent_type_ in _NO_DEATH_ENTS:
        return None
    if e.lemma == DIE_IN and e.object is not None and e.object.root >= 0 and \
            is_place_phrase(doc[e.object.root]):
        return None  # (placed by its own predicate)
    if e.lemma in (DIE_IN, "die at") and e.object is not None and e.object.root >= 0:
        # "died in a Dalton hospital": the spot its own predicate names lies in a place
        spot = _spot_place(doc[e.object.root])
        if spot is not None:
            return replace(e, lemma=DIE_IN, predicate=" ".join([*_without_tail(e), "in"]),
                           object=_place_argument(spot), rule=DEATH_RULE)
    for extra, prep in _death_phrases(doc, e):
        pobj = prep_object(prep) if prep.lower_ in ("in", "at") else None
        if pobj is None:
            continue
        place = _spot_place(pobj, named=True) if prep.lower_ == "at" else \
            pobj if is_place_phrase(pobj) else _spot_place(pobj)
        if place is not None:
            words = _without_tail(e)
            return replace(e, lemma=DIE_IN, predicate=" ".join([*words, "in"]),
                           object=_place_argument(place),
                           extra=tuple(a for a in e.extra if a is not extra),
                           place=None if e.place == extra else e.place, rule=DEATH_RULE)
    return None


def _destination(doc: Doc, e: Extraction) -> tuple[Argument, Token] | None:
    """The "to" phrase of a move and the place it names: the verb's own, or one the parser
    hung on its "from" phrase ("from the capital, Dalton, to a hospital in Kelso")."""
    for extra in e.extra:
        if extra.root < 0:
            continue
        head = doc[extra.root]
        prep = head.head if head.dep_ == "pobj" else head
        if prep.dep_ != "prep":
            continue
        if prep.lower_ == "from":
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "to"),
                        prep)
        pobj = prep_object(prep) if prep.lower_ == "to" else None
        if pobj is None:
            continue
        if is_place_phrase(pobj) and pobj.ent_type_ != "ORG":
            return extra, pobj
        if pobj.ent_type_ == "ORG" and pobj.lower_ in TAKEN_TO_NOUNS:
            return extra, pobj
        spot = _spot_place(pobj)
        if spot is not None:
            return extra, spot
    return None


def _pointed(doc: Doc, actor: Argument) -> bool:
    """Is the one moved or tried named or pointed to ("Lee", "he", "the minister", "his
    son")? "A former aide", "two men" name nobody yet."""
    if actor.root < 0:
        return False
    head = doc[actor.root]
    return head.pos_ in ("PROPN", "PRON") or head.pos_ == "NOUN" and any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
        for c in head.children)


def _moved_to(doc: Doc, e: Extraction) -> Extraction | None:
    """ "X was airlifted from Omsk to Berlin" -> X be airlifted to Berlin."""
    lemma = e.lemma.split()
    if not e.passive or not lemma or lemma[0] not in MOVING_VERBS or e.object is None or \
            not _pointed(doc, e.object):
        return None
    found = _destination(doc, e)
    words = _without_tail(e)
    if found is None or not words:
        return None
    extra, place = found
    participle = words[-1].casefold()
    return replace(e, subject=replace(e.object, role=""), lemma=f"be {participle} to",
                   predicate=" ".join([*words, "to"]), object=_place_argument(place),
                   extra=tuple(a for a in e.extra if a is not extra),
                   place=None if e.place == extra else e.place, passive=False,
                   rule=MOVED_RULE)


def _court_phrase(doc: Doc, e: Extraction) -> tuple[Argument | None, Token, Token] | None:
    """The "at"/"in"/"before" phrase that names a court, its preposition and the court: the
    verb's own, or one the parser hung on an active verb's object ("pleaded guilty to the
    charge at Dalton Crown Court": no charge is at a court; a passive's object is the one
    tried, whose own phrases say nothing of the trial)."""
    preps: list[tuple[Argument | None, Token]] = []
    for argument in e.extra:
        if argument.root >= 0:
            head = doc[argument.root]
            preps.append((argument, head.head if head.dep_ == "pobj" else head))
    if not e.passive and e.object is not None and e.object.root >= 0:
        preps += [(None, c) for c in doc[e.object.root].children if c.dep_ == "prep"]
    for extra, prep in preps:
        court = prep_object(prep) if prep.lower_ in ("at", "in", "before") else None
        if court is not None and court.lower_ in COURT_NOUNS and court.ent_type_ == "ORG":
            return extra, prep, court
    return None


def _at_court(doc: Doc, e: Extraction) -> Extraction | None:
    """ "X pleaded guilty to murder at Dalton Crown Court" -> X plead guilty at Dalton Crown
    Court; "X was sentenced in Kelso Court" -> X be sentenced in Kelso Court."""
    lemma = e.lemma.split()
    if not lemma or e.passive and lemma[0] not in PASSIVE_COURT_VERBS or \
            not e.passive and lemma[0] not in ACTIVE_COURT_VERBS:
        return None
    found = _court_phrase(doc, e)
    actor = e.object if e.passive else e.subject
    words = _without_tail(e)
    if found is None or actor is None or not words or not _pointed(doc, actor):
        return None
    extra, prep, court = found
    said = [w for w in lemma if w not in ("to", "of", "for", "in", "at", "before")]
    verb = f"be {words[-1].casefold()}" if e.passive else " ".join(said)
    return replace(e, subject=replace(actor, role=""), lemma=f"{verb} {prep.lower_}",
                   predicate=" ".join([*words, prep.text]), object=_place_argument(court),
                   extra=tuple(a for a in e.extra if a is not extra), passive=False,
                   rule=COURT_RULE)


def _care_place(prep: Token, *, nested: bool = False) -> Token | None:
    """The place an "at" or "in" phrase of a treatment names: a named place, a named
    hospital or clinic, or an unnamed one in a named place; `nested` (a phrase hung on the
    ailment) only a named hospital or clinic."""
    pobj = prep_object(prep) if prep.dep_ == "prep" and prep.lower_ in ("at", "in") else None
    if pobj is None:
        return None
    if pobj.ent_type_ in ("ORG", "FAC") and pobj.lower_ in CARE_NOUNS:
        return pobj
    if nested:
        return None
    if is_place_phrase(pobj) and pobj.ent_type_ not in ("ORG", "FAC"):
        return pobj
    return _spot_place(pobj) if pobj.lower_ in CARE_NOUNS else None


def _care_phrase(doc: Doc, e: Extraction) -> tuple[Argument | None, Token, Token] | None:
    """The verb's phrase that says where a patient was treated, its preposition and its
    place: "at Mercy Hospital", or one the parser hung on the ailment ("treated for burns
    at Mercy Hospital")."""
    for extra in e.extra:
        if extra.root < 0 or extra.role not in ("in", "at", "place", "for"):
            continue
        head = doc[extra.root]
        prep = head.head if head.dep_ == "pobj" else head
        if prep.lower_ in ("at", "in"):
            place = _care_place(prep)
            if place is not None:
                return extra, prep, place
        ailment = prep_object(prep) if prep.lower_ == "for" else None
        for child in ailment.children if ailment is not None else ():
            place = _care_place(child, nested=True)
            if place is not None:
                return None, child, place  # (the ailment stays a phrase of its own)
    return None


def _treated_at(doc: Doc, e: Extraction) -> Extraction | None:
    """ "X was treated at Mercy Hospital" -> X be treated at Mercy Hospital; "X was
    hospitalized in Dalton" -> X be hospitalized in Dalton."""
    lemma = e.lemma.split()
    if not e.passive or not lemma or lemma[0] not in CARE_VERBS or e.object is None or \
            not _pointed(doc, e.object) or doc[e.object.root].ent_type_ in _NO_PATIENT_ENTS or \
            any(a.role == "as" and not a.text.casefold().startswith("as of") for a in e.extra):
        return None  # ("the institute was treated in Dalton as a charity": no patient)
    found = _care_phrase(doc, e)
    if found is None:
        return None
    extra, prep, place = found
    # ("treated at a hospital in Dalton": treated in Dalton)
    said = f"{CARE_VERBS[lemma[0]]} {prep.lower_ if prep_object(prep) == place else 'in'}"
    words = [w for w in _without_tail(e) if w.casefold() != "for"]
    predicate = " ".join([*words[:-1], said]) if words else said
    return replace(e, subject=_named_patient(doc, e.object), lemma=f"be {said}",
                   predicate=predicate, object=_place_argument(place),
                   extra=tuple(a for a in e.extra if a is not extra),
                   place=None if e.place == extra else e.place, passive=False,
                   rule=CARE_RULE)


def _named_patient(doc: Doc, patient: Argument) -> Argument:
    """ "his widow, Ann, was treated": the name set beside a described patient, who is
    the one named; else the patient as the clause words it."""
    head = doc[patient.root]
    name = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"),
                None) if head.pos_ == "NOUN" else None
    span = entity_of(name) if name is not None else None
    return Argument.of(span, name.i) if span is not None and name is not None else \
        replace(patient, role="")

