"""Small hand-built values for tests that need no spaCy model."""

from __future__ import annotations

from newsgraph.models import Argument, Article, Entity, Extraction, Relation, ResolvedArticle


def argument(sentence: str, words: str, offset: int = 0) -> Argument:
    start = sentence.index(words)
    return Argument(words, offset + start, offset + start + len(words))


def relation(
    sentence: str,
    subject: tuple[str, str],
    lemma: str,
    obj: tuple[str, str],
    *,
    predicate: str | None = None,
    **qualifiers: object,
) -> Relation:
    """subject/obj are (surface words, entity key)."""
    from newsgraph.vocabulary import property_for

    prop = property_for(lemma)
    extraction = Extraction(
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        subject=argument(sentence, subject[0]),
        predicate=predicate or lemma,
        lemma=lemma,
        object=argument(sentence, obj[0]),
        **qualifiers,  # type: ignore[arg-type]
    )
    return Relation(subject[1], prop.name, prop.label, obj[1], extraction)


def resolved_article(
    text: str, entities: list[Entity], relations: list[Relation], **meta: str
) -> ResolvedArticle:
    import hashlib

    digest = hashlib.sha256(text.encode()).hexdigest()
    article = Article(id=digest[:16], text=text, content_hash=digest, **meta)
    return ResolvedArticle(article, tuple(entities), tuple(relations))
