"""Cleaning: what is not news leaves the text and becomes metadata; news stays byte-identical."""

from __future__ import annotations

import pytest

from newsgraph.cleaning import clean_text, parse_copyright_line, parse_date_line

BODY = "The harbour authority closed the port on Monday after a fuel spill."
BODY2 = "Fishing boats were told to stay at their moorings until the slick is cleared."


@pytest.mark.parametrize(
    "line",
    [
        "– / Agence France-Presse / Getty Images",
        "Lena Marsh / Zuma Press",
        "Tomas Ruiz/Bloomberg News",
        "PHOTO: Kwame Asante/Reuters",
        "Photo: Kwame Asante",
        "Credit: Hana Ito for The Daily Courier",
        "Photograph: Ola Berg/EPA",
        "(AP Photo/Dario Lopez)",
        "Image: Ines Duarte.",
        "Image: Ines Duarte (flickr).",
    ],
)
def test_credit_lines_are_dropped(line: str) -> None:
    text, _ = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert line not in text
    assert BODY2 in text


@pytest.mark.parametrize(
    "caption, credit",
    [
        ("Dock workers watch tugboats tow a tanker out of the bay.", "Lena Marsh / Zuma Press"),
        ("Smoke rises over the refinery. Crews worked through the night.",
         "– / Agence France-Presse / Getty Images"),
        ("Volunteers sort donated blankets in a school gym.", "(AP Photo/Dario Lopez)"),
        ("A diver checks the hull.", "PHOTO: KWAME ASANTE/REUTERS"),
        ("A diver checks the hull.", "AFP via Getty Images"),
        ("A diver checks the hull.", "Getty Images"),
    ],
)
def test_caption_before_a_credit_line_is_dropped(caption: str, credit: str) -> None:
    text, _ = clean_text(f"{BODY}\n{caption}\n{credit}\n{BODY2}")
    assert text == f"{BODY}\n{BODY2}"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a quotation is not a caption
        '"We will reopen when it is safe," the harbour master said on Tuesday.',
        # a headline-like line without a full stop is not a caption either
        "Port closed after spill",
    ],
)
def test_line_before_a_credit_is_kept_when_it_is_not_a_caption(paragraph: str) -> None:
    text, _ = clean_text(f"{BODY}\n{paragraph}\nLena Marsh / Zuma Press\n{BODY2}")
    assert paragraph in text


def test_credit_with_a_prefix_does_not_take_the_paragraph_above() -> None:
    text, _ = clean_text(f"{BODY}\nImage: Ines Duarte.\n{BODY2}")
    assert text == f"{BODY}\n{BODY2}"


@pytest.mark.parametrize(
    "line",
    [
        "Workers at the quay. Image: Ines Duarte.",
        "A crane lifts a container at dawn. Photo: Kwame Asante/Reuters",
        "Harbour cranesImage: Port Authority.",
        "The old lighthouse (Photo: Tomas Ruiz)",
        "Pickets at the gate on Friday.Credit...Hana Ito for The Daily Courier",
    ],
)
def test_caption_with_its_own_credit_is_dropped(line: str) -> None:
    text, _ = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert text == f"{BODY}\n{BODY2}"


@pytest.mark.parametrize(
    "line, author",
    [
        ("By Priya Raman", "Priya Raman"),
        ("By Priya Raman and Tom Okafor", "Priya Raman; Tom Okafor"),
        ("By PRIYA RAMAN", "Priya Raman"),
        ("By Priya Raman, Staff Reporter", "Priya Raman"),
        ("By Priya Raman in Lagos", "Priya Raman"),
        ("Write to Priya Raman at priya.raman@example.com", "Priya Raman"),
        ("Write to Priya Raman by [email protected]", "Priya Raman"),
        ("Write to Priya Raman at [email protected] and Tom Okafor at [email protected]",
         "Priya Raman; Tom Okafor"),
        ("(Reporting by Priya Raman in Lagos; Editing by Tom Okafor)", "Priya Raman"),
    ],
)
def test_bylines_become_the_author(line: str, author: str) -> None:
    text, meta = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert text == f"{BODY}\n{BODY2}"
    assert meta["author"] == author


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday, the spill had reached the northern beaches.",
        "By the time divers arrived, the leak had stopped.",
        "By noon the slick covered two square kilometres.",
    ],
)
def test_sentences_starting_with_by_are_news(sentence: str) -> None:
    text, meta = clean_text(f"{BODY}\n{sentence}")
    assert sentence in text
    assert "author" not in meta


@pytest.mark.parametrize(
    "line",
    [
        "Join the conversation below.",
        "Should ports be closed for longer? Join the conversation below.",
        "Sign up for our morning briefing.",
        "Click here to read more coverage.",
        "Advertisement",
        "Follow Priya Raman on Twitter.",
        "Read more: Why tankers keep running aground",
        "Subscribe to the newsletter for daily updates",
        "Related Coverage",
        "Updated 3 hours ago",
        "Email: newsdesk@harbour.example",
        "Contact the author: priya@harbour.example",
        "Supported by",
        "Harbour reporters Ana Lima and Bo Park contributed to this report.",
    ],
)
def test_reader_prompts_are_dropped(line: str) -> None:
    text, _ = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert text == f"{BODY}\n{BODY2}"


@pytest.mark.parametrize("paragraph", [BODY, " ".join([BODY2] * 8)])
def test_a_prompt_ending_a_paragraph_leaves_the_news_before_it(paragraph: str) -> None:
    text, _ = clean_text(f"{paragraph} Join the conversation below.\n{BODY2}")
    assert text == f"{paragraph}\n{BODY2}"


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands rushed to sign up for the new ferry pass on Monday.",
        "Residents were invited to join the conversation about the port's future at a town hall.",
        "Copyright law was changed in 2019 to cover news snippets.",
        "The photo agency said its images were used without permission.",
        "Supported by naval tugs, the crews towed the tanker clear of the rocks.",
        "Related charges were filed against the ship's owner on Friday.",
        "Comments from the minister were not immediately available.",
    ],
)
def test_news_sentences_that_look_like_furniture_are_kept(sentence: str) -> None:
    text, _ = clean_text(f"{BODY}\n{sentence}")
    assert text == f"{BODY}\n{sentence}"


@pytest.mark.parametrize(
    "line, copyright, publisher",
    [
        (
            "Copyright © 2020 Harbour News & Company, Inc. All rights reserved.",
            "Copyright © 2020 Harbour News & Company, Inc. All rights reserved.",
            "Harbour News & Company, Inc.",
        ),
        (
            "Copyright © 2020 Harbour News & Company, Inc. All rights reserved. "
            "0a1b2c3d4e5f60718293",
            "Copyright © 2020 Harbour News & Company, Inc. All rights reserved.",
            "Harbour News & Company, Inc.",
        ),
        (
            "© 2021 The Coastal Press. All rights reserved. This material may not be published.",
            "© 2021 The Coastal Press. All rights reserved.",
            "The Coastal Press",
        ),
        ("Copyright 2019 Tidewater Media", "Copyright 2019 Tidewater Media", "Tidewater Media"),
    ],
)
def test_copyright_lines_become_metadata(line: str, copyright: str, publisher: str) -> None:
    text, meta = clean_text(f"{BODY}\n{line}")
    assert text == BODY
    assert meta["copyright"] == copyright
    assert meta["publisher"] == publisher


@pytest.mark.parametrize(
    "line, iso",
    [
        ("Friday, January 4, 2019", "2019-01-04"),
        ("January 4, 2019", "2019-01-04"),
        ("Jan. 4, 2019 10:30 am ET", "2019-01-04"),
        ("Sept. 30, 2020", "2020-09-30"),
        ("4 January 2019", "2019-01-04"),
        ("Updated: March 3, 2021", "2021-03-03"),
        ("2019-01-04", "2019-01-04"),
        ("February 30, 2019", ""),  # no such day
        ("January 4, 2019 was a cold day.", ""),  # a sentence, not a dateline
        ("In May 2019", ""),
    ],
)
def test_parse_date_line(line: str, iso: str) -> None:
    assert parse_date_line(line) == iso


def test_dateline_first_line_becomes_the_date() -> None:
    text, meta = clean_text(f"Friday, January 4, 2019\n\n{BODY}\n\n{BODY2}")
    assert text == f"{BODY}\n\n{BODY2}"
    assert meta["date"] == "2019-01-04"


@pytest.mark.parametrize(
    "opening, publisher",
    [
        ("LAGOS (Reuters) - ", "Reuters"),
        ("LAGOS, Nigeria (AP) — ", "AP"),
        ("LAGOS — ", ""),
        ("NEW DELHI: ", ""),
    ],
)
def test_dateline_prefix_is_removed(opening: str, publisher: str) -> None:
    text, meta = clean_text(f"{opening}{BODY}\n{BODY2}")
    assert text == f"{BODY}\n{BODY2}"
    assert meta.get("publisher", "") == publisher


def test_email_artifacts_are_removed_inside_kept_lines() -> None:
    text, _ = clean_text(f"{BODY}\nThe authority asked witnesses to write to [email protected] "
                         "with photographs.")
    assert "[email" not in text
    assert text.endswith("asked witnesses to write with photographs.")


@pytest.mark.parametrize(
    "first, title",
    [
        ("Fuel spill closes harbour", "Fuel spill closes harbour"),
        ("Why the harbour closed: a timeline", "Why the harbour closed: a timeline"),
        (BODY, ""),  # a sentence, not a headline
        ("LAGOS", ""),  # a lone word is a dateline or a label, not a headline
    ],
)
def test_headline_of_plain_text(first: str, title: str) -> None:
    text, meta = clean_text(f"{first}\n{BODY2}")
    assert meta.get("title", "") == title
    assert text == (BODY2 if title else f"{first}\n{BODY2}")


def test_known_title_repeated_as_first_line_is_dropped() -> None:
    text, meta = clean_text(f"Fuel spill closes harbour\n{BODY}", title="Fuel spill closes harbour")
    assert text == BODY
    assert "title" not in meta


def test_single_line_is_never_taken_as_title() -> None:
    text, meta = clean_text("Fuel spill closes harbour")
    assert text == "Fuel spill closes harbour"
    assert "title" not in meta


def test_kept_text_is_byte_identical() -> None:
    body = ("  The ministry’s figures — released at 9 a.m. — show a 12% rise.\n\n"
            "“It is worse than we feared,” said Ana Lima, a port official.\u00a0It was.")
    text, _ = clean_text(f"By Priya Raman\n{body}\nCopyright 2020 Tidewater Media")
    assert text == body.strip()


def test_crlf_and_blank_runs_are_normalized() -> None:
    text, _ = clean_text(f"{BODY}\r\n\r\n\r\n\r\nAdvertisement\r\n\r\n{BODY2}\r\n")
    assert text == f"{BODY}\n\n{BODY2}"


@pytest.mark.parametrize(
    "line, notice, holder",
    [
        ("© 2022 Riverside Media Ltd. All rights reserved.",
         "© 2022 Riverside Media Ltd. All rights reserved.", "Riverside Media Ltd."),
        ("Copyright 2019 Tidewater Media", "Copyright 2019 Tidewater Media", "Tidewater Media"),
        ("© 2023 Bay Herald Media LLC. All rights reserved.",
         "© 2023 Bay Herald Media LLC. All rights reserved.", "Bay Herald Media LLC"),
        ("Copyright law changed in 2019.", "", ""),
        (BODY, "", ""),
    ],
)
def test_parse_copyright_line(line: str, notice: str, holder: str) -> None:
    assert parse_copyright_line(line) == (notice, holder)


def test_wire_story_layout() -> None:
    story = (
        "Ports agree deal on tanker checks\n"
        "By Karen Whitfield and Omar Haddad\n"
        "3 MIN READ\n"
        "OSLO (Reuters) - Four port authorities agreed on Tuesday to inspect older tankers.\n"
        "The checks start in June, officials said.\n"
        "(Reporting by Karen Whitfield in Oslo; Additional reporting by Omar Haddad in Bergen; "
        "Editing by Lena Ford)"
    )
    text, meta = clean_text(story)
    assert text == ("Four port authorities agreed on Tuesday to inspect older tankers.\n"
                    "The checks start in June, officials said.")
    assert meta == {"title": "Ports agree deal on tanker checks", "publisher": "Reuters",
                    "author": "Karen Whitfield; Omar Haddad"}


def test_tags_and_buttons_after_the_last_sentence_are_dropped() -> None:
    text, _ = clean_text(f"{BODY}\n{BODY2}\nMore on these topics\nShipping\nShare\nReuse this")
    assert text == f"{BODY}\n{BODY2}"


def test_docstring_examples_run() -> None:
    import doctest

    from newsgraph import cleaning

    result = doctest.testmod(cleaning)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize(
    "line",
    ["Image: tom k lee.", "Photo: sunbird88! (flickr).", "Image: marco_v"],
)
def test_credit_lines_naming_a_user_handle_are_dropped(line: str) -> None:
    text, _ = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert line not in text
    assert BODY in text and BODY2 in text


def test_caption_after_an_image_prefix_is_not_taken_for_a_handle() -> None:
    # a described scene is not a user name; only the handle rule is tested here
    from newsgraph.cleaning import _handle_like

    assert not _handle_like("the ferry was seen at dawn")
    assert _handle_like("tom k lee")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Паром отправился в полдень, и пассажиры были довольны поездкой.",
        "東京の港に新しい船が到着した。",
        "Ο δήμαρχος άνοιξε τη νέα γέφυρα το πρωί.",
    ],
)
def test_paragraphs_in_another_script_are_dropped(paragraph: str) -> None:
    text, _ = clean_text(f"{BODY}\n{paragraph}\n{BODY2}")
    assert paragraph not in text
    assert BODY in text and BODY2 in text


@pytest.mark.parametrize(
    "paragraph",
    [
        "The café in Zürich reopened, the owner, Łukasz Nowak, said.",
        "The ferry was named Звезда (Star) by its Russian owner.",
    ],
)
def test_english_with_a_few_foreign_letters_is_kept(paragraph: str) -> None:
    text, _ = clean_text(f"{BODY}\n{paragraph}\n{BODY2}")
    assert paragraph in text


def test_caption_ending_in_a_user_handle_credit_is_dropped() -> None:
    line = "Boats moored along the quay. Image: tom k lee (flickr)."
    text, _ = clean_text(f"{BODY}\n{line}\n{BODY2}")
    assert line not in text
    assert BODY in text and BODY2 in text


@pytest.mark.parametrize(
    "line, cleaned",
    [
        ('She said "[t]he plan aim[ed] to help [the] farmers."',
         'She said "the plan aimed to help the farmers."'),
        ("The reserve[s] ran out[...] We waited.", "The reserves ran out... We waited."),
        ("A detailed map[3] of the coast.", "A detailed map of the coast."),
        ("Talks with NGOs [non-governmental organisations] began.",
         "Talks with NGOs (non-governmental organisations) began."),
        ("In March [2019], the [city] council met.", "In March 2019, the city council met."),
        ("Nothing in brackets here.", "Nothing in brackets here."),
    ],
)
def test_editorial_brackets_keep_their_words_and_lose_their_marks(line: str, cleaned: str) -> None:
    assert clean_text(f"{line}\n\nA second paragraph follows here.")[0].split("\n\n")[0] == cleaned
