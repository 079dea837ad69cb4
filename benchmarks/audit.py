"""Count the measurable defects of newsgraph's graph on articles it has never seen.

Runs the library (parse, extract, resolve per article, then merge across articles,
as `newsgraph build` does) over the first N Wikinews articles and prints, for each
defect class, a count, a rate (per 100 relations or per 100 entities) and up to five
examples with the sentence and the statement. The rules are general English grammar
and naming patterns (pronouns, determiners, numerals, credit lines, honorifics,
initials, demonyms), never names of particular articles.

Defect classes:
  relation  subject/object label is a pronoun, relative pronoun, determiner-only,
            number-only or caption/credit/copyright-like; subject = object; read from a
            caption or a non-English sentence; subject is a time expression ("Monday
            saw ..."); copula "be" or possessive "have" as a relation; "no" object not
            negated; a speech verb whose object is an actor (the addressee of "told")
  entity    empty or one-character label; label over 6 words; alt label over 8 words;
            alt label that is a pronoun/determiner; a lower-case generic noun pooling
            unrelated mentions; probable split actor within one article and across
            articles (shared surname/head with the same kind, given name, acronym =
            initials, demonym next to its country); probable wrong merge (two
            different people's full names)
  profile   kinds, minted (non-ontology) properties, share of relations with time,
            place, attribution, negation; relations per 1,000 words; articles with
            no relation; statements the resolver dropped, and their arguments

Examples:
  PYTHONPATH=src python benchmarks/audit.py --limit 60 --seed-article
  PYTHONPATH=src python benchmarks/audit.py --json /tmp/audit.json --sample 40

The data are read where they lie (default: the nearest shared/data/wikinews above
this file, or $WIKINEWS_DATA); they are never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsgraph.models import Article, Entity, Extraction, Relation, ResolvedArticle

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "syria-islamic-state-resurgence.txt"
DATA_NAME = "wikinews_2019_2020.jsonl"
MAX_EXAMPLES = 5

# --- word classes (English grammar, not article names) -------------------------------

PRONOUNS = frozenset("""
i me my mine myself you your yours yourself yourselves he him his himself she her hers
herself it its itself we us our ours ourselves they them their theirs themselves
one oneself someone somebody something anyone anybody anything everyone everybody
everything no-one nobody nothing this that these those such
""".split())
RELATIVE_PRONOUNS = frozenset("who whom whose which that what whoever whatever where when".split())
DETERMINERS = frozenset("""
the a an some any all both each every either neither many most much several few
fewer more less other others another same former latter rest own certain various
this that these those such no none
""".split())
NUMBER_WORDS = frozenset("""
zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
eighty ninety hundred hundreds thousand thousands million millions billion billions
dozen dozens score half quarter first second third percent per cent least most about
around over under nearly almost approximately some at more than less fewer and or
""".split())
_NUMBER_TOKEN = re.compile(r"^[\d.,:/%$€£+\-–]+(?:st|nd|rd|th|s|m|bn|k)?$")
# Photo credits, captions and copyright lines: the words and marks that make a string one.
_CREDIT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b|\ball rights reserved\b|(?-i:\b[A-Z][\w&]* Images\b)|"
    r"\b(?:image|photo|picture|credit|caption|source)\s*:|\bphoto(?:graph)? by\b|"
    r"\bfile photo\b|\bcc[- ]by\b|\bcreative commons\b|\bpublic domain\b|"
    r"\bwikimedia\b|\bflickr\b|\bshutterstock\b|\bcourtesy of\b|"
    r"/\s*(?:AFP|AP|Reuters|EPA|Getty)\b)",
    re.IGNORECASE,
)
_NON_LATIN = re.compile(r"[^\W\d_a-zA-Z\u00C0-\u024F]")
_TIME_WORDS = frozenset("""
day days week weeks month months year years term decade decades century time times morning
afternoon evening night today yesterday tomorrow monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october
november december spring summer autumn fall winter weekend hour hours minute minutes
""".split())


def is_caption_sentence(sentence: str) -> bool:
    """A sentence that is a photo caption or credit line, not news prose."""
    text = " ".join(sentence.split())
    return bool(_CREDIT.search(text)) and (
        len(text.split()) <= 12 or bool(re.match(r"^(?:image|photo|file photo|picture)\b",
                                                 text, re.IGNORECASE)))


def is_non_english(sentence: str) -> bool:
    """Mostly letters outside the Latin script: text the English model cannot parse."""
    letters = [c for c in sentence if c.isalpha()]
    return bool(letters) and sum(bool(_NON_LATIN.match(c)) for c in letters) > len(letters) / 2


def is_possessive(extraction: Extraction) -> bool:
    """A statement read off a possessive ("X's Y"): its subject is followed by 's."""
    if extraction.subject is None:
        return False
    after = extraction.sentence[extraction.subject.end - extraction.sentence_start:]
    return after.startswith(("'s", "’s", "'", "’"))


def is_time_expression(label: str) -> bool:
    """A label whose head word is a unit or name of time ("Longer term", "last week")."""
    words = _tokens(label)
    return bool(words) and words[-1] in _TIME_WORDS


HONORIFICS = frozenset("""
mr mrs ms miss dr prof sir dame lord lady rev fr sr jr st gen col lt capt cpt sgt maj adm
president prime minister king queen prince princess pope sheikh imam senator sen rep
governor gov mayor judge justice chancellor secretary general chairman chief
""".split())
CONNECTORS = frozenset("of the and for de la le du von van der al el bin ibn in on & -".split())


def _tokens(label: str) -> list[str]:
    """The label's words, lower-cased, with surrounding punctuation removed."""
    words = (w.strip(".,;:!?\"'()[]{}“”‘’") for w in label.split())
    return [w.lower() for w in words if w]


def label_defect(label: str) -> str | None:
    """The defect class of an argument label that cannot name an actor, else None.

    >>> label_defect("they"), label_defect("which"), label_defect("the others")
    ('pronoun', 'relative-pronoun', 'determiner-only')
    >>> label_defect("Getty Images"), label_defect("Ann Lee") is None
    ('credit', True)
    """
    text = label.strip()
    if not text:
        return "empty"
    if _CREDIT.search(text):
        return "credit"
    words = [w for w, raw in zip(_tokens(text), text.split(), strict=False)
             if not (len(raw.strip(".,")) > 1 and raw.strip(".,").isupper())]
    if not words:
        return None if len(text) > 1 else "one-char"
    if len(words) < len(_tokens(text)):
        return None  # an acronym ("the US") names something
    if len(words) == 1 and words[0] in RELATIVE_PRONOUNS - {"that"}:
        return "relative-pronoun"
    if len(words) == 1 and words[0] in PRONOUNS:
        return "pronoun"
    if all(w in DETERMINERS or w in PRONOUNS for w in words):
        return "determiner-only"
    if all(w in NUMBER_WORDS or _NUMBER_TOKEN.match(w) for w in words) and any(
        w not in {"at", "and", "or", "some", "most", "least", "more", "than", "about"}
        for w in words
    ):
        return "number-only"
    if len(text) == 1:
        return "one-char"
    return None


def word_count(label: str) -> int:
    return len(label.split())


def _name_words(label: str) -> list[str]:
    """The capitalised words of a name, without honorifics and connectors ("Mr. Y" -> [Y])."""
    out = []
    for raw in label.split():
        word = raw.strip(".,;:!?\"'()[]{}“”‘’")
        if not word or word.lower().rstrip(".") in HONORIFICS or word.lower() in CONNECTORS:
            continue
        if word[0].isupper():
            out.append(word.removesuffix("'s").removesuffix("’s"))
    return out


def head_token(label: str) -> str:
    """The last capitalised word of a name (a surname, an organization's head), or ''."""
    words = _name_words(label)
    return words[-1] if words else ""


def initials(label: str) -> str:
    """Initials of a multi-word name, connectors skipped: "Federal Security Service" -> FSS."""
    words = [w for w in re.split(r"[\s\-]+", label) if w and w.lower() not in CONNECTORS]
    if len(words) < 2:
        return ""
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def is_acronym(label: str) -> bool:
    text = label.replace(".", "").strip()
    return 2 <= len(text) <= 7 and text.isalpha() and sum(c.isupper() for c in text) >= 2 \
        and text[0].isupper() and " " not in text


@dataclass(frozen=True)
class Node:
    """The part of an entity the entity rules look at (so they can be tested by hand)."""

    key: str
    label: str
    kind: str
    alt_labels: tuple[str, ...] = ()


def split_actor_pairs(
    nodes: Sequence[Node],
    *,
    country_for_demonym: Callable[[str], str | None] = lambda text: None,
    country_for_name: Callable[[str], str | None] = lambda text: None,
) -> list[tuple[str, Node, Node]]:
    """Pairs of entities that probably name one actor: (reason, a, b).

    - "surname": same kind, and one label's capitalised words are the tail of the
      other's, or both end with the same capitalised head word with one label a single
      name ("Gregory Waters" / "Mr. Waters" / "Waters"); "head word" for the same
      pattern among organizations, places, groups ("U.S. Congress" / "Congress");
    - "given name": a one-word person label that is another person's first name;
    - "acronym": one label is an acronym equal to the other's initials;
    - "demonym": one label is a demonym ("Russian(s)") of a country that is another node.
    """
    pairs: list[tuple[str, Node, Node]] = []
    seen: set[tuple[str, str]] = set()

    def add(reason: str, a: Node, b: Node) -> None:
        pair = (min(a.key, b.key), max(a.key, b.key))
        if a.key != b.key and pair not in seen:
            seen.add(pair)
            pairs.append((reason, a, b))

    by_head: dict[tuple[str, str], list[Node]] = defaultdict(list)
    for node in nodes:
        head = head_token(node.label)
        if head and len(head) > 1 and not is_acronym(head) and node.kind != "Thing":
            by_head[(node.kind, head.lower())].append(node)
    for group in by_head.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                wa, wb = _name_words(a.label), _name_words(b.label)
                short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
                if short == long_[len(long_) - len(short):] and len(short) < len(long_) \
                        or len(short) == 1 and short == long_:
                    add("surname" if a.kind == "Person" else "head word", a, b)
    by_given: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        words = _name_words(node.label)
        if node.kind == "Person" and len(words) >= 2:
            by_given[words[0].lower()].append(node)
    for node in nodes:
        words = _name_words(node.label)
        if node.kind == "Person" and len(words) == 1:
            for other in by_given.get(words[0].lower(), ()):
                add("given name", node, other)
    by_initials: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        code = initials(node.label)
        if len(code) >= 2:
            by_initials[code].append(node)
    for node in nodes:
        if is_acronym(node.label) and len(node.label.replace(".", "")) >= 3:
            for other in by_initials.get(node.label.replace(".", "").upper(), ()):
                add("acronym", node, other)
    countries: dict[str, list[Node]] = defaultdict(list)
    for node in nodes:
        code = country_for_name(node.label)
        if code:
            countries[code].append(node)
    for node in nodes:
        code = country_for_demonym(node.label)
        if code and not country_for_name(node.label):
            for other in countries.get(code, ()):
                add("demonym", node, other)
    return pairs


def full_names(labels: Iterable[str]) -> list[str]:
    """Labels that look like a person's full name: two or more capitalised name words."""
    out = []
    for label in labels:
        words = _name_words(label)
        if len(words) >= 2 and len(words) == len([w for w in label.split()
                                                  if w.lower().strip(".") not in HONORIFICS
                                                  and w.lower() not in CONNECTORS]):
            out.append(label)
    return out


def wrong_merge_names(node: Node) -> tuple[str, str] | None:
    """Two full names of different people among a person's labels, else None.

    Different means: neither's capitalised words are contained in the other's, and
    their last words (surnames) differ.
    """
    names = full_names((node.label, *node.alt_labels))
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            wa, wb = {w.lower() for w in _name_words(a)}, {w.lower() for w in _name_words(b)}
            if wa <= wb or wb <= wa:
                continue
            if head_token(a).lower() != head_token(b).lower():
                return a, b
    return None


# --- the run --------------------------------------------------------------------------


@dataclass
class Defect:
    """One defect class: how many, per what, and a few examples."""

    name: str
    per: str  # "relations" or "entities"
    count: int = 0
    examples: list[str] = field(default_factory=list)

    def add(self, example: str) -> None:
        self.count += 1
        if len(self.examples) < MAX_EXAMPLES:
            self.examples.append(example)


def default_data() -> Path:
    env = os.environ.get("WIKINEWS_DATA")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "wikinews" / DATA_NAME
        if candidate.exists():
            return candidate
    return Path("/work/shared/data/wikinews") / DATA_NAME


def wikinews_articles(path: Path, limit: int) -> Iterator[Article]:
    from newsgraph.errors import InputError
    from newsgraph.reading import article_from_text

    with path.open(encoding="utf-8") as handle:
        count = 0
        for line in handle:
            if count >= limit:
                return
            if not line.strip():
                continue
            record = json.loads(line)
            try:
                yield article_from_text(
                    record["text"], source=f"{path.name}#{record.get('id', count)}",
                    title=record.get("title", ""), date=record.get("date", ""),
                    url=record.get("url", ""),
                )
            except InputError:
                continue
            count += 1


def _statement(relation: Relation, labels: dict[str, str]) -> str:
    e = relation.extraction
    neg = "NOT " if e.negated else ""
    return (f"{labels.get(relation.subject, relation.subject)} —{neg}{relation.property_label}→ "
            f"{labels.get(relation.object, relation.object)}")


def _example(relation: Relation, labels: dict[str, str], note: str = "") -> str:
    sentence = " ".join(relation.extraction.sentence.split())
    if len(sentence) > 220:
        sentence = sentence[:217] + "..."
    prefix = f"[{note}] " if note else ""
    return f"{prefix}{_statement(relation, labels)}  ||  {sentence}"


def _as_node(entity: Entity) -> Node:
    return Node(entity.key, entity.label, entity.kind, entity.alt_labels)


def audit(resolved: Sequence[ResolvedArticle], merged: Sequence[ResolvedArticle]) -> dict[str, Any]:
    """All the figures: defects, profile; `resolved` per article, `merged` across them."""
    from newsgraph import demonyms
    from newsgraph.vocabulary import property_for

    relation_defects: dict[str, Defect] = {}
    entity_defects: dict[str, Defect] = {}

    def rel(name: str) -> Defect:
        return relation_defects.setdefault(name, Defect(name, "relations"))

    def ent(name: str) -> Defect:
        return entity_defects.setdefault(name, Defect(name, "entities"))

    relations = 0
    words = 0
    zero: list[str] = []
    minted: Counter[str] = Counter()
    has = Counter[str]()
    properties: Counter[str] = Counter()
    extractions = 0
    lost: Counter[str] = Counter()
    lost_args: Counter[str] = Counter()
    for item in resolved:
        labels = {e.key: e.label for e in item.entities}
        actors = {e.key for e in item.entities if e.is_actor}
        words += len(item.article.text.split())
        extractions += len(item.extractions)
        kept = {r.extraction for r in item.relations}
        for dropped in item.extractions:
            if dropped in kept:
                continue
            if dropped.subject is None:
                lost["no subject (agentless passive)"] += 1
            elif dropped.object is None:
                lost["no object"] += 1
            else:
                lost["both arguments, not resolved"] += 1
                lost_args[" ".join(dropped.subject.text.lower().split())] += 1
                lost_args[" ".join(dropped.object.text.lower().split())] += 1
        if not item.relations:
            zero.append(item.article.title or item.article.source)
        for relation in item.relations:
            relations += 1
            e = relation.extraction
            properties[relation.property_label] += 1
            if property_for(e.lemma).minted:
                minted[relation.property_label] += 1
            has["time"] += bool(e.time or e.date)
            has["place"] += bool(e.place or relation.place)
            has["attribution"] += bool(e.attribution or relation.attributed_to)
            has["negation"] += e.negated
            has["modality"] += bool(e.modality)
            for role, key in (("subject", relation.subject), ("object", relation.object)):
                defect = label_defect(labels.get(key, ""))
                if defect:
                    rel(f"{role} is {defect}").add(_example(relation, labels))
            if relation.subject == relation.object:
                rel("subject = object").add(_example(relation, labels))
            if is_caption_sentence(e.sentence):
                rel("from a caption/credit sentence").add(_example(relation, labels))
            if is_non_english(e.sentence):
                rel("from a non-English sentence").add(_example(relation, labels))
            if is_time_expression(labels.get(relation.subject, "")):
                rel("subject is a time expression").add(_example(relation, labels))
            if e.lemma == "be" or e.lemma.startswith("be "):
                rel("copula 'be' as relation").add(_example(relation, labels))
            if e.lemma == "have" and is_possessive(e):
                rel("possessive turned into 'have'").add(_example(relation, labels))
            if e.object is not None and not e.negated and re.match(
                    r"(?:no|none of|neither)\b", e.object.text, re.IGNORECASE):
                rel("'no' object not negated").add(_example(relation, labels))
            if relation.property == "says" and relation.object in actors:
                rel("speech verb with an actor as what is said").add(
                    _example(relation, labels))

    entities: dict[str, Entity] = {}
    for item in merged:
        for entity in item.entities:
            entities.setdefault(entity.key, entity)
    kinds = Counter(e.kind for e in entities.values())
    for entity in entities.values():
        label = entity.label.strip()
        if len(label) <= 1:
            ent("empty or one-character label").add(f"{entity.key} {label!r}")
        defect = label_defect(label)
        if defect and defect not in {"empty", "one-char"}:
            ent(f"entity label is {defect}").add(f"{entity.key} {label!r}")
        if word_count(label) > 6:
            ent("label over 6 words").add(f"{entity.kind}: {label!r}")
        for alt in entity.alt_labels:
            if word_count(alt) > 8:
                ent("alt label over 8 words").add(f"{entity.label!r} alt {alt!r}")
            alt_defect = label_defect(alt)
            if alt_defect in {"pronoun", "relative-pronoun", "determiner-only", "credit"}:
                ent(f"alt label is {alt_defect}").add(f"{entity.label!r} alt {alt!r}")
        if (entity.kind == "Thing" and label[:1].islower()
                and len({a.lower() for a in entity.alt_labels}) >= 3):
            ent("generic noun pooling unrelated mentions").add(
                f"{label!r} alts {list(entity.alt_labels)[:3]}")
        if entity.kind == "Person":
            names = wrong_merge_names(_as_node(entity))
            if names:
                ent("probable wrong merge (two people)").add(
                    f"{entity.label!r} has {names[0]!r} and {names[1]!r}")

    def demonym_code(text: str) -> str | None:
        found = demonyms.country_for_demonym(text)
        return found.code if found else None

    def name_code(text: str) -> str | None:
        found = demonyms.country_for_name(text)
        return found.code if found else None

    # within one article a split is certain to be one actor told twice; across
    # articles a shared first name is too weak a sign, so only the other rules count
    in_article: set[tuple[str, str]] = set()
    for item in merged:
        for reason, a, b in split_actor_pairs(
            [_as_node(e) for e in item.entities],
            country_for_demonym=demonym_code, country_for_name=name_code,
        ):
            pair = (min(a.key, b.key), max(a.key, b.key))
            if pair not in in_article:
                in_article.add(pair)
                ent(f"split actor in one article ({reason})").add(
                    f"{a.kind} {a.label!r} / {b.kind} {b.label!r}  [{item.article.title}]")
    nodes = [_as_node(e) for e in entities.values()]
    for reason, a, b in split_actor_pairs(
        nodes, country_for_demonym=demonym_code, country_for_name=name_code
    ):
        if reason != "given name" and (min(a.key, b.key), max(a.key, b.key)) not in in_article:
            ent(f"split actor across articles ({reason})").add(
                f"{a.kind} {a.label!r} [{a.key}] / {b.kind} {b.label!r} [{b.key}]")

    def rate(defect: Defect) -> float:
        base = relations if defect.per == "relations" else len(entities)
        return round(100 * defect.count / base, 2) if base else 0.0

    defects = sorted([*relation_defects.values(), *entity_defects.values()],
                     key=lambda d: (-d.count, d.name))
    return {
        "articles": len(resolved),
        "words": words,
        "relations": relations,
        "entities": len(entities),
        "extractions": extractions,
        "extractions_without_relation_share": round(
            (extractions - relations) / extractions, 3) if extractions else 0.0,
        "extractions_without_relation": dict(lost.most_common()),
        "unresolved_arguments_top": dict(lost_args.most_common(15)),
        "relations_per_1000_words": round(1000 * relations / words, 2) if words else 0.0,
        "articles_without_relations": len(zero),
        "articles_without_relations_titles": zero,
        "kinds": dict(kinds.most_common()),
        "actor_share": round(sum(e.is_actor for e in entities.values()) / len(entities), 3)
        if entities else 0.0,
        "minted_property_share": round(sum(minted.values()) / relations, 3) if relations else 0.0,
        "top_minted_properties": dict(minted.most_common(30)),
        "top_properties": dict(properties.most_common(15)),
        "share_with": {k: round(v / relations, 3) if relations else 0.0
                       for k, v in sorted(has.items())},
        "defects": [
            {"name": d.name, "per": d.per, "count": d.count, "rate_per_100": rate(d),
             "examples": d.examples}
            for d in defects
        ],
    }


def sample_relations(resolved: Sequence[ResolvedArticle], k: int, seed: int) -> list[str]:
    """k relations drawn at random (reproducibly), each with its sentence, to judge by hand."""
    pool = [(item, r) for item in resolved for r in item.relations]
    picks = random.Random(seed).sample(pool, min(k, len(pool)))
    out = []
    for item, relation in picks:
        labels = {e.key: e.label for e in item.entities}
        e = relation.extraction
        quals = [f"{name}={value}" for name, value in (
            ("time", e.time.text if e.time else e.date), ("place", e.place.text if e.place else ""),
            ("attr", e.attribution.text if e.attribution else ""), ("mod", e.modality))
            if value]
        out.append(f"{_statement(relation, labels)}  {' '.join(quals)}\n"
                   f"    \"{' '.join(e.sentence.split())}\"")
    return out


def render(report: dict[str, Any]) -> str:
    lines = [
        f"articles {report['articles']}, words {report['words']:,}, "
        f"relations {report['relations']}, entities {report['entities']}",
        f"relations per 1,000 words: {report['relations_per_1000_words']}",
        f"extractions {report['extractions']}, share that gave no relation: "
        f"{report['extractions_without_relation_share']} {report['extractions_without_relation']}",
        f"  most common unresolved arguments: {report['unresolved_arguments_top']}",
        f"articles without relations: {report['articles_without_relations']}",
        f"kinds: {report['kinds']}",
        f"actor share of entities: {report['actor_share']}",
        f"minted (non-ontology) property share: {report['minted_property_share']}",
        f"  top minted: {report['top_minted_properties']}",
        f"  top properties: {report['top_properties']}",
        f"share of relations with: {report['share_with']}",
        "",
        "defects (count, rate per 100 relations/entities):",
    ]
    for defect in report["defects"]:
        lines.append(f"  {defect['name']}: {defect['count']} "
                     f"({defect['rate_per_100']} per 100 {defect['per']})")
        lines.extend(f"      - {example}" for example in defect["examples"])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=None, help="Wikinews JSON lines file")
    parser.add_argument("--limit", type=int, default=60, help="how many articles (default 60)")
    parser.add_argument("--seed-article", action="store_true",
                        help="also include the articles of seeds/*.txt")
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--sample", type=int, default=0,
                        help="print this many random relations to judge by hand")
    parser.add_argument("--sample-seed", type=int, default=7)
    args = parser.parse_args(argv)

    from newsgraph import resolution
    from newsgraph.analysis import analyse
    from newsgraph.parsing import load_pipeline
    from newsgraph.reading import read_articles

    articles = list(wikinews_articles(args.data or default_data(), args.limit))
    if args.seed_article:
        articles.extend(read_articles(sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))))
    nlp = load_pipeline()
    resolved = list(analyse(nlp, articles))
    merge = getattr(resolution, "merge_articles", None)
    merged = merge(resolved) if merge is not None else resolved
    report = audit(resolved, merged)
    print(render(report))
    if args.sample:
        print(f"\nrandom sample of {args.sample} relations (seed {args.sample_seed}):")
        for number, text in enumerate(sample_relations(resolved, args.sample, args.sample_seed), 1):
            print(f"{number:3}. {text}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
