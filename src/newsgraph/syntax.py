"""Writers for N-Triples, Turtle, TriG and JSON-LD: streaming, fast, the same bytes every run.

rdflib's serializers hold the whole graph, spend most of a build's writing time
finding prefixed names and ordering statements, and some follow set order,
which varies between processes. Here every triple is first written as one
N-Triples line; the lines are sorted (SortedLines sorts more than memory
holds, spilling sorted runs to disk), and the Turtle, TriG and JSON-LD writers
read the sorted lines back, one subject at a time. Sorting the lines puts each
subject's statements next to each other, so no writer holds more than one
subject, and identical graphs give identical files. The writers handle IRIs and
literals; blank nodes are written with their identifiers as they are.
"""

from __future__ import annotations

import heapq
import io
import re
import tempfile
import typing
from collections.abc import Iterable, Iterator, Mapping
from contextlib import ExitStack
from functools import cache
from itertools import islice
from json.encoder import encode_basestring
from pathlib import Path
from types import TracebackType
from typing import TextIO

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
# what N-Triples allows after a backslash, in strings (all of it) and in IRIs (\u, \U)
_UNESCAPE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'",
             "\\": "\\"}
_STRING_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([tbnrf\"'\\]))")
_IRI_ESCAPE = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8}))")
_RDF_TYPE = f"<{RDF.type}>"
_XSD_STRING_IRI = str(XSD.string)
_XSD_STRING = f"<{_XSD_STRING_IRI}>"
# text equality, whatever the str subclass (rdflib's terms compare slowly, in Python)
_same_text = str.__eq__
_LINE_END = " .\n"
# names kept per writer, cleared when full: predicates, classes and often-named entities
# are found again at once, and memory stays bounded however many IRIs there are
_NAME_CACHE = 20_000
_MAX_RUNS = 128  # run files merged into one beyond this, so few files are open at once
_WRITE_LINES = 10_000  # lines joined per write of a run file


def escape_string(text: str) -> str:
    """The inside of a double-quoted string, valid in N-Triples, Turtle and Cypher alike.

    >>> print(escape_string('say "no"\\nnow'))
    say \\"no\\"\\nnow
    """
    return _STRING_UNSAFE.sub(
        lambda m: _STRING_ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text
    )


def _code_point(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04X}"


def iri(term: str) -> str:
    """An IRI in angle brackets, with characters N-Triples forbids written as escapes."""
    if _IRI_UNSAFE.search(term) is None:
        return "".join(("<", term, ">"))
    return "".join(("<", _IRI_UNSAFE.sub(_code_point, term), ">"))


def string_literal(text: str) -> str:
    """A plain string literal as N-Triples writes it: what literal(Literal(text)) gives."""
    if _STRING_UNSAFE.search(text) is not None:
        text = escape_string(text)
    return "".join(('"', text, '"'))


def literal(term: Literal, name: object = iri) -> str:
    text = str(term)
    if _STRING_UNSAFE.search(text) is not None:
        text = escape_string(text)
    language = term.language
    if language:
        return f'"{text}"@{language}'
    datatype = term.datatype
    if datatype is not None and not _same_text(datatype, _XSD_STRING_IRI):
        return f'"{text}"^^{name(datatype)}'  # type: ignore[operator]
    return f'"{text}"'


def ntriples_term(term: Node) -> str:
    if isinstance(term, URIRef):
        return iri(term)
    if isinstance(term, Literal):
        return literal(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    raise TypeError(f"cannot write {term!r} as RDF")


def ntriples_line(triple: Triple) -> str:
    """One N-Triples line, ending in a newline: what the streaming writers read."""
    s, p, o = triple
    return "".join(
        (
            iri(s) if isinstance(s, URIRef) else ntriples_term(s),
            " ",
            iri(p) if isinstance(p, URIRef) else ntriples_term(p),
            " ",
            iri(o) if isinstance(o, URIRef) else ntriples_term(o),
            _LINE_END,
        )
    )


def _sorted_lines(triples: Iterable[Triple]) -> list[str]:
    return sorted({ntriples_line(triple) for triple in triples})


# ---------------------------------------------------------------------------
# sorting more lines than memory holds


class SortedLines:
    """Text lines, sorted and without duplicates, in bounded memory.

    Lines are kept in memory until `buffer_lines` of them are waiting; then they
    are sorted and written to a run file in `folder`. Iterating merges the run
    files and the lines still in memory. Each line must end with its single
    newline. Iterate once; close() (or leaving the `with` block) removes the files.
    """

    def __init__(self, folder: Path, *, buffer_lines: int = 200_000) -> None:
        if buffer_lines < 1:
            raise ValueError("buffer_lines must be at least 1")
        self.folder = Path(folder)
        self.buffer_lines = buffer_lines
        self._buffer: list[str] = []
        self._runs: list[Path] = []
        self._files: list[TextIO] = []
        self._iterated = False

    @property
    def runs(self) -> tuple[Path, ...]:
        """The run files written so far (for tests and for whoever watches the disk)."""
        return tuple(self._runs)

    def add(self, line: str) -> None:
        self._check_open()
        self._buffer.append(line)
        if len(self._buffer) >= self.buffer_lines:
            self._spill()

    def extend(self, lines: Iterable[str]) -> None:
        self._check_open()
        pending = iter(lines)
        while True:
            buffer = self._buffer  # a new list after every spill
            room = self.buffer_lines - len(buffer)
            before = len(buffer)
            buffer.extend(islice(pending, room))
            if len(buffer) >= self.buffer_lines:
                self._spill()
            elif len(buffer) - before < room:
                return

    def __iter__(self) -> Iterator[str]:
        self._check_open()
        self._iterated = True
        rest = self._buffer
        self._buffer = []
        rest.sort()
        if not self._runs:
            return _distinct(rest)
        files = [self._open(run) for run in self._runs]
        return _distinct(heapq.merge(*files, rest))

    def close(self) -> None:
        """Close and remove the run files; the lines are gone."""
        self._iterated = True
        self._buffer = []
        for file in self._files:
            file.close()
        self._files = []
        for run in self._runs:
            run.unlink(missing_ok=True)
        self._runs = []

    def __enter__(self) -> SortedLines:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def _check_open(self) -> None:
        if self._iterated:
            raise ValueError("SortedLines was already read or closed")

    def _open(self, run: Path) -> TextIO:
        file = _open_run(run, "r")
        self._files.append(file)
        return file

    def _new_run(self) -> tuple[Path, TextIO]:
        handle, name = tempfile.mkstemp(prefix="sorted-", suffix=".run", dir=self.folder)
        return Path(name), _open_run(handle, "w")

    def _spill(self) -> None:
        # sorted in place and written in slices: no second copy of the buffer's text
        buffer = self._buffer
        buffer.sort()
        run = list(_distinct(buffer))
        buffer.clear()
        path, file = self._new_run()
        self._runs.append(path)
        with file:
            for start in range(0, len(run), _WRITE_LINES):
                text = "".join(run[start : start + _WRITE_LINES])
                lines = min(_WRITE_LINES, len(run) - start)
                if text.count("\n") != lines or not text.endswith("\n"):
                    raise ValueError("each line for SortedLines must end with its only newline")
                file.write(text)
        if len(self._runs) >= _MAX_RUNS:
            self._merge_runs()

    def _merge_runs(self) -> None:
        path, file = self._new_run()
        with file, ExitStack() as stack:
            inputs = [stack.enter_context(_open_run(run, "r")) for run in self._runs]
            file.writelines(_distinct(heapq.merge(*inputs)))
        for run in self._runs:
            run.unlink()
        self._runs = [path]


def _open_run(file: Path | int, mode: typing.Literal["r", "w"]) -> TextIO:
    """A run file: lines end in \\n only, and any text (even a lone surrogate) goes through."""
    return open(file, mode, encoding="utf-8", errors="surrogatepass", newline="\n")


def _distinct(lines: Iterable[str]) -> Iterator[str]:
    """Sorted lines without repeats."""
    previous = None
    for line in lines:
        if line != previous:
            yield line
            previous = line


# ---------------------------------------------------------------------------
# reading our own N-Triples lines back


def _by_subject(lines: Iterable[str]) -> Iterator[tuple[str, list[str]]]:
    """Consecutive lines grouped by subject; the subjects must ascend (sorted input).

    A line of the same subject is known by its start (one test, no key made per line).
    """
    subject: str | None = None
    head = ""  # the subject and its space
    group: list[str] = []
    for line in lines:
        if subject is not None and line.startswith(head):
            group.append(line)
            continue
        key = line[: line.find(" ")]
        if key == subject:  # a line with no space at all: grouped as its key says
            group.append(line)
            continue
        if subject is not None:
            yield subject, group
        if key <= (subject or ""):
            raise ValueError(f"N-Triples lines are not sorted: {key} comes again or late")
        subject, head, group = key, key + " ", [line]
    if subject is not None:
        yield subject, group


def _unescape_string(text: str) -> str:
    """The text an N-Triples string stands for (the inside of its quotes)."""
    if "\\" not in text:
        return text
    return _STRING_ESCAPE.sub(_unescape_match, text)


def _unescape_iri(text: str) -> str:
    """The IRI an N-Triples IRI reference (without brackets) stands for."""
    if "\\" not in text:
        return text
    return _IRI_ESCAPE.sub(_unescape_match, text)


def _unescape_match(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code:
        return chr(int(code, 16))
    return _UNESCAPE[match.group(3)]


def _literal_parts(term: str) -> tuple[str, str, str]:
    """A literal's quoted text, language tag and datatype (still in brackets)."""
    close = term.rfind('"')
    suffix = term[close + 1 :]
    if not suffix:
        return term, "", ""
    if suffix[0] == "@":
        return term[: close + 1], suffix[1:], ""
    if suffix.startswith("^^<"):
        return term[: close + 1], "", suffix[2:]
    raise ValueError(f"not an N-Triples literal: {term}")


# ---------------------------------------------------------------------------
# writing


class _Names:
    """Writes IRIs (as N-Triples writes them) as prefixed names where a namespace covers them."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        # longest namespace first, so "…/id/" wins over "…/"
        self.prefixes = sorted(prefixes.items(), key=lambda item: (-len(item[1]), item[0]))
        self.cache: dict[str, str] = {}
        # kept for Turtle's subject blocks: predicate -> (not rdf:type, written), and
        # literals with a datatype (dates, scores: they recur) -> written
        self.predicates: dict[str, tuple[bool, str]] = {}
        self.typed: dict[str, str] = {}

    def __call__(self, written: str) -> str:
        """`<iri>` -> `prefix:local`, or `<iri>` unchanged when no namespace covers it."""
        name = self.cache.get(written)
        if name is None:
            name = self.find(written)
            if len(self.cache) >= _NAME_CACHE:
                self.cache.clear()
            self.cache[written] = name
        return name

    def find(self, written: str) -> str:
        """The same, without the cache: for IRIs seen once, like each subject of a sorted graph."""
        text = written[1:-1]
        for prefix, namespace in self.prefixes:
            if text.startswith(namespace) and _LOCAL_NAME.match(text[len(namespace) :]):
                return f"{prefix}:{text[len(namespace) :]}"
        return written

    def predicate_key(self, predicate: str) -> tuple[bool, str]:
        """How Turtle orders and writes a predicate: rdf:type ("a") first, as people read it."""
        if len(self.predicates) >= _NAME_CACHE:
            self.predicates.clear()
        key = (False, "a") if predicate == _RDF_TYPE else (True, self(predicate))
        self.predicates[predicate] = key
        return key

    def typed_literal(self, written: str) -> str:
        """A literal with a datatype in its Turtle form (kept: such values recur)."""
        if len(self.typed) >= _NAME_CACHE:
            self.typed.clear()
        value = self.typed[written] = self.term(written)
        return value

    def term(self, written: str) -> str:
        """Any N-Triples term in its Turtle form."""
        first = written[0]
        if first == "<":
            return self(written)
        if first == '"' and written[-1] == ">":
            close = written.rfind('"')
            return written[: close + 3] + self(written[close + 3 :])
        return written  # a plain or language-tagged literal, a blank node

    def compact(self, written: str) -> str:
        """An IRI as JSON-LD writes it: a prefixed name, else the IRI itself."""
        name = self(written)
        return name if name[0] != "<" else _unescape_iri(written[1:-1])


def prefix_lines(prefixes: Mapping[str, str]) -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))


class _TurtleBody:
    """Turtle statements, one block per subject, blocks apart by an empty line."""

    def __init__(self, out: TextIO, names: _Names, indent: str = "") -> None:
        self.out = out
        self.names = names
        self.indent = indent
        self.separator = f" ;\n{indent}    "
        self.blocks = 0

    def subject(self, subject: str, lines: list[str]) -> None:
        names = self.names
        known, typed = names.cache, names.typed  # terms as written -> as Turtle writes them
        cut = len(subject) + 1
        # sorted lines: a predicate's lines come together (and never again)
        by_predicate: dict[str, list[str]] = {}
        current: str | None = None
        values: list[str] = []
        for line in lines:
            if line[-3:] != _LINE_END:
                raise ValueError(f"not an N-Triples line: {line!r}")
            predicate, _, obj = line[cut:-3].partition(" ")
            first = obj[0]
            if first == "<":
                value = known.get(obj) or names(obj)
            elif first == '"' and obj[-1] == ">":  # a literal with a datatype
                value = typed.get(obj) or names.typed_literal(obj)
            else:  # a plain or language-tagged literal, a blank node: as written
                value = obj
            if predicate != current:
                current = predicate
                values = by_predicate.setdefault(predicate, [])
            values.append(value)
        parts = []
        keys = names.predicates
        for predicate, values in by_predicate.items():
            key = keys.get(predicate) or names.predicate_key(predicate)
            written = values[0] if len(values) == 1 else ", ".join(sorted(set(values)))
            parts.append((key, written))
        parts.sort()
        gap = "\n" if self.blocks else ""  # an empty line between blocks
        written_subject = names.find(subject) if subject[0] == "<" else subject
        statements = self.separator.join([f"{p} {values}" for (_, p), values in parts])
        self.out.write(f"{gap}{self.indent}{written_subject} {statements} .\n")
        self.blocks += 1


def _predicates_objects(subject: str, lines: list[str]) -> list[tuple[str, str]]:
    """(predicate, object) of each of one subject's lines, as written (a list: a generator
    resumed per line cost the JSON-LD writer more than the list)."""
    cut = len(subject) + 1
    pairs = []
    for line in lines:
        if line[-3:] != _LINE_END:
            raise ValueError(f"not an N-Triples line: {line!r}")
        predicate, _, obj = line[cut:-3].partition(" ")
        pairs.append((predicate, obj))
    return pairs


class _JsonLd:
    """Flattened JSON-LD, laid out as json.dumps(indent=1, sort_keys=True) would.

    One node object per subject, keys and values sorted; the values are
    encoded by json's own C string encoder, not by json.dumps per value.
    """

    def __init__(self, out: TextIO, prefixes: Mapping[str, str]) -> None:
        self.out = out
        self.names = _Names(prefixes)
        self.values: dict[str, tuple[str, str]] = {}  # object as written -> _value's
        self.keys: dict[str, str] = {}  # predicate as written -> its key
        self.types: dict[str, tuple[str, str]] = {}  # class as written -> its @type value
        self.headers: dict[str, str] = {}  # key -> how its field begins
        self.nodes = 0
        if prefixes:
            context = ",\n".join(
                f"  {encode_basestring(p)}: {encode_basestring(ns)}"
                for p, ns in sorted(prefixes.items())
            )
            out.write(f'{{\n "@context": {{\n{context}\n }},\n "@graph": [')
        else:
            out.write('{\n "@context": {},\n "@graph": [')

    def subject(self, subject: str, lines: list[str]) -> None:
        known, keys, types = self.values, self.keys, self.types
        node_id = subject if subject[0] == "_" else _unescape_iri(subject[1:-1])
        # key -> (sort key, written value) pairs
        fields: dict[str, list[tuple[str, str]]] = {}
        for predicate, obj in _predicates_objects(subject, lines):
            if predicate == _RDF_TYPE and obj[0] == "<":
                key = "@type"
                found = types.get(obj)
                if found is None:
                    value = encode_basestring(self.names.compact(obj))
                    found = types[obj] = (value, "    " + value)
            else:
                known_key = keys.get(predicate)
                if known_key is None:
                    known_key = keys[predicate] = self.names.compact(predicate)
                key = known_key
                # objects recur (entities, classes, a sentence's statements): written once
                found = known.get(obj)
                if found is None:
                    found = known[obj] = self._value(obj)
            values = fields.get(key)
            if values is None:
                fields[key] = [found]
            else:
                values.append(found)
        if len(known) >= _NAME_CACHE or len(keys) + len(types) >= _NAME_CACHE:
            self._forget()
        headers = self.headers
        entries = [("@id", f'   "@id": {encode_basestring(node_id)}')]
        for key, values in fields.items():
            if len(values) > 1:
                values.sort()
            items = ",\n".join([written for _, written in values])
            header = headers.get(key)
            if header is None:  # the keys are the graph's predicates: few, and recurring
                header = headers[key] = f"   {encode_basestring(key)}: [\n"
            entries.append((key, f"{header}{items}\n   ]"))
        entries.sort()
        body = ",\n".join([written for _, written in entries])
        self.out.write(f"{',' if self.nodes else ''}\n  {{\n{body}\n  }}")
        self.nodes += 1

    def _forget(self) -> None:
        """Drop what was kept of earlier nodes: memory stays bounded on any input."""
        for kept in (self.values, self.keys, self.types, self.headers):
            kept.clear()

    def _value(self, obj: str) -> tuple[str, str]:
        """A value object's compact form (how json.dumps sorts it) and its written form."""
        first = obj[0]
        if first == '"':
            quoted, language, datatype = _literal_parts(obj)
            value = encode_basestring(_unescape_string(quoted[1:-1]))
            if language:
                key, extra = "@language", encode_basestring(language)
            elif datatype and datatype != _XSD_STRING:
                key, extra = "@type", encode_basestring(self.names.compact(datatype))
            else:
                return '{"@value": ' + value + "}", '    {\n     "@value": ' + value + "\n    }"
            return (
                f'{{"{key}": {extra}, "@value": {value}}}',
                f'    {{\n     "{key}": {extra},\n     "@value": {value}\n    }}',
            )
        value = encode_basestring(obj if first == "_" else _unescape_iri(obj[1:-1]))
        return '{"@id": ' + value + "}", '    {\n     "@id": ' + value + "\n    }"

    def close(self) -> None:
        self.out.write("\n ]\n}\n" if self.nodes else "]\n}\n")


def write_all(
    lines: Iterable[str],
    prefixes: Mapping[str, str],
    *,
    ntriples: TextIO | None = None,
    turtle: TextIO | None = None,
    jsonld: TextIO | None = None,
) -> None:
    """One pass over sorted, distinct N-Triples lines into any of three streams.

    A sorter can be read once; this lets one reading feed every syntax.
    """
    if turtle is None and jsonld is None:
        if ntriples is not None:
            ntriples.writelines(lines)
        return
    body = None
    if turtle is not None:
        turtle.write(prefix_lines(prefixes) + "\n")
        body = _TurtleBody(turtle, _Names(prefixes))
    document = _JsonLd(jsonld, prefixes) if jsonld is not None else None
    for subject, group in _by_subject(lines):
        if ntriples is not None:
            ntriples.write("".join(group))
        if body is not None:
            body.subject(subject, group)
        if document is not None:
            document.subject(subject, group)
    if document is not None:
        document.close()


def write_ntriples(lines: Iterable[str], out: TextIO) -> None:
    """N-Triples: the sorted, distinct lines as they are."""
    write_all(lines, {}, ntriples=out)


def write_turtle(lines: Iterable[str], out: TextIO, prefixes: Mapping[str, str]) -> None:
    """Turtle from sorted, distinct N-Triples lines, one subject block at a time."""
    write_all(lines, prefixes, turtle=out)


def write_jsonld(lines: Iterable[str], out: TextIO, prefixes: Mapping[str, str]) -> None:
    """Flattened JSON-LD from sorted, distinct N-Triples lines, one node at a time."""
    write_all(lines, prefixes, jsonld=out)


class TrigWriter:
    """TriG written graph by graph: the default graph first, then named graphs in IRI order.

    Each graph's lines must be sorted and distinct (as SortedLines yields them);
    an empty graph writes nothing.
    """

    def __init__(self, out: TextIO, prefixes: Mapping[str, str]) -> None:
        self.out = out
        self.names = _Names(prefixes)
        self._last: str | None = None
        self._started = False
        self._closed = False
        out.write(prefix_lines(prefixes))

    def default(self, lines: Iterable[str]) -> None:
        """The default graph; before any named graph, at most once."""
        self._check_open()
        if self._started:
            raise ValueError("the default graph must come first, and only once")
        self._started = True
        self._graph("{", lines)

    def graph(self, name: str, lines: Iterable[str]) -> None:
        """A named graph; names must ascend from call to call."""
        self.graph_text(name, named_graph(name, lines, self.names))

    def graph_text(self, name: str, text: str) -> None:
        """A named graph already written by `named_graph` (perhaps in another process)."""
        self._check_open()
        if self._last is not None and name <= self._last:
            raise ValueError(f"named graph {name} comes after {self._last}: not in order")
        self._last = name
        self._started = True
        self.out.write(text)

    def close(self) -> None:
        """The end of the document; nothing can be added after it."""
        self._closed = True

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("the TriG document is closed")

    def _graph(self, opening: str, lines: Iterable[str]) -> None:
        _graph_block(self.out, opening, lines, self.names)


def named_graph(name: str, lines: Iterable[str], names: Mapping[str, str] | _Names) -> str:
    """One named graph's TriG block (empty for no lines), as TrigWriter writes it.

    A block depends on nothing but its own lines and the prefixes, so the blocks of
    different graphs can be made apart (in other processes) and written in order.
    `names` is the prefixes, or the _Names of a TrigWriter (to share its cache).
    """
    if not isinstance(names, _Names):
        names = _names(tuple(sorted(names.items())))
    out = io.StringIO()
    _graph_block(out, f"{iri(name)} {{", lines, names)
    return out.getvalue()


@cache
def _names(prefixes: tuple[tuple[str, str], ...]) -> _Names:
    """One _Names (and its cache) per set of prefixes, for the blocks made one by one."""
    return _Names(dict(prefixes))


def _graph_block(out: TextIO, opening: str, lines: Iterable[str], names: _Names) -> None:
    body = None
    for subject, group in _by_subject(lines):
        if body is None:
            out.write(f"\n{opening}\n")
            body = _TurtleBody(out, names, "    ")
        body.subject(subject, group)
    if body is not None:
        out.write("}\n")


# ---------------------------------------------------------------------------
# whole graphs in memory, on the same writers


def ntriples(triples: Iterable[Triple]) -> str:
    """N-Triples, one line per distinct triple, lines sorted."""
    out = io.StringIO()
    write_ntriples(_sorted_lines(triples), out)
    return out.getvalue()


def turtle(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> str:
    """Turtle grouped by subject, everything sorted."""
    out = io.StringIO()
    write_turtle(_sorted_lines(triples), out, prefixes)
    return out.getvalue()


def trig(
    default: Iterable[Triple],
    named: Mapping[URIRef, Iterable[Triple]],
    prefixes: Mapping[str, str],
) -> str:
    """TriG: the default graph first, then each named graph in IRI order."""
    out = io.StringIO()
    writer = TrigWriter(out, prefixes)
    writer.default(_sorted_lines(default))
    for name in sorted(named, key=str):
        writer.graph(str(name), _sorted_lines(named[name]))
    writer.close()
    return out.getvalue()


def jsonld(triples: Iterable[Triple], prefixes: Mapping[str, str]) -> str:
    """Flattened JSON-LD: one node object per subject, keys and values sorted."""
    out = io.StringIO()
    write_jsonld(_sorted_lines(triples), out, prefixes)
    return out.getvalue()
