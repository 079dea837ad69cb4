"""One article's analysis: parse, extract, resolve, streaming over many articles.

The task every worker runs (corpus.analyse_batch) and the single-process build
(pipeline) both call `analyse`; it lives here so that neither of those modules
imports the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .admissions import admissions
from .apposed_names import apposed_names
from .collaborations import collaborations
from .contest_places import contest_places
from .deadline import analysis_bound, deadline
from .deeds import deeds
from .extraction import extract
from .fatalities import incident_victims
from .models import Article, Extraction, ResolvedArticle
from .parsing import (
    inline_spaces,
    join_pieces,
    mend_called_judgments,
    mend_conjoined_portfolios,
    mend_contact_relatives,
    mend_coordinated_reports,
    mend_names_after_titles,
    mend_perfect_participles,
    mend_prepositions_as_adjectives,
    mend_set_off_names,
    mend_titles_after_to,
    mend_verbless_clauses,
    one_blas_thread,
    pieces,
    with_tokens_back,
    without_tokens,
)
from .performances import performances
from .publications import publications
from .recipients import recipients
from .request_clauses import request_clauses
from .resolution import resolve
from .resolution.namerepairs import (
    mend_bodies_before_posts,
    mend_cut_bodies,
    mend_cut_people,
    mend_storm_names,
    mend_trailing_of,
    mend_trailing_scores,
    mend_untagged_parties,
)
from .seats import seats
from .spoken_topics import interviews, spoken_topics
from .tickets import party_tickets
from .whereabouts import whereabouts

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .gazetteer import Gazetteer

T = TypeVar("T")

# Statements derived from the parse and the sentence-level ones after `extract` (CaRB
# measures `extract` alone): who speaks about whom, places won, requests made of someone,
# interviews given, things received, where someone died or was taken, whom an incident
# killed or hurt, who worked with whom, where a work was published, where someone was
# elected or studied, whose or which seat someone won or held, whom a performer played,
# whom a party's ticket names, what someone tried, threatened or agreed to do, the
# further names a plural noun lists ("two men, Tom Kell and Ann Lee"); each
# function's rule is in extraction.RULES
DERIVED: tuple[Callable[[Doc, list[Extraction]], list[Extraction]], ...] = (
    spoken_topics,
    contest_places,
    lambda doc, _: request_clauses(doc),
    lambda doc, _: interviews(doc),
    recipients,
    whereabouts,
    incident_victims,
    collaborations,
    publications,
    admissions,
    seats,
    lambda doc, _: performances(doc),
    lambda doc, _: party_tickets(doc),
    deeds,
    apposed_names,
)

# Characters of text parsed in one batch (16 short articles, 6 or 7 long ones): with
# parsing.PIECE_CHARS, this bounds spaCy's memory whatever the length of the articles.
# The parser and the recognizer step through a batch's texts together, and spend less
# a text on a bigger batch (the parse is the same: tags, heads and entities alike).
BATCH_CHARS = 32_000


def mend_parse(doc: Doc) -> Doc:
    """The model's mistakes mended once for every stage: names the recognizer ended at an
    "of", ran into a result, cut before a post or before a person's last name, a storm's
    name cut from its storm word ("Hurricane [Ana]") or missed, a party's
    word or a body's name before a post it left untagged, perfect tenses the parser read
    as "have" and an adjective, a sentence read as one noun phrase, a judgment read as
    part of what it judges, a clause joined by ", and" to a report after it read as what
    was reported, a post of two fields read as two nouns, a name after its post's phrase
    read as part of the phrase, a name set off after a noun phrase read as a second
    subject, a preposition read as an adjective, a "to" before a title and a name read
    as an infinitive's, a relative clause without "that" glued to its noun ("a rally
    Trump planned")."""
    mended = mend_storm_names(mend_cut_people(mend_trailing_scores(doc)))
    mended = mend_cut_bodies(mend_trailing_of(mend_bodies_before_posts(
        mend_untagged_parties(mended))))
    mended = mend_called_judgments(mend_verbless_clauses(mend_perfect_participles(mended)))
    mended = mend_names_after_titles(mend_conjoined_portfolios(mend_coordinated_reports(
        mended)))
    mended = mend_titles_after_to(mend_prepositions_as_adjectives(mend_set_off_names(mended)))
    return mend_contact_relatives(mended)


def analyse(
    nlp: Language,
    articles: Iterable[Article],
    *,
    gazetteer: Gazetteer | None = None,
    batch_size: int = 16,
) -> Iterator[ResolvedArticle]:
    """Parse, extract and resolve each article, streaming, in input order.

    A long article is parsed a few paragraphs at a time (see parsing.pieces), which
    bounds spaCy's memory by the piece, not by the longest article of a corpus. An
    article whose extraction and resolution run past `deadline.analysis_bound` raises
    AnalysisTimeout (in a corpus it is skipped; see corpus.analyse_batch).
    """
    for whole, article in parse_whole(nlp, ((a.text, a) for a in articles), batch_size):
        mend_parse(whole)
        with deadline(analysis_bound(len(article.text)), article.source or article.id):
            extractions = extract(whole, article_date=article.date)
            extractions += [e for derive in DERIVED for e in derive(whole, extractions)]
            resolved = resolve(article, whole, extractions, gazetteer=gazetteer)
        yield resolved


# An invented article for warm_up: a few sentences of the kinds news is made of
WARM_UP_TEXT = (
    "The Canadian foreign minister, Jane Doe, told reporters in Paris on Monday that the "
    "government had agreed to send aid to Poland. \"We will help,\" she said. Acme Polska, "
    "a company based in Warsaw, said it was sued by the state of Ohio last year."
)


def warm_up(nlp: Language) -> None:
    """Build now what a process builds on its first articles: tables, caches, a first parse.

    A build's fork server runs this once before it forks any worker (preload.py), so each
    worker starts with it, its pages shared, where each would build it again (about 0.2 s
    of CPU on its first batch). What it builds depends on no article: the same output.
    """
    from .demonyms import read_tables
    from .vocabulary import property_for

    read_tables()
    property_for("say")
    for _ in analyse(nlp, [Article(id="warm-up", text=WARM_UP_TEXT)]):
        pass


def parse_whole(
    nlp: Language, items: Iterable[tuple[str, T]], batch_size: int
) -> Iterator[tuple[Doc, T]]:
    """Each text's parse with its context, in order, a long text parsed in pieces.

    Whatever its length or layout, spaCy sees no text longer than parsing.PIECE_CHARS,
    and no batch of much more than BATCH_CHARS.
    """

    def cut() -> Iterator[tuple[str, tuple[T, bool]]]:
        for text, context in items:
            parts = pieces(text)
            for i, part in enumerate(parts):
                yield part, (context, i == len(parts) - 1)

    parsed: list[Doc] = []
    for batch in batches(cut(), batch_size, BATCH_CHARS):
        # extra spaces within a line are kept out of the parser's sight, and put back
        tokens = [nlp.make_doc(text) for text, _ in batch]
        spaces = [inline_spaces(doc) for doc in tokens]
        inputs = [(without_tokens(doc, drop) if drop else doc, context)
                  for doc, drop, (_, context) in zip(tokens, spaces, batch, strict=True)]
        with one_blas_thread():  # the whole batch is parsed here, before any is handed on
            done = list(nlp.pipe(inputs, as_tuples=True, batch_size=len(batch)))
        for (doc, (context, last)), whole_tokens, drop in zip(done, tokens, spaces, strict=True):
            parsed.append(with_tokens_back(whole_tokens, doc, drop) if drop else doc)
            if last:
                whole, parsed = join_pieces(parsed), []
                yield whole, context


def batches(
    items: Iterable[tuple[str, T]], count: int, chars: int
) -> Iterator[list[tuple[str, T]]]:
    """Consecutive (text, context) items, at most `count` and about `chars` characters a batch.

    spaCy's memory grows with the text it parses at once, so a batch is cut short
    when its texts add up to `chars` (a single longer text still makes a batch).
    """
    batch: list[tuple[str, T]] = []
    size = 0
    for item in items:
        if batch and (len(batch) >= count or size + len(item[0]) > chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[0])
    if batch:
        yield batch
