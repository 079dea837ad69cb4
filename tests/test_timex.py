"""Time phrases normalized to ISO dates, with and without the article's date."""

from __future__ import annotations

import pytest

from newsgraph.timex import normalize


@pytest.mark.parametrize(
    "text, article_date, expected",
    [
        ("in 2016", "", "2016"),
        ("in April 2020", "", "2020-04"),
        ("on 12 July 2006", "", "2006-07-12"),
        ("on July 12, 2006", "", "2006-07-12"),
        ("in the 1990s", "", ""),
        ("in recent years", "2021-01-20", ""),
        ("last month", "", ""),
        ("last month", "2021-01-20", "2020-12"),
        ("last year", "2021-01-20", "2020"),
        ("this year", "2021-01-20", "2021"),
        ("on Monday", "2021-01-20", "2021-01-18"),  # 2021-01-20 is a Wednesday
        ("on Wednesday", "2021-01-20", "2021-01-13"),
        ("yesterday", "2021-03-01", "2021-02-28"),
        ("last week", "2021-11-25", "2021-11"),
        ("last week", "2021-11-03", "2021-10"),  # Monday 25 to Sunday 31 October
        ("last week", "2021-12-08", ""),  # Monday 29 November to Sunday 5 December
        ("two years ago", "2021-03-01", "2019"),
        ("on December 30", "2021-01-20", "2020-12-30"),
        ("on January 5", "2021-01-20", "2021-01-05"),
        ("since January 2021", "2021-03-01", "2021-01"),
    ],
)
def test_normalize(text, article_date, expected):
    assert normalize(text, article_date) == expected


def test_bad_article_date_is_ignored():
    assert normalize("last month", "not a date") == ""
