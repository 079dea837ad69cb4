"""Reading articles from files, folders, JSONL corpora and standard input.

Every input becomes an `Article`: decoded, HTML reduced to the story's text
(with trafilatura, from the string, so nothing is fetched), cleaned of what is
not news (see `cleaning`), and identified by the hash of its cleaned text.

Anything that is not a readable news article raises `InputError` with one line
that names the input, says what is wrong and how to mend it. Readers of large
folders and corpora stream, holding one article at a time.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import logging
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from .cleaning import AUTHOR_SEPARATOR, clean_text, parse_copyright_line, parse_date_line
from .errors import InputError
from .models import Article

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SUFFIXES",
    "article_from_html",
    "article_from_text",
    "decode_bytes",
    "iter_articles",
    "read_articles",
]

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 10_000_000
SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_SUFFIX_LIST = ".txt, .html, .htm or .jsonl"
STDIN = "-"

ErrorHandler = Callable[[str, InputError], None]

# File signatures of formats people drop into a folder of articles by mistake.
_MAGIC: tuple[tuple[int, bytes, str, str], ...] = (
    (0, b"%PDF-", "a PDF document", "convert it to text first (e.g. pdftotext FILE.pdf)"),
    (0, b"PK\x03\x04", "a ZIP archive (or .docx/.odt/.epub)",
     "unpack it, or save the document as .txt"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image", "give the article's text, not a picture of it"),
    (0, b"\xff\xd8\xff", "a JPEG image", "give the article's text, not a picture of it"),
    (0, b"GIF87a", "a GIF image", "give the article's text, not a picture of it"),
    (0, b"GIF89a", "a GIF image", "give the article's text, not a picture of it"),
    (0, b"\x1f\x8b", "a gzip archive", "decompress it first (gunzip)"),
    (0, b"BZh", "a bzip2 archive", "decompress it first (bunzip2)"),
    (0, b"\xfd7zXZ\x00", "an xz archive", "decompress it first (unxz)"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", "unpack it first"),
    (0, b"Rar!\x1a\x07", "a RAR archive", "unpack it first"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document",
     "save it as .txt or .html"),
    (0, b"{\\rtf", "an RTF document", "save it as .txt"),
    (0, b"\x7fELF", "an executable program", "give an article file instead"),
    (0, b"SQLite format 3\x00", "an SQLite database", "export the articles as .jsonl"),
    (0, b"OggS", "an Ogg audio/video file", "give the article's text"),
    (0, b"ID3", "an MP3 audio file", "give the article's text"),
    (0, b"RIFF", "a RIFF media file (WAV/AVI/WebP)", "give the article's text"),
    (4, b"ftyp", "an MP4/MOV media file", "give the article's text"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Typographic marks a legacy (cp1252-style) news text legitimately contains.
_FINE_SYMBOLS = set("“”‘’„‚–—…•·«»‹›°©®™€£¥§¶†‡¡¿\u00a0\u00ad×÷±½¼¾¹²³")
_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|article|main|section|div|p|meta|title)\b",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)
_TAG = re.compile(r"<[^>]*>")
# A line that reads as prose: eight words or more ending in a full stop.
_SENTENCE = re.compile(r"(?:\S+\s+){7,}\S+[.!?][\"'”’)]?\s*$")


@dataclass(frozen=True)
class _Bad:
    """An input that failed, passed along so the caller decides: raise or report."""

    source: str
    error: InputError


def iter_articles(
    inputs: Sequence[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    on_error: ErrorHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article]:
    """Yield the articles of every input, in order, one at a time.

    An input is a .txt, .html/.htm or .jsonl file, a folder (its articles,
    recursively, in sorted order) or "-" (standard input, text or HTML). With
    `on_error` None the first bad input raises InputError (inputs that do not
    exist or have an unsupported type are checked before anything is read);
    otherwise each bad article is reported to `on_error(source, error)` and skipped.
    """
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [os.fspath(inputs)]
    if on_error is None:
        for given in inputs:
            problem = _precheck(given)
            if problem:
                raise problem
    for given in inputs:
        for item in _items(os.fspath(given), stdin, max_bytes):
            if isinstance(item, _Bad):
                if on_error is None:
                    raise item.error
                log.info("skipping %s: %s", item.source, item.error)
                on_error(item.source, item.error)
            else:
                yield item


def read_articles(
    inputs: Sequence[str],
    *,
    stdin: TextIO | BinaryIO | None = None,
    on_error: ErrorHandler | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[Article]:
    """Read every article of the inputs (as `iter_articles`); raise InputError if none is usable."""
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [os.fspath(inputs)]
    articles = list(iter_articles(inputs, stdin=stdin, on_error=on_error, max_bytes=max_bytes))
    if not articles:
        names = ", ".join(_display(os.fspath(i)) for i in inputs) or "the inputs"
        raise InputError(
            f"no articles found in {names}; give .txt, .html or .jsonl files with news text"
        )
    return articles


def article_from_text(
    text: str,
    *,
    source: str = "",
    title: str = "",
    author: str = "",
    publisher: str = "",
    date: str = "",
    copyright: str = "",
    url: str = "",
) -> Article:
    """Clean plain article text and wrap it as an Article.

    Metadata given here wins over what cleaning finds in the text (bylines,
    copyright and date lines). Raises InputError if no news text is left.

    >>> article_from_text("Rain fell.\\nBy Ann Lee", source="-").author
    'Ann Lee'
    """
    metadata = {"title": title, "author": author, "publisher": publisher, "date": date,
                "copyright": copyright, "url": url}
    return _build(text, source, _display(source) if source else "the article", metadata)


def article_from_html(
    html: str,
    *,
    source: str = "",
    title: str = "",
    author: str = "",
    publisher: str = "",
    date: str = "",
    copyright: str = "",
    url: str = "",
) -> Article:
    """Extract the story and its metadata from an HTML page (a string, never a URL).

    Metadata given here wins over what the page says.
    """
    metadata = {"title": title, "author": author, "publisher": publisher, "date": date,
                "copyright": copyright, "url": url}
    return _build_html(html, source, _display(source) if source else "the HTML page", metadata)


def _build(text: str, source: str, where: str, metadata: Mapping[str, str]) -> Article:
    """Clean the text and make the Article; `where` names the input in errors."""
    if not text.strip():
        raise InputError(f"{where} holds only whitespace; put the article text in it")
    if not _has_words(text):
        raise InputError(f"{where} holds no words (only punctuation, digits or symbols); "
                         "put the article text in it")
    given = {k: v for k, v in metadata.items() if v}
    cleaned, found = clean_text(text, title=given.get("title", ""))
    if not _has_words(cleaned):
        raise InputError(
            f"{where} has no news text left after removing bylines, credits, prompts and "
            "copyright lines; check that it holds the article body"
        )
    fields = {**found, **given}
    digest = hashlib.sha256(cleaned.encode("utf-8")).hexdigest()
    return Article(
        id=digest[:16],
        text=cleaned,
        source=source,
        title=fields.get("title", ""),
        author=fields.get("author", ""),
        publisher=fields.get("publisher", ""),
        date=_iso_date(fields.get("date", "")),
        copyright=fields.get("copyright", ""),
        url=fields.get("url", ""),
        content_hash=digest,
    )


MIN_HTML_WORDS = 4


def _build_html(html: str, source: str, where: str, metadata: Mapping[str, str]) -> Article:
    text, found = _extract_html(html)
    # a page whose "main text" is a menu word or two is navigation, not an article
    if len(text.split()) < MIN_HTML_WORDS:
        raise InputError(
            f"{where}: no article text found in the HTML (only navigation, scripts or "
            "markup); give the article page itself, or save its text as .txt"
        )
    return _build(text, source, where, {**found, **{k: v for k, v in metadata.items() if v}})


def decode_bytes(data: bytes, *, source: str = "") -> str:
    """Decode an article's bytes: a BOM, else UTF-8, else a confident guess; reject binaries.

    The guess takes charset-normalizer's candidates (and cp1252, the usual legacy
    encoding of Western news) and keeps the one whose text has the fewest stray
    symbols and control characters, and only if that text is mostly letters.
    """
    where = _display(source) if source else "the input"
    for offset, magic, what, mend in _MAGIC:
        if data[offset:offset + len(magic)] == magic:
            raise InputError(f"{where} is {what}, not text; {mend}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as e:
                raise InputError(
                    f"{where} starts with a {encoding.upper()} byte-order mark but is not valid "
                    f"{encoding.upper()} (byte {e.start}); save it again as UTF-8"
                ) from e
            return _check_not_binary(text, where)
    if b"\x00" in data:
        wide = _utf16_without_bom(data)
        if wide is not None:
            return _check_not_binary(wide, where)
        raise InputError(
            f"{where} is a binary file (it contains NUL bytes), not text; "
            "give the article as .txt (UTF-8) or .html"
        )
    try:
        return _check_not_binary(data.decode("utf-8"), where)
    except UnicodeDecodeError:
        pass
    guessed = _declared_decode(data)
    if guessed is None:
        guessed = _guess_decode(data)
    if guessed is None:
        raise InputError(
            f"{where} is not UTF-8 and its encoding cannot be told with confidence "
            "(or it is not text at all); save it as UTF-8 and try again"
        )
    return _check_not_binary(guessed, where)


# --- inputs -------------------------------------------------------------------------


def _unreachable(path: Path) -> str:
    """Why path cannot be looked at ("" if it can): missing, or in a folder we may not
    enter (where Path.exists() and is_file() raise instead of answering)."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        return "no such file or folder; check the path"
    except OSError as e:
        return f"cannot read it ({e.strerror or e}); check that it is a readable file"
    return ""


def _precheck(given: str) -> InputError | None:
    """Problems visible without reading: a missing path or an unsupported file type."""
    if given == STDIN:
        return None
    path = Path(given)
    unreachable = _unreachable(path)
    if unreachable:
        return InputError(f"{given}: {unreachable}")
    if not path.is_file() and not path.is_dir():
        return InputError(_not_regular(given))
    if path.is_file() and path.suffix.lower() not in SUFFIXES:
        return _unsupported(given, path)
    return None


def _not_regular(given: str) -> str:
    # reading a pipe or a device would block or never end; "-" reads a pipe on purpose
    return (f"{given}: not a regular file or folder (a pipe, socket or device); give article "
            "files or a folder, or pipe the text into '-'")


def _items(given: str, stdin: TextIO | BinaryIO | None, max_bytes: int) -> Iterator[Article | _Bad]:
    if given == STDIN:
        try:
            yield _read_stdin(stdin, max_bytes)
        except InputError as e:
            yield _Bad(STDIN, e)
        return
    problem = _precheck(given)
    if problem:
        yield _Bad(given, problem)
        return
    if os.path.isdir(given):
        found = False
        for name in _walk(given):
            found = True
            if isinstance(name, _Bad):
                yield name
            else:
                yield from _file_items(name, max_bytes)
        if not found:
            yield _Bad(given, InputError(
                f"{given}: folder has no {_SUFFIX_LIST} files; put articles in it or name "
                "the article files directly"))
        return
    yield from _file_items(given, max_bytes)


def _walk(folder: str) -> Iterator[str | _Bad]:
    """Article files under a folder, recursively, sorted by name at each level.

    Hidden entries are skipped, and linked folders are not followed (no cycles). A
    folder that cannot be listed is reported like an unreadable file.
    """
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as e:
        yield _Bad(folder, InputError(f"{folder}: cannot read the folder ({e.strerror}); "
                                      "check that it is a readable folder"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(os.path.join(folder, entry.name))
        elif os.path.splitext(entry.name)[1].lower() in SUFFIXES:
            path = os.path.join(folder, entry.name)
            if entry.is_file():
                yield path
            elif entry.is_symlink() and not os.path.exists(path):
                yield _Bad(path, InputError(
                    f"{path}: broken link (to {os.readlink(path)}, which does not exist); "
                    "fix or remove the link"))
            elif not entry.is_dir():
                yield _Bad(path, InputError(_not_regular(path)))


def _file_items(name: str, max_bytes: int) -> Iterator[Article | _Bad]:
    kind = SUFFIXES.get(os.path.splitext(name)[1].lower())
    if kind is None:
        yield _Bad(name, _unsupported(name, Path(name)))
        return
    if kind == "jsonl":
        yield from _jsonl_items(name, max_bytes)
        return
    try:
        yield _read_file(name, kind, max_bytes)
    except InputError as e:
        yield _Bad(name, e)


def _read_file(name: str, kind: str, max_bytes: int) -> Article:
    data = _read_bytes(name, max_bytes)
    text = decode_bytes(data, source=name)
    if kind == "html" or _HTML_START.match(text[:2000]):
        article = article_from_html(text, source=name)
    else:
        article = article_from_text(text, source=name)
    if not article.title:
        article = replace(article, title=title_from_file_name(name))
    return article


def title_from_file_name(name: str) -> str:
    """A readable title for an article that names none: its file name.

    >>> title_from_file_name("seeds/syria-islamic-state_resurgence.txt")
    'Syria islamic state resurgence'
    """
    words = re.sub(r"[-_.]+", " ", Path(name).stem).split()
    title = " ".join(words)
    return title[:1].upper() + title[1:]


def _read_bytes(name: str, max_bytes: int) -> bytes:
    try:
        size = os.path.getsize(name)
        if size > max_bytes:
            raise _huge(name, size, max_bytes)
        with open(name, "rb") as handle:
            data = handle.read(min(size, max_bytes) + 1)  # not a max_bytes buffer per file
            if len(data) > size:  # it grew, or is a pipe or device that reports no size
                data += handle.read(max_bytes + 1 - len(data))
    except OSError as e:
        raise InputError(f"{name}: cannot read it ({e.strerror}); check that it is a "
                         "readable file") from e
    if len(data) > max_bytes:
        raise _huge(name, len(data), max_bytes)
    if not data:
        raise InputError(f"{name} is empty; put the article text in it")
    return data


def _stdin_text(stdin: TextIO | BinaryIO | None, max_bytes: int) -> str:
    stream = stdin if stdin is not None else sys.stdin
    raw = getattr(stream, "buffer", stream)
    data = raw.read(max_bytes + 1)
    if isinstance(data, str):
        size = len(data.encode("utf-8"))
        if size > max_bytes:
            raise _huge(STDIN, size, max_bytes)
        text = data
    else:
        if len(data) > max_bytes:
            raise _huge(STDIN, len(data), max_bytes)
        text = decode_bytes(data, source=STDIN) if data else ""
    if not text:
        raise InputError("standard input is empty; pipe an article into it "
                         "(newsgraph build - < article.txt)")
    return text


def _read_stdin(stdin: TextIO | BinaryIO | None, max_bytes: int) -> Article:
    text = _stdin_text(stdin, max_bytes)
    if _HTML_START.match(text[:2000]):
        return article_from_html(text, source=STDIN)
    return article_from_text(text, source=STDIN)


def read_text(
    source: str, *, stdin: TextIO | BinaryIO | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> str:
    """The decoded text of one file or of stdin, uncleaned: for one-sentence-a-line input."""
    if source == STDIN:
        return _stdin_text(stdin, max_bytes)
    path = Path(source)
    unreachable = _unreachable(path)
    if unreachable:
        raise InputError(f"{source}: {unreachable}")
    if path.is_dir():
        raise InputError(f"{source} is a folder; give one text file with a sentence per line")
    return decode_bytes(_read_bytes(source, max_bytes), source=source)


def _jsonl_items(name: str, max_bytes: int) -> Iterator[Article | _Bad]:
    """One article per line; a bad line is reported with its number and skipped."""
    try:
        handle = open(name, "rb")
    except OSError as e:
        yield _Bad(name, InputError(f"{name}: cannot read it ({e.strerror}); check that it "
                                    "is a readable file"))
        return
    count = 0
    with handle:
        number = 0
        while True:
            raw = handle.readline(max_bytes + 1)
            if not raw:
                break
            number += 1
            where = f"{name}:{number}"
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                size = len(raw)
                while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                    raw = handle.readline(1 << 20)
                    size += len(raw)
                yield _Bad(where, InputError(
                    f"{name}: line {number} is {size:,} bytes, over the limit of "
                    f"{max_bytes:,} bytes for one article; split that article or raise the limit"))
                continue
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            count += 1
            try:
                yield _jsonl_article(raw, name, number)
            except InputError as e:
                yield _Bad(where, e)
    if count == 0:
        yield _Bad(name, InputError(
            f"{name} has no JSON lines; put one JSON object with a \"text\" field on each line"))


def _jsonl_article(raw: bytes, name: str, number: int) -> Article:
    at = f"{name}: line {number}"
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{at} is not UTF-8 (byte {e.start}); JSON lines must be UTF-8") from e
    try:
        record = json.loads(line)
    except json.JSONDecodeError as e:
        # json's own messages can end in "at" ("Unterminated string starting at")
        raise InputError(f"{at} is not valid JSON ({e.msg.removesuffix(' at')} at column "
                         f"{e.colno}); each line "
                         "must be one JSON object with a \"text\" field") from e
    if not isinstance(record, dict):
        raise InputError(f"{at} is a JSON {type(record).__name__}, not an object; each line "
                         "must be one JSON object with a \"text\" field")
    text = record.get("text")
    html = record.get("html")
    if not isinstance(text, str) and isinstance(html, str):
        text = None
    elif not isinstance(text, str):
        raise InputError(f"{at} has no \"text\" string; give each article's text in a "
                         "\"text\" field")
    meta = {key: _as_text(record.get(key)) for key in
            ("title", "author", "publisher", "date", "copyright", "url")}
    ident = _as_text(record.get("id"))
    source = f"{name}#{ident}" if ident else f"{name}:{number}"
    if text is None:
        return _build_html(str(html), source, at, meta)
    if not text.strip():
        raise InputError(f"{at} has an empty \"text\"; remove the line or fill in the text")
    return _build(text, source, at, meta)


# --- HTML ---------------------------------------------------------------------------


def _extract_html(html: str) -> tuple[str, dict[str, str]]:
    """The main text and metadata of a page, by trafilatura, from the string only.

    Extraction favours precision; when that finds nothing, the default settings
    are tried, but their result counts only if it holds a real sentence, since on
    a page without a story they return the menu.
    """
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    options: dict[str, Any] = dict(
        url=None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    document = trafilatura.bare_extraction(html, favor_precision=True, **options)
    precise = document is not None
    if document is None:
        document = trafilatura.bare_extraction(html, **options)
    if document is None:
        return "", {}
    fields = document if isinstance(document, dict) else document.as_dict()
    text = _as_text(fields.get("text"))
    if not precise and not any(_SENTENCE.search(line) for line in text.splitlines()):
        text = ""
    notice, holder = _html_copyright(html) if text else ("", "")
    meta = {
        "copyright": notice,
        "title": _as_text(fields.get("title")),
        "author": _as_text(fields.get("author")),
        "publisher": _as_text(fields.get("sitename")) or holder or _as_text(fields.get("hostname")),
        "date": _as_text(fields.get("date")),
        "url": _as_text(fields.get("url")),
    }
    return text, {k: v for k, v in meta.items() if v}


def _html_copyright(html: str) -> tuple[str, str]:
    """The page's copyright notice, which extractors drop with the footer."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return "", ""
    found = tree.xpath(
        "//body//text()[(contains(., '©') or contains(., 'opyright') or "
        "contains(., 'rights reserved')) and not(ancestor::script or ancestor::style)]"
    )
    for node in found:
        parent = node.getparent()
        line = " ".join((parent.text_content() if parent is not None else str(node)).split())
        notice, holder = parse_copyright_line(line)
        if notice:
            return notice, holder
    return "", ""


# --- helpers ------------------------------------------------------------------------


def _check_not_binary(text: str, where: str) -> str:
    """Reject decoded text that is mostly control characters (a binary file in disguise)."""
    sample = text[:100_000]
    controls = sum(1 for c in sample if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v")
    if controls > max(3, len(sample) // 100):
        raise InputError(
            f"{where} looks like a binary file ({controls} control characters), not text; "
            "give the article as .txt (UTF-8) or .html"
        )
    return text


def _declared_decode(data: bytes) -> str | None:
    """Decode an HTML page by the charset its <meta> declares, if that reads as text."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        text = data.decode(m.group(1).decode("ascii"))
    except (UnicodeDecodeError, LookupError):
        return None
    return text if _plausible(_TAG.sub(" ", text)) else None


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark: NULs at every other byte."""
    sample = data[:20_000]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if max(even, odd) < 0.7 * half or min(even, odd) > 0.02 * half:
        return None
    try:
        text = data.decode("utf-16-be" if even > odd else "utf-16-le")
    except UnicodeDecodeError:
        return None
    return text if _plausible(text) else None


def _plausible(text: str) -> bool:
    """Mostly letters and few stray symbols: what decoded prose looks like."""
    visible = [c for c in text[:100_000] if not c.isspace()]
    letters = sum(1 for c in visible if c.isalpha())
    return bool(visible) and _stray_chars(text[:100_000]) <= len(visible) // 50 and \
        letters >= 0.6 * len(visible)


def _guess_decode(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    candidates: dict[str, float] = {}
    for match in from_bytes(data[:200_000]):
        candidates.setdefault(match.encoding, match.chaos)
    candidates.setdefault("cp1252", 0.0)
    best: tuple[int, int, str, str] | None = None
    for order, (encoding, chaos) in enumerate(
        sorted(candidates.items(), key=lambda kv: kv[0] != "cp1252")
    ):
        if chaos > 0.25:
            continue
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        bad = _stray_chars(text[:100_000])
        if best is None or (bad, order) < best[:2]:
            best = (bad, order, encoding, text)
    if best is None:
        return None
    _, _, encoding, text = best
    if not _plausible(text):
        log.debug("rejected encoding guess %s", encoding)
        return None
    log.info("decoded as %s (not UTF-8)", encoding)
    return text


def _stray_chars(text: str) -> int:
    """Characters that betray a wrong decoding: controls, odd symbols, unassigned points."""
    bad = 0
    for c in text:
        if c.isascii():
            if unicodedata.category(c) == "Cc" and c not in "\t\n\r\f\v":
                bad += 1
            continue
        if c.isalpha() or c in _FINE_SYMBOLS:
            continue
        bad += 1
    return bad


def _has_words(text: str) -> bool:
    """Whether the text has a letter: one of only punctuation and digits is no article."""
    return any(c.isalpha() for c in text)


def _iso_date(value: str) -> str:
    """A date as YYYY-MM-DD (or YYYY-MM / YYYY) if it can be read as one, else ""."""
    value = value.strip()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.+\-Z]*)?$", value)
    if m:
        return "-".join(part for part in m.groups() if part)
    parsed = parse_date_line(value)
    if not parsed and value:
        log.debug("ignoring unreadable date %r", value)
    return parsed


def _as_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return AUTHOR_SEPARATOR.join(str(v).strip() for v in value if str(v).strip())
    return str(value).strip()


def _display(source: str) -> str:
    return "standard input" if source == STDIN else source


def _unsupported(given: str, path: Path) -> InputError:
    suffix = path.suffix or "(none)"
    return InputError(
        f"{given}: unsupported file type {suffix!r}; give a {_SUFFIX_LIST} file, a folder, "
        "or - for standard input"
    )


def _huge(name: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"{_display(name)} is a huge input ({size:,} bytes, over the limit of {max_bytes:,} "
        "bytes for one article); split it into one article per file, or one per line "
        "of a .jsonl corpus"
    )
