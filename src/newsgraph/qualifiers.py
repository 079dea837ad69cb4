"""What a clause says about its own truth: negation, modality, attribution, quantity, time, place.

These are word classes of English (modal verbs, hedging adverbs, verbs of
trying and saying), not lists of names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .lexicon import COMMEMORATIVE_NOUNS, PORTFOLIO_HOLDERS
from .parsing import lemma_of
from .timex import WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

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
    # commitments, offers, wishes, requests and schedules: the event is still to come
    "commit": "promised", "offer": "promised", "volunteer": "promised", "wish": "intended",
    "consider": "planned", "propose": "planned", "schedule": "planned", "set": "planned",
    "be": "planned", "struggle": "attempted", "ask": "requested", "demand": "requested",
    "request": "requested", "urge": "requested", "advise": "requested", "tell": "requested",
    "encourage": "requested", "order": "ordered", "instruct": "ordered", "allow": "permitted",
    "permit": "permitted", "authorize": "permitted", "authorise": "permitted",
    "decline": "refused", "project": "expected", "announce": "planned", "ready": "promised",
    # adjectives of readiness and will: "due to resume", "about to attack", "willing to talk"
    "due": "planned", "about": "future", "poise": "planned", "slate": "planned",
    "slat": "planned",  # the lemmatizer's lemma of "slated"
    "willing": "promised",
    "eager": "intended", "determined": "intended", "keen": "intended", "unwilling": "refused",
    # wanting and striving: "is looking to buy X", "longs to see X", "fought to keep X"
    "look": "intended", "long": "intended", "yearn": "intended", "desire": "intended",
    "mean": "intended", "resolve": "planned", "fight": "attempted", "battle": "attempted",
    "scramble": "attempted", "endeavour": "attempted", "endeavor": "attempted",
    "campaign": "attempted", "lobby": "requested", "push": "requested", "pray": "intended",
    "arrange": "planned", "suppose": "expected", "run": "intended",
    # verbs of a gerund: "recommended sending troops", "postponed signing", "ruled out X-ing"
    "recommend": "requested", "postpone": "planned", "delay": "planned", "defer": "planned",
    "risk": "possible", "resist": "refused", "rule out": "possible",
    # hedged reports in the passive: "are suggested to disrupt X", "is feared to have died"
    "suggest": "believed", "presume": "believed", "assume": "believed", "fear": "believed",
    "rumour": "alleged", "rumor": "alleged", "understand": "reported", "estimate": "estimated",
    # forecasts and assignments: "was forecast to reach X", "were tasked to produce a plan"
    "forecast": "expected", "predict": "expected", "task": "ordered", "assign": "ordered",
    "mandate": "ordered", "commission": "ordered",
    # a vote to do something is not the doing ("voted to leave the union"), unless the vote
    # is the act itself (VOTED_ACTS: "voted to elect Lee", "voted to approve the bill")
    "vote": "planned",
    # plots: "plotted to kill X", "conspired to murder X" (a plot is no deed done)
    "plot": "planned", "conspire": "planned", "scheme": "planned", "bid": "attempted",
    "neglect": "refused",
}
# acts a vote performs by being taken: "the board voted to dismiss Lee" dismissed her
VOTED_ACTS = frozenset({
    "elect", "re-elect", "reelect", "appoint", "approve", "adopt", "pass", "reject",
    "ratify", "confirm", "endorse", "censure", "expel", "suspend", "accept", "acquit",
    "convict", "nominate", "select", "choose", "name", "remove", "oust", "dismiss",
    "overturn", "repeal", "amend", "admit", "impeach", "block", "override", "veto",
    # a law's own acts: "voted to legalize same-sex marriage", "to extend the emergency"
    "legalize", "legalise", "decriminalize", "decriminalise", "criminalize", "criminalise",
    "ban", "abolish", "extend", "renew",
})
# A verb whose object is asked, told, allowed or wanted to do something ("urged the rebels
# to surrender", "wants the troops to leave"): the modality of the embedded event
OBJECT_CONTROL_MODALITY = {
    "ask": "requested", "urge": "requested", "call": "requested", "advise": "requested",
    "request": "requested", "encourage": "requested", "invite": "requested",
    "implore": "requested", "beg": "requested", "press": "requested", "pressure": "requested",
    "appeal": "requested", "petition": "requested", "lobby": "requested", "push": "requested",
    "recommend": "requested", "warn": "requested", "tell": "requested",
    "count": "expected", "rely": "expected", "depend": "expected", "expect": "expected",
    "order": "ordered", "instruct": "ordered", "direct": "ordered", "command": "ordered",
    "task": "ordered", "assign": "ordered", "mandate": "ordered", "commission": "ordered",
    "require": "necessary", "need": "necessary", "allow": "permitted", "permit": "permitted",
    "authorize": "permitted", "authorise": "permitted", "enable": "permitted",
    "want": "intended", "wish": "intended", "like": "intended", "prefer": "intended",
    "hope": "intended",
}
# "committed to sending", "aimed at deterring", "stopped them from crossing": a verb and
# the preposition that frames a gerund, with the modality of the gerund's event
GERUND_FRAMES = {
    ("commit", "to"): "promised", ("pledge", "to"): "promised", ("agree", "to"): "agreed",
    ("consent", "to"): "agreed", ("look", "to"): "intended", ("aim", "at"): "intended",
    ("plan", "on"): "planned", ("insist", "on"): "requested", ("count", "on"): "expected",
    ("think", "about"): "intended", ("talk", "about"): "intended",
    ("accuse", "of"): "alleged", ("suspect", "of"): "alleged", ("charge", "with"): "alleged",
    ("blame", "for"): "alleged", ("arrest", "for"): "alleged",
    ("threaten", "with"): "threatened", ("warn", "against"): "requested",
    ("call", "for"): "requested", ("propose", "for"): "planned", ("push", "for"): "requested",
    ("press", "for"): "requested", ("lobby", "for"): "requested", ("argue", "for"): "requested",
    ("prepare", "for"): "planned", ("use", "for"): "intended", ("object", "to"): "opposed",
    ("vote", "against"): "opposed", ("argue", "against"): "opposed",
    ("campaign", "against"): "opposed",
    # adjectives: "capable of carrying humans", "intent on seizing", "close to signing"
    ("capable", "of"): "capable", ("intent", "on"): "intended", ("bent", "on"): "intended",
    ("keen", "on"): "intended", ("ready", "for"): "planned", ("close", "to"): "possible",
    ("open", "to"): "possible",  # "open to having Lee as a guest": not had yet
    # a step on a forecast path: "after crossing the islands, the storm is forecast to reach
    # the coast" (a forecast tells the whole path, not what has happened)
    ("forecast", "after"): "expected", ("forecast", "before"): "expected",
    ("predict", "after"): "expected", ("predict", "before"): "expected",
}
# "convicted of the murder of X", "serving a sentence for the killing of X", "charged with
# the abduction of X": a frame that holds someone to a deed an event noun names makes them
# its doer, as done (a judgement or owning up) or as alleged (GERUND_FRAMES's "alleged");
# "acquitted of", "cleared of" make no one the doer
DEED_FRAMES = {
    ("convict", "of"): "", ("guilty", "of"): "", ("guilty", "to"): "", ("sentence", "for"): "",
    ("serve", "for"): "", ("jail", "for"): "", ("imprison", "for"): "", ("execute", "for"): "",
    ("punish", "for"): "", ("confess", "to"): "", ("admit", "to"): "", ("plead", "to"): "",
    **{frame: modality for frame, modality in GERUND_FRAMES.items() if modality == "alleged"},
    ("indict", "for"): "alleged", ("indict", "on"): "alleged", ("try", "for"): "alleged",
}
# frames whose doer is the subject even in the active: "X is serving a sentence for", "X
# pleaded guilty to", "X confessed to" (else the active's object: "the court convicted X of")
SUBJECT_DEED_FRAMES = frozenset({"serve", "plead", "confess", "admit"})
# Verbs whose gerund object is weighed, argued over or set against, never done: "opposed
# ending the war", "rejected sending troops", "discussed closing the border", "favours
# raising taxes" (CONTROL_MODALITY gives the rest: "considered", "denied", "resisted")
GERUND_MODALITY = {
    "oppose": "opposed", "reject": "refused", "discuss": "possible", "debate": "possible",
    "contemplate": "planned", "weigh": "planned", "mull": "planned", "envisage": "planned",
    "envision": "planned", "explore": "possible", "favour": "intended", "favor": "intended",
    "advocate": "requested", "suggest": "requested",
}
# "stopped the rebels from crossing", "withdrew from fielding a candidate": the gerund's
# event did not happen
GERUND_NEGATES = frozenset({
    "stop", "prevent", "ban", "bar", "block", "keep", "discourage", "prohibit", "deter",
    "refrain", "exclude", "restrict", "dissuade", "forbid", "save", "spare", "protect",
    "withdraw", "abstain", "desist",
    # with the adverb that makes the verb a retreat: "backed away from supporting Lee"
    "back away", "shy away", "walk away", "pull back", "step back", "retreat",
})
# "failed in defeating Lee", "was unsuccessful in reaching the summit": the gerund's event
# did not happen
GERUND_FAILS = frozenset({"fail", "unsuccessful", "fruitless"})
# "was acquitted of killing Lee", "cleared of taking bribes": found not to have done it
GERUND_CLEARS = frozenset({"acquit", "clear", "exonerate", "absolve"})
# frames whose own "not" is the gerund's: "did not succeed in defeating Lee", "was not
# involved in killing Lee", "was found not guilty of killing Lee" (unlike "did not hesitate
# in attacking", "not sorry for leaving")
GERUND_SHARES_NOT = frozenset({
    "succeed", "successful", "involve", "involved", "instrumental", "participate",
    "engage", "complicit", "persist", "assist", "help", "guilty", "convict",
})
# "prevented an attack on the port", "averted a strike": the event named by the object did
# not happen
EVENT_OBJECT_NEGATES = frozenset({"prevent", "avert", "thwart", "foil", "stop", "block",
                                  "forestall", "preempt", "pre-empt", "cancel", "call off",
                                  "postpone", "defer"})
# Verbs by which one gives up a stand or a hold: "dropped her opposition to the treaty",
# "withdrew its support for Lee", "relinquished control of the port": held, and no more
STANCE_ENDING_VERBS = frozenset({"drop", "end", "withdraw", "abandon", "reverse", "renounce",
                                 "retract", "rescind", "give up", "pull", "relinquish", "cede",
                                 "surrender", "lose", "hand over", "yield"})
STANCE_LEAVING_FRAMES = frozenset({("back", "from"), ("retreat", "from"), ("step", "from"),
                                   ("move", "from"), ("walk", "from"), ("distance", "from")})
# Verbs of CONTROL_MODALITY whose object event did happen: "committed an attack", "fought
# the invasion", "resisted the raid", "announced the attack"
EVENT_OBJECT_HAPPENED = frozenset({"commit", "fight", "battle", "resist", "run", "tell", "have",
                                   "be", "set", "announce", "struggle", "campaign", "push"})
# verbs whose object does what the gerund after it says: "accused the mayor of taking
# bribes", "stopped the rebels from crossing", "thanked the villagers for hiding them"
GERUND_OBJECT_VERBS = frozenset({
    "accuse", "suspect", "charge", "blame", "arrest", "thank", "praise", "stop", "prevent",
    "ban", "bar", "keep", "discourage", "prohibit", "deter", "dissuade", "forbid", "exclude",
    "restrict", "criticize", "criticise", "convict", "punish", "fine", "sentence", "jail",
    "congratulate", "credit", "forgive", "condemn", "investigate", "sue", "indict", "detain",
    "reward", "commend", "honour", "honor", "save", "spare", "warn", "acquit", "clear",
    # what someone is attacked or hailed for in words: "attacked Lee for leaving office"
    "attack", "slam", "blast", "fault", "rebuke", "scold", "chide", "lambast", "lambaste",
    "mock", "ridicule", "denounce", "censure", "reprimand", "admonish", "impeach",
    "applaud", "hail", "laud",
})
# a preposition that by itself frames its gerund: "without warning", "provided they pay"
PREPOSITION_MODALITY = {"provided": "conditional", "providing": "conditional"}
# subordinators of a condition: "if the army attacks", "unless they surrender"
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing", "lest"})
# subordinators of an open question: "asked whether the army had left"
QUESTION_MARKS = frozenset({"whether"})
# auxiliaries that open a condition when they come before the subject: "Had the guards
# seen him, ...", "Should the talks fail, ..."
INVERTED_CONDITION_AUX = frozenset({"had", "should", "were"})
# subordinators of a purpose: "so that they could escape", "in order that"
PURPOSE_MARKS = frozenset({"so", "order"})
# verbs of control whose embedded event did not happen
CONTROL_NEGATES = frozenset({"fail", "refuse", "unable", "decline", "forbid", "prohibit",
                             "ban", "bar", "avoid", "refrain", "unwilling", "forget",
                             "neglect", "omit", "impossible", "resist", "rule out",
                             "escape", "evade", "dodge"})
# Verbs whose that-clause holds even when they are negated ("did not know that X" still says
# X); after any other negated verb the clause is left open ("did not find that X broke Y")
FACTIVE_VERBS = frozenset({
    "know", "realize", "realise", "regret", "notice", "forget", "remember", "discover",
    "learn", "understand", "see", "recognize", "recognise", "note", "reveal", "hide",
    "ignore", "mind", "deny", "doubt", "dispute", "hear",
})
# Verbs whose object is a means: "used the radio to warn X" (the user warns, not the radio)
MEANS_VERBS = frozenset({"use", "employ", "utilize", "utilise", "spend", "pay", "buy",
                         "exploit", "borrow", "take"})
# Verbs whose infinitive after an object happened ("forced the rebels to retreat"); after
# any other verb the object's act is a purpose or a wish ("appointed managers to conduct X")
IMPLICATIVE_VERBS = frozenset({
    "force", "help", "cause", "lead", "get", "compel", "prompt", "drive", "make", "oblige",
    "inspire", "spur", "trick", "provoke", "persuade", "convince", "let",
})
# Verbs whose that-clause says what should happen, not what did: "demanded that the minister
# resign", "hopes the talks succeed"; the modality is the verb's own (OBJECT_CONTROL_MODALITY,
# else CONTROL_MODALITY)
MANDATIVE_VERBS = frozenset({
    "demand", "order", "request", "urge", "ask", "recommend", "propose", "advise", "require",
    "command", "direct", "instruct", "hope", "wish", "pray", "prefer", "want",
})

# nouns of what someone is held for: the one held did what their gerund says ("arrested X
# on suspicion of stealing": X stole, by the police's word)
SUSPICION_NOUNS = frozenset({"suspicion", "charge", "allegation", "accusation"})

# Nouns that frame an event as a purpose or a chance: "for the purpose of obtaining X",
# "a deal to export X", "the risk of collapsing"; the value is the event's modality
NOUN_FRAMES = {
    "purpose": "intended", "aim": "intended", "goal": "intended", "intention": "intended",
    "hope": "intended", "plan": "planned", "idea": "intended", "dream": "intended",
    "ambition": "intended", "objective": "intended", "mission": "intended",
    "bid": "attempted", "attempt": "attempted", "effort": "attempted", "drive": "attempted",
    "campaign": "attempted", "proposal": "planned", "decision": "planned",
    "promise": "promised", "pledge": "promised", "commitment": "promised", "offer": "promised",
    "deal": "agreed", "agreement": "agreed", "call": "requested", "request": "requested",
    "demand": "requested", "appeal": "requested", "order": "ordered", "threat": "threatened",
    "possibility": "possible", "risk": "possible", "danger": "possible", "chance": "possible",
    "prospect": "possible", "likelihood": "possible", "ability": "capable",
    "capacity": "capable", "capability": "capable", "power": "capable",
    "determination": "intended", "willingness": "intended", "readiness": "intended",
    "desire": "intended", "intent": "intended", "right": "permitted", "permission": "permitted",
    "need": "necessary", "obligation": "necessary",
    "view": "intended",  # "with a view to ending the strike"
    # an act under way or about to happen, not done: "in the process of leaving the union",
    # "on the verge of signing", "on the brink of collapsing"
    "process": "future", "verge": "future", "brink": "future",
    # what someone is held for: "arrested X on suspicion of stealing", "on charges of fraud"
    **{noun: "alleged" for noun in sorted(SUSPICION_NOUNS)},
}

# Nouns whose clause says what someone claims, fears or hopes, not what happened: "the
# accusation (that) he took bribes", "the possibility of the army withdrawing", "fears that
# the dam would burst". Nouns of facts ("the news that", "the fact that") are not here.
CONTENT_NOUNS = {
    **{noun: frame for noun, frame in NOUN_FRAMES.items()
       if frame in ("alleged", "possible", "promised", "threatened")},
    "claim": "claimed", "rumour": "claimed", "rumor": "claimed", "assertion": "claimed",
    "report": "reported", "fear": "possible", "belief": "possible", "theory": "possible",
    "speculation": "possible", "suggestion": "possible", "assumption": "possible",
    "notion": "possible", "hope": "intended", "wish": "intended", "dream": "intended",
}

# verbs that reject a claim, an accusation or a report named as their object: "denied the
# accusation that he took bribes" (what it says did not happen on the subject's word)
REJECTING_VERBS = frozenset({"deny", "dismiss", "reject", "refute", "rebut", "dispute",
                             "debunk"})

# Modalities under which the text says the event happened or holds (attributed ones on
# someone's word: the graph keeps who says so). Every other modality (attempted, planned,
# threatened, possible, question, ...) says it did not (yet) happen: described, never
# asserted (assertion), and what an "until" clause ends under it is not done either.
FACTUAL_MODALITIES = frozenset({"", "claimed", "alleged", "reported", "believed", "estimated"})

MODAL_MODALITY = {
    "can": "capable", "could": "possible", "may": "possible", "might": "possible",
    "must": "necessary", "should": "necessary", "ought": "necessary",
    # a forecast or an event still to come ("will attack", "said it would withdraw")
    "will": "future", "'ll": "future", "’ll": "future", "shall": "future", "would": "future",
    "wo": "future",  # "won't" is "wo" + "n't"
}
# Adjectives that say an event named by a noun did not (yet) happen: "the planned invasion of
# X", "a failed attack on Y", "a possible strike on Z"
EVENT_ADJECTIVE_MODALITY = {
    "planned": "planned", "proposed": "planned", "scheduled": "planned", "intended": "intended",
    "would-be": "intended", "attempted": "attempted", "failed": "attempted",
    "aborted": "attempted", "foiled": "attempted", "thwarted": "attempted",
    "threatened": "threatened", "possible": "possible", "potential": "possible",
    "hypothetical": "hypothetical", "expected": "expected", "anticipated": "expected",
    "imminent": "future", "upcoming": "future", "future": "future", "impending": "future",
    "alleged": "alleged", "suspected": "alleged", "rumoured": "claimed", "rumored": "claimed",
    "feared": "possible", "projected": "expected", "predicted": "expected",
    "likely": "possible", "probable": "possible",
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
                              "conceivable", "doubtful", "unclear", "uncertain", "impossible"})
# "It is vital that the army protect the border", "it is important to protect it": what
# should be, not what is
NEED_ADJECTIVES = frozenset({"vital", "essential", "important", "necessary", "crucial",
                             "imperative", "critical", "urgent"})
# a claim the article disputes or that nothing supports: never asserted as a fact
DISPUTED = "disputed"
REPORT_MODALITY = {"claim": "claimed", "allege": "alleged", "deny": "denied",
                   "believe": "believed", "think": "believed", "estimate": "estimated",
                   "suggest": "possible", "predict": "expected", "accuse": "alleged",
                   "doubt": DISPUTED, "dispute": DISPUTED, "refute": DISPUTED}
# frames that leave their clause no fact: a conjoined clause shares them ("denied that the
# police beat the protesters and robbed them": neither happened on the mayor's word)
UNDERMINING_FRAMES = frozenset({"deny", "suggest", "predict", "doubt", "dispute", "refute"})
# "falsely claimed that X", "wrongly said that X": the article itself says the claim is false
DISPUTING_ADVERBS = frozenset({"falsely", "wrongly", "baselessly", "erroneously",
                               "untruthfully", "mistakenly", "incorrectly", "spuriously"})
# "claimed without evidence that X", "there is no evidence that X": nothing shows it happened
EVIDENCE_NOUNS = frozenset({"evidence", "proof", "indication", "sign"})
# "..., which Ruiz denied": a reported claim the article says someone contests
CONTESTING_VERBS = frozenset({"deny", "dispute", "refute", "reject", "contest", "rebut"})
# "it is false that X": the clause did not happen, on the speaker's or the article's word
FALSITY_ADJECTIVES = frozenset({"false", "untrue", "baseless", "unfounded", "incorrect"})

TIME_WORDS = frozenset({
    "today", "yesterday", "tomorrow", "tonight", "now", "then", "recently", "earlier",
    "later", "ago", "week", "weeks", "month", "months", "year", "years", "day", "days",
    "decade", "decades", "century", "centuries", "morning", "evening", "night", "afternoon",
    "weekend", "hour", "hours", "season", "summer", "winter", "spring", "autumn", "fall",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "era", "period", "time", "times",
})
# "Rovers travel to Leeds next Sunday", "the band plays Oslo tomorrow": a time still to
# come makes a verb in the simple present a fixture, not a fact (the words of such a time)
COMING_TIME_WORDS = frozenset({"tomorrow", "tonight"})
COMING_TIME_MODIFIERS = frozenset({"next", "coming"})
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


def is_whether_or_not(token: Token) -> bool:
    """The "not" of "whether or not X": it leaves X open, it does not negate it."""
    if token.lower_ != "not" or token.i < 2 or token.doc[token.i - 1].lower_ != "or":
        return False
    return token.doc[token.i - 2].lower_ == "whether" or any(
        c.lower_ == "whether" for c in token.head.children)


def is_negator(token: Token) -> bool:
    """Whether a dependent of a verb negates it ("not", "never", "no longer")."""
    if is_whether_or_not(token):
        return False
    if token.dep_ == "neg":
        return True
    if token.dep_ == "advmod" and token.lower_ in ("never", "rarely", "seldom", "hardly",
                                                  "scarcely"):
        return True  # "rarely allowed them outside" says they mostly were not
    if token.dep_ == "advmod" and token.lower_ in ("nearly", "almost") and \
            token.i + 1 == token.head.i:
        # "nearly killed him", "almost won": it did not happen ("nearly 200 died" hangs it on
        # the number, and "nearly after I saw her" is a time, before the "after")
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
    """Whether a noun phrase says there is none of it: "no trace", "neither side", "none of X",
    "almost no chance" (the parser may take that "no" for a number)."""
    if head.lower_ in NEGATIVE_HEADS:
        return True
    # "no associated storm warnings": the parser may hang the "no" on a modifier; the
    # phrase still opens with it (not "no-fly zones", one word with a hyphen)
    first = head.left_edge
    return any(c.dep_ in ("det", "nummod") and c.lower_ in NEGATIVE_QUANTIFIERS
               for c in head.children) or (
        first.dep_ in ("det", "nummod") and first.lower_ in NEGATIVE_QUANTIFIERS
        and bool(first.whitespace_) and first.head.i < head.i)


def is_time_phrase(head: Token) -> bool:
    """Whether a noun phrase headed by `head` names a time ("2016", "last month", "Monday")."""
    if head.ent_type_ in TIME_ENTS:
        return True
    if _YEARLIKE.match(head.text):
        return True
    return head.lower_ in TIME_WORDS or _opens_a_named_day(head)


def _opens_a_named_day(head: Token) -> bool:
    """ "heading into Super Tuesday", "sales on Black Friday": the recognizer tags only the
    weekday as a date, and the parser hangs it apart from the word before it, which alone
    names nothing."""
    return head.dep_ == "pobj" and head.text[:1].isupper() and \
        weekday_of_a_name(head.doc, head.i + 1)


def weekday_of_a_name(doc: Doc, i: int) -> bool:
    """Is the token at `i` a weekday that goes on the name before it ("Super Tuesday"), not
    a wire's day before its verb ("told Acme Tuesday it would")?"""
    if i >= len(doc):
        return False
    day, after = doc[i], doc[i + 1] if i + 1 < len(doc) else None
    return day.lower_ in WEEKDAYS and day.text[:1].isupper() and \
        (after is None or after.pos_ not in ("VERB", "AUX"))


def is_portfolio(head: Token) -> bool:
    """Whether a phrase headed by `head` is a minister's portfolio ("the minister for East
    African Affairs"): a field of government, no body (a ministry is "Ministry of ...")."""
    prep = head.head
    return head.lower_ == "affairs" and head.dep_ == "pobj" and \
        prep.lower_ in ("for", "of") and lemma_of(prep.head).lower() in PORTFOLIO_HOLDERS


# what a monument does to the one it shows: "the memorial featuring X", "a statue depicting X"
_DEPICTING_VERBS = frozenset({"feature", "depict", "show", "honor", "honour", "commemorate",
                              "portray"})


def commemorated(token: Token) -> bool:
    """Is the token the one a statue, memorial or tomb is "of" or "to" ("a statue of Ann
    Lee in the square", "the memorial featuring Ann Lee")? What the phrase says of place or
    post is the monument's."""
    if token.dep_ == "pobj" and token.head.lower_ in ("of", "to"):
        return lemma_of(token.head.head).lower() in COMMEMORATIVE_NOUNS
    return token.dep_ == "dobj" and token.head.dep_ == "acl" and \
        lemma_of(token.head).lower() in _DEPICTING_VERBS and \
        lemma_of(token.head.head).lower() in COMMEMORATIVE_NOUNS


# what a clock time is told in: four digits before one ("at 1922 UTC", "0600 GMT", "1400
# hours") are a time of day, never a year
_CLOCK_WORDS = frozenset({"utc", "gmt", "hours", "hrs", "est", "edt", "cst", "cdt", "mst",
                          "mdt", "pst", "pdt", "bst", "cet", "cest", "eet", "eest", "ist",
                          "jst", "aest", "aedt"})


def written_year(token: Token) -> int | None:
    """The year a token writes: four digits tagged a date, or counting a noun (the
    recognizer may call the "2016" of "the 2016 nominee" a cardinal); not a clock time
    ("launched at 1922 UTC")."""
    if not (token.text.isdigit() and len(token.text) == 4 and _YEARLIKE.match(token.text)):
        return None
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and after.lower_ in _CLOCK_WORDS:
        return None
    return int(token.text) if token.ent_type_ == "DATE" or token.dep_ == "nummod" else None


def entity_of(token: Token) -> Span | None:
    """The named entity of the token's sentence that the token is part of, if any.

    Read off the tokens' entity tags: Doc.ents and Token.sent build every entity and
    the sentence anew on each call, and this is asked of most arguments."""
    if token.ent_iob_ not in ("B", "I"):
        return None
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(doc[i].is_sent_start for i in range(start + 1, end)):
        return None  # (an entity run across two sentences is in neither)
    from spacy.tokens import Span  # (only here: importing this module loads no spaCy)

    return Span(doc, start, end, label=token.ent_type_)


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


# Light verbs and idioms whose object is part of the predicate, not a thing acted on:
# "took place", "take part in X", "kept an eye on X", "turned the tables on X"
IDIOM_OBJECTS = {
    "take": frozenset({"place", "part", "hold", "notice", "note", "aim", "advantage", "care",
                       "charge", "control", "effect", "root", "shape",
                       "issue", "action", "responsibility", "refuge", "shelter", "cover",
                       "turn", "side", "stock", "heed", "credit", "precedence", "stand"}),
    "make": frozenset({"way", "use", "sense", "progress", "headway", "amend", "room", "peace",
                       "contact", "history", "landfall", "mention", "point", "fun"}),
    "keep": frozenset({"eye", "track", "pace", "watch", "touch", "tab"}),
    "turn": frozenset({"table", "tide", "blind", "attention", "back"}),
    "pay": frozenset({"tribute", "attention", "visit", "price", "respect", "homage", "heed"}),
    "give": frozenset({"way", "birth", "rise", "chase", "ground", "voice"}),
    "play": frozenset({"role", "part"}),
    "lay": frozenset({"siege", "claim", "foundation"}),
    "set": frozenset({"foot", "stage"}),
    "open": frozenset({"fire"}),
    "hold": frozenset({"talk", "sway"}),  # "held talks with X": LIGHT_VERB_PREDICATES
    "shed": frozenset({"light"}),
    "draw": frozenset({"attention", "line"}),
    "strike": frozenset({"deal", "chord", "balance"}),
    "declare": frozenset({"war"}),
    "wage": frozenset({"war"}),
    "lose": frozenset({"track", "sight", "ground", "touch"}),
    "gain": frozenset({"ground", "momentum", "traction"}),
    "catch": frozenset({"sight"}),
    "stand": frozenset({"trial", "ground", "chance"}),
    "run": frozenset({"risk"}),
    "come": frozenset({"way"}),
    "serve": frozenset({"time"}),  # "was serving his time at X Prison"
    "leave": frozenset({"mark", "impression"}),  # "left an indelible mark on X"
    "have": frozenset({"trouble", "difficulty", "problem", "control", "access", "say", "stake",
                       "hand",
                       "chance", "opportunity", "right"}),
}
# A light verb, its event noun and the preposition of the one acted on, as one predicate:
# "filed a lawsuit against X" is "sue X", "held talks with X" "meet with X". The value is
# the predicate's lemma (mapped onto the ontology like any verb's); any other preposition
# ("filed a report on X", "filed a lawsuit in court") leaves the noun an object. A "to"
# entry also reads the verb's second object: "granted X a pardon" is "granted a pardon to X".
def _phrases(verbs: str, nouns: str, preps: str, lemma: str
             ) -> list[tuple[tuple[str, str, str], str]]:
    """Every verb with every noun and preposition of a light-verb phrase, as one lemma."""
    return [((v, n, p), lemma) for v in verbs.split() for n in nouns.split()
            for p in preps.split()]


LIGHT_VERB_PREDICATES = dict([
    # legal action
    *_phrases("file bring launch", "lawsuit", "against", "sue"),
    *_phrases("file bring", "suit case", "against", "sue"),
    *_phrases("file lodge", "complaint", "against", "accuse"),
    *_phrases("make level", "accusation", "against", "accuse"),
    *_phrases("open", "case", "against", "accuse"),  # "opened a criminal case against X"
    *_phrases("file bring press level unseal announce", "charge", "against", "charge"),
    *_phrases("file", "motion", "against", "oppose"),
    *_phrases("express voice announce declare reiterate restate stress signal", "opposition",
              "to", "oppose"),
    *_phrases("deny refuse withhold block", "funding", "for", "oppose"),  # "denied funding for X"
    *_phrases("file", "appeal", "against", "appeal against"),
    *_phrases("file mount", "challenge", "to", "challenge"),
    *_phrases("issue", "subpoena", "to", "subpoena"),
    *_phrases("issue authorize authorise", "subpoena", "for", "subpoena"),
    # clemency: "granted X a full pardon", "commuted the sentence of X"
    *_phrases("grant give issue offer", "pardon clemency", "to", "pardon"),
    *_phrases("commute", "sentence", "of", "commute sentence of"),
    # force
    *_phrases("launch carry mount stage", "attack", "on", "attack"),
    *_phrases("launch carry mount", "attack", "against", "attack"),
    *_phrases("launch", "assault", "on against", "attack"),
    *_phrases("launch", "offensive", "on", "attack"),
    *_phrases("launch mount", "offensive", "against", "attack"),
    *_phrases("launch carry", "strike airstrike", "on against", "strike"),
    *_phrases("launch carry", "raid", "on", "raid"),
    # restrictions
    *_phrases("impose place", "sanction", "on", "sanction"),
    *_phrases("impose", "sanction", "against", "sanction"),
    *_phrases("impose place", "ban", "on", "ban"),
    *_phrases("impose", "embargo", "on against", "embargo"),
    *_phrases("impose", "blockade", "on", "blockade"),
    *_phrases("impose place", "restriction", "on", "restrict"),
    # control of a place or a body: "seized control of the port" took it, "ceded control of
    # the port to X" gave it up ("took control of" is an idiom of "take": IDIOM_OBJECTS)
    *_phrases("seize wrest", "control", "of", "take control of"),
    *_phrases("regain", "control", "of", "retake"),
    *_phrases("relinquish cede surrender hand transfer", "control", "of", "cede control of"),
    *_phrases("lose", "control", "of", "lose control of"),
    # talks and agreements
    *_phrases("hold have", "talk meeting", "with", "meet with"),
    *_phrases("hold", "discussion", "with", "meet with"),
    *_phrases("hold conduct", "negotiation", "with", "negotiate with"),
    *_phrases("sign reach conclude", "agreement", "with", "agree with"),
    *_phrases("sign reach strike", "deal", "with", "agree with"),
    *_phrases("sign", "treaty accord pact", "with", "agree with"),
    *_phrases("form forge", "alliance", "with", "ally with"),
    # help
    *_phrases("provide give lend offer pledge", "support backing", "to", "support"),
    *_phrases("throw", "support weight", "behind", "support"),  # "threw its weight behind X"
    *_phrases("provide express voice announce declare pledge vow reiterate reaffirm restate "
              "stress signal offer", "support backing", "for", "support"),
    *_phrases("provide send give", "aid", "to", "aid"),
    *_phrases("provide give", "assistance", "to", "assist"),
    *_phrases("provide supply send", "weapon", "to", "arm"),
    *_phrases("provide", "funding", "to for", "fund"),
    # investigations
    *_phrases("launch open conduct start begin", "investigation", "into", "investigate"),
    *_phrases("launch open conduct start begin perform", "investigation", "of", "investigate"),
    *_phrases("launch open", "investigation", "against", "investigate"),
    *_phrases("launch open", "probe inquiry", "into", "investigate"),
    # messages
    *_phrases("send write", "letter", "to", "write to"),
    *_phrases("send", "message note email", "to", "write to"),
    *_phrases("give grant", "interview", "to", "speak to"),
    *_phrases("make", "remark comment", "to", "speak to"),
    # a speech act's target
    *_phrases("pay", "tribute homage", "to", "praise"),
    *_phrases("heap lavish shower", "praise", "on upon", "praise"),
    *_phrases("launch", "tirade broadside", "against at on", "criticize"),
    *_phrases("make issue", "threat", "against", "threaten"),
    # "claimed responsibility for the bombing": the group's claim to the attack, not a
    # claim to "responsibility" (accepting or taking it is owning a failure: no claim)
    *_phrases("claim", "responsibility credit", "for", "claim responsibility for"),
    *_phrases("express extend", "gratitude", "to", "thank"),
    *_phrases("express", "thank", "to", "thank"),
    # "offered congratulations to X", and written or said as one: X wrote, "Congratulations
    # to Y on the win"
    *_phrases("offer send extend convey express write tweet post say", "congratulation", "to",
              "congratulate"),
    *_phrases("level direct", "criticism", "at", "criticize"),
    *_phrases("voice express raise", "criticism", "of", "criticize"),
    *_phrases("offer express voice have", "praise admiration", "for", "praise"),
    *_phrases("take", "swipe dig shot potshot jab", "at", "criticize"),  # see REMARK_WORDS
    # a stand: "had disagreements with X", "voiced disagreement with X"
    *_phrases("have express voice", "disagreement", "with", "disagree with"),
    *_phrases("issue send", "warning", "to", "warn"),
    # stakes: "owns a 30% stake in Kelso Ltd", "sold its stake in Kelso Ltd"
    *_phrases("own hold have", "stake", "in", "own stake in"),
    *_phrases("buy acquire take purchase", "stake", "in", "buy stake in"),
    *_phrases("sell", "stake", "in", "sell stake in"),
    # deals done: "completed its purchase of Kelso Ltd" bought it (an announced or agreed one
    # may be still to come)
    *_phrases("complete finalize finalise close", "purchase acquisition takeover buyout",
              "of", "buy"),
    # gatherings: "the city played host to the Acme Fair" hosted it
    *_phrases("play", "host", "to", "host"),
    # a degree earned at a college: "earned a PhD in physics from X", "completed a law degree
    # at X" (an honorary one is no study there: HONORARY_WORDS)
    *_phrases("earn receive obtain get complete gain", "degree doctorate phd diploma mba msc "
              "bsc ba ma", "from at", "graduate from"),
])
# words that make a degree given, not earned ("an honorary doctorate from Kelso University")
HONORARY_WORDS = frozenset({"honorary", "honourary", "honoris"})

# light-verb nouns that may be meant literally ("an officer took a shot at the gunman"): a
# stand only with a word that makes them a remark ("a veiled shot", "a parting jab")
LITERAL_TOO_NOUNS = frozenset({"shot", "potshot", "jab"})
REMARK_WORDS = frozenset({"veiled", "thinly-veiled", "parting", "cheap", "verbal", "political",
                          "rhetorical", "sly", "subtle", "sarcastic", "public", "personal"})

# Taking a stand on what someone said or decided is taking it on them: "opposed the
# minister's plan" -> oppose the minister. The verbs of a stand, and the nouns of what is
# said or decided (not of things owned: "backed the king's car" is no stand on the king).
# Not "contest": "contested the party's nomination" runs for it.
STANCE_VERBS = frozenset({"oppose", "reject", "criticize", "criticise", "condemn", "denounce",
                          "support", "back", "endorse", "welcome", "praise", "second",
                          "applaud", "challenge", "agree with", "concur with",
                          "side with", "object to", "protest against", "disagree with",
                          "commend", "laud", "hail", "slam", "rebuke", "credit"})
# A stand on someone's deed is a stand on its doer ("condemned Borduria's attack on Valdora":
# Borduria is condemned; the speaker attacks no one). Only the verbs that blame, praise or
# oppose: welcoming a withdrawal, backing a strike or agreeing with a ruling says little
# of who made it.
DEED_STANCE_VERBS = STANCE_VERBS - frozenset({
    "support", "back", "endorse", "welcome", "second", "challenge", "agree with", "concur with",
    "side with"})
# "questioned the president's power to do so", "disputed the minister's claim": a doubt
# cast on what someone claims, holds or decided is a stand against them (oppose the
# president); not on what someone is or can do ("questioned her ability to lead" doubts,
# and "questioned the suspect's wife" interrogates), nor on a deed ("questioned the attack")
DOUBTING_VERBS = frozenset({"question", "dispute"})
DOUBTED_NOUNS = frozenset({
    "power", "authority", "legitimacy", "right", "claim", "decision", "ruling", "statement",
    "account", "version", "findings", "finding", "conclusion", "assertion", "figures",
})
# "called for the minister's resignation", "demanded the impeachment of President Lee": to
# ask that someone leave their post is a stand against them (oppose the minister); not
# "called for his resignation" (whose is a guess, see _owners), nor "the arrest of X" (an
# accusation, not a stand). The ousters are those of lexicon.ENDING_NOUNS one is made to
# undergo, and impeachment; a death or a retirement called for is no ouster.
OUSTING_CALLS = frozenset({"call for", "demand", "seek", "urge"})
OUSTER_NOUNS = frozenset({"resignation", "removal", "ouster", "impeachment", "dismissal",
                          "sacking", "firing", "overthrow", "expulsion"})
# "nominated a ticket of Tom Hale for president and Ann Lee for vice president": a slate of
# candidates, and the verbs by which choosing or backing it chooses or backs each candidate
# on it (not "received": a ticket's votes are no one's act on its candidates)
TICKET_NOUNS = frozenset({"ticket", "slate"})
TICKET_VERBS = frozenset({"nominate", "select", "choose", "pick", "endorse", "back",
                          "support", "elect"})
# "praised the quality of her work": a side of what someone did or said, named by its "of"
ASPECT_NOUNS = frozenset({"quality", "timing"})
# "shot him dead", "beat the man to death", "the blast left nine dead": verbs whose object,
# made dead by them, was killed (not "found him dead", "declared him dead": no killing said)
KILLING_MEANS = frozenset({
    "shoot", "gun", "stab", "beat", "stone", "hack", "club", "bludgeon", "batter", "kick",
    "burn", "strangle", "choke", "crush", "trample", "starve", "torture", "hang", "leave",
})
# "took three workers hostage", "held the soldiers captive": verbs by which one holds
# another, and the words that make the holding captivity (a predicate: take hostage)
CAPTOR_VERBS = frozenset({"take", "hold", "keep"})
CAPTIVITY_WORDS = frozenset({"hostage", "captive", "prisoner"})
# "Ruritania and Borduria met", "rebels and soldiers clashed": verbs that, said of two
# actors without another, say what each did with the other (with LIGHT_VERB_PREDICATES
# for "signed a treaty", "held talks")
RECIPROCAL_VERBS = {"meet": "meet with", "clash": "clash with", "negotiate": "negotiate with"}
# "is critical of X": a stance said with an adjective and its preposition, as the stance verb
STANCE_ADJECTIVES = {("critical", "of"): "criticize", ("supportive", "of"): "support",
                     ("opposed", "to"): "oppose", ("hostile", "to"): "oppose"}
# "X is (was) married to Y": a tie said with an adjective is the verb's ("X married Y")
TIE_ADJECTIVES = {("married", "to"): "marry"}
# "X is linked to Y", "a group allied with Y": a tie between two actors said with a
# participle and no agent is the tie's verb, the participle's subject its first end
ACTOR_TIE_PARTICIPLES = {
    ("linked", "to"): "link to", ("tied", "to"): "tie to",
    ("affiliated", "with"): "affiliate with", ("affiliated", "to"): "affiliate to",
    ("allied", "with"): "ally with", ("allied", "to"): "ally with",
    ("aligned", "with"): "align with",
}
STANCE_NOUNS = frozenset({
    "statement", "decision", "call", "proposal", "recommendation", "plan", "remark", "comment",
    "policy", "move", "claim", "suggestion", "request", "demand", "ruling", "bid", "idea",
    "position", "stance", "initiative", "appeal", "candidacy", "nomination", "view", "order",
    "decree", "verdict", "announcement", "declaration", "offer", "response", "handling",
    "act", "action", "campaign", "deal", "investigation", "inquiry", "probe",
    # what someone did or how: "criticized the minister's refusal", "praised her courage"
    "refusal", "endorsement", "conduct", "behaviour", "behavior", "leadership", "work",
    "effort", "courage", "bravery", "contribution", "commitment", "dedication", "service",
    # what someone is good or bad at: "lauded the minister's ability", "praised her legacy"
    "ability", "talent", "skill", "legacy", "achievement", "performance", "record",
    "wisdom", "kindness", "humility", "integrity", "honesty", "generosity", "heroism",
    "professionalism",
    # how a player or a side played: "praised Hamilton's drive", "hailed Osei's goal"
    "drive", "display", "innings", "ride", "showing", "goal", "form", "season", "win",
    "victory", "comeback", "debut",
})

# idioms that take no object: a preposition after them says where or when ("took place on
# Main Street"), never what
INTRANSITIVE_IDIOMS = frozenset({"place", "effect", "root", "shape", "landfall", "history",
                                 "headway", "progress", "sense", "turn", "office", "power"})
# The same with a preposition: "came to light", "went into effect", "is on its way"
IDIOM_PHRASES = frozenset({
    ("come", "to", "light"), ("come", "to", "power"), ("come", "to", "end"),
    ("come", "into", "force"), ("come", "into", "effect"), ("go", "into", "effect"),
    ("enter", "into", "force"), ("come", "under", "fire"), ("come", "under", "pressure"),
    ("be", "on", "way"), ("be", "in", "hand"), ("be", "in", "place"), ("be", "in", "charge"),
    ("be", "in", "way"), ("be", "at", "odds"), ("be", "on", "track"), ("be", "in", "touch"),
    ("be", "under", "way"), ("get", "under", "way"), ("be", "in", "power"),
    ("remain", "in", "power"), ("stay", "in", "power"), ("be", "in", "control"),
    ("be", "on", "trial"), ("go", "on", "trial"), ("be", "at", "risk"), ("be", "in", "favor"),
    ("be", "in", "favour"), ("take", "into", "account"), ("take", "into", "custody"),
    ("put", "in", "place"), ("bring", "to", "justice"), ("bring", "to", "end"),
    ("put", "to", "end"), ("put", "to", "death"), ("get", "in", "touch"),
    ("keep", "in", "touch"), ("be", "on", "hand"), ("be", "in", "line"),
    ("fall", "into", "hand"), ("go", "to", "war"), ("be", "at", "war"), ("be", "in", "talk"),
    # with the object between: "held the minister in contempt", "put them on trial"
    ("range", "in", "age"), ("hold", "in", "contempt"), ("put", "on", "trial"),
    ("sentence", "to", "death"), ("place", "under", "arrest"), ("put", "under", "arrest"),
    ("call", "into", "question"), ("bring", "to", "light"), ("take", "into", "account"),
})

# participles whose modifier is a place, not an agent: "UK-based", "Paris-born"
LOCATIVE_PARTICIPLES = frozenset({"base", "based", "locate", "headquarter", "headquartered",
                                  "bear", "born", "register", "situate", "station"})

# participles whose named modifier is the one who backs or leads the noun: "US-backed
# militias", "Saudi-led coalition" say who backs and leads as plainly as a clause does
# (not "Matrix-assisted", "Hollywood-produced", "Toronto-shot": a method, a place)
BACKING_PARTICIPLES = frozenset({"back", "lead", "sponsor", "fund", "finance", "support",
                                 "arm"})


def participle_agents(participle: Token) -> list[Token]:
    """The names before a hyphenated participle that did what it says: "Iran" of "Iran-backed
    militias", "UK" of "UK-based retailer"."""
    return [c for c in participle.children
            if c.dep_ in ("npadvmod", "compound", "nmod", "nsubj") and c.i < participle.i
            and (c.pos_ == "PROPN" or c.ent_type_)]

# verbs that describe what a thing is made of or spans: after a comma they describe the noun
# before it ("the region, comprising A and B"), not the subject of the clause
STATIVE_VERBS = frozenset({"comprise", "include", "contain", "consist", "cover", "span",
                           "encompass", "house", "border", "number", "total"})

# participles that say what a noun is about ("a count of murder pertaining to the shooting",
# "documents relating to the deal"): they describe the noun before them, however the
# parser hangs them
TOPIC_PARTICIPLES = frozenset({"pertain", "relate", "concern", "regard"})

# "the first to arrive", "the only country to vote": an infinitive that says what happened
ORDINAL_WORDS = frozenset({"first", "last", "only", "next", "second", "third"})

# Nouns of a prepositional phrase that says how, how much or how fast ("on a massive
# scale", "in a similar way", "to a degree", "at a fast pace"): an adjunct, never what a verb
# acts on
MANNER_NOUNS = frozenset({"scale", "extent", "degree", "level", "rate", "pace", "manner",
                          "way", "fashion", "speed"})
# Verbs whose "by" takes an object in the active voice ("stood by the governor", "abides by
# the ruling"); after any other active verb, "by" says how, how much or how far ("won by a
# wide margin", "left by mutual consent", "travelled by train"): never what the verb acts on
BY_OBJECT_VERBS = frozenset({"abide", "stand", "stick", "swear"})
# nouns of money written out ("2.4 billion euros"): the model tags such a sum as money, or
# not at all, or runs it into the name before it
CURRENCY_NOUNS = frozenset({
    "dollar", "euro", "pound", "yen", "yuan", "renminbi", "rupee", "franc", "peso", "rouble",
    "ruble", "rand", "lira", "krona", "krone", "dinar", "dirham", "riyal", "shekel", "naira",
    "shilling", "baht", "ringgit", "rupiah", "won", "real"})
# verbs whose first object is the one who loses or gets a sum ("fined X 45 million pounds",
# "paid X $2 million", "awarded X 5 million euros"); not "sent X $2 billion": X is no
# object of the sending
AMOUNT_DATIVE_VERBS = frozenset({"fine", "pay", "award"})
# adverbs that are a verb's particle when they follow it ("stepped down as", "pulled out of",
# "backed away from"): the parser may hang them on the verb as adverbs
PARTICLE_ADVERBS = frozenset({"down", "up", "out", "off", "back", "away", "aside", "over"})
# adverbs that part the subject from what "from"/"of" names: "operates independently from
# X" says X does not run it; the phrase is no object of the verb
SEPARATION_ADVERBS = frozenset({"independently", "separately", "apart"})
# subjects of the formulaic wish "God bless X", "Heaven help us" (a verb without its -s)
WISHING_SUBJECTS = frozenset({"god", "heaven", "lord"})
# A preposition and noun that together are a preposition ("in response to", "on behalf
# of", "in order to"): the phrase is an adjunct, never the object of the verb before it
COMPLEX_PREPOSITIONS = frozenset({
    ("in", "response"), ("in", "addition"), ("in", "front"), ("on", "behalf"),
    ("in", "support"), ("in", "wake"), ("as", "result"), ("in", "spite"), ("in", "place"),
    ("in", "lieu"), ("in", "term"), ("in", "light"), ("in", "view"), ("in", "case"),
    ("in", "order"), ("by", "way"), ("in", "honour"), ("in", "honor"), ("in", "memory"),
    ("in", "protest"), ("in", "favour"), ("in", "favor"), ("in", "line"), ("on", "top"),
    ("in", "accordance"), ("in", "relation"), ("with", "regard"), ("with", "respect"),
    ("in", "connection"), ("in", "exchange"), ("in", "return"), ("for", "sake"),
    # purposes and efforts: "with a view to ending X", "in a bid to seize X"
    ("with", "view"), ("with", "aim"), ("with", "intention"), ("in", "bid"),
    ("in", "effort"), ("in", "attempt"), ("in", "hope"),
})

# "had trouble landing": the landing was attempted, by the subject of "have"
EFFORT_NOUNS = frozenset({"trouble", "difficulty", "problem"})
