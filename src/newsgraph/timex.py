"""Normalizing time phrases ("in 2016", "last month", "on Monday") to ISO dates.

Only what the words and the article date fix for certain is returned: a year,
a year-month or a full date. Anything vaguer ("in recent years") gives "".

>>> normalize("in April 2020")
'2020-04'
>>> normalize("last month", "2021-01-20")
'2020-12'
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

_YEAR = r"(1[5-9]\d\d|20\d\d)"
_MONTH = r"(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"), "dmy"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"), "mdy"),
    (re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"), "my"),
    (re.compile(r"\b(\d{4})-(\d\d)-(\d\d)\b"), "iso"),
    (re.compile(rf"\b{_YEAR}s?\b"), "y"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY}\b"), "md"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b"), "dm"),
)


def _parse_iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _ymd(year: int, month: int, day: int) -> str:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return f"{year:04d}-{month:02d}"


def _absolute(text: str, today: date | None) -> str:
    for pattern, kind in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        if kind == "dmy":
            return _ymd(int(g[2]), MONTHS[g[1]], int(g[0]))
        if kind == "mdy":
            return _ymd(int(g[2]), MONTHS[g[0]], int(g[1]))
        if kind == "my":
            return f"{int(g[1]):04d}-{MONTHS[g[0]]:02d}"
        if kind == "iso":
            return _ymd(int(g[0]), int(g[1]), int(g[2]))
        if kind == "y":
            if m.group(0).endswith("s"):  # "the 1990s" is a decade, not a year
                return ""
            return g[0]
        if today is None:
            return ""
        # a month and day without a year: the latest such day not after the article
        month, day = (MONTHS[g[0]], int(g[1])) if kind == "md" else (MONTHS[g[1]], int(g[0]))
        year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
        return _ymd(year, month, day)
    return ""


_TODAY = re.compile(r"\btoday\b|\bthis morning\b|\btonight\b")
_YESTERDAY = re.compile(r"\byesterday\b")
_TOMORROW = re.compile(r"\btomorrow\b")
_WEEKDAY_PATTERNS = tuple(re.compile(rf"\b{name}\b") for name in WEEKDAYS)
_NEXT = re.compile(r"\bnext\b")
_WEEK = re.compile(r"\b(last|this|next|previous|past)\s+week\b")
_YEAR_OR_MONTH = re.compile(r"\b(last|this|next|previous|past)\s+(year|month)\b")
_AGO = re.compile(r"\b(a|one|two|three|four|five|\d+)\s+(year|month|day)s?\s+ago\b")


def _relative(text: str, today: date) -> str:
    if _TODAY.search(text):
        return today.isoformat()
    if _YESTERDAY.search(text):
        return (today - timedelta(days=1)).isoformat()
    if _TOMORROW.search(text):
        return (today + timedelta(days=1)).isoformat()
    for number, pattern in enumerate(_WEEKDAY_PATTERNS):
        if pattern.search(text):
            # news reports past events: the latest such weekday before the article date
            back = (today.weekday() - number) % 7 or 7
            if _NEXT.search(text):
                return (today + timedelta(days=(number - today.weekday()) % 7 or 7)).isoformat()
            return (today - timedelta(days=back)).isoformat()
    m = _WEEK.search(text)
    if m:
        # the week's month, when the whole week (Monday to Sunday) lies in one month
        shift = {"last": -7, "previous": -7, "past": -7, "this": 0, "next": 7}[m.group(1)]
        monday = today - timedelta(days=today.weekday()) + timedelta(days=shift)
        sunday = monday + timedelta(days=6)
        if (monday.year, monday.month) == (sunday.year, sunday.month):
            return f"{monday.year:04d}-{monday.month:02d}"
        return ""
    m = _YEAR_OR_MONTH.search(text)
    if m:
        shift = {"last": -1, "previous": -1, "past": -1, "this": 0, "next": 1}[m.group(1)]
        if m.group(2) == "year":
            return f"{today.year + shift:04d}"
        month = today.month - 1 + shift
        return f"{today.year + month // 12:04d}-{month % 12 + 1:02d}"
    m = _AGO.search(text)
    if m:
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
        n = words.get(m.group(1)) or int(m.group(1))
        if m.group(2) == "year":
            return f"{today.year - n:04d}"
        if m.group(2) == "month":
            month = today.month - 1 - n
            return f"{today.year + month // 12:04d}-{month % 12 + 1:02d}"
        return (today - timedelta(days=n)).isoformat()
    return ""


@lru_cache(maxsize=1 << 14)  # an article names the same few times again and again
def normalize(text: str, article_date: str = "") -> str:
    """The ISO date (YYYY, YYYY-MM or YYYY-MM-DD) a time phrase names, or ""."""
    lowered = text.lower()
    today = _parse_iso(article_date) if article_date else None
    found = _absolute(lowered, today)
    if found or today is None:
        return found
    return _relative(lowered, today)
