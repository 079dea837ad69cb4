"""Coreference of pronouns: what "he", "she", "it" and "they" point back to.

No spaCy model here does coreference, so these rules follow how English news refers,
constraints first, proximity second:

- agreement: "he"/"she" only a person (of no other gender), "it" an organization, a
  government or a country, never a person, "they" a pair, a plural or a group;
- syntax: the nearest compatible mention within two sentences, a subject preferred;
  the subject of a reported clause is its reporter ("Lee said she had signed it",
  "the police said they had arrested him"); in a transcript, the speaker of the turn
  calls herself "I", so her turn's "he" or "she" is someone else; a name inside a
  predicative "as" phrase of the pronoun's own clause ("As Lee's deputy, he ...")
  describes the pronoun's referent and is never its antecedent; the subject of the
  clause a possessive "its" sits in owns it when it is a place or a name that is a
  person only by the recognizer's guess ("Zembla launched its invasion");
- "it" is more often a thing, an act or a state of affairs than a named body, so it is
  "uncertain" (and leaves no trail) as a copula's subject ("it was the moment to act"),
  as an object whose antecedent is only in an earlier sentence ("I still miss it"), when
  a named event is a nearer subject ("the storm was northbound as it left"), or when a
  nearer subject names nothing ("There is a lot of anger since the Acme strike. It ...").

First person is speakers.py's ("I" and "we" belong to whoever speaks), definite
descriptions descriptions.py's. Each answer says how it was reached
(models.RESOLVED_VIA): "pronoun", or "uncertain" when a rival referent fits nearly as
well. What does not resolve makes no node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon import SPEECH_VERBS, quotation_start
from ..models import Argument
from ..parsing import lemma_of, listeners
from ..qualifiers import GERUND_OBJECT_VERBS
from ..vocabulary import ACTOR_KINDS
from .speakers import in_quote
from .state import ArticleState, Mention
from .words import (
    GENDERED_NOUNS,
    PEOPLE_NOUNS,
    PRONOUNS,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def pronoun(state: ArticleState, arg: Argument, head: Token, role: str,
            lemma: str) -> tuple[tuple[int, ...], str]:
    """The mention a third-person pronoun points back to, and "pronoun" or "uncertain"
    (_antecedent). A "he" or "she" outside quotation marks with no one to refer to within
    two sentences reaches back further, to the paragraph's sole person of its kind
    ("She explained, '...long quotation...' Speaking to the Times, she said"): sure only
    when one person fits in all that stretch, and never in a transcript's turn."""
    found = _antecedent(state, arg, head, role, lemma, NEAR)
    if found[0] or head.lower_ not in _PERSONAL or in_quote(state, head) or \
            _in_turn(state, head):
        return found  # (an interview's answers talk of people the questions never name)
    return _antecedent(state, arg, head, role, lemma, FAR)


NEAR = 2  # sentences back a pronoun's antecedent is looked for
FAR = 6  # ... and for a "he" or "she" that finds none nearer, one sole person
_PERSONAL = frozenset({"he", "she", "him", "her"})


def _antecedent(state: ArticleState, arg: Argument, head: Token, role: str, lemma: str,
                reach: int) -> tuple[tuple[int, ...], str]:
    """The mention a third-person pronoun points back to within `reach` sentences, and
    "pronoun" or "uncertain".

    Agreement first ("he" a person of no other gender, "it" an organization or a
    state, "they" a pair, a plural or a group), then the nearest mention within two
    sentences, a subject preferred, a speaker for the subject of "said". A name inside a
    predicative "as" phrase of the pronoun's own clause ("As Lee's deputy, he ...") is
    never its antecedent: the phrase describes the pronoun's referent. When another
    referent scores nearly as well, or an "it" is likelier a thing than the actor chosen
    (_it_unclear), the choice is "uncertain".
    """
    gender, number = PRONOUNS[head.lower_]
    speech = is_speech(role, lemma)
    sent = state.sent_of[head.i]
    quoted = in_quote(state, head)
    # the sentence the quotation opens in, which may be two before the pronoun's
    opened = quotation_start(state.text, head.idx) if quoted else None
    mark = state.doc.char_span(opened, opened + 1, alignment_mode="expand") \
        if opened is not None else None
    opened_in = state.sent_of[mark.start] if mark is not None and len(mark) else -1
    # who speaks it: every mention of them is skipped ("Lee tweeted he was "pained ...":
    # that "he" is Lee too)
    quote_speakers = {m.clusters for m in state.before(arg.start)
                      if m.speaker and m.sent == opened_in} if opened_in >= 0 else set()
    partner = _conjoined_owner(state, head)
    own_subject = _own_clause_subject(head)
    object_before = _object_before_owner(head)
    controller = _controlled_clause_object(head)
    gerund_doer = _gerund_doer(head)
    reporter = None if quoted else _reporter(head)
    principal = _reporters_owner(reporter, gender, number)
    scored: list[tuple[float, tuple[int, ...]]] = []
    doubtful: list[float] = []  # mentions whose kind is in doubt and might fit
    in_titles: set[tuple[int, ...]] = set()  # names met as another noun's modifier ...
    plain: set[tuple[int, ...]] = set()  # ... and met elsewhere
    here: set[tuple[int, ...]] = set()  # antecedents named in the pronoun's sentence
    other_gender: set[tuple[int, ...]] = set()  # "She said he ...": he is not her
    heard = _heard_by(head)
    own_doer = _clause_subject_of_object(state, head)  # "Lee shot him": him is not Lee
    events: list[int] = []  # where a named event or place is a subject: "Dorian ... as it left"
    turn_speaker = _turn_speaker(state, head) if gender in {"m", "f"} else set()
    for mention in state.before(arg.start):
        if sent - mention.sent > reach:
            break
        if mention.pos >= 0 and reach > NEAR and _paragraph_break(state, mention.pos, head.idx):
            break
        if mention.gender and gender in {"m", "f"} and mention.gender != gender:
            if mention.sent == sent:
                other_gender.add(mention.clusters)
            continue
        if mention.clusters in other_gender:
            continue
        if quoted and mention.speaker and sent - mention.sent <= 1 or \
                mention.clusters in quote_speakers or turn_speaker & set(mention.clusters):
            continue  # a speaker calls himself "I": a quoted "he" is someone else
        if any(start <= mention.pos < end for start, end in heard):
            continue  # "In an interview with Ann Lee, she said": Lee is the one spoken to
        if own_doer & set(mention.clusters):
            continue
        if mention.sent == sent and (_describes_the_pronoun(state, mention, head) or
                                     _kin_of_the_pronoun(state, mention, head)):
            continue
        score = -3.0 * (sent - mention.sent) + mention.pos / 1e6
        score += 1.5 if mention.subject else 0.0
        if speech and mention.speaker:
            score += 4.0
        if mention.clusters == partner:
            score += 3.0
        # (several who speak are no "she": "Her sons, Tom and Ben, said she died")
        reports = reporter is not None and not (reporter.tag_ == "NNS" and number == "sg") \
            and _names_the_reporter(state, mention, reporter)
        spoken_for = principal is not None and _names_the_reporter(state, mention, principal)
        if reports or spoken_for:
            score += _REPORTER_BONUS
        doer = gerund_doer is not None and _within(state, mention, gerund_doer)
        if _pronoun_fits(state, mention, gender, number) or \
                doer and _doer_fits(state, mention, gender) or \
                (mention.clusters == partner or spoken_for) and _may_be_anyone(state, mention) or \
                _subject_owns_its(state, mention, head, own_subject) or \
                reports and _body_says_they(state, mention, number, reporter):
            if object_before is not None and _within(state, mention, object_before):
                score += 1.5  # "represented Lee in her lawsuit": the object's as likely
            if controller is not None and _within(state, mention, controller):
                score += 1.5  # "Ruiz urged Lee to sell her shares": Lee's as likely
            if doer:
                score += 3.0  # "fined Acme for abusing its position": the deed is Acme's
            scored.append((score, mention.clusters))
            if mention.sent == sent:
                here.add(mention.clusters)
            # "US President Lee": the country says whose president; "the Lee campaign"
            # (a pronoun read as that name before counts as no plain use of it)
            modifier = _titles_a_person(state, mention) or names_a_thing(state, mention)
            if modifier or not _a_pronoun_at(state, mention):
                (in_titles if modifier else plain).add(mention.clusters)
        elif _might_fit(state, mention, gender, number):
            doubtful.append(score)
        elif gender == "n" and number == "sg" and _event_subject(state, mention):
            events.append(mention.pos)
    if not scored:
        return (), ""
    best = max(scored, key=lambda s: s[0])  # (the first of equals: the nearest)
    rivals = [score for score, clusters in scored if set(clusters) != set(best[1])]
    close = bool(rivals) and (best[0] - max(rivals) < _CLEAR_MARGIN or reach > NEAR)
    if not close and number == "sg":
        close = unnamed_subject_between(state, head, gender, best[1])
    if best[1] in in_titles - plain:
        close = True  # a name seen only as a title's or a thing's word is a weak antecedent
    if gender in {"m", "f"} and _gender_told_here(state, scored, best, gender, here):
        close = True
    if _addressee_rivals(state, head, scored, best) or \
            _object_pronoun_before(state, head, gender, best[1]):
        close = True
    if head.lower_ == "it" and (close or _it_unclear(state, head, best[1], events)):
        close = True  # and no trail: "it" is then more often a thing than an actor
    elif doubtful and best[0] - max(doubtful) < _CLEAR_MARGIN:
        close = True  # and no trail: a wrong kind would lead the next pronoun astray
    else:
        state.add_mention(Mention(arg.start, sent, best[1], number == "pl",
                                  role == "subject", speech,
                                  gender if gender in {"m", "f"} else ""))
    return best[1], "uncertain" if close else "pronoun"


def pair_word(head: Token, span_tokens: list[Token]) -> bool:
    """Is the argument a word that stands for two just named ("Both are professors", "both
    of them", "the two", "the pair")? Its own noun ("both countries") says what it is."""
    rest = [t for t in span_tokens if t.i != head.i]
    if head.lower_ == "both" and head.pos_ in {"PRON", "DET"}:
        return all(t.lower_ in {"of", "them"} for t in rest)
    if head.lower_ in {"two", "pair", "duo"}:
        return [t.lower_ for t in rest] == ["the"] and rest[0].i == head.i - 1
    return False


def pair(state: ArticleState, arg: Argument, head: Token) -> tuple[tuple[int, ...], str]:
    """The two a pair word stands for: the pair named last ("Ann Lee and Tom Kell"), in its
    sentence or the one before. Sure only when no other pair is named in that stretch and
    no other actor since ("Lee met Kell when both were young": the two are Lee and Kell,
    whoever was named as a pair before)."""
    sent = state.sent_of[head.i]
    named: set[int] = set()  # the actors named in the stretch, the pair's own aside
    pairs: list[tuple[int, ...]] = []
    for mention in state.before(arg.start):
        if sent - mention.sent > 1:
            break
        if len(set(mention.clusters)) == 2:
            pairs.append(mention.clusters)
        elif not pairs:
            named.update(c for c in mention.clusters
                         if state.clusters[c].kind() in ACTOR_KINDS)
    if not pairs:
        return (), ""
    sure = not named - set(pairs[0]) and all(set(p) == set(pairs[0]) for p in pairs)
    return pairs[0], "pronoun" if sure else "uncertain"


def _paragraph_break(state: ArticleState, start: int, end: int) -> bool:
    """Does a new paragraph begin between the two offsets? A pronoun that reaches far
    back stays within its paragraph."""
    return "\n\n" in state.text[start:end]


def _in_turn(state: ArticleState, pronoun: Token) -> bool:
    return any(turn.start <= pronoun.idx < turn.end for turn in state.turns())


def _turn_speaker(state: ArticleState, pronoun: Token) -> set[int]:
    """Whose transcript turn holds the pronoun (the names of its tag): she calls herself
    "I" there, so her turn's "he" or "she" is someone else ("((Ann Lee)) My dad taught
    me. He played in school")."""
    for turn in state.turns():
        if turn.start <= pronoun.idx < turn.end:
            tag = state.doc.char_span(turn.name_start, turn.name_end, alignment_mode="expand")
            return {state.token_cluster[t.i] for t in tag or ()
                    if t.i in state.token_cluster}
    return set()


# "Ruiz wrote she had ordered checks", "Acme said it had sold the plant": the subject of a
# reported clause is, in news, its reporter; more than a subject's lead over an object or
# a rival subject of the same sentence ("Lee said the talks failed while Ruiz wrote she
# had ordered checks": she is Ruiz)
_REPORTER_BONUS = 2.0


def _it_unclear(state: ArticleState, pronoun: Token, chosen: tuple[int, ...],
                events: list[int]) -> bool:
    """Is "it" more likely a thing, an act or a state of affairs than the body or country
    chosen? News uses "it" for what is not a named actor far more often than for one:

    - the subject of a copula ("It is a licence for ...", "Lee said it was the moment
      to act", "it's time"): the topic of the talk, not a body;
    - an object whose antecedent is only in an earlier sentence ("I still miss it",
      "She had it all", "make it"): a body carried across sentences is the subject;
    - a named event or place is a nearer subject than the choice ("The storm Zeta was
      northbound as it left the islands"): the event or the place is what "it" is.
    """
    if _copular(pronoun):
        return True
    found = _nearest(state, chosen, pronoun)
    nearest = -1 if found is None else found.pos
    if any(pos > nearest for pos in events):
        return True
    if pronoun.dep_ not in _OBJECT_DEPS | {"dative"}:
        return False
    return state.sents[state.sent_of[pronoun.i]].start_char > nearest


def _nearest(state: ArticleState, chosen: tuple[int, ...], pronoun: Token) -> Mention | None:
    """The chosen antecedent's mention nearest before the pronoun."""
    return max((m for m in state.mentions if m.clusters == chosen and m.pos < pronoun.idx),
               key=lambda m: m.pos, default=None)


def _copular(pronoun: Token) -> bool:
    """Is the pronoun the subject of "be" as the clause's own verb ("it is a licence",
    "it was fun"), not of a passive or progressive ("it is owned", "it is seeking")?"""
    verb = pronoun.head
    return pronoun.dep_ == "nsubj" and lemma_of(verb).lower() == "be" and \
        any(c.dep_ in ("attr", "acomp") for c in verb.children)


def _event_subject(state: ArticleState, mention: Mention) -> bool:
    """Is the mention one named event (a storm, a war, a summit) or place as a clause's
    subject ("Punta Arenas is a breeding site; it is in Chile": the place is "it")?"""
    return mention.subject and not mention.plural and len(mention.clusters) == 1 and \
        state.clusters[mention.clusters[0]].kind() in {"Event", "Location"}


def _heard_by(pronoun: Token) -> list[tuple[int, int]]:
    """The character spans of those the pronoun's own verb says it spoke to ("Speaking to
    Ann Lee, she said", "in an interview with Lee, he said"): never the speaker."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return []
    return [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge))
            for t in listeners(pronoun.head)]


def _reporter(pronoun: Token) -> Token | None:
    """The subject of the speech verb whose reported clause the pronoun is the subject of
    ("Lee said (that) he had signed it", "... and that he would sign it"), or None."""
    if pronoun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = pronoun.head
    for _ in range(4):  # "said he had signed it and that he would ...": up the conjuncts
        if verb.dep_ != "conj":
            break
        verb = verb.head
    if verb.dep_ != "ccomp" or verb.i < verb.head.i or \
            lemma_of(verb.head).lower() not in SPEECH_VERBS:
        return None  # (a clause before its verb: "He won, Lee said" says nothing of "he")
    speech = verb.head
    if speech.dep_ == "advcl" and speech.tag_ == "VBG" and not any(
            c.dep_ == "nsubj" for c in speech.children):
        speech = speech.head  # "Lee's lawyers asked for bail, arguing that he ...": theirs
    return next((c for c in speech.children if c.dep_ == "nsubj"), None)


def _reporters_owner(reporter: Token | None, gender: str, number: str) -> Token | None:
    """ "Lee's lawyers argued that he ...": one man told of by several who speak for him
    is the one they belong to (a plural reporter is no "he")."""
    if reporter is None or reporter.tag_ != "NNS" or number != "sg" or gender not in ("m", "f"):
        return None
    return next((c for c in reporter.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)


def _body_says_they(state: ArticleState, mention: Mention, number: str,
                    reporter: Token | None) -> bool:
    """ "The Harbor Police said they had arrested a man": a body that tells what its
    members did is "they" of its own clause (never so of an earlier sentence's body). What
    a body "reported" is more often others' doing ("the Harbor Times reported they had
    fled"): a newspaper is a body too."""
    return number == "pl" and len(mention.clusters) == 1 and reporter is not None and \
        lemma_of(reporter.head).lower() != "report" and \
        state.clusters[mention.clusters[0]].kind() in _BODIES


_BODIES = frozenset({"Organization", "ArmedGroup", "Government"})


def _names_the_reporter(state: ArticleState, mention: Mention, reporter: Token) -> bool:
    """Is the mention the reporter's own name or pronoun, or the name in apposition to it
    ("The mayor, Ann Lee, said")? A name inside the reporter's phrase that names someone
    else ("a lawyer for Lee said he", "the Zembla Court ruling stated they") is not."""
    token = state.token_at(mention.pos)
    if token is None:
        return False
    while token.dep_ in ("compound", "flat") and token.head.i > token.i and \
            token.head.pos_ == "PROPN":  # (the words of one name, not a noun it modifies)
        token = token.head
    return token.i == reporter.i or token.dep_ == "appos" and token.head.i == reporter.i


def _addressee_rivals(state: ArticleState, pronoun: Token,
                      scored: list[tuple[float, tuple[int, ...]]],
                      best: tuple[float, tuple[int, ...]]) -> bool:
    """Is the pronoun in what someone was told, while the one told fits too ("Lee told
    Reed he had lied", "warned Reed that he would lose his place")? English leaves either
    the teller or the told as "he"; the subject's preference settles nothing."""
    clause = next((t for t in pronoun.ancestors if t.dep_ == "ccomp"), None)
    if clause is None:
        return False
    told = next((c for c in clause.head.children
                 if c.dep_ in {"dobj", "dative"} and c.i < pronoun.i), None)
    cluster = None if told is None else state.token_cluster.get(told.i)
    if cluster is None or cluster in best[1] or \
            not any(cluster in clusters for _, clusters in scored):
        return False
    # a person the article names in full; a one-word name ("told Wikinews he") may be
    # an outlet the recognizer took for a person
    return any(len(name.split()) > 1 for name in state.clusters[cluster].names)


def _gender_told_here(state: ArticleState, scored: list[tuple[float, tuple[int, ...]]],
                      best: tuple[float, tuple[int, ...]], gender: str,
                      here: set[tuple[int, ...]]) -> bool:
    """Is the best antecedent of unknown gender while a rival in the pronoun's sentence is
    known to be of the pronoun's ("Ann Lee met her brother Tom Lee and his wife": "his"
    may be Tom's)? A subject is preferred by 1.5; the known gender outweighs that here."""
    if len(best[1]) != 1 or state.clusters[best[1][0]].gender:
        return False
    return any(len(clusters) == 1 and clusters != best[1] and clusters in here
               and state.clusters[clusters[0]].gender == gender for _, clusters in scored)


def _object_pronoun_before(state: ArticleState, pronoun: Token, gender: str,
                           chosen: tuple[int, ...]) -> bool:
    """Does an object pronoun of the same gender follow the chosen antecedent, as its
    clause's subject, before a subject "he" or "she" ("Lee shot him as he was walking
    out")? The object is someone other than that subject, so two people of that gender are
    in play, and the words do not say which of them the pronoun is."""
    if gender not in {"m", "f"} or pronoun.dep_ not in _SUBJECT_DEPS:
        return False
    word = "him" if gender == "m" else "her"
    for token in pronoun.sent:
        if token.i >= pronoun.i:
            break
        if token.lower_ != word or token.dep_ not in ("dobj", "dative", "pobj"):
            continue
        verb = token.head.head if token.dep_ == "pobj" else token.head
        if _subject_clusters(state, verb) & set(chosen):
            return True
    return False


def _may_be_anyone(state: ArticleState, mention: Mention) -> bool:
    """Is the mention a name whose kind the recognizer's votes may have got wrong (no
    country, no gazetteer entry)? Beside "and her brother", such a name is hers ("Ann Lee
    and her brother", whatever Lee was tagged), and so is the one whose lawyers speak of
    "him" ("Lee's lawyers argued that he ...")."""
    if len(mention.clusters) != 1:
        return False
    cluster = state.clusters[mention.clusters[0]]
    return cluster.named and not cluster.fixed_kind and cluster.kind() != "Country"


def _conjoined_owner(state: ArticleState, pronoun: Token) -> tuple[int, ...] | None:
    """The name a possessive's noun is coordinated with: "Joe Biden and his team" are
    Biden's team, whoever the clause's subject is. Not a name owned by the same word
    ("his wife Ann Lee and his son": the two "his" are one man, not Ann Lee)."""
    noun = pronoun.head
    if pronoun.dep_ != "poss" or noun.dep_ != "conj" or noun.head.i not in state.token_cluster:
        return None
    name = noun.head
    if name.dep_ == "appos" and any(c.dep_ == "poss" and c.lower_ == pronoun.lower_
                                    for c in name.head.children):
        return None
    return (state.token_cluster[name.i],)


def _titles_a_person(state: ArticleState, mention: Mention) -> bool:
    """Is the mention a name in a person's title ("United States President Ann Lee",
    "Acme CEO Tom Kell")? It modifies the person; a later pronoun is not about it."""
    token = state.token_at(mention.pos)
    if token is None or token.ent_type_ == "PERSON":
        return False
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    person = state.token_cluster.get(head.i)
    if head.i <= token.i or person in mention.clusters:
        return False  # (the name's own words: "Ana" before "Ruiz")
    return head.ent_type_ == "PERSON" or person is not None and \
        state.clusters[person].kind() == "Person"


def _a_pronoun_at(state: ArticleState, mention: Mention) -> bool:
    """Is the mention a pronoun read before (which says nothing of how the name is used)?"""
    token = state.token_at(mention.pos)
    return token is not None and token.pos_ == "PRON"


def names_a_thing(state: ArticleState, mention: Mention) -> bool:
    """Is the mention a name that only says whose or which thing a noun is ("the Twitter
    account in his name", "the Lee campaign")? The story is about the thing, and the
    recognizer often takes such a name (a company's, a product's) for a person's."""
    token = state.token_at(mention.pos)
    if token is None:
        return False
    head = token
    # (to the first common noun: "the Harry Potter star Ann Lee" says which star she is)
    while head.dep_ == "compound" and head.head.i > head.i and (
            head.i == token.i or head.pos_ != "NOUN"):
        head = head.head
    return head.i > token.i and head.pos_ == "NOUN" and head.i not in state.token_cluster


def _clause_subject_of_object(state: ArticleState, pronoun: Token) -> set[int]:
    """The clusters the subject of the verb an object pronoun ("him", "her", "them") is the
    object of names: a pronoun that is not reflexive never names its own verb's subject
    ("Lee shot him", "Lee paid tribute to him": someone else); nor the subject a
    participle shares with its clause ("Lee spoke, calling him a friend")."""
    if pronoun.lower_ not in _OBJECT_PRONOUNS:
        return set()
    verb = pronoun.head
    if pronoun.dep_ == "pobj" and verb.lower_ in _ARGUMENT_PREPOSITIONS and \
            verb.dep_ in ("prep", "dative"):
        verb = verb.head  # (not "near him", "with him": "Lee took the bag with him")
    elif pronoun.dep_ not in ("dobj", "dative"):
        return set()
    found = _subject_clusters(state, verb)
    if not found and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        found = _subject_clusters(state, verb.head)
    return found


# prepositions of a verb's argument: "paid tribute to him", "voted against her"
_ARGUMENT_PREPOSITIONS = frozenset({"to", "against", "about", "for", "on"})


def _subject_clusters(state: ArticleState, verb: Token) -> set[int]:
    """The clusters a verb's subject names: the subject itself, its conjuncts and its
    appositions, not an owner inside it ("Day's son predeceased her": not Day)."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return set()
    heads = [subject, *subject.conjuncts]
    heads += [c for h in heads for c in h.children if c.dep_ == "appos"]
    return {state.token_cluster[t.i] for t in heads if t.i in state.token_cluster}


_OBJECT_PRONOUNS = frozenset({"him", "her", "them"})


def _verb_above(pronoun: Token) -> Token | None:
    """The verb of the clause a pronoun sits in."""
    return next((t for t in pronoun.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _own_clause_subject(pronoun: Token) -> Token | None:
    """The subject of the clause a possessive pronoun sits in ("Ohio moved its vote")."""
    if pronoun.dep_ != "poss":
        return None
    verb = _verb_above(pronoun)
    if verb is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _controlled_clause_object(pronoun: Token) -> Token | None:
    """ "Ruiz forced Lee to sell her shares": a possessive in an infinitive whose doer is
    the object of the verb above is that doer's as likely as the sentence subject's (the
    object, or None)."""
    if pronoun.dep_ != "poss":
        return None
    verb = _verb_above(pronoun)
    if verb is None or verb.dep_ != "xcomp" or any(c.dep_ in _SUBJECT_DEPS
                                                   for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _gerund_doer(pronoun: Token) -> Token | None:
    """ "The regulator fined Acme for abusing its position": a possessive in what someone
    is fined, blamed or praised for (qualifiers.GERUND_OBJECT_VERBS) is the doer's, the
    verb's object (or None)."""
    if pronoun.dep_ != "poss":
        return None
    gerund = _verb_above(pronoun)
    if gerund is None or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp" or \
            any(c.dep_ in _SUBJECT_DEPS for c in gerund.children):
        return None
    verb = gerund.head.head
    if gerund.head.dep_ != "prep" or verb.pos_ != "VERB" or \
            lemma_of(verb).lower() not in GERUND_OBJECT_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < gerund.i), None)


def _doer_fits(state: ArticleState, mention: Mention, gender: str) -> bool:
    """May the gerund's doer own the possessive: a person "his" or "her", anything else
    "its" or "their" (a name whose kind is not yet settled too, or a person only by the
    recognizer's guess: "fined Zorvex for abusing its position")."""
    kinds = {state.clusters[c].kind() for c in mention.clusters}
    if gender in {"m", "f"}:
        return kinds == {"Person"}
    return "Person" not in kinds or len(mention.clusters) == 1 and \
        _person_in_doubt(state, mention.clusters)  # (a person by the recognizer's guess)


def _object_before_owner(pronoun: Token) -> Token | None:
    """ "Ruiz represented Lee in her lawsuit", "Ruiz joined Lee on his tour": a possessive in
    a phrase on the verb after its object may be the object's as likely as the subject's
    (the object is nearer); the object, or None."""
    if pronoun.dep_ != "poss" or pronoun.head.dep_ != "pobj":
        return None
    prep = pronoun.head.head
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.i < pronoun.i), None)


def _within(state: ArticleState, mention: Mention, phrase: Token) -> bool:
    """Is the mention written inside the phrase headed by this token?"""
    token = state.token_at(mention.pos)
    return token is not None and phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _subject_owns_its(state: ArticleState, mention: Mention, pronoun: Token,
                      own_subject: Token | None) -> bool:
    """ "Ohio rescheduled its primary", "Zembla launched its invasion": the subject of
    the pronoun's own clause owns "its" when it is a place (acting as a polity; a place
    is no "it" elsewhere) or a name whose kind as a person is only the recognizer's guess
    (a state or a body it did not know); a name typed elsewhere is no "it"."""
    if own_subject is None or pronoun.lower_ != "its" or len(mention.clusters) != 1:
        return False
    token = state.token_at(mention.pos)
    if token is None or token.i not in {t.i for t in own_subject.subtree}:
        return False
    cluster = state.clusters[mention.clusters[0]]
    return cluster.kind() == "Location" or \
        token.pos_ == "PROPN" and _person_in_doubt(state, mention.clusters)


def _person_in_doubt(state: ArticleState, clusters: tuple[int, ...]) -> bool:
    """Is the cluster a person only by the recognizer's guess: one word every time it is
    named, no first name the article gives it, no gender, title or fixed kind, never
    "he" or "she" before?"""
    cluster = state.clusters[clusters[0]]
    if cluster.kind() != "Person" or cluster.fixed_kind or cluster.gender or \
            cluster.roles or cluster.given_name or not cluster.named:
        return False
    if any(m.gender for m in state.mentions if m.clusters == clusters):
        return False
    names = set(cluster.names)
    return all(len(name.split()) == 1 for name in names) and \
        not state.full_surnames().intersection(names)


def unnamed_subject_between(state: ArticleState, pronoun: Token, gender: str,
                             chosen: tuple[int, ...]) -> bool:
    """Is there a nearer subject that fits the pronoun but names no entity ("The blaze
    spread. It consumed the hall": "it" is the blaze, not an agency named before)?

    Such a subject is no candidate of its own, so without this check the pronoun would
    skip over it to the nearest name.
    """
    nearest = _nearest(state, chosen, pronoun)
    first = pronoun.idx if nearest is None else nearest.pos
    if nearest is not None and not nearest.subject and gender == "n":
        # a name inside the subject's phrase ("a lot of anger since the Leeds Parade"):
        # the subject is what the sentence is about
        first = state.sents[nearest.sent].start_char - 1
    for number in range(state.sent_of[pronoun.i], -1, -1):
        sent = state.sents[number]
        if sent.end_char <= first:
            break
        # "it" in its own sentence may be an object's thing too ("voted against the plan
        # when it reached the house"): a thing is more often "it" than a body is
        deps = _SUBJECT_DEPS | _OBJECT_DEPS if gender == "n" and number == \
            state.sent_of[pronoun.i] else _SUBJECT_DEPS
        for token in sent:
            if not first < token.idx < pronoun.idx or \
                    token.dep_ not in deps and not _existential(token):
                continue
            if token.pos_ != "NOUN" or token.tag_ != "NN" or token.i in state.token_cluster:
                continue
            if any(t.i in state.token_cluster for t in _phrase(token)):
                continue  # "the Russian army": a phrase that holds a name
            person = lemma_of(token).lower() in PEOPLE_NOUNS or token.lower_ in GENDERED_NOUNS
            if person == (gender in {"m", "f"}):
                return True
    return False


def _existential(token: Token) -> bool:
    """Is the noun what "there is" says there is ("There is a lot of anger since the
    vote. It is ...": the anger is the subject of the talk)?"""
    return token.dep_ == "attr" and any(c.dep_ == "expl" for c in token.head.children)


def _phrase(noun: Token) -> list[Token]:
    """The words of a noun phrase without a clause on it ("anger going on since the
    Leeds Parade": the name is in the clause, the phrase names nothing)."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    return [t for t in noun.subtree if not any(c.left_edge.i <= t.i <= c.right_edge.i
                                                for c in clauses)]


_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_OBJECT_DEPS = {"dobj", "pobj"}


# a pronoun's antecedent is clear when no other referent scores within this of it (a
# subject over an object of the same sentence is 1.5 ahead; one sentence nearer, 3)
_CLEAR_MARGIN = 1.0


def _describes_the_pronoun(state: ArticleState, mention: Mention, pronoun: Token) -> bool:
    """Is the mention inside an "as" phrase of the pronoun's clause ("As Lee's deputy, he")?"""
    token = state.token_at(mention.pos)
    if token is None:
        return False
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep" and ancestor.lower_ == "as":
            return ancestor.head.i == pronoun.head.i
    return False


def _kin_of_the_pronoun(state: ArticleState, mention: Mention, pronoun: Token) -> bool:
    """Is the mention named as what the same possessive owns ("his wife, Ann Reed, and his
    daughter")? She is his wife: the second "his" is the man's, not hers."""
    token = state.token_at(mention.pos)
    if token is None or pronoun.dep_ != "poss":
        return False
    name = token
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.dep_ != "appos":
        return False
    return any(c.dep_ == "poss" and c.lower_ == pronoun.lower_ and c.i != pronoun.i
               for c in name.head.children)


def is_speech(role: str, lemma: str) -> bool:
    """Is the argument the source of a statement (its speaker is then the best antecedent)?"""
    return role == "attribution" or (role == "subject" and lemma.split(" ")[0] in SPEECH_VERBS)


def _pronoun_fits(state: ArticleState, mention: Mention, gender: str, number: str) -> bool:
    # (a cluster's kind is counted from its votes: asked only when it decides)
    clusters = state.clusters
    if number == "pl":
        if len(mention.clusters) > 1:
            return True
        return mention.plural or clusters[mention.clusters[0]].kind() in {"Group"}
    if len(mention.clusters) > 1:
        return False
    cluster = clusters[mention.clusters[0]]
    if gender in {"m", "f"}:
        # a name of the pronoun's gender (by a title, a kin noun or a given name) is a
        # person's, whatever kind the recognizer's tags voted ("Gloria La Riva" as a body)
        return cluster.kind() == "Person" and cluster.gender in {"", gender} or \
            cluster.gender == gender and cluster.named and not cluster.fixed_kind
    return cluster.kind() in {"Organization", "ArmedGroup", "Government", "Country"} \
        and not mention.plural


def _might_fit(state: ArticleState, mention: Mention, gender: str, number: str) -> bool:
    """Does a singular name that agreement turned away have votes for a kind the pronoun
    takes ("Adam Kokesh" voted an organization twice and a person once), or one vote of
    person or organization (the recognizer's usual confusion), or none away from a
    sentence's start (where "Violence" is no name)? Its kind is a count
    of guesses, so it stays a rival: the choice is uncertain."""
    if number != "sg" or len(mention.clusters) != 1:
        return False
    cluster = state.clusters[mention.clusters[0]]
    token = state.token_at(mention.pos)
    if not cluster.named or cluster.fixed_kind or cluster.gender or cluster.roles or \
            token is None or token.pos_ != "PROPN":
        return False  # (a gender or a title is no guess)
    if gender in {"m", "f"} and state.full_surnames().intersection(cluster.names):
        return True  # "Hale" tagged a company where Richard Hale is named: he, most likely
    votes = cluster.votes
    typed = sum(votes.values())
    if typed == 0 and _capitalized_mid_sentence(state, mention.clusters) or \
            typed == 1 and votes["Person"] + votes["Organization"] == 1:
        return True  # typed once (a person for a company, or back), or never: a guess
    if gender in {"m", "f"}:
        return votes["Person"] > 0
    return any(votes[kind] > 0 for kind in ("Organization", "ArmedGroup", "Government"))


def _capitalized_mid_sentence(state: ArticleState, clusters: tuple[int, ...]) -> bool:
    """Is the name written somewhere away from a sentence's start (so a name, not a word
    capitalized by its place)?"""
    for mention in state.mentions:
        token = state.token_at(mention.pos) if mention.clusters == clusters else None
        if token is not None and not token.is_sent_start:
            return True
    return False


