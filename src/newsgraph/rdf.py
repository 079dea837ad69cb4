"""The RDF stage: resolved articles in, an rdflib Dataset and its serializations out.

The default graph holds the ontology; each article gets a named graph (its IRI)
holding the article node, the entities it mentions, the direct triples and the
rdf:Statement nodes with provenance. Every statement the extractor found is
described; only those the assertion gate lets through are also direct triples
(see ``assertion``), and the others say why (``ng:notAssertedBecause``). No blank
nodes, so output is stable.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import tempfile
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from pathlib import Path
from types import TracebackType
from typing import Protocol, TextIO

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from . import syntax
from .assertion import Assessment, assess, assess_article, unresolved
from .models import Article, Entity, Extraction, Relation, ResolvedArticle
from .vocabulary import (
    ARTICLE,
    ENTITY,
    NG,
    NGP,
    PROV,
    STATEMENT,
    entity_iri,
    ontology_graph,
    property_for,
)

FORMATS = {
    "graph.ttl": "turtle",
    "graph.nt": "nt",
    "graph.jsonld": "json-ld",
    "graph.trig": "trig",
}


class TripleSink(Protocol):
    """Where triples go: an rdflib Graph, or a plain set when speed matters."""

    def add(self, triple: syntax.Triple, /) -> object: ...


def article_iri(article: Article) -> URIRef:
    return ARTICLE[article.id]


def statement_iri(article: Article, relation: Relation) -> URIRef:
    """Derived from what the statement says and where, so it is the same on every run."""
    return _statement_iri(
        article, relation.extraction, [relation.subject, relation.property, relation.object]
    )


def unresolved_statement_iri(article: Article, extraction: Extraction) -> URIRef:
    """A statement with no pair of entities, told apart by its surface words."""
    e = extraction
    words = [e.subject.text if e.subject else "", e.lemma, e.object.text if e.object else ""]
    return _statement_iri(article, e, ["", *words])


def _statement_iri(article: Article, e: Extraction, what: list[str]) -> URIRef:
    basis = "\x1f".join(
        [
            article.id,
            str(e.sentence_start),
            str(e.sentence_end),
            *what,
            e.predicate,
            str(e.subject.start if e.subject else -1),
            str(e.object.start if e.object else -1),
            str(e.negated),
            e.modality,
        ]
    )
    return STATEMENT[hashlib.sha256(basis.encode()).hexdigest()[:20]]


# The terms the descriptions use, made once: rdflib builds a new term on every
# namespace attribute lookup, a quarter of the time of describing an article.
_DCTERMS_creator = DCTERMS.creator
_DCTERMS_date = DCTERMS.date
_DCTERMS_publisher = DCTERMS.publisher
_DCTERMS_rights = DCTERMS.rights
_DCTERMS_source = DCTERMS.source
_DCTERMS_title = DCTERMS.title
_NG_Article = NG.Article
_NG_attributedTo = NG.attributedTo
_NG_asserted = NG.asserted
_NG_attributionText = NG.attributionText
_NG_confidence = NG.confidence
_NG_contentHash = NG.contentHash
_NG_date = NG.date
_NG_endOffset = NG.endOffset
_NG_extractionScore = NG.extractionScore
_NG_modality = NG.modality
_NG_negated = NG.negated
_NG_notAssertedBecause = NG.notAssertedBecause
_NG_objectText = NG.objectText
_NG_otherRelation = NG.otherRelation
_NG_place = NG.place
_NG_placeText = NG.placeText
_NG_predicateText = NG.predicateText
_NG_quantity = NG.quantity
_NG_role = NG.role
_NG_sentence = NG.sentence
_NG_startOffset = NG.startOffset
_NG_subjectText = NG.subjectText
_NG_time = NG.time
_OWL_ObjectProperty = OWL.ObjectProperty
_PROV_Entity = PROV.Entity
_PROV_wasDerivedFrom = PROV.wasDerivedFrom
_RDF_Statement = RDF.Statement
_RDF_object = RDF.object
_RDF_predicate = RDF.predicate
_RDF_subject = RDF.subject
_RDF_type = RDF.type
_RDFS_label = RDFS.label
_RDFS_subPropertyOf = RDFS.subPropertyOf
_SKOS_altLabel = SKOS.altLabel
_XSD_date = XSD.date
_XSD_decimal = XSD.decimal
_XSD_gYear = XSD.gYear
_XSD_gYearMonth = XSD.gYearMonth
_XSD_integer = XSD.integer
_TRUE, _FALSE = Literal(True), Literal(False)


def _date_literal(value: str) -> Literal | None:
    parts = value.split("-")
    if len(parts) == 1 and len(value) == 4 and value.isdigit():
        return Literal(value, datatype=_XSD_gYear)
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        return Literal(value, datatype=_XSD_gYearMonth)
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return Literal(value, datatype=_XSD_date)
    return None


def _describe_article(graph: TripleSink, article: Article) -> None:
    node = article_iri(article)
    graph.add((node, _RDF_type, _NG_Article))
    graph.add((node, _RDF_type, _PROV_Entity))
    for prop, value in (
        (_DCTERMS_title, article.title),
        (_DCTERMS_creator, article.author),
        (_DCTERMS_publisher, article.publisher),
        (_DCTERMS_rights, article.copyright),
        (_DCTERMS_source, article.url),
    ):
        if value:
            graph.add((node, prop, Literal(value)))
    date = _date_literal(article.date) if article.date else None
    if date is not None:
        graph.add((node, _DCTERMS_date, date))
    graph.add((node, _NG_contentHash, Literal(article.content_hash or article.id)))


def _describe_entity(graph: TripleSink, entity: Entity) -> None:
    node = entity_iri(entity.key)
    graph.add((node, _RDF_type, NG[entity.kind]))
    graph.add((node, _RDFS_label, Literal(entity.label)))
    for alt in entity.alt_labels:
        if alt != entity.label:
            graph.add((node, _SKOS_altLabel, Literal(alt)))
    for role in getattr(entity, "roles", ()):
        graph.add((node, _NG_role, Literal(role)))


def _predicate(graph: TripleSink, lemma: str) -> URIRef:
    """The property of a predicate lemma; a minted one is described where it is used."""
    prop = property_for(lemma)
    if prop.minted:
        graph.add((prop.iri, _RDF_type, _OWL_ObjectProperty))
        graph.add((prop.iri, _RDFS_label, Literal(prop.label)))
        graph.add((prop.iri, _RDFS_subPropertyOf, _NG_otherRelation))
    return prop.iri


def _relation_predicate(graph: TripleSink, relation: Relation) -> URIRef:
    """The relation's property: its lemma's, unless resolution chose another for what its
    ends are (a storm that "hit" a coast: ng:hits, never ng:attacks)."""
    if property_for(relation.extraction.lemma).name == relation.property:
        return _predicate(graph, relation.extraction.lemma)
    return NG[relation.property]


def _decimal(value: float) -> Literal:
    return Literal(f"{min(max(value, 0.0), 1.0):.3f}", datatype=_XSD_decimal)


def _describe_relation(
    graph: TripleSink, article: Article, relation: Relation, verdict: Assessment
) -> None:
    predicate = _relation_predicate(graph, relation)
    subject, obj = entity_iri(relation.subject), entity_iri(relation.object)
    if verdict.asserted:
        graph.add((subject, predicate, obj))
    node = statement_iri(article, relation)
    graph.add((node, _RDF_subject, subject))
    graph.add((node, _RDF_object, obj))
    _describe_statement(graph, node, article, relation.extraction, predicate, verdict)
    if relation.attributed_to:
        graph.add((node, _NG_attributedTo, entity_iri(relation.attributed_to)))
    if relation.place:
        graph.add((node, _NG_place, entity_iri(relation.place)))


def _describe_statement(
    graph: TripleSink,
    node: URIRef,
    article: Article,
    e: Extraction,
    predicate: URIRef,
    verdict: Assessment,
) -> None:
    """What every statement carries, resolved or not: provenance, qualifiers, the gate."""
    graph.add((node, _RDF_type, _RDF_Statement))
    graph.add((node, _RDF_predicate, predicate))
    graph.add((node, _PROV_wasDerivedFrom, article_iri(article)))
    graph.add((node, _NG_sentence, Literal(e.sentence.strip())))
    graph.add((node, _NG_startOffset, Literal(str(e.sentence_start), datatype=_XSD_integer)))
    graph.add((node, _NG_endOffset, Literal(str(e.sentence_end), datatype=_XSD_integer)))
    graph.add((node, _NG_confidence, _decimal(verdict.confidence)))
    graph.add((node, _NG_extractionScore, _decimal(e.confidence)))
    graph.add((node, _NG_asserted, _TRUE if verdict.asserted else _FALSE))
    for reason in verdict.reasons:
        graph.add((node, _NG_notAssertedBecause, NG[reason]))
    graph.add((node, _NG_negated, _TRUE if e.negated else _FALSE))
    graph.add((node, _NG_predicateText, Literal(e.predicate)))
    if e.subject is not None:
        graph.add((node, _NG_subjectText, Literal(e.subject.text)))
    if e.object is not None:
        graph.add((node, _NG_objectText, Literal(e.object.text)))
    if e.modality:
        graph.add((node, _NG_modality, Literal(e.modality)))
    if e.attribution is not None:
        graph.add((node, _NG_attributionText, Literal(e.attribution.text)))
    if e.time is not None:
        graph.add((node, _NG_time, Literal(e.time.text)))
    date = _date_literal(e.date) if e.date else None
    if date is not None:
        graph.add((node, _NG_date, date))
    if e.place is not None:
        graph.add((node, _NG_placeText, Literal(e.place.text)))
    if e.quantity:
        graph.add((node, _NG_quantity, Literal(e.quantity)))


def article_graph(resolved: ResolvedArticle, graph: Graph | None = None) -> Graph:
    """The triples one article contributes (its named graph's content)."""
    graph = graph if graph is not None else Graph()
    _describe(resolved, graph)
    return graph


def article_triples(
    resolved: ResolvedArticle, verdicts: Mapping[Relation, Assessment] | None = None
) -> set[syntax.Triple]:
    """The same triples as article_graph, as a plain set (much faster to make).

    `verdicts` are the gate's, when the caller has them already (assess_article)."""
    triples: set[syntax.Triple] = set()
    _describe(resolved, triples, verdicts)
    return triples


def _describe(resolved: ResolvedArticle, graph: TripleSink,
              verdicts: Mapping[Relation, Assessment] | None = None) -> None:
    article = resolved.article
    _describe_article(graph, article)
    for entity in resolved.entities:
        _describe_entity(graph, entity)
    described: set[URIRef] = set()
    verdicts = verdicts if verdicts is not None else assess_article(resolved)
    # the same statement reached twice (say, through two rules) is described once,
    # with its best confidence
    for relation in sorted(resolved.relations, key=lambda r: -verdicts[r].confidence):
        node = statement_iri(article, relation)
        if node not in described:
            described.add(node)
            _describe_relation(graph, article, relation, verdicts[relation])
    # what the extractor found but resolution made no relation of: its words only
    for extraction in sorted(unresolved(resolved), key=lambda e: -e.confidence):
        node = unresolved_statement_iri(article, extraction)
        if node not in described:
            described.add(node)
            predicate = _predicate(graph, extraction.lemma)
            verdict = assess(extraction, None, None)
            _describe_statement(graph, node, article, extraction, predicate, verdict)


# ---------------------------------------------------------------------------
# the same description, as N-Triples text (what the build writes)


def article_lines(
    resolved: ResolvedArticle, verdicts: Mapping[Relation, Assessment] | None = None
) -> list[str]:
    """The N-Triples lines of article_triples, sorted and distinct, made as text.

    The very same lines (tests hold the two to each other), but no rdflib term is made
    for every value, nor hashed: that was most of the time of writing a graph.
    """
    lines: set[str] = set()
    _LineWriter(lines, resolved.article).describe(resolved, verdicts)
    return sorted(lines)


def _n(term: URIRef) -> str:
    return syntax.iri(term)


_N_type = _n(_RDF_type)
_N_Article, _N_Entity = _n(_NG_Article), _n(_PROV_Entity)
_N_article_fields = tuple(
    _n(p) for p in (_DCTERMS_title, _DCTERMS_creator, _DCTERMS_publisher, _DCTERMS_rights,
                    _DCTERMS_source)
)
_N_date, _N_contentHash = _n(_DCTERMS_date), _n(_NG_contentHash)
_N_label, _N_altLabel, _N_role = _n(_RDFS_label), _n(_SKOS_altLabel), _n(_NG_role)
_N_subject, _N_object, _N_predicate = _n(_RDF_subject), _n(_RDF_object), _n(_RDF_predicate)
_N_attributedTo, _N_place = _n(_NG_attributedTo), _n(_NG_place)
_N_Statement, _N_wasDerivedFrom = _n(_RDF_Statement), _n(_PROV_wasDerivedFrom)
_N_sentence, _N_startOffset, _N_endOffset = (
    _n(_NG_sentence), _n(_NG_startOffset), _n(_NG_endOffset))
_N_confidence, _N_extractionScore = _n(_NG_confidence), _n(_NG_extractionScore)
_N_asserted, _N_notAssertedBecause = _n(_NG_asserted), _n(_NG_notAssertedBecause)
_N_negated, _N_predicateText = _n(_NG_negated), _n(_NG_predicateText)
_N_subjectText, _N_objectText = _n(_NG_subjectText), _n(_NG_objectText)
_N_modality, _N_attributionText = _n(_NG_modality), _n(_NG_attributionText)
_N_time, _N_statementDate = _n(_NG_time), _n(_NG_date)
_N_placeText, _N_quantity = _n(_NG_placeText), _n(_NG_quantity)
_N_TRUE, _N_FALSE = syntax.literal(_TRUE), syntax.literal(_FALSE)
_N_INTEGER = f"^^{_n(_XSD_integer)}"


@cache
def _n_ng(name: str) -> str:
    return _n(NG[name])


@cache
def _n_predicate(lemma: str) -> tuple[str, tuple[str, ...]]:
    """The property of a predicate lemma and, for a minted one, the lines describing it."""
    described: set[syntax.Triple] = set()
    iri = _predicate(described, lemma)
    return _n(iri), tuple(sorted(syntax.ntriples_line(t) for t in described))


@lru_cache(maxsize=4096)
def _n_decimal(value: float) -> str:
    return syntax.literal(_decimal(value))


@lru_cache(maxsize=4096)
def _n_date(value: str) -> str | None:
    date = _date_literal(value) if value else None
    return syntax.literal(date) if date is not None else None


class _LineWriter:
    """_describe's statements as N-Triples lines, into a set (see article_lines)."""

    def __init__(self, lines: set[str], article: Article) -> None:
        self.add = lines.add
        self.article = article
        self.article_node = _n(article_iri(article))
        self.entities: dict[str, str] = {}

    def entity(self, key: str) -> str:
        node = self.entities.get(key)
        if node is None:
            node = self.entities[key] = _n(entity_iri(key))
        return node

    def predicate(self, lemma: str) -> str:
        iri, lines = _n_predicate(lemma)
        for line in lines:
            self.add(line)
        return iri

    def relation_predicate(self, relation: Relation) -> str:
        if property_for(relation.extraction.lemma).name == relation.property:
            return self.predicate(relation.extraction.lemma)
        return _n_ng(relation.property)  # chosen by resolution (_relation_predicate)

    def describe(
        self, resolved: ResolvedArticle, verdicts: Mapping[Relation, Assessment] | None
    ) -> None:
        article, add = self.article, self.add
        node = self.article_node
        add(f"{node} {_N_type} {_N_Article} .\n")
        add(f"{node} {_N_type} {_N_Entity} .\n")
        values = (article.title, article.author, article.publisher, article.copyright,
                  article.url)
        for prop, value in zip(_N_article_fields, values, strict=True):
            if value:
                add(f"{node} {prop} {syntax.string_literal(value)} .\n")
        date = _n_date(article.date) if article.date else None
        if date is not None:
            add(f"{node} {_N_date} {date} .\n")
        add(f"{node} {_N_contentHash} "
            f"{syntax.string_literal(article.content_hash or article.id)} .\n")
        for entity in resolved.entities:
            self.describe_entity(entity)
        described: set[URIRef] = set()
        verdicts = verdicts if verdicts is not None else assess_article(resolved)
        for relation in sorted(resolved.relations, key=lambda r: -verdicts[r].confidence):
            statement = statement_iri(article, relation)
            if statement not in described:
                described.add(statement)
                self.describe_relation(statement, relation, verdicts[relation])
        for extraction in sorted(unresolved(resolved), key=lambda e: -e.confidence):
            statement = unresolved_statement_iri(article, extraction)
            if statement not in described:
                described.add(statement)
                predicate = self.predicate(extraction.lemma)
                verdict = assess(extraction, None, None)
                self.describe_statement(_n(statement), extraction, predicate, verdict)

    def describe_entity(self, entity: Entity) -> None:
        add, node = self.add, self.entity(entity.key)
        add(f"{node} {_N_type} {_n_ng(entity.kind)} .\n")
        add(f"{node} {_N_label} {syntax.string_literal(entity.label)} .\n")
        for alt in entity.alt_labels:
            if alt != entity.label:
                add(f"{node} {_N_altLabel} {syntax.string_literal(alt)} .\n")
        for role in getattr(entity, "roles", ()):
            add(f"{node} {_N_role} {syntax.string_literal(role)} .\n")

    def describe_relation(self, statement: URIRef, relation: Relation,
                          verdict: Assessment) -> None:
        add = self.add
        predicate = self.relation_predicate(relation)
        subject, obj = self.entity(relation.subject), self.entity(relation.object)
        if verdict.asserted:
            add(f"{subject} {predicate} {obj} .\n")
        node = _n(statement)
        add(f"{node} {_N_subject} {subject} .\n")
        add(f"{node} {_N_object} {obj} .\n")
        self.describe_statement(node, relation.extraction, predicate, verdict)
        if relation.attributed_to:
            add(f"{node} {_N_attributedTo} {self.entity(relation.attributed_to)} .\n")
        if relation.place:
            add(f"{node} {_N_place} {self.entity(relation.place)} .\n")

    def describe_statement(self, node: str, e: Extraction, predicate: str,
                           verdict: Assessment) -> None:
        add, text = self.add, syntax.string_literal
        add(f"{node} {_N_type} {_N_Statement} .\n")
        add(f"{node} {_N_predicate} {predicate} .\n")
        add(f"{node} {_N_wasDerivedFrom} {self.article_node} .\n")
        add(f"{node} {_N_sentence} {text(e.sentence.strip())} .\n")
        add(f'{node} {_N_startOffset} "{e.sentence_start}"{_N_INTEGER} .\n')
        add(f'{node} {_N_endOffset} "{e.sentence_end}"{_N_INTEGER} .\n')
        add(f"{node} {_N_confidence} {_n_decimal(verdict.confidence)} .\n")
        add(f"{node} {_N_extractionScore} {_n_decimal(e.confidence)} .\n")
        add(f"{node} {_N_asserted} {_N_TRUE if verdict.asserted else _N_FALSE} .\n")
        for reason in verdict.reasons:
            add(f"{node} {_N_notAssertedBecause} {_n_ng(reason)} .\n")
        add(f"{node} {_N_negated} {_N_TRUE if e.negated else _N_FALSE} .\n")
        add(f"{node} {_N_predicateText} {text(e.predicate)} .\n")
        if e.subject is not None:
            add(f"{node} {_N_subjectText} {text(e.subject.text)} .\n")
        if e.object is not None:
            add(f"{node} {_N_objectText} {text(e.object.text)} .\n")
        if e.modality:
            add(f"{node} {_N_modality} {text(e.modality)} .\n")
        if e.attribution is not None:
            add(f"{node} {_N_attributionText} {text(e.attribution.text)} .\n")
        if e.time is not None:
            add(f"{node} {_N_time} {text(e.time.text)} .\n")
        date = _n_date(e.date) if e.date else None
        if date is not None:
            add(f"{node} {_N_statementDate} {date} .\n")
        if e.place is not None:
            add(f"{node} {_N_placeText} {text(e.place.text)} .\n")
        if e.quantity:
            add(f"{node} {_N_quantity} {text(e.quantity)} .\n")


def build_dataset(articles: Iterable[ResolvedArticle]) -> Dataset:
    """The ontology in the default graph, one named graph per article."""
    dataset = Dataset()
    bind_prefixes(dataset)
    default = dataset.default_context
    for triple in ontology_graph():
        default.add(triple)
    for resolved in articles:
        article_graph(resolved, dataset.graph(article_iri(resolved.article)))
    return dataset


def bind_prefixes(graph: Graph) -> None:
    for prefix, namespace in (
        ("ng", NG),
        ("ngp", NGP),
        ("skos", SKOS),
        ("prov", PROV),
        ("dcterms", DCTERMS),
        ("owl", OWL),
        ("xsd", XSD),
    ):
        graph.bind(prefix, namespace, override=True)
    graph.bind("entity", ENTITY)
    graph.bind("article", ARTICLE)
    graph.bind("statement", STATEMENT)


PREFIXES = {
    "ng": str(NG),
    "ngp": str(NGP),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "entity": str(ENTITY),
    "article": str(ARTICLE),
    "statement": str(STATEMENT),
}


class RdfStreams:
    """The four RDF files, written while the articles come one at a time.

    Each article's named graph goes to the TriG stream at once; the union of
    all graphs (for Turtle, N-Triples and JSON-LD) goes through a SortedLines
    spilling to `spill`, and is written by finish(). Memory holds one article
    and the sorter's buffer, whatever the number of articles. `streams` maps
    file names (keys of FORMATS; any subset) to open text streams. `default` is
    the default graph, the ontology unless given.
    """

    def __init__(
        self,
        streams: Mapping[str, TextIO],
        spill: Path,
        *,
        buffer_lines: int = 200_000,
        default: Iterable[syntax.Triple] | None = None,
    ) -> None:
        unknown = sorted(set(streams) - set(FORMATS))
        if unknown:
            raise ValueError(f"no RDF file is called {', '.join(unknown)}")
        self.streams = dict(streams)
        lines = _lines(ontology_graph() if default is None else default)
        self._union = syntax.SortedLines(spill, buffer_lines=buffer_lines)
        self._union.extend(lines)
        self._trig: syntax.TrigWriter | None = None
        if "graph.trig" in streams:
            # the default graph comes first in the file, before any article
            self._trig = syntax.TrigWriter(streams["graph.trig"], PREFIXES)
            self._trig.default(lines)
        self._last: str | None = None
        self._finished = False

    def add_article(self, name: URIRef, triples: Iterable[syntax.Triple]) -> None:
        """One article's named graph; articles come in ascending order of str(name)."""
        self.add_lines(name, _lines(triples))

    def add_lines(self, name: URIRef | str, lines: list[str], trig: str | None = None) -> None:
        """add_article, for the graph's N-Triples lines, sorted and distinct (article_lines).

        `trig` is the graph's TriG block if it was made already (trig_block), e.g. in
        another process.
        """
        if self._finished:
            raise ValueError("the RDF files are already finished")
        key = str(name)
        if self._last is not None and key <= self._last:
            raise ValueError(f"article {key} comes after {self._last}: not in order")
        self._last = key
        if self._trig is not None:
            if trig is None:
                self._trig.graph(key, lines)
            else:
                self._trig.graph_text(key, trig)
        self._union.extend(lines)

    def finish(self) -> None:
        """Write the union of all graphs to Turtle, N-Triples and JSON-LD; end TriG."""
        if self._finished:
            raise ValueError("the RDF files are already finished")
        self._finished = True
        if self._trig is not None:
            self._trig.close()
        try:
            syntax.write_all(
                self._union,
                PREFIXES,
                ntriples=self.streams.get("graph.nt"),
                turtle=self.streams.get("graph.ttl"),
                jsonld=self.streams.get("graph.jsonld"),
            )
        finally:
            self._union.close()

    def close(self) -> None:
        """Remove the sorter's files (finish() does it too)."""
        self._union.close()

    def __enter__(self) -> RdfStreams:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def write_from_ntriples(source: Path, targets: Mapping[str, Path]) -> None:
    """Turtle and/or JSON-LD (file name -> path) from a finished graph.nt file.

    The N-Triples file is the union sorted and distinct, so another process can write
    these from it while this one writes the rest. Each target must exist (a staged
    temporary file): one removed meanwhile (the build gave up) is not made again.
    """
    unknown = sorted(set(targets) - {"graph.ttl", "graph.jsonld"})
    if unknown:
        raise ValueError(f"cannot write {', '.join(unknown)} from N-Triples")
    with contextlib.ExitStack() as stack:
        lines = stack.enter_context(open(source, encoding="utf-8", newline="\n"))
        outs = {
            name: stack.enter_context(
                open(path, "r+", encoding="utf-8", newline="", buffering=1 << 20)
            )
            for name, path in targets.items()
        }
        for out in outs.values():
            out.truncate()
        syntax.write_all(
            lines, PREFIXES, turtle=outs.get("graph.ttl"), jsonld=outs.get("graph.jsonld")
        )


def trig_block(name: URIRef | str, lines: Iterable[str]) -> str:
    """An article's named graph as RdfStreams writes it into the TriG file."""
    return syntax.named_graph(str(name), lines, PREFIXES)


def _lines(triples: Iterable[syntax.Triple]) -> list[str]:
    return sorted({syntax.ntriples_line(triple) for triple in triples})


def serialize_graphs(
    default: Iterable[syntax.Triple], named: Mapping[URIRef, Iterable[syntax.Triple]]
) -> dict[str, str]:
    """File name -> text for the four RDF files; identical input gives identical bytes.

    The Turtle, N-Triples and JSON-LD files hold the union of all graphs; TriG
    keeps the default graph and one named graph per article apart.
    """
    return _serialize(default, ((name, named[name]) for name in sorted(named, key=str)))


def serialize_articles(articles: Iterable[ResolvedArticle]) -> dict[str, str]:
    """The four RDF files for these articles, without building an rdflib Dataset."""
    by_name = {article_iri(a.article): a for a in articles}  # the last of a repeated article
    # each article's triples are made when its turn comes, and dropped after
    ordered = ((name, article_triples(by_name[name])) for name in sorted(by_name, key=str))
    return _serialize(ontology_graph(), ordered)


def _serialize(
    default: Iterable[syntax.Triple],
    named: Iterable[tuple[URIRef, Iterable[syntax.Triple]]],
) -> dict[str, str]:
    """The four files' text; `named` must come in ascending order of graph name."""
    streams = {name: io.StringIO() for name in FORMATS}
    with tempfile.TemporaryDirectory(prefix="newsgraph-rdf-") as spill:
        with RdfStreams(streams, Path(spill), default=default) as writer:
            for name, triples in named:
                writer.add_article(name, triples)
            writer.finish()
    return {name: stream.getvalue() for name, stream in streams.items()}


def serialize_dataset(dataset: Dataset) -> dict[str, str]:
    """The four RDF files for a Dataset made by build_dataset."""
    default_id = dataset.default_context.identifier
    named: dict[URIRef, set[syntax.Triple]] = {}
    default: set[syntax.Triple] = set()
    for context in dataset.contexts():
        triples = set(context.triples((None, None, None)))
        if context.identifier == default_id:
            default |= triples
        elif triples and isinstance(context.identifier, URIRef):
            named[context.identifier] = triples
    return serialize_graphs(default, named)
