"""spaCy's attribute ruler, run as a table lookup: the same attributes at a tenth of the cost.

The English pipelines map each fine tag to its part of speech and morphology with
an attribute ruler: 179 Matcher rules, most of one token (`TAG == "NNS"`, or a tag
and a word), run over every token of every text. That is about an eighth of the
whole parse on news text. Each one-token rule's outcome is a function of the few
token attributes its patterns read (tag, lower-case form, dependency label, ...),
so the rules are evaluated once per distinct combination of those values and the
result is kept; the few rules of several tokens are checked only where their first
token matches. The attributes set are the ruler's: the same rules, applied in the
ruler's order (a later rule wins), through spaCy's own setter. A ruler whose
patterns use anything else (operators, extension attributes, comparisons) is left
to run as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

FACTORY = "newsgraph_attribute_rules"
# the token attributes a compiled pattern may read: string-valued ones and one flag
STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "ENT_TYPE", "SHAPE"})
FLAG_ATTRS = frozenset({"IS_SPACE", "IS_PUNCT", "IS_ALPHA", "IS_DIGIT", "IS_TITLE", "IS_UPPER"})

# distinct token values whose outcome is kept (about 300 bytes each); the 285 Wikinews
# articles of 2019-2020 (265,000 tokens) bring 41,000
MAX_KNOWN = 100_000

Predicate = Callable[[Any], bool]


@dataclass(frozen=True)
class _Rule:
    """One rule of the ruler: its patterns (each a list of per-token predicates), what it sets
    (spaCy's normalised attributes) and on which token of the match."""

    order: int
    patterns: tuple[tuple[tuple[tuple[int, Predicate], ...], ...], ...]
    attrs: dict[int, Any]
    index: int
    # per pattern, the (attribute, value) pairs of which its first token must have one
    # (from an equality or IN test; None: no such test), to look the rule up by
    firsts: tuple[frozenset[tuple[int, str]] | None, ...]


def _predicate(value: Any) -> Predicate | None:
    """A test of one token attribute's value, as the Matcher makes it; None if not supported."""
    if isinstance(value, bool):
        return lambda got: bool(got) == value
    if isinstance(value, str):
        return lambda got: bool(got == value)
    if isinstance(value, dict) and len(value) == 1:
        ((kind, arg),) = value.items()
        if kind in ("IN", "NOT_IN") and isinstance(arg, list):
            within, wanted = frozenset(arg), kind == "IN"
            return lambda got: (got in within) == wanted
        if kind == "REGEX" and isinstance(arg, str):
            regex = re.compile(arg)
            return lambda got: bool(regex.search(got))
    return None


def _first_values(spec: dict[str, Any], names: list[str]) -> frozenset[tuple[int, str]] | None:
    """The (attribute, value) pairs of which a token matching the spec has one, if it says."""
    for name, value in spec.items():
        if name in STRING_ATTRS and isinstance(value, str):
            return frozenset({(names.index(name), value)})
        if name in STRING_ATTRS and isinstance(value, dict) and list(value) == ["IN"]:
            return frozenset((names.index(name), str(v)) for v in value["IN"])
    return None


class CompiledRules:
    """The rules of an attribute ruler over the token attributes they read."""

    def __init__(self, vocab: Vocab, names: Sequence[str], rules: Sequence[_Rule]) -> None:
        self.vocab = vocab
        self.names = tuple(names)  # the attributes read, in key order
        self.flags = frozenset(i for i, name in enumerate(names) if name in FLAG_ATTRS)
        self.single = [r for r in rules if all(len(p) == 1 for p in r.patterns)]
        self.multi = [r for r in rules if any(len(p) > 1 for p in r.patterns)]
        self._always: list[_Rule] = []  # rules with a pattern that cannot be looked up
        self._by_value: dict[tuple[int, str], list[_Rule]] = {}
        for rule in rules:
            if any(firsts is None for firsts in rule.firsts):
                self._always.append(rule)
                continue
            for pair in frozenset().union(*(f for f in rule.firsts if f is not None)):
                self._by_value.setdefault(pair, []).append(rule)
        # key of a token's values -> (the attributes the one-token rules set, merged in
        # order; the multi-token rules whose first token matches this one)
        self._known: dict[tuple[int, ...], tuple[dict[int, Any], tuple[_Rule, ...]]] = {}

    @classmethod
    def of(cls, ruler: AttributeRuler) -> CompiledRules | None:
        """The ruler's rules compiled, or None if a pattern uses what this does not handle."""
        names: list[str] = []
        rules: list[_Rule] = []
        for order, (rule, attrs) in enumerate(zip(ruler.patterns, ruler.attrs, strict=True)):
            patterns, firsts = [], []
            given: Any = rule["patterns"]
            for pattern in given:
                if not isinstance(pattern, list) or not pattern:
                    return None  # a Doc pattern (PhraseMatcher style) or an empty one
                tokens = []
                for spec in pattern:
                    if not isinstance(spec, dict) or not spec:
                        return None
                    tests = []
                    for name, value in spec.items():
                        if name not in STRING_ATTRS | FLAG_ATTRS:
                            return None  # an operator, an extension, a length...
                        predicate = _predicate(value)
                        if predicate is None or (name in FLAG_ATTRS) != isinstance(value, bool):
                            return None
                        if name not in names:
                            names.append(name)
                        tests.append((names.index(name), predicate))
                    tokens.append(tuple(tests))
                patterns.append(tuple(tokens))
                firsts.append(_first_values(pattern[0], names))
            index = rule.get("index", 0)
            if not isinstance(index, int):
                return None
            rules.append(_Rule(order, tuple(patterns), attrs, index, tuple(firsts)))
        return cls(ruler.vocab, names, rules)

    def _values(self, key: tuple[int, ...]) -> list[Any]:
        strings = self.vocab.strings
        return [v if i in self.flags else strings[v] for i, v in enumerate(key)]

    def _lookup(self, key: tuple[int, ...]) -> tuple[dict[int, Any], tuple[_Rule, ...]]:
        found = self._known.get(key)
        if found is None:
            if len(self._known) >= MAX_KNOWN:  # a long corpus keeps bringing new words
                self._known.clear()
            values = self._values(key)

            def matches(token: tuple[tuple[int, Predicate], ...]) -> bool:
                return all(test(values[i]) for i, test in token)

            candidates = {rule.order: rule for rule in self._always}
            for pair in enumerate(values):
                for rule in self._by_value.get(pair, ()):
                    candidates[rule.order] = rule
            merged: dict[int, Any] = {}
            starting = []
            for order in sorted(candidates):
                rule = candidates[order]
                if not any(matches(pattern[0]) for pattern in rule.patterns):
                    continue
                if all(len(pattern) == 1 for pattern in rule.patterns):
                    merged.update(rule.attrs)
                else:
                    starting.append(rule)
            found = self._known[key] = (merged, tuple(starting))
        return found

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs  # what the ruler itself calls

        if not len(doc):
            return doc
        keys = [tuple(row) for row in doc.to_array(list(self.names)).tolist()]
        found = [self._lookup(key) for key in keys]
        extra: dict[int, list[_Rule]] = {}  # token -> the multi-token rules that set it
        for start, (_, starting) in enumerate(found):
            for rule in starting:
                for pattern in rule.patterns:
                    if not self._matches_at(keys, start, pattern):
                        continue
                    target = (start if rule.index >= 0 else start + len(pattern)) + rule.index
                    if start <= target < start + len(pattern):
                        extra.setdefault(target, []).append(rule)
        for i, (merged, _) in enumerate(found):
            if i in extra:
                merged = self._with_multi(keys[i], extra[i])
            if merged:
                set_token_attrs(doc[i], merged)
        return doc

    def _matches_at(
        self, keys: Sequence[tuple[int, ...]], start: int, pattern: Sequence[Any]
    ) -> bool:
        if start + len(pattern) > len(keys):
            return False
        for key, token in zip(keys[start : start + len(pattern)], pattern, strict=True):
            values = self._values(key)
            if not all(test(values[i]) for i, test in token):
                return False
        return True

    def _with_multi(self, key: tuple[int, ...], multi: Iterable[_Rule]) -> dict[int, Any]:
        """A token's attributes when multi-token rules set it too: all rules, in order."""
        values = self._values(key)
        hits = {rule.order: rule for rule in multi}
        for rule in self.single:
            if any(all(test(values[i]) for i, test in p[0]) for p in rule.patterns):
                hits[rule.order] = rule
        merged: dict[int, Any] = {}
        for order in sorted(hits):
            merged.update(hits[order].attrs)
        return merged


def compile_attribute_ruler(nlp: Language) -> bool:
    """Put a compiled copy in place of the pipeline's one attribute ruler; whether it did.

    The ruler stays in the pipeline, disabled (it still serializes); the copy runs
    where it ran.
    """
    from spacy.language import Language
    from spacy.pipeline import AttributeRuler

    found = [(name, pipe) for name, pipe in nlp.pipeline if isinstance(pipe, AttributeRuler)]
    if len(found) != 1:
        return False
    name, ruler = found[0]
    try:  # the setter spaCy's ruler uses; a spaCy that moved it keeps its own ruler
        from spacy.tokens._retokenize import set_token_attrs  # noqa: F401
    except ImportError:
        return False
    compiled = CompiledRules.of(ruler)
    if compiled is None:
        return False
    if not Language.has_factory(FACTORY):
        Language.factory(FACTORY, func=_make_placeholder)
    component = nlp.add_pipe(FACTORY, name=f"{name}_compiled", after=name)
    assert isinstance(component, _Compiled)
    component.rules = compiled
    nlp.disable_pipe(name)
    return True


class _Compiled:
    """The pipeline component: runs the compiled rules it is given."""

    def __init__(self) -> None:
        self.rules: CompiledRules | None = None

    def __call__(self, doc: Doc) -> Doc:
        assert self.rules is not None, "compile_attribute_ruler gives the component its rules"
        return self.rules(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


def _make_placeholder(nlp: Language, name: str) -> _Compiled:
    return _Compiled()
