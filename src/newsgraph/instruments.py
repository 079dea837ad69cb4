"""Who acts through an instrument or an operation that a noun names.

"X launched airstrikes that killed Y", "the strikes X carried out killed Y", "X's
troops killed Y", "operations by X drove Y out": the strikes, troops and operations
are X's, and what they do X does (rule "instrument-agent" of extraction). The actor
must be the one who set the instrument to work: the subject of a launching verb
(lexicon.LAUNCH_VERBS) whose object is the noun, its possessor, or its "by" agent.
Anyone else who merely counts, condemns or reports the strikes is no agent ("the
strikes that the monitor counted killed Y" says nothing of the monitor), nor is a
launch that is denied, negated or still to come.

"Peruvian drones struck Y", "a US airstrike killed Y": a country's adjective or name
before a strike or a weapon names its owner as plainly as a possessive (`country_owner`):
only a country's (not "Kurdish drones", "pro-Russian strikes"), never for sanctions
("Iranian sanctions" are as often on Iran as by it) nor for craft that may be civil ("a
Russian plane carried ...").

"X claimed responsibility for the attack that killed Y" makes X the attack's agent by
X's own claim (`claimant`): the statement is X's claim, never a fact of the text's.
"""

from __future__ import annotations

from spacy.tokens import Token

from .demonyms import country_for_demonym, country_for_name
from .lexicon import ACTION_NOUNS, INSTRUMENT_NOUNS, LAUNCH_VERBS
from .parsing import lemma_of
from .qualifiers import is_time_phrase

__all__ = ["claimant", "country_owner", "instrument_agent"]

# what a country's adjective marks as its own: its strikes and its weapons (its forces
# and troops acting are the country already, in resolution: "Nigerian troops attacked")
COUNTRY_INSTRUMENTS = ACTION_NOUNS - {"sanction"} | frozenset({
    "warplane", "drone", "missile", "rocket", "artillery", "bomber", "warship", "gunboat",
})

# "claimed responsibility for", "took credit for", "admitted responsibility for"
CLAIM_VERBS = frozenset({"claim", "take", "admit", "accept", "acknowledge"})
CLAIMED_NOUNS = frozenset({"responsibility", "credit"})
# a launch that may not have happened: "would send troops that ..."
UNREAL_AUXILIARIES = frozenset({"will", "would", "could", "may", "might", "should", "must",
                                "shall", "can", "'ll", "wo", "ca"})


def instrument_agent(noun: Token) -> Token | None:
    """The word naming who acts through `noun`, if the sentence says so plainly, else None.

    The word may be a relative or personal pronoun; the caller resolves it.
    """
    if lemma_of(noun).lower() not in INSTRUMENT_NOUNS or noun.pos_ != "NOUN":
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ != "whose" and _actor_word(child):
            return child  # "X's airstrikes", "its troops" (not "Monday's strikes")
        if child.dep_ == "prep" and child.lower_ == "by":
            agent = next((g for g in child.children if g.dep_ == "pobj"), None)
            if agent is not None and _actor_word(agent):
                return agent  # "operations by X"
        if child.dep_ == "relcl" and _launches(child) and not any(
                g.dep_ == "dobj" and g.lower_ not in ("that", "which") for g in child.children):
            return _launcher(child)  # "the strikes X launched", "strikes that X launched"
    if noun.dep_ == "dobj" and _launches(noun.head):
        return _launcher(noun.head)  # "X launched strikes that killed Y"
    return None


def country_owner(noun: Token) -> Token | None:
    """The country adjective or name whose strike or weapon `noun` is ("Peruvian drones",
    "a US airstrike"), if it is the noun's only name-like modifier, else None."""
    if lemma_of(noun).lower() not in COUNTRY_INSTRUMENTS or noun.pos_ != "NOUN" or \
            noun.ent_type_:
        return None  # a word of a name ("Operation Desert Storm") is no country's deed
    named = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")
             and (c.pos_ == "PROPN" or c.ent_type_)]
    if len(named) != 1:
        return None  # "Iraqi Kurdish drones": whose they are is not plain
    owner = named[0]
    before = owner.doc[owner.i - 1] if owner.i > 0 else None
    if before is not None and before.text in ("-", "–") and not before.whitespace_ or \
            any(c.dep_ in ("compound", "amod") for c in owner.children):
        return None  # "pro-Russian strikes", "Syrian Democratic drones"
    if owner.ent_type_ == "NORP" and country_for_demonym(owner.text) is not None or \
            owner.ent_type_ == "GPE" and country_for_name(owner.text) is not None:
        return owner
    return None


def _actor_word(token: Token) -> bool:
    """A word that may name an actor: a noun or pronoun, never a time or an amount."""
    return token.pos_ in ("PROPN", "NOUN", "PRON") and not is_time_phrase(token) and \
        token.ent_type_ not in ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL")


def _launches(verb: Token) -> bool:
    """A verb that sets an instrument to work, asserted as done."""
    if verb.pos_ != "VERB":
        return False
    lemma = lemma_of(verb).lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), "")
    if f"{lemma} {particle}" not in LAUNCH_VERBS and (particle or lemma not in LAUNCH_VERBS):
        return False
    return _asserted(verb)


def _launcher(verb: Token) -> Token | None:
    """The verb's own active subject: an inherited or passive one is a guess."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def claimant(noun: Token) -> Token | None:
    """Who claims to be behind the attack `noun` names: "X claimed responsibility for it"."""
    if lemma_of(noun).lower() not in INSTRUMENT_NOUNS or noun.dep_ != "pobj" or \
            noun.head.lower_ != "for":
        return None
    claimed = noun.head.head
    verb = claimed.head
    if lemma_of(claimed).lower() not in CLAIMED_NOUNS or claimed.dep_ != "dobj" or \
            lemma_of(verb).lower() not in CLAIM_VERBS or not _asserted(verb):
        return None
    subject = _launcher(verb)
    if subject is None or any(c.lower_ == "no" for c in subject.children):
        return None  # "no group has claimed responsibility"
    return subject


def _asserted(verb: Token) -> bool:
    return not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in UNREAL_AUXILIARIES
                   for c in verb.children)
