"""Cleaning article text of what is not news, and keeping it as metadata.

News pages wrap the story in furniture: photo captions and their credit lines,
bylines, "write to ..." lines, reader prompts, copyright notices, datelines.
Left in, they turn into false statements ("Getty Images" as an actor). The
rules here follow how news pages are built in general, never one site's names.

Only whole lines (paragraphs) are dropped, plus a few prefixes and artifacts
(a "WASHINGTON (Reuters) -" dateline, "[email protected]"); every kept sentence
stays byte-identical, since later stages keep character offsets into the
cleaned text.

>>> text, meta = clean_text("Rain fell on the city.\\nBy Ann Lee and Bo Park\\n")
>>> text, meta["author"]
('Rain fell on the city.', 'Ann Lee; Bo Park')
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["clean_text", "mostly_non_latin", "parse_copyright_line", "parse_date_line"]

# Several authors are joined like trafilatura joins them, so both sources read alike.
AUTHOR_SEPARATOR = "; "

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+)"
_DATE_PREFIX = (
    r"(?:(?:published|updated|posted|last\s+updated|last\s+modified|modified|date|"
    r"first\s+published)(?:\s+on)?\s*:?\s*)?"
)
_TIME = (
    r"(?:\s*(?:,|at|\|)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
    r"(?:\s*\(?[A-Z]{2,5}(?:[+-]\d{1,4})?\)?)?)?"
)
_DATE_LINE_RES = [
    # Friday, January 4, 2019 / Jan. 4, 2019 10:30 am ET
    re.compile(
        rf"^{_DATE_PREFIX}{_WEEKDAY}?{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year>\d{{4}}){_TIME}\.?$",
        re.IGNORECASE,
    ),
    # Friday 4 January 2019 / 4 Jan 2019
    re.compile(
        rf"^{_DATE_PREFIX}{_WEEKDAY}?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+"
        rf"(?P<year>\d{{4}}){_TIME}\.?$",
        re.IGNORECASE,
    ),
    # 2019-01-04, 2019-01-04T10:30:00Z
    re.compile(
        rf"^{_DATE_PREFIX}(?P<year>\d{{4}})-(?P<mnum>\d{{2}})-(?P<day>\d{{2}})"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$",
        re.IGNORECASE,
    ),
]

# Words that make a slash-separated credit line read as "who took the picture for whom".
_AGENCY_WORDS = re.compile(
    r"\b(?:images?|press|photos?|photographs?|pictures?|news|agency|agence|service|"
    r"wire|pool|getty|reuters|afp|ap|epa|efe|ansa|xinhua|anadolu|sipa|zuma|shutterstock|"
    r"alamy|bloomberg|handout|courtesy|times|post|journal|associated|france-presse|"
    r"presse|tass|ria|dpa|kyodo|yonhap|stringer|via)\b",
    re.IGNORECASE,
)
_PHOTO_WORDS = re.compile(
    r"\b(?:images|photos?|photography|pictures|getty|shutterstock|alamy|handout|pool|zuma)\b"
    r"|\bvia\s+[A-Z]",
    re.IGNORECASE,
)
_CREDIT_PREFIX = re.compile(
    r"^\(?(?:photo(?:graph)?s?|images?|pictures?|credits?|illustrations?|graphics?|"
    r"video|photo\s+credit|image\s+credit|source\s+image)\s*(?::|by\b|\.{2,}|…)\s*",
    re.IGNORECASE,
)
# A caption that ends in its own credit: "Stage at dusk. Photo: Ann Lee/AP."
_TRAILING_CREDIT = re.compile(
    r"(?:Photo(?:graph)?|PHOTO(?:GRAPH)?|Image|IMAGE|Picture|PICTURE|Credit|CREDIT|"
    r"Photo credit|Illustration)s?\s*(?::|by\s|\.{2,}|…)\s*(?P<who>[^:]{1,80}?)\)?\.?\s*$"
)
_PAREN_CREDIT = re.compile(r"^\((?P<who>[A-Z][^()]{1,80})\)\.?$")
_DASHES = "-–—―"
_NAME_LINKERS = {
    "and", "of", "for", "the", "de", "del", "da", "di", "du", "van", "von", "der",
    "la", "le", "al", "el", "bin", "ibn", "via", "&", "y", "e", "on", "in",
}

_BYLINE = re.compile(r"^by\s+(?P<rest>.+)$", re.IGNORECASE)
_WRITE_TO = re.compile(r"^(?:write\s+to|e-?mail|contact)\s+(?P<rest>.+)$", re.IGNORECASE)
_WRITE_TO_NAME = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|al|bin|da|di|le|la)){0,4})"
    r"\s+(?:at|by|via|on)\b"
)
_REPORTING = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|reported|written)\s+by\s+(?P<rest>.+?)\)?$",
    re.IGNORECASE,
)
_CONTRIBUTING = re.compile(r"^(?:contributing|contributors?)\s*:", re.IGNORECASE)

_PROMPT_START = re.compile(
    r"^(?:sign\s+up\b|subscribe\b|click\s+here\b|tap\s+here\b|"
    r"read\s+(?:more|also|next|the\s+full)\b|also\s+read\b|share\s+(?:this|on|via)\b|"
    r"follow\s+(?:us|@)|download\s+(?:the|our)\s+(?:\w+\s+)?app\b|"
    r"listen\s+to\s+(?:this|the)\s+(?:article|story)|watch\s*:|see\s+also\b|"
    r"get\s+(?:the\s+latest|our)\b|join\s+(?:the\s+conversation|us|our)\b|tell\s+us\b|"
    r"let\s+us\s+know\b|have\s+a\s+(?:news\s+)?tip\b|send\s+us\b|we\s+want\s+to\s+hear\b|"
    r"continue\s+reading\b|story\s+continues\b|scroll\s+(?:down|to\s+continue)\b|"
    r"skip\s+to\b|this\s+material\s+may\s+not\s+be\b|all\s+rights\s+reserved\b|"
    r"you\s+(?:can|may)\s+(?:also\s+)?(?:like|be\s+interested)\b|"
    r"for\s+(?:more|the\s+latest)\s+(?:news|updates|stories)\b|editor'?s\s+note\s*:|"
    r"correction\s*(?:\(|:)|(?:e-?mail|contact)(?:\s+(?:us|the\s+author))?\s*:)",
    re.IGNORECASE,
)
# Page furniture that could also open a sentence, so only as a short line of its own.
_SHORT_FURNITURE = re.compile(
    r"^(?:related\b|recommended\b|advertisement\b|ad\b|sponsored\b|supported\s+by\b|"
    r"newsletter\b|most\s+(?:popular|read|viewed)\b|more\s+(?:from|on|about)\b|trending\b|"
    r"comments?\b|share\b|print\b|listen\b|top\s+stories\b|latest\s+news\b|"
    r"\d+\s*min(?:ute)?s?\.?\s+read\b|reading\s+time\b|(?:last\s+)?updated\b|published\b|"
    r"posted\b)",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"\bcontributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)\.?$", re.IGNORECASE
)
_FOLLOW_ON = re.compile(
    r"^follow\s+.{1,60}\bon\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|"
    r"mastodon|tiktok|youtube)\b",
    re.IGNORECASE,
)
# A prompt that closes a paragraph: "What do you think? Join the conversation below."
_PROMPT_END = re.compile(
    r"(?P<prompt>(?:join\s+the\s+(?:conversation|discussion|debate)|share\s+your\s+(?:thoughts|views)|"
    r"tell\s+us\s+(?:what|in\s+the)|let\s+us\s+know|leave\s+a\s+comment|"
    r"(?:comment|discuss)\s+below)[^.!?]*[.!?]?)\s*$",
    re.IGNORECASE,
)
_PROMPT_WORDS = ("join", "share", "tell us", "let us know", "comment", "discuss")
_COPYRIGHT_START = re.compile(
    r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}\b|by\b))", re.IGNORECASE
)
_RIGHTS = re.compile(r"all\s+rights\s+reserved\.?", re.IGNORECASE)
_HOLDER_PREFIX = re.compile(
    r"^(?:copyright\b|©|\(c\)|\d{4}(?:\s*[-–]\s*\d{4})?\b|by\b|,|\s)+", re.IGNORECASE
)
_ABBREV_END = re.compile(
    r"(?:\b(?:inc|ltd|co|corp|l\.l\.c|s\.a|n\.v|s\.p\.a|jr|sr|bros)|\b[A-Z])\.$",
    re.IGNORECASE,
)
_EMAIL_ARTIFACT = re.compile(
    r"(?:\s+(?:at|by|to|via|e-?mail:?|contact:?))?\s*\[email[\s\u00a0]*protected\]",
    re.IGNORECASE,
)
# "WASHINGTON (Reuters) - ", "BEIRUT — " or "NEW DELHI: " opening the first paragraph.
_DATELINE_PREFIX = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){0,3}"
    r"(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?)"
    r"\s*(?:\((?P<agency>[A-Z][\w .&'-]{1,40})\))?\s*(?:[-–—]{1,2}|:)\s+(?=\S)"
)
_TERMINAL = ".!?…"
_CLOSERS = "\"'”’»)]"
_QUOTES = "\"“”«»"
_CAPTION_MAX_WORDS = 60
_HEADLINE_MAX_WORDS = 20


def clean_text(text: str, *, title: str = "") -> tuple[str, dict[str, str]]:
    """Return the article text without non-news lines, and the metadata found in them.

    The metadata dict may hold "title", "author", "publisher", "date" (ISO) and
    "copyright". When `title` is already known (from HTML or a corpus), a first
    line repeating it is dropped; otherwise a short first line that reads like a
    headline becomes the title and leaves the text.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    keep = [True] * len(lines)  # blank lines stay: they separate paragraphs
    meta: dict[str, str] = {}
    authors: list[str] = []

    for i, raw in enumerate(lines):
        line = raw.strip()
        if not keep[i] or not line:
            continue
        if mostly_non_latin(line):
            keep[i] = False  # text in another script: the English parser only misreads it
            continue
        kind, value = _classify(line)
        if kind == "":
            continue
        keep[i] = False
        if kind == "credit":
            _drop_caption_before(lines, keep, i)
        elif kind == "author":
            authors.extend(a for a in value if a not in authors)
        elif kind == "date":
            meta.setdefault("date", value[0])
        elif kind == "copyright":
            meta.setdefault("copyright", value[0])
            if value[1]:
                meta.setdefault("publisher", value[1])
        elif kind == "publisher":
            meta.setdefault("publisher", value[0])
        elif kind == "prompt-tail":
            # Only the prompt (and the questions before it) go; the rest of the paragraph stays.
            lines[i] = value[0]
            keep[i] = True

    kept = [i for i, k in enumerate(keep) if k and lines[i].strip()]
    # After the story's last sentence, short lines without a full stop are the page's
    # tags, share buttons and links, not news.
    while len(kept) > 1 and _is_tail_furniture(lines[kept[-1]].strip()):
        keep[kept.pop()] = False
    if kept:
        head = lines[kept[0]].strip()
        if title and head == title.strip():
            keep[kept[0]] = False
            kept.pop(0)
        elif not title and len(kept) > 1 and _looks_like_headline(head):
            meta["title"] = head
            keep[kept[0]] = False
            kept.pop(0)
    if kept:
        stripped, agency = _strip_dateline_prefix(lines[kept[0]])
        lines[kept[0]] = stripped
        if agency:
            meta.setdefault("publisher", agency)

    if authors:
        meta["author"] = AUTHOR_SEPARATOR.join(authors)
    out = [_unbracket(_EMAIL_ARTIFACT.sub("", lines[i]) if "protected]" in lines[i]
                      else lines[i])
           for i, k in enumerate(keep) if k]
    cleaned = re.sub(r"\n\s*\n(?:\s*\n)+", "\n\n", "\n".join(out)).strip()
    return cleaned, meta


# Square brackets in news text are an editor's hand inside a quotation: "[I]t", "aim[ed]",
# "[the] plan", "[...]", a gloss "NGOs [non-governmental organizations]", a reference
# mark "map[3]". Left in, they cut words in two ("reserve[s") and end up in labels.
_BRACKETED = re.compile(r"\[([^\[\]\n]{0,80})\]")
_ELLIPSIS = re.compile(r"^\s*(?:\.\s*){3}$|^\s*…\s*$")


def _unbracket(line: str) -> str:
    """The line with editorial brackets resolved: their words kept, the marks dropped."""
    if "[" not in line:
        return line

    def resolve(match: re.Match[str]) -> str:
        inner, before = match.group(1), line[:match.start()]
        if not inner.strip() or _ELLIPSIS.match(inner):
            return "..."
        if inner.isdigit() and before[-1:].isalpha():
            return ""  # a reference mark glued to its word
        previous = before.split()[-1] if before.endswith(" ") and before.strip() else ""
        acronym = previous[:-1] if previous.endswith("s") else previous
        if len(acronym) > 1 and acronym.isalpha() and acronym.isupper():
            return f"({inner})"  # the gloss of an acronym: "NGOs [non-governmental ...]"
        return inner

    return _BRACKETED.sub(resolve, line)


def mostly_non_latin(line: str) -> bool:
    """True when more than half of the line's letters are outside the Latin script."""
    if line.isascii():
        return False
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    # Latin letters: Basic Latin through Latin Extended-B and IPA, and Latin Extended Additional
    other = sum(1 for c in letters if not (ord(c) < 0x2B0 or 0x1E00 <= ord(c) <= 0x1EFF))
    return other * 2 > len(letters)


def parse_date_line(line: str) -> str:
    """Return the ISO date if the whole line is a date (a dateline), else ""."""
    line = line.strip()
    if len(line) > 80:
        return ""
    for pattern in _DATE_LINE_RES:
        m = pattern.match(line)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("mnum"):
            month = int(groups["mnum"])
        else:
            month = _MONTHS[groups["month"].lower()[:3]]
        try:
            return _dt.date(int(groups["year"]), month, int(groups["day"])).isoformat()
        except ValueError:
            return ""
    return ""


def _classify(line: str) -> tuple[str, list[str]]:
    """Say what kind of non-news line this is ("" for news) and what it tells."""
    words = line.split()
    n = len(words)
    if n > 80:  # a long paragraph is news, but a prompt may still close it
        tail = _prompt_tail(line)
        return ("prompt-tail", [tail]) if tail else ("", [])
    date = parse_date_line(line)
    if date:
        return "date", [date]
    if _COPYRIGHT_START.match(line) or (n <= 25 and _RIGHTS.search(line)):
        return "copyright", list(_parse_copyright(line))
    paren = _PAREN_CREDIT.match(line)
    if paren and n <= 8 and all(_name_like(p) for p in paren["who"].split("/") if p.strip()):
        inner = paren["who"]
        if "/" in inner or "photo" in inner.lower():
            return "credit", []
        return "publisher", [inner.strip()]
    credit = _standalone_credit(line)
    if credit:
        # Only a credit set on its own line under a caption ("Name / Agency") takes
        # the caption with it; "Photo: Name" lines often stand alone.
        return ("credit", []) if credit == "slash" else ("caption", [])
    if _has_trailing_credit(line):
        return "caption", []
    if n <= 40:
        names = _byline_names(line)
        if names is not None:
            return "author", names
    if n <= 40:
        if _PROMPT_START.match(line) or _FOLLOW_ON.match(line) or _CONTRIBUTED.search(line):
            return "prompt", []
        if n <= 6 and line[-1] not in _TERMINAL and _SHORT_FURNITURE.match(line):
            return "prompt", []
    if "protected]" in line and n <= 25 and re.match(r"^(?:e-?mail|contact)\b", line, re.I):
        return "prompt", []
    tail = _prompt_tail(line)
    if tail is not None:
        return ("prompt", []) if not tail.strip() else ("prompt-tail", [tail])
    return "", []


def parse_copyright_line(line: str) -> tuple[str, str]:
    """The notice and rights holder of a copyright line, or ("", "") if it is none."""
    line = line.strip()
    if len(line.split()) > 40:
        return "", ""
    if _COPYRIGHT_START.match(line) or (len(line.split()) <= 25 and _RIGHTS.search(line)):
        return _parse_copyright(line)
    return "", ""


def _parse_copyright(line: str) -> tuple[str, str]:
    """Split a copyright line into the notice itself and the rights holder."""
    rights = _RIGHTS.search(line)
    notice = line[: rights.end()] if rights else line
    notice = re.sub(r"\s+[0-9a-f]{16,}\s*$", "", notice).strip()  # tracking hashes
    body = line[: rights.start()] if rights else notice
    holder = _HOLDER_PREFIX.sub("", body).strip()
    holder = re.split(r"(?<=[a-z\]\)])\.\s+(?=[A-Z])", holder)[0].strip()
    if holder.endswith(".") and not _ABBREV_END.search(holder):
        holder = holder[:-1].strip()
    holder = holder.strip(" ,;|-–—")
    if not re.search(r"[A-Za-z]", holder) or len(holder.split()) > 10:
        holder = ""
    return notice, holder


def _is_credit_text(text: str) -> bool:
    """True if the text names what photo credits name: agencies, images, press."""
    return bool(_AGENCY_WORDS.search(text))


def _name_like(segment: str) -> bool:
    """True for a short run of capitalised words (a person or an agency)."""
    words = segment.replace(",", " ").split()
    if not words or len(words) > 7:
        return False
    capitals = 0
    for word in words:
        bare = word.strip("().'’\"")
        if not bare:
            continue
        if bare.lower() in _NAME_LINKERS:
            continue
        if not (bare[0].isupper() or bare[0].isdigit()):
            return False
        capitals += 1
    return capitals > 0


# Words that make what follows "Image:" a described scene (a caption), not who took it.
_CLAUSE_WORDS = frozenset({
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "says", "said", "shows", "showing", "shown", "seen", "the", "a", "an", "at", "in", "on",
    "during", "after", "before", "with", "from", "to",
})


def _handle_like(segment: str) -> bool:
    """A user name as photo sites credit it ("mia!", "chris j wood"): a few words, no clause."""
    words = [w.strip("().,!'’\"") for w in segment.split()]
    words = [w for w in words if w]
    if not words or len(words) > 5:
        return False
    return not any(w.lower() in _CLAUSE_WORDS for w in words) and not re.search(
        r"[.!?]\s+\S", segment)


def _standalone_credit(line: str) -> str:
    """Say if the line is only a photo credit: "slash" ("Ann Lee / Agency Press"),
    "prefix" ("Photo: Ann Lee") or "" (not a credit)."""
    if len(line) > 140 or len(line.split()) > 16:
        return ""
    m = _CREDIT_PREFIX.match(line)
    if m:
        rest = line[m.end():].strip(" .)")
        if not rest or not (_name_like(_credit_names(rest)) or (
                ":" in m.group() and _handle_like(_credit_names(rest)))):
            return ""
        # "Photo: Ann Lee/Agency" is set under a caption; a bare "Photo: Ann Lee" may not be.
        return "slash" if "/" in rest and _is_credit_text(rest) else "prefix"
    for sep in (" / ", "/", " | ", "|"):
        if sep in line:
            parts = [p.strip() for p in line.split(sep)]
            break
    else:
        # "AFP via Getty Images" on its own line, under a caption
        bare = line.rstrip(".")
        if len(line.split()) <= 6 and _PHOTO_WORDS.search(line) and _name_like(bare):
            return "slash"
        return ""
    if len(parts) < 2 or not _is_credit_text(line):
        return ""
    real = [p for p in parts if p.strip(_DASHES + " ")]
    return "slash" if real and all(_name_like(p) for p in real) else ""


def _has_trailing_credit(line: str) -> bool:
    """A caption that carries its own credit at the end."""
    m = _TRAILING_CREDIT.search(line)
    if not m or len(line.split()) > _CAPTION_MAX_WORDS:
        return False
    who = m["who"].strip(" .()")
    start = m.start()
    glued_ok = start == 0 or not line[start - 1].isalnum() or line[start - 1].islower()
    names = _credit_names(who)
    # "Image: mia! (flickr)": photo sites credit user names, written as their owners like
    handle = ":" in m.group() and _handle_like(names)
    return glued_ok and bool(who) and (_name_like(names) or handle)


def _credit_names(who: str) -> str:
    """The names of a credit, without slashes and asides such as "(file)"."""
    return re.sub(r"\([^()]*\)?", " ", who).replace("/", " ")


def _drop_caption_before(lines: list[str], keep: list[bool], i: int) -> None:
    """Drop the caption a credit line belongs to: the kept line right before it.

    Only a short, complete sentence without quotations counts as a caption, so a
    credit after an uncaptioned picture does not eat the paragraph above it.
    """
    j = i - 1
    while j >= 0 and not lines[j].strip():
        j -= 1
    if j < 0 or not keep[j]:
        return
    prev = lines[j].strip()
    if (
        len(prev.split()) <= _CAPTION_MAX_WORDS
        and prev[-1] in _TERMINAL
        and not any(q in prev for q in _QUOTES)
    ):
        keep[j] = False


def _byline_names(line: str) -> list[str] | None:
    """Author names if the line is a byline, a "write to" or "reporting by" line, else None."""
    m = _BYLINE.match(line)
    if m and len(line.split()) <= 16:
        rest = re.split(r"\s*(?:[,|•·]|\s[-–—]\s|\bfor\b|\bin\b)\s*", m["rest"], maxsplit=1)
        if len(rest) > 1:
            tail = rest[1].rstrip()
            if len(tail.split()) > 6 or (tail.endswith(".") and not _ABBREV_END.search(tail)):
                return None
        return _split_names(rest[0]) or None
    m = _REPORTING.match(line)
    if m:
        names: list[str] = []
        for part in m["rest"].split(";"):
            part = re.sub(r"^\s*(?:additional\s+)?(?:reporting|writing)\s+by\s+", "", part,
                          flags=re.IGNORECASE)
            if re.match(r"^\s*(?:editing|edited|compiled|graphics|fact)\b", part, re.IGNORECASE):
                continue
            part = re.split(r"\s+in\s+", part.strip())[0]
            names.extend(n for n in _split_names(part) if n not in names)
        return names
    m = _WRITE_TO.match(line)
    if m and ("@" in line or "protected]" in line):
        found = [n["name"] for n in _WRITE_TO_NAME.finditer(m["rest"])]
        found = [n for n in found if len(n.split()) >= 2]
        return found or None
    if _CONTRIBUTING.match(line):
        return []
    return None


def _split_names(text: str) -> list[str]:
    """Split "Ann Lee and Bo Park" into names; [] if it does not read as names."""
    names = []
    for name in re.split(r"\s+and\s+|\s*&\s*|,\s*", text.strip()):
        name = name.strip(" .")
        if not name:
            continue
        words = name.split()
        if not 2 <= len(words) <= 5 or not _name_like(name):
            return []
        if words[0].lower().rstrip(".,") in _NOT_NAME_STARTS:
            return []
        if name.isupper():
            name = name.title()
        names.append(name)
    return names


_NOT_NAME_STARTS = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "the", "then", "now", "late",
    "early", "mid", "last", "next", "this", "that", "noon", "midnight", "dawn",
}


def _prompt_tail(line: str) -> str | None:
    """The line without a closing reader prompt, or None if it has none.

    Questions put to the reader right before the prompt go with it.
    """
    lowered = line.lower()
    if not any(word in lowered for word in _PROMPT_WORDS):  # cheap test before the regex
        return None
    m = _PROMPT_END.search(line)
    if not m:
        return None
    head = line[: m.start()]
    if head.strip() and head.rstrip()[-1] not in _TERMINAL + _CLOSERS:
        return None  # the phrase runs inside a sentence, not a separate prompt
    sentences = re.split(r"(?<=[.!?])\s+", head.strip()) if head.strip() else []
    while sentences and sentences[-1].endswith("?"):
        sentences.pop()
    return " ".join(sentences) if sentences else ""


def _strip_dateline_prefix(line: str) -> tuple[str, str]:
    """Remove a "CITY (Agency) —" opening; return the line and the agency named."""
    m = _DATELINE_PREFIX.match(line)
    if not m:
        return line, ""
    place = m["place"]
    letters = [c for c in place if c.isalpha()]
    if len(letters) < 3 or not place.split(",")[0].isupper():
        return line, ""
    return line[m.end():], (m["agency"] or "").strip()


def _is_tail_furniture(line: str) -> bool:
    """A short closing line that is no sentence: a tag, a link, a button label."""
    end = line.rstrip(_CLOSERS)
    return len(line.split()) <= 8 and bool(end) and end[-1] not in _TERMINAL + ":;,"


def _looks_like_headline(line: str) -> bool:
    """A short line without a closing full stop, starting like a title."""
    if not 3 <= len(line.split()) <= _HEADLINE_MAX_WORDS or len(line) > 160:
        return False
    end = line.rstrip(_CLOSERS)
    if not end or end[-1] in _TERMINAL + ",;:":
        return False
    return line[0].isupper() or line[0].isdigit() or line[0] in "\"“‘'"
