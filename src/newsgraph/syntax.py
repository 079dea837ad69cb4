"""Writers for N-Triples, Turtle, TriG and JSON-LD: fast, and the same bytes every run.

rdflib's serializers spend most of a build's writing time finding prefixed
names and ordering statements, and some of them follow set order, which varies
between processes. These writers sort every subject, predicate and object by
its written form, so identical graphs give identical files. They handle IRIs
and literals; blank nodes are written with their identifiers as they are.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rdflib import RDF, XSD, BNode, Literal, URIRef
from rdflib.term import Node

Triple = tuple[Node, Node, Node]

_LOCAL_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_-]*$")
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_STRING_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t",
                   "\b": "\\b", "\f": "\\f"}
# quotes, backslashes, control characters and line separators: escaped so that the
# literal stays on one line and reads back as exactly the same text
_STRING_UNSAFE = re.compile(r'[\\"\x00-\x1f\x7f-\x9f\u2028\u2029]')


def escape_string(text: str) -> str:
    """The inside of a double-quoted string, valid in N-Triples, Turtle and Cypher alike.

    >>> print(escape_string('say "no"\\nnow'))
    say \\"no\\"\\nnow
    """
    return _STRING_UNSAFE.sub(
        lambda m: _STRING_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text
    )


def iri(term: URIRef) -> str:
    """An IRI in angle brackets, with characters N-Triples forbids written as escapes."""
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04X}", str(term)) + ">"


def literal(term: Literal, name: object = iri) -> str:
    text = f'"{escape_string(str(term))}"'
    if term.language:
        return f"{text}@{term.language}"
    if term.datatype is not None and term.datatype != XSD.string:
        return f"{text}^^{name(term.datatype)}"  # type: ignore[operator]
    return text


def ntriples_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return iri(term)
    if isinstance(term, Literal):
        return literal(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"cannot write {term!r} as RDF")


def ntriples(triples: Iterable[Triple]) -> str:
    """N-Triples, one line per distinct triple, lines sorted."""
    lines = {f"{ntriples_term(s)} {ntriples_term(p)} {ntriples_term(o)} .\n" for s, p, o in triples}
    return "".join(sorted(lines))


class _Names:
    """Writes IRIs as prefixed names where a declared namespace covers them."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so "…/id/" wins over "…/"
        self.prefixes = sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self.cache: dict[URIRef, str] = {}

    def __call__(self, term: URIRef) -> str:
        written = self.cache.get(term)
        if written is None:
            written = iri(term)
            text = str(term)
            for prefix, namespace in self.prefixes:
                if text.startswith(namespace) and _LOCAL_NAME.match(text[len(namespace) :]):
                    written = f"{prefix}:{text[len(namespace) :]}"
                    break
            self.cache[term] = written
        return written

    def term(self, term: Node) -> str:
        if isinstance(term, URIRef):
            return self(term)
        if isinstance(term, Literal):
            return literal(term, self)
        return ntriples_term(term)


def prefix_lines(prefixes: Mapping[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))


def _turtle_body(triples: Iterable[Triple], names: _Names, indent: str = "") -> str:
    by_subject: dict[Node, dict[Node, set[str]]] = defaultdict(lambda: defaultdict(set))
    for s, p, o in triples:
        by_subject[s][p].add(names.term(o))
    blocks = []
    for subject, written_subject in sorted(
        ((s, names.term(s)) for s in by_subject), key=lambda pair: pair[1]
    ):
        predicates = sorted(
            ("a" if p == RDF.type else names.term(p), objects)
            for p, objects in by_subject[subject].items()
        )
        # rdf:type ("a") first, as people expect to read it
        predicates.sort(key=lambda item: item[0] != "a")
        parts = [f"{p} {', '.join(sorted(objects))}" for p, objects in predicates]
        separator = f" ;\n{indent}    "
        blocks.append(f"{indent}{written_subject} {separator.join(parts)} .\n")
    return "\n".join(blocks)


def turtle(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> str:
    """Turtle grouped by subject, everything sorted."""
    names = _Names(prefixes)
    return prefix_lines(prefixes) + "\n" + _turtle_body(triples, names)


def trig(
    default: Iterable[Triple],
    named: Mapping[URIRef, Iterable[Triple]],
    prefixes: Mapping[str, str],
) -> str:
    """TriG: the default graph first, then each named graph in IRI order."""
    names = _Names(prefixes)
    parts = [prefix_lines(prefixes)]
    default = list(default)
    if default:
        parts.append("{\n" + _turtle_body(default, names, "    ") + "}\n")
    for graph_name in sorted(named, key=str):
        body = _turtle_body(named[graph_name], names, "    ")
        if body:
            parts.append(f"{iri(graph_name)} {{\n{body}}}\n")
    return "\n".join(parts)


def _jsonld_value(term: Node, names: _Names) -> dict[str, str]:
    if isinstance(term, Literal):
        value = {"@value": str(term)}
        if term.language:
            value["@language"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            value["@type"] = _compact(term.datatype, names)
        return value
    if isinstance(term, BNode):
        return {"@id": f"_:{term}"}
    return {"@id": str(term)}


def _compact(term: URIRef, names: _Names) -> str:
    written = names(term)
    return written if not written.startswith("<") else str(term)


def jsonld(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> str:
    """Flattened JSON-LD: one node object per subject, keys and values sorted."""
    names = _Names(prefixes)
    nodes: dict[str, dict[str, list[dict[str, str]] | list[str]]] = defaultdict(dict)
    for s, p, o in triples:
        node = nodes[ntriples_term(s)]
        if "@id" not in node:
            node["@id"] = str(s) if not isinstance(s, BNode) else f"_:{s}"  # type: ignore[assignment]
        if p == RDF.type and isinstance(o, URIRef):
            node.setdefault("@type", []).append(_compact(o, names))  # type: ignore[arg-type]
        else:
            node.setdefault(_compact(p, names), []).append(_jsonld_value(o, names))  # type: ignore[arg-type]
    graph = []
    for key in sorted(nodes):
        node = nodes[key]
        for field, values in node.items():
            if field != "@id":
                values.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        graph.append(node)
    document = {"@context": dict(sorted(prefixes.items())), "@graph": graph}
    return json.dumps(document, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
