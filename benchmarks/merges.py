"""Which names end on one node, judged by careful readers (run by hand).

The articles are those of benchmarks/precision.py (40 Wikinews articles drawn with a
fixed seed), analysed in this process as `newsgraph build` does: parse, extract,
resolve, then merge across the drawn articles. Readers write, from the article alone
(never from any output), two kinds of lines into judged/merges.jsonl (it only grows):

- {"article", "same": [forms], "text"}: the surface forms of ONE actor in that article;
- {"article", "different": [form A, form B], "text"}: two actors easily confused.

Second readers answer, blind, whether two forms of an article are one actor, on a sample
of pairs drawn from both kinds of line and from every group that splits
(judged/merges_second.jsonl: {"article", "first", "second", "answer": "same" | "different" |
"unsure", "why", "judge"}); where several answered one pair, most of them decide it (a tie
is unsure). The report counts where they agree with the judged lines, and marks a split
group they call two actors: a disputed expectation, not a clear miss.

A form is found when it equals, ignoring case, a leading "the" and a trailing "'s",
the label or an alt label of an entity of that article after the cross-article merge.
A "same" group holds when one node carries every form found (at least two found), is
split otherwise; its forms found on no node are listed apart (that is mention
coverage, not a merge error). A "different" pair is wrong when one node carries both.

    python benchmarks/merges.py --collect DIR   # merge DIR/merges/*.jsonl, then report
    python benchmarks/merges.py                 # analyse the drawn articles, report
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from precision import HERE, draw, merged_articles, read_corpus, read_jsonl, write_jsonl

MERGES = HERE / "judged" / "merges.jsonl"
SECOND = HERE / "judged" / "merges_second.jsonl"

_THE = re.compile(r"^the\s+", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?$")


def form(text: str) -> str:
    """A name as compared: case folded, no leading "the", no trailing "'s"."""
    text = " ".join(text.split()).casefold()
    return _POSSESSIVE.sub("", _THE.sub("", text)).strip()


def line_key(item: Mapping) -> tuple[str, str, tuple[str, ...]]:
    """One judgment per article and set of forms (a pair in either order is one)."""
    kind = "same" if "same" in item else "different"
    return item["article"], kind, tuple(sorted(form(f) for f in item[kind]))


def valid(item: object) -> bool:
    if not isinstance(item, dict) or not isinstance(item.get("article"), str):
        return False
    forms = item.get("same", item.get("different"))
    if not isinstance(forms, list) or not all(isinstance(f, str) and f.strip() for f in forms):
        return False
    return len(forms) >= 2 and ("same" in item) != ("different" in item)


def collect(folder: Path, target: Path = MERGES) -> int:
    """Merge folder/merges/*.jsonl into `target`: it only grows; the first line of a key stays."""
    kept: dict[tuple[str, str, tuple[str, ...]], dict] = {}
    fresh = [item for path in sorted((folder / "merges").glob("*.jsonl"))
             for item in read_jsonl(path)]
    for item in read_jsonl(target) + fresh:
        if valid(item):
            kept.setdefault(line_key(item), item)
    write_jsonl(target, kept.values())
    return len(kept)


# ---------------------------------------------------------------- matching


Nodes = Mapping[str, frozenset[str]]  # a node's key -> the forms of its names


def nodes_of(entities: Iterable) -> dict[str, frozenset[str]]:
    """Each entity's key with the compared forms of its label and alt labels."""
    return {e.key: frozenset(form(n) for n in (e.label, *e.alt_labels)) for e in entities}


def carriers(name: str, nodes: Nodes) -> set[str]:
    return {key for key, names in nodes.items() if form(name) in names}


@dataclass
class Report:
    held: list[dict] = field(default_factory=list)
    split: list[tuple[dict, dict[str, list[str]]]] = field(default_factory=list)
    unmeasured: list[dict] = field(default_factory=list)  # fewer than two forms found
    not_found: list[tuple[dict, list[str]]] = field(default_factory=list)
    apart: list[dict] = field(default_factory=list)
    shared: list[tuple[dict, list[str]]] = field(default_factory=list)
    pairs_unmeasured: list[dict] = field(default_factory=list)


def judge(lines: Sequence[Mapping], nodes: Mapping[str, Nodes]) -> Report:
    """Hold every reader's line against the nodes of its article (article id -> nodes)."""
    report = Report()
    for item in lines:
        article = nodes.get(item["article"], {})
        if "same" in item:
            found = {name: carriers(name, article) for name in item["same"]}
            missing = [name for name, keys in found.items() if not keys]
            if missing:
                report.not_found.append((dict(item), missing))
            found = {name: keys for name, keys in found.items() if keys}
            if len({form(n) for n in found}) < 2:
                report.unmeasured.append(dict(item))
            elif set.intersection(*found.values()):
                report.held.append(dict(item))
            else:
                report.split.append((dict(item), {n: sorted(k) for n, k in found.items()}))
        else:
            first, second = (carriers(name, article) for name in item["different"])
            if not first or not second:
                report.pairs_unmeasured.append(dict(item))
            elif first & second:
                report.shared.append((dict(item), sorted(first & second)))
            else:
                report.apart.append(dict(item))
    return report


def second_answers(second: Iterable[Mapping]) -> dict[tuple[str, frozenset[str]], str]:
    """The blind readers' answer for (article, the pair's two forms as compared): the one
    most of them gave, "same" or "different", or "unsure" on a tie or when none could tell."""
    votes: dict[tuple[str, frozenset[str]], Counter[str]] = defaultdict(Counter)
    for item in second:
        pair = (item["article"], frozenset({form(item["first"]), form(item["second"])}))
        votes[pair][item["answer"]] += 1
    answers = {}
    for pair, count in votes.items():
        same, different = count["same"], count["different"]
        answers[pair] = "same" if same > different else "different" if different > same \
            else "unsure"
    return answers


def disputed(item: Mapping, answers: Mapping[tuple[str, frozenset[str]], str]) -> bool:
    """Does the second reader call two forms of a "same" line two actors?"""
    forms = [form(f) for f in item["same"]]
    return any(answers.get((item["article"], frozenset({a, b}))) == "different"
               for i, a in enumerate(forms) for b in forms[i + 1:])


def second_agreement(lines: Iterable[Mapping], answers: Mapping[tuple[str, frozenset[str]], str]
                     ) -> tuple[int, int]:
    """(pairs both readers answered, pairs they answered alike) over the judged lines."""
    asked = agreed = 0
    for item in lines:
        kind = "same" if "same" in item else "different"
        forms = [form(f) for f in item[kind]]
        for i, a in enumerate(forms):
            for b in forms[i + 1:]:
                answer = answers.get((item["article"], frozenset({a, b})))
                if answer in ("same", "different"):
                    asked += 1
                    agreed += answer == kind
    return asked, agreed


def print_report(report: Report, answers: Mapping[tuple[str, frozenset[str]], str]
                 = MappingProxyType({})) -> None:
    same = len(report.held) + len(report.split)
    pairs = len(report.apart) + len(report.shared)
    print(f"same groups: {same} measured, {len(report.held)} hold, {len(report.split)} split; "
          f"{len(report.unmeasured)} with fewer than two forms found")
    print(f"different pairs: {pairs} measured, {len(report.shared)} share a node; "
          f"{len(report.pairs_unmeasured)} with a form not found")
    print(f"groups with forms found on no node: {len(report.not_found)}")
    doubted = [item for item, _ in report.split if disputed(item, answers)]
    print(f"split groups a blind second reader calls two actors (disputed): {len(doubted)}")
    print("\n== split (forms -> the nodes carrying them)")
    for item, found in report.split:
        mark = "  [disputed: a second reader sees two actors]" if item in doubted else ""
        print(f"{item['article']}: " + "; ".join(f"{n} -> {', '.join(k)}"
                                                 for n, k in found.items()) + mark)
    print("\n== different actors on one node")
    for item, keys in report.shared:
        print(f"{item['article']}: {' / '.join(item['different'])} -> {', '.join(keys)}")
    print("\n== forms found on no node (mention coverage, not merging)")
    for item, missing in report.not_found:
        print(f"{item['article']}: {', '.join(missing)}  (of {' | '.join(item['same'])})")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--collect", type=Path, metavar="DIR",
                        help="first merge the readers' DIR/merges/*.jsonl into judged/")
    args = parser.parse_args(argv)
    if args.collect:
        if not (args.collect / "merges").is_dir():
            print(f"error: no folder {args.collect / 'merges'}", file=sys.stderr)
            return 2
        print(f"judged: {collect(args.collect)} lines", file=sys.stderr)
    rows = draw(read_corpus())
    drawn = {row["id"] for row in rows}
    lines = [item for item in read_jsonl(MERGES) if item["article"] in drawn]
    nodes: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    for resolved in merged_articles(rows):
        nodes[resolved.article.source.rpartition("#")[2]] = nodes_of(resolved.entities)
    answers = second_answers(read_jsonl(SECOND)) if SECOND.exists() else {}
    asked, agreed = second_agreement(lines, answers)
    if asked:
        print(f"second reader, blind: {agreed} of {asked} pairs answered as the judged lines")
    print_report(judge(lines, nodes), answers)
    return 0


if __name__ == "__main__":
    sys.exit(main())
