"""What a clause says about its own truth: negation, modality, attribution, quantity, time, place.

These are word classes of English (modal verbs, hedging adverbs, verbs of
trying and saying), not lists of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from .parsing import lemma_of

# A verb that takes an infinitive and hedges or frames it: "tried to remove X" -> remove X,
# modality "attempted". The value is the modality of the embedded event.
CONTROL_MODALITY = {
    "try": "attempted", "attempt": "attempted", "seek": "attempted", "strive": "attempted",
    "fail": "attempted", "claim": "claimed", "allege": "alleged", "want": "intended",
    "intend": "intended", "plan": "planned", "aim": "intended", "hope": "intended",
    "threaten": "threatened", "promise": "promised", "vow": "promised", "pledge": "promised",
    "agree": "agreed", "refuse": "refused", "deny": "denied", "appear": "possible",
    "seem": "possible", "say": "reported", "report": "reported", "believe": "believed",
    "expect": "expected", "think": "believed", "suspect": "alleged", "need": "necessary",
    "have": "necessary", "able": "capable", "capable": "capable", "likely": "possible",
    "unlikely": "possible", "unable": "capable", "prepare": "planned", "decide": "planned",
}
# verbs of control whose embedded event did not happen
CONTROL_NEGATES = frozenset({"fail", "refuse", "unable"})

MODAL_MODALITY = {
    "can": "capable", "could": "possible", "may": "possible", "might": "possible",
    "must": "necessary", "should": "necessary", "ought": "necessary",
}
ADVERB_MODALITY = {
    "allegedly": "alleged", "reportedly": "reported", "purportedly": "claimed",
    "supposedly": "claimed", "apparently": "possible", "possibly": "possible",
    "probably": "possible", "likely": "possible", "perhaps": "possible", "maybe": "possible",
    "presumably": "possible", "seemingly": "possible", "ostensibly": "claimed",
}
NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})

# "It is likely that X", "It seems plausible that X": an adjective over a that-clause that
# leaves open whether X happened
HEDGE_ADJECTIVES = frozenset({"likely", "unlikely", "possible", "plausible", "probable",
                              "conceivable", "doubtful", "unclear", "uncertain"})
REPORT_MODALITY = {"claim": "claimed", "allege": "alleged", "deny": "denied",
                   "believe": "believed", "think": "believed", "estimate": "estimated",
                   "suggest": "possible", "predict": "expected", "accuse": "alleged"}

TIME_WORDS = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "now", "then", "recently", "earlier",
    "later", "ago", "week", "weeks", "month", "months", "year", "years", "day", "days",
    "decade", "decades", "century", "centuries", "morning", "evening", "night", "afternoon",
    "weekend", "hour", "hours", "season", "summer", "winter", "spring", "autumn", "fall",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "era", "period", "time", "times",
})
TIME_PREPS = frozenset({"in", "on", "at", "during", "since", "until", "till", "before", "after",
                        "from", "to", "by", "between", "throughout", "within", "for", "around",
                        "through", "over", "circa"})
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
TIME_ENTS = frozenset({"DATE", "TIME"})
_YEARLIKE = re.compile(r"^(1[5-9]\d\d|20\d\d)s?$")


def modality_of_adverbs(tokens: Iterable[Token]) -> str:
    """The modality a hedging adverb ("allegedly", "reportedly") gives a clause, or ""."""
    for token in tokens:
        if token.dep_ == "advmod":
            found = ADVERB_MODALITY.get(token.lower_)
            if found:
                return found
    return ""


def is_negator(token: Token) -> bool:
    """Whether a dependent of a verb negates it ("not", "never", "no longer")."""
    if token.dep_ == "neg":
        return True
    if token.dep_ == "advmod" and token.lower_ in ("never",):
        return True
    # "no longer control": spaCy hangs "no" under "longer"
    return token.dep_ == "advmod" and any(c.dep_ == "neg" for c in token.children)


# Verbs of telling whose direct object is the listener ("told reporters that ..."), not what
# is said; and the few nouns that are what is told ("told the truth").
LISTENER_VERBS = frozenset({"tell", "inform", "notify", "assure", "warn", "remind", "brief"})
TOLD_THINGS = frozenset({"story", "stories", "truth", "lie", "lies", "joke", "jokes", "tale",
                         "tales", "secret", "secrets", "news", "time", "difference"})
# Quantifiers that deny what a clause says of their noun: "found no trace", "none of them left"
NEGATIVE_QUANTIFIERS = frozenset({"no", "neither"})
NEGATIVE_HEADS = frozenset({"none", "neither"})


def is_listener(obj: Token) -> bool:
    """Whether the direct object of a verb of telling is who is told, not what."""
    verb = obj.head
    if lemma_of(verb).lower() != "tell" or obj.pos_ == "PROPN" or obj.ent_type_:
        return True  # one informs, notifies, warns someone; a name is told ("told Science News")
    return lemma_of(obj).lower() not in TOLD_THINGS and obj.lower_ not in TOLD_THINGS


def is_negative_phrase(head: Token) -> bool:
    """Whether a noun phrase says there is none of it: "no trace", "neither side", "none of X"."""
    if head.lower_ in NEGATIVE_HEADS:
        return True
    return any(c.dep_ == "det" and c.lower_ in NEGATIVE_QUANTIFIERS for c in head.children)


def is_time_phrase(head: Token) -> bool:
    """Whether a noun phrase headed by `head` names a time ("2016", "last month", "Monday")."""
    if head.ent_type_ in TIME_ENTS:
        return True
    if _YEARLIKE.match(head.text):
        return True
    return head.lower_ in TIME_WORDS


def is_place_phrase(head: Token) -> bool:
    """Whether a noun phrase headed by `head` names a place (a country, city, region, site)."""
    return head.ent_type_ in PLACE_ENTS


def quantity_of(head: Token) -> str:
    """The number a noun phrase counts ("at least 200 militants" -> "at least 200"), or ""."""
    for child in head.children:
        if child.dep_ == "nummod" and child.like_num or child.dep_ == "nummod":
            left = child.left_edge.i
            return head.doc[left : child.i + 1].text
        if child.dep_ == "quantmod":
            return child.text
    if head.like_num and head.dep_ in ("nsubj", "dobj", "pobj", "nsubjpass"):
        return head.doc[head.left_edge.i : head.i + 1].text
    return ""
