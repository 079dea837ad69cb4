"""Reading: every kind of input becomes Articles, every bad input one clear InputError."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import socket
from collections.abc import Callable
from pathlib import Path

import pytest

from newsgraph.errors import InputError
from newsgraph.models import Article
from newsgraph.reading import (
    article_from_html,
    article_from_text,
    decode_bytes,
    iter_articles,
    read_articles,
)

STORY = (
    "The city council voted on Thursday to close the old bridge to cars.\n"
    "Engineers had found cracks in two of its supports, the mayor said."
)
HTML_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head>
<title>Council shuts old bridge to cars | Riverside Gazette</title>
<meta property="og:title" content="Council shuts old bridge to cars">
<meta name="author" content="Ines Duarte">
<meta property="og:site_name" content="Riverside Gazette">
<meta property="article:published_time" content="2022-05-12T09:30:00Z">
<link rel="canonical" href="https://gazette.example/local/bridge">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>
<li><a href="/sport">Sport</a></li></ul></nav>
<article>
<h1>Council shuts old bridge to cars</h1>
<p>The city council voted on Thursday to close the old bridge to cars after engineers found
cracks in two of its supports, the mayor said at a press conference.</p>
<p>Cyclists and pedestrians may still cross while repairs are planned, a council spokeswoman
said. The work is expected to take at least eighteen months and cost several million euros.</p>
<p>Shop owners near the bridge warned that the closure would hurt trade during the summer.</p>
</article>
<footer><a href="/about">About us</a> <a href="/contact">Contact</a></footer>
</body></html>
"""
NAV_ONLY_HTML = """<!DOCTYPE html><html><head><title>Menu</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/about">About</a></li></ul></nav>
<script>var tracking = 1;</script>
</body></html>
"""


def write(path: Path, data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return str(path)


def random_text_free_bytes(n: int) -> bytes:
    rng = random.Random(7)
    return bytes(rng.randrange(1, 256) for _ in range(n))  # no NUL: must fail on other grounds


# --- bad inputs -------------------------------------------------------------------

BAD_FILES: list[tuple[str, str, bytes | Callable[[], bytes], str]] = [
    ("missing", "nowhere.txt", b"", "no such file"),
    ("empty", "empty.txt", b"", "is empty"),
    ("whitespace only", "blank.txt", b"  \n\t\n   \n", "only whitespace"),
    (
        "only boilerplate",
        "furniture.txt",
        b"By Ana Lima\nAdvertisement\nCopyright 2021 Tidewater Media\n",
        "no news text left",
    ),
    ("binary with NUL bytes", "blob.txt", b"abc\x00\x01\x02\x00def" * 20, "binary"),
    ("PDF magic", "report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "PDF"),
    ("ZIP magic", "archive.txt", b"PK\x03\x04\x14\x00\x00\x00", "ZIP"),
    ("PNG magic", "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
    ("random bytes", "noise.txt", lambda: random_text_free_bytes(4000), "encoding"),
    ("control characters", "ctrl.txt", bytes(range(1, 9)) * 50 + b"word " * 20, "binary"),
    ("HTML with only navigation", "menu.html", NAV_ONLY_HTML.encode(), "no article text"),
    ("unsupported suffix", "slides.pptx", b"whatever", "unsupported file type '.pptx'"),
    ("huge input", "huge.txt", (STORY + "\n") * 200, "huge input"),
]


@pytest.mark.parametrize(
    "name, data, expected", [row[1:] for row in BAD_FILES], ids=[row[0] for row in BAD_FILES]
)
def test_bad_file_raises_one_line_naming_it(
    tmp_path: Path, name: str, data: bytes | Callable[[], bytes], expected: str
) -> None:
    path = tmp_path / name
    if name != "nowhere.txt":
        write(path, data() if callable(data) else data)
    with pytest.raises(InputError) as info:
        read_articles([str(path)], max_bytes=10_000)
    message = str(info.value)
    assert expected.lower() in message.lower()
    assert str(path) in message
    assert "\n" not in message
    assert ";" in message  # what is wrong; how to mend it


def test_huge_input_says_the_limit_and_how_to_split(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt", STORY * 100)
    with pytest.raises(InputError, match=r"limit of 1,000 bytes.*split"):
        read_articles([path], max_bytes=1000)


def test_folder_without_articles(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "# not an article")
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match=r"folder has no \.txt, \.html, \.htm or \.jsonl files"):
        read_articles([str(tmp_path)])


def test_missing_input_fails_before_anything_is_read(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", STORY)
    articles = iter_articles([good, str(tmp_path / "gone.txt")])
    with pytest.raises(InputError, match="gone.txt: no such file"):
        next(articles)


def test_no_articles_found_when_every_input_is_bad(tmp_path: Path) -> None:
    bad = write(tmp_path / "empty.txt", b"")
    reported: list[str] = []
    with pytest.raises(InputError, match="no articles found in"):
        read_articles([bad], on_error=lambda source, error: reported.append(source))
    assert reported == [bad]


# --- encodings --------------------------------------------------------------------

LATIN = (
    "Le président a visité Genève mercredi; à Zürich, Müller et Señora Núñez l'ont "
    "reçu. « Ça s'est très bien passé », a déclaré le maire."
)


@pytest.mark.parametrize(
    "data, text",
    [
        (STORY.encode("utf-8"), STORY),
        (b"\xef\xbb\xbf" + STORY.encode("utf-8"), STORY),
        (STORY.encode("utf-16"), STORY),  # with its BOM
        (STORY.encode("utf-16-be").join([b"\xfe\xff", b""]), STORY),
        (STORY.encode("utf-16-le"), STORY),  # no BOM, but plainly UTF-16
        (STORY.encode("utf-16-be"), STORY),
        (LATIN.encode("latin-1"), LATIN),
        (LATIN.encode("cp1252"), LATIN),
        (
            "The “smart” quotes cost €3 — a café’s price.".encode("cp1252"),
            "The “smart” quotes cost €3 — a café’s price.",
        ),
    ],
)
def test_decode_bytes_accepts_text_in_known_encodings(data: bytes, text: str) -> None:
    assert decode_bytes(data, source="x.txt") == text


def test_latin1_file_reads_with_accents(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.txt", LATIN.encode("latin-1"))
    [article] = read_articles([path])
    assert "Genève" in article.text and "Müller" in article.text


def test_utf16_file_with_bom_reads(tmp_path: Path) -> None:
    path = write(tmp_path / "wide.txt", STORY.encode("utf-16"))
    [article] = read_articles([path])
    assert article.text == STORY


# --- kinds of input ---------------------------------------------------------------


def test_text_file_gives_a_stable_article(tmp_path: Path) -> None:
    path = write(tmp_path / "bridge.txt", f"Friday, May 13, 2022\n\n{STORY}\n\nBy Ana Lima\n")
    [article] = read_articles([path])
    digest = hashlib.sha256(STORY.encode("utf-8")).hexdigest()
    assert article == Article(
        id=digest[:16],
        text=STORY,
        source=path,
        title="Bridge",
        author="Ana Lima",
        date="2022-05-13",
        content_hash=digest,
    )


def test_same_text_same_id_whatever_the_source(tmp_path: Path) -> None:
    a = article_from_text(STORY, source="one.txt")
    b = article_from_text(f"Advertisement\n{STORY}\n", source="two.txt")
    assert a.id == b.id and a.content_hash == b.content_hash


def test_html_article_has_text_and_metadata(tmp_path: Path) -> None:
    path = write(tmp_path / "bridge.html", HTML_ARTICLE)
    [article] = read_articles([path])
    assert article.title == "Council shuts old bridge to cars"
    assert article.author == "Ines Duarte"
    assert article.publisher == "Riverside Gazette"
    assert article.date == "2022-05-12"
    assert article.url == "https://gazette.example/local/bridge"
    assert "cracks in two of its supports" in article.text
    assert "Home" not in article.text and "About us" not in article.text


def test_html_extraction_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during HTML extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    article = article_from_html(HTML_ARTICLE, source="page.html")
    assert "old bridge" in article.text


def test_htm_suffix_and_html_in_a_txt_file_are_read_as_html(tmp_path: Path) -> None:
    htm = write(tmp_path / "a.htm", HTML_ARTICLE)
    txt = write(tmp_path / "b.txt", HTML_ARTICLE)
    for article in read_articles([htm, txt]):
        assert article.title == "Council shuts old bridge to cars"
        assert "<p>" not in article.text


def test_folder_is_read_recursively_in_sorted_order(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "a.txt",
        "sub/c.txt",
        "sub/deeper/d.html",
        "z.txt",
        ".hidden.txt",
        "notes.md",
    ]:
        body = (
            HTML_ARTICLE.replace("Thursday", name)
            if name.endswith(".html")
            else f"Story {name} says the council met on Thursday."
        )
        write(tmp_path / name, body)
    sources = [a.source for a in read_articles([str(tmp_path)])]
    assert sources == [
        os.path.join(str(tmp_path), name)
        for name in ["a.txt", "b.txt", "sub/c.txt", "sub/deeper/d.html", "z.txt"]
    ]


def test_inputs_keep_their_given_order(tmp_path: Path) -> None:
    b = write(tmp_path / "b.txt", "Story b says the council met.")
    a = write(tmp_path / "a.txt", "Story a says the council met.")
    assert [x.source for x in read_articles([b, a])] == [b, a]


def test_folder_reports_and_skips_bad_files(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", "The first story says the council met.")
    write(tmp_path / "2.txt", b"")
    write(tmp_path / "3.txt", b"%PDF-1.4 rest")
    write(tmp_path / "4.txt", "The fourth story says the council met again.")
    reported: list[tuple[str, str]] = []
    articles = read_articles(
        [str(tmp_path)], on_error=lambda source, error: reported.append((source, str(error)))
    )
    assert [Path(a.source).name for a in articles] == ["1.txt", "4.txt"]
    assert [Path(s).name for s, _ in reported] == ["2.txt", "3.txt"]
    assert "empty" in reported[0][1] and "PDF" in reported[1][1]


def test_folder_without_on_error_stops_at_the_first_bad_file(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", "The first story says the council met.")
    write(tmp_path / "2.txt", b"")
    seen = []
    with pytest.raises(InputError, match="2.txt is empty"):
        for article in iter_articles([str(tmp_path)]):
            seen.append(article)
    assert len(seen) == 1


# --- JSONL ------------------------------------------------------------------------


def corpus_lines() -> list[str]:
    return [
        json.dumps(
            {
                "id": "n1",
                "text": "Friday, January 4, 2019\n\nThe council met on Friday.",
                "title": "Council meets",
                "url": "https://news.example/1",
            }
        ),
        "",
        '{"id": "n2", "text": "broken',
        json.dumps(
            {
                "id": "n3",
                "text": "The mayor resigned.",
                "date": "2020-02-03",
                "author": ["Ana Lima", "Bo Park"],
            }
        ),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "n5", "title": "no text here"}),
        json.dumps({"text": "Unnamed story about a flood.", "html": "<p>ignored</p>"}),
    ]


def test_jsonl_with_on_error_skips_and_reports_bad_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "\n".join(corpus_lines()) + "\n")
    reported: list[tuple[str, str]] = []
    articles = read_articles([path], on_error=lambda s, e: reported.append((s, str(e))))
    assert [a.source for a in articles] == [f"{path}#n1", f"{path}#n3", f"{path}:7"]
    first, second, third = articles
    assert (first.title, first.url, first.date, first.text) == (
        "Council meets",
        "https://news.example/1",
        "2019-01-04",
        "The council met on Friday.",
    )
    assert (second.date, second.author) == ("2020-02-03", "Ana Lima; Bo Park")
    assert third.text == "Unnamed story about a flood."
    assert [s for s, _ in reported] == [f"{path}:3", f"{path}:5", f"{path}:6"]
    assert "line 3 is not valid JSON" in reported[0][1]
    assert "not an object" in reported[1][1]
    assert 'no "text"' in reported[2][1]


def test_jsonl_without_on_error_raises_with_the_line_number(tmp_path: Path) -> None:
    path = write(tmp_path / "corpus.jsonl", "\n".join(corpus_lines()))
    with pytest.raises(InputError, match=r"corpus\.jsonl: line 3 is not valid JSON"):
        read_articles([path])


def test_jsonl_line_over_the_limit_is_reported_and_reading_goes_on(tmp_path: Path) -> None:
    long_line = json.dumps({"text": "word " * 500})
    short_line = json.dumps({"text": "The council met."})
    path = write(tmp_path / "c.jsonl", f"{long_line}\n{short_line}\n")
    reported: list[str] = []
    articles = read_articles([path], max_bytes=1000, on_error=lambda s, e: reported.append(str(e)))
    assert [a.text for a in articles] == ["The council met."]
    assert len(reported) == 1 and "line 1 is 2,5" in reported[0] and "limit of 1,000" in reported[0]


def test_jsonl_html_field_is_extracted(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", json.dumps({"id": "h", "html": HTML_ARTICLE}) + "\n")
    [article] = read_articles([path])
    assert article.title == "Council shuts old bridge to cars"
    assert "cracks" in article.text


def test_empty_jsonl_has_no_articles(tmp_path: Path) -> None:
    path = write(tmp_path / "c.jsonl", "\n\n")
    with pytest.raises(InputError, match="has no JSON lines"):
        read_articles([path])


# --- standard input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "stream",
    [
        io.StringIO(STORY),
        io.BytesIO(STORY.encode("utf-8")),
        io.TextIOWrapper(io.BytesIO(STORY.encode("cp1252")), encoding="utf-8"),
    ],
)
def test_stdin_text(stream: io.IOBase) -> None:
    [article] = read_articles(["-"], stdin=stream)  # type: ignore[arg-type]
    assert article.source == "-"
    assert article.text == STORY


def test_stdin_html_is_detected() -> None:
    [article] = read_articles(["-"], stdin=io.BytesIO(HTML_ARTICLE.encode()))
    assert article.title == "Council shuts old bridge to cars"


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "standard input is empty"),
        (b"\x00\x01binary\x00" * 10, "standard input is a binary file"),
        (STORY.encode() * 50, "standard input is a huge input"),
    ],
)
def test_bad_stdin(data: bytes, expected: str) -> None:
    with pytest.raises(InputError, match=expected):
        read_articles(["-"], stdin=io.BytesIO(data), max_bytes=2000)


def test_html_copyright_in_the_footer_becomes_metadata() -> None:
    page = HTML_ARTICLE.replace(
        "<footer>",
        '<footer><p class="legal">Copyright © 2022 Riverside Media Ltd. All rights reserved.</p>',
    )
    article = article_from_html(page, source="page.html")
    assert article.copyright == "Copyright © 2022 Riverside Media Ltd. All rights reserved."
    assert "Copyright" not in article.text


def test_html_in_its_declared_legacy_charset(tmp_path: Path) -> None:
    page = HTML_ARTICLE.replace("<head>", '<head><meta charset="windows-1252">').replace(
        "several million euros", "several million euros (“about €4m”) for Señor Núñez’s firm"
    )
    path = write(tmp_path / "legacy.html", page.encode("cp1252"))
    [article] = read_articles([path])
    assert "“about €4m”) for Señor Núñez’s firm" in article.text


def test_missing_input_is_reported_and_skipped_with_on_error(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", STORY)
    gone = str(tmp_path / "gone.txt")
    reported: list[tuple[str, str]] = []
    articles = read_articles([gone, good], on_error=lambda s, e: reported.append((s, str(e))))
    assert [a.source for a in articles] == [good]
    assert reported == [(gone, f"{gone}: no such file or folder; check the path")]



def test_a_pipe_given_by_name_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)  # reading it would block until someone writes
    with pytest.raises(InputError, match=r"story\.txt: not a regular file or folder .* '-'"):
        read_articles([str(fifo)])


def test_a_folder_reports_its_broken_links_and_pipes_and_reads_the_rest(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", STORY)
    (tmp_path / "b.txt").symlink_to(tmp_path / "moved-away.txt")
    os.mkfifo(tmp_path / "c.txt")
    reported: list[tuple[str, str]] = []
    articles = read_articles([str(tmp_path)],
                             on_error=lambda s, e: reported.append((s, str(e))))
    assert [a.source for a in articles] == [good]
    assert [source for source, _ in reported] == [str(tmp_path / "b.txt"),
                                                 str(tmp_path / "c.txt")]
    assert "broken link (to " in reported[0][1] and "moved-away.txt" in reported[0][1]
    assert "not a regular file" in reported[1][1]

STORM_PAGE = """<html><head><title>Storm cuts power to coastal towns - Bay Herald</title></head>
<body><header><a href="/">Bay Herald</a><nav><a href="/news">News</a></nav></header>
<main><article>
<h1>Storm cuts power to coastal towns</h1>
<div class="byline">By Rosa Delgado</div>
<time datetime="2023-11-02">November 2, 2023</time>
<figure><img src="a.jpg"><figcaption>Linemen repair a pole on Wednesday.
Photo: Sam Reyes/Bay Herald</figcaption></figure>
<p>A winter storm knocked out power to 40,000 homes along the coast on Wednesday, the utility
said.</p>
<p>Crews from three neighbouring states arrived overnight to help restore lines, and most
customers should have power back by Friday.</p>
<p>Sign up for our weather alerts newsletter.</p>
<p>Schools in two districts stayed closed, and the governor urged residents to avoid travel.</p>
<p>Write to Rosa Delgado at rosa.delgado@bayherald.example</p>
</article></main>
<footer>© 2023 Bay Herald Media LLC. All rights reserved.</footer></body></html>"""


def test_html_page_furniture_becomes_metadata_not_text() -> None:
    article = article_from_html(STORM_PAGE, source="storm.html")
    assert article.text.splitlines() == [
        "A winter storm knocked out power to 40,000 homes along the coast on Wednesday, "
        "the utility said.",
        "Crews from three neighbouring states arrived overnight to help restore lines, and most "
        "customers should have power back by Friday.",
        "Schools in two districts stayed closed, and the governor urged residents to avoid travel.",
    ]
    assert (article.title, article.author, article.date) == (
        "Storm cuts power to coastal towns",
        "Rosa Delgado",
        "2023-11-02",
    )
    assert article.copyright == "© 2023 Bay Herald Media LLC. All rights reserved."
    assert article.publisher == "Bay Herald Media LLC"


def test_jsonl_corpus_may_be_larger_than_the_per_article_limit(tmp_path: Path) -> None:
    lines = [json.dumps({"text": f"Story {i} says the council met on Friday."}) for i in range(40)]
    path = write(tmp_path / "big.jsonl", "\n".join(lines))
    assert os.path.getsize(path) > 1000
    assert len(read_articles([path], max_bytes=1000)) == 40


def test_jsonl_article_with_only_boilerplate_names_its_line(tmp_path: Path) -> None:
    record = {"id": "x", "text": "By Ana Lima\nAdvertisement"}
    path = write(tmp_path / "c.jsonl", json.dumps(record) + "\n")
    with pytest.raises(InputError, match=r"c\.jsonl: line 1 has no news text left"):
        read_articles([path])


def test_docstring_examples_run() -> None:
    import doctest

    from newsgraph import reading

    assert doctest.testmod(reading).failed == 0


def test_text_file_without_a_headline_is_titled_by_its_file_name(tmp_path) -> None:
    from newsgraph.reading import read_articles

    path = tmp_path / "flood-warning_for-the-coast.txt"
    path.write_text("The river rose overnight and the town was evacuated.\n", encoding="utf-8")
    [article] = read_articles([str(path)])
    assert article.title == "Flood warning for the coast"


@pytest.mark.parametrize("text", ["!!! ... ?? --", "… — “” ‘’ • ***", "2024 12:30 +1 (5)"])
def test_text_without_a_word_is_no_article(text: str) -> None:
    with pytest.raises(InputError, match="holds no words"):
        article_from_text(text, source="marks.txt")


def test_a_folder_of_marks_skips_them_like_whitespace(tmp_path: Path) -> None:
    write(tmp_path / "in" / "marks.txt", "?!?! ... ---\n")
    write(tmp_path / "in" / "story.txt", STORY)
    reported: list[tuple[str, InputError]] = []
    articles = list(
        iter_articles([str(tmp_path / "in")], on_error=lambda s, e: reported.append((s, e)))
    )
    assert [a.source for a in articles] == [str(tmp_path / "in" / "story.txt")]
    assert [s for s, _ in reported] == [str(tmp_path / "in" / "marks.txt")]


def test_a_folder_that_cannot_be_listed_is_reported_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    write(locked / "story.txt", STORY)
    real = os.scandir

    def refuse(path: object) -> object:
        if os.fspath(path) == str(locked):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", str(locked))
        return real(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", refuse)
    reported: list[tuple[str, InputError]] = []
    assert list(iter_articles([str(locked)], on_error=lambda s, e: reported.append((s, e)))) == []
    [(source, error)] = reported
    assert source == str(locked)
    assert "cannot read the folder (Permission denied)" in str(error)
    assert "has no" not in str(error)


@pytest.mark.parametrize(
    "line, expected",
    [
        ('{"text": "abc', "(Unterminated string starting at column 10)"),
        ('{"text": bad}', "(Expecting value at column 10)"),
    ],
)
def test_jsonl_error_names_the_column_once(tmp_path: Path, line: str, expected: str) -> None:
    path = write(tmp_path / "c.jsonl", line)  # the last line, without its line break
    with pytest.raises(InputError) as info:
        read_articles([path])
    assert expected in str(info.value) and "at at" not in str(info.value)
