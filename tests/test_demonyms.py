"""The country table: news names, aliases, demonyms, capitals, US states."""

from __future__ import annotations

import pytest

from newsgraph.demonyms import (
    countries,
    country_for_capital,
    country_for_demonym,
    country_for_name,
    normalize,
    us_states,
)


@pytest.mark.parametrize("text, name", [
    ("Russia", "Russia"),
    ("the Russian Federation", "Russia"),
    ("Iran", "Iran"),
    ("Islamic Republic of Iran", "Iran"),
    ("the US", "United States"),
    ("U.S.", "United States"),
    ("the United States of America", "United States"),
    ("America", "United States"),
    ("Britain", "United Kingdom"),
    ("Syria's", "Syria"),
    ("Türkiye", "Turkey"),
    ("Cote d'Ivoire", "Ivory Coast"),
    ("South Korea", "South Korea"),
    ("Georgia", "Georgia"),
])
def test_names_and_aliases(text, name):
    found = country_for_name(text)
    assert found is not None and found.name == name


@pytest.mark.parametrize("text", ["Korea", "Islamic", "Kurdistan", "Washington", "the group"])
def test_not_country_names(text):
    assert country_for_name(text) is None


@pytest.mark.parametrize("word, name", [
    ("Russian", "Russia"), ("Iranian", "Iran"), ("American", "United States"),
    ("British", "United Kingdom"), ("Syrians", "Syria"), ("Dutch", "Netherlands"),
    ("Emirati", "United Arab Emirates"), ("Dominican", "Dominican Republic"),
    ("Nigerien", "Niger"), ("Nigerian", "Nigeria"), ("Filipino", "Philippines"),
])
def test_demonyms(word, name):
    found = country_for_demonym(word)
    assert found is not None and found.name == name


@pytest.mark.parametrize("word", ["Islamic", "Kurdish", "Arabic", "Democratic", "Sunni"])
def test_words_that_are_no_demonym(word):
    assert country_for_demonym(word) is None


def test_capitals_for_metonymy():
    assert country_for_capital("Moscow").name == "Russia"
    assert country_for_capital("Washington").name == "United States"
    assert country_for_capital("Springfield") is None


def test_every_country_has_a_unique_name_and_code():
    table = countries()
    assert len({c.code for c in table}) == len(table) >= 249
    assert len({c.name for c in table}) == len(table)
    # news names, not index forms such as "Korea, Republic of"
    assert not [c.name for c in table if c.name.endswith((" of", " of the")) or ", " in c.name
                and c.name.split(", ")[1][:1].islower()]
    assert not [c.name for c in table if ", Republic" in c.name or ", Islamic" in c.name]


def test_us_states_hold_georgia_but_not_countries():
    assert "georgia" in us_states() and "texas" in us_states()
    assert "russia" not in us_states()


def test_normalize_ignores_case_dots_the_and_possessive():
    assert normalize("The U.S.'s") == normalize("us") == "us"


def test_the_message_catalog_reader_reads_what_gettext_reads():
    import gettext
    import os

    import pycountry

    from newsgraph.demonyms import _message_catalog

    folder = pycountry.LOCALES_DIR
    for language in ("de", "pl", "ru", "ja"):
        path = os.path.join(folder, language, "LC_MESSAGES", "iso3166-1.mo")
        catalog = _message_catalog(path)
        translation = gettext.translation("iso3166-1", folder, languages=[language])
        assert len(catalog) > 200
        for record in pycountry.countries:
            assert catalog.get(record.name, record.name) == translation.gettext(record.name)


def test_reading_the_tables_at_once_reads_every_one() -> None:
    from newsgraph import demonyms

    demonyms.read_tables()
    assert demonyms._by_endonym.cache_info().currsize == 1
    assert demonyms._regions.cache_info().currsize == 1
    assert demonyms.country_for_endonym("Polska") == demonyms.country_for_name("Poland")
