"""Resolution that knows when it does not know: each case here is a sentence where the
nearest agreeing referent is the wrong one, so the end must be uncertain (kept, not
asserted) or resolved elsewhere, never given to that referent.

Statements come from the real extractor over handwritten paragraphs; the last tests
are of the extractor alone (a possessive "have" of a deed).
"""

from __future__ import annotations

import pytest

from newsgraph.analysis import analyse
from newsgraph.extraction import extract
from newsgraph.models import Article


def relations(nlp, text: str) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(subject label, lemma, object label) -> (subject via, object via)."""
    resolved = next(analyse(nlp, [Article(id="a1", text=text)]))
    labels = {e.key: e.label for e in resolved.entities}
    return {(labels.get(r.subject, ""), r.extraction.lemma, labels.get(r.object, "")):
            (r.subject_via, r.object_via) for r in resolved.relations}


def test_troops_in_a_country_are_not_that_country_acting(nlp):
    found = relations(nlp, "Juan Ortega was killed by Chilean special forces in Peru in 2011.")
    assert ("Chile", "kill", "Juan Ortega") in found
    assert not any(s == "Peru" and lemma == "kill" for s, lemma, _ in found)


def test_police_in_a_country_with_no_other_owner_still_act_for_it(nlp):
    found = relations(nlp, "Police in Peru arrested Juan Ortega on Monday.")
    assert ("Peru", "arrest", "Juan Ortega") in found


def test_troops_that_only_are_somewhere_are_not_their_state_being_there(nlp):
    found = relations(nlp, "Canadian troops were in Mali for six years.")
    assert not any(s == "Canada" and lemma.startswith("be") for s, lemma, _ in found)


def test_respectively_pairs_lists_so_no_item_goes_with_the_whole(nlp):
    found = relations(nlp, "On Tuesday, Senator Ann Lee and Governor Bob Kim won the Green "
                           "and Labour Ohio primaries respectively.")
    wins = {k: v for k, v in found.items() if k[1] == "win"}
    assert wins and all("uncertain" in via for via in wins.values())


def test_without_respectively_a_coordinated_subject_is_each_member(nlp):
    found = relations(nlp, "Senator Ann Lee and Governor Bob Kim won the Ohio primary.")
    wins = {k: v for k, v in found.items() if k[1] == "win"}
    assert {s for s, _, _ in wins} == {"Ann Lee", "Bob Kim"}
    assert not any("uncertain" in via for via in wins.values())


def test_a_possessive_of_a_subject_whose_kind_is_a_guess_is_that_subjects(nlp):
    # "Zorvex" is a person only by the recognizer's guess: "its" is the subject's own
    found = relations(nlp, "Boeing delayed its launch. Last year, Zorvex tested its Falcon "
                           "rocket by launching a car into space.")
    tests = {k: v for k, v in found.items() if k[1] == "test"}
    assert tests and not any("Boeing" in o for _, _, o in tests)
    assert all(o.endswith("of Zorvex") for _, _, o in tests)


def test_a_pronoun_that_does_not_resolve_clearly_is_uncertain(nlp):
    # "it" outside the guessed name's own clause: the name stays a rival of the firm
    found = relations(nlp, "Boeing delayed its launch. Last year, Zorvex tested a rocket. "
                           "The car it carried reached space.")
    carries = {k: v for k, v in found.items() if k[1] == "carry"}
    assert carries and all(via[0] == "uncertain" for via in carries.values())


def test_a_possessive_that_resolves_clearly_names_the_owner(nlp):
    found = relations(nlp, "Boeing delayed its launch of the new rocket.")
    assert any(o.endswith("of Boeing") and via == ("name", "nominal")
               for (_, lemma, o), via in found.items() if lemma == "delay")


def test_a_possessive_after_the_object_may_be_the_objects(nlp):
    # "his" after "Tom Hale" may be Hale's as well as the subject's: never the subject's
    found = relations(nlp, "Ann Lee represented Tom Hale in his lawsuit against Acme Corp.")
    sues = {k: v for k, v in found.items() if k[1] == "sue"}
    assert not any(s == "Ann Lee" and via[0] != "uncertain" for (s, _, _), via in sues.items())


@pytest.mark.parametrize("text, lemma, owner", [
    # what the object is fined or praised for is its own deed, and so its possessive
    ("The Valdoran Commission fined Zorvex for abusing its dominant position.", "abuse",
     "Zorvex"),
    ("The Kelso Council fined Ann Lee for abusing her office.", "abuse", "Ann Lee"),
])
def test_a_possessive_in_what_the_object_is_fined_for_is_the_objects(nlp, text, lemma, owner):
    found = relations(nlp, text)
    objects = [o for (_, lem, o) in found if lem == lemma]
    assert objects and all(o.endswith(f"of {owner}") for o in objects)


def test_a_she_after_several_who_speak_is_none_of_them(nlp):
    # a plural reporter is no "she"; and "her sons" are men, so a later "she" is the mother
    text = ("Dame Ann Lee, the actress, has died aged 89. Her sons, Tom Reyes and Ben Kell, "
            "said she died in hospital. Born in Dalton in 1934, she won two Oscars.")
    found = relations(nlp, text)
    won = {s for (s, lemma, _) in found if lemma == "win"}
    assert won == {"Ann Lee"}
    assert not any(s in ("Tom Reyes", "Ben Kell") for (s, lemma, _) in found
                   if lemma in ("die", "die in", "be born in", "win"))


def test_a_quoted_he_is_not_the_speaker(nlp):
    # (a given name of either sex before: "Ann Lee" is no "he")
    found = relations(nlp, 'Governor Dana Lee spoke on Monday. Minister Tom Reyes said: "For '
                           'years he chaired the council and he opened the Lima Museum."')
    opened = [k for k in found if k[1] == "open"]
    assert opened and all(s != "Tom Reyes" for s, _, _ in opened)


def test_a_quoted_he_two_sentences_into_a_tweet_is_not_the_one_who_tweeted(nlp):
    # the quotation opens two sentences before "He"; tweeting makes Velin its speaker
    found = relations(nlp, 'On Thursday, Tomas Kell, the former mayor of Kelso, died. '
                           'Governor Ana Velin tweeted she was "pained to hear about the '
                           'demise of my dear friend Tomas Kell. A wonderful human being. He '
                           'devoted himself to the Vale Party. His demise is a great loss".')
    devoted = [s for s, lemma, _ in found if lemma.startswith("devote")]
    assert devoted and "Ana Velin" not in devoted
    # nor by way of a pronoun that names the speaker in the sentence the quotation opens in
    found = relations(nlp, 'On Thursday, Tomas Kell, the former mayor of Kelso, died. Chief '
                           'Minister Ana Velin tweeted she was "pained to hear about the '
                           'demise of my dear friend Tomas Kell. She is a wonderful human '
                           'being. She devoted herself to the Vale Party".')
    devoted = [s for s, lemma, _ in found if lemma.startswith("devote")]
    assert "Ana Velin" not in devoted


def test_a_pronoun_is_uncertain_when_a_nearer_subject_was_typed_otherwise_once(nlp):
    # "Dorian" is a storm the recognizer may not type: "it" must not skip to the agency
    found = relations(nlp, "Dorian hit Florida. Later the United Nations sent aid. On "
                           "Friday Dorian was northbound as it left the Bahamas.")
    left = {k: v for k, v in found.items() if k[1] == "leave"}
    assert not any(s == "United Nations" and via[0] != "uncertain"
                   for (s, _, _), via in left.items())


# ------------------------------------------------------------------ possessives of deeds


@pytest.mark.parametrize("text, owner", [
    ("Ann Lee criticised Tom Reyes's statement on the strike.", "Tom Reyes"),
    ("Tom Reyes's resignation surprised the council.", "Tom Reyes"),
    ("The court rejected Ann Lee's appeal on Monday.", "Ann Lee"),
])
def test_what_the_owner_did_or_underwent_is_nothing_it_has(nlp, text, owner):
    found = extract(nlp(text))
    assert not [e for e in found if e.lemma == "have" and e.subject
                and e.subject.text == owner]


@pytest.mark.parametrize("text, owner", [
    ("Ann Lee visited Acme's new factory.", "Acme"),
    ("Tom Reyes's brother opened a bakery.", "Tom Reyes"),
])
def test_a_thing_the_owner_has_is_still_had(nlp, text, owner):
    found = extract(nlp(text))
    assert [e for e in found if e.lemma == "have" and e.subject and e.subject.text == owner]


def test_supporters_of_an_organization_do_not_act_as_it(nlp):
    found = relations(nlp, "The Green Dawn party was founded by supporters of the Lumen "
                           "Movement in 2004.")
    assert not any(s == "Lumen Movement" for s, lemma, _ in found if lemma == "found")


def test_members_of_an_organization_still_act_as_it(nlp):
    found = relations(nlp, "Members of the Lumen Movement founded the Green Dawn party.")
    assert any(s == "Lumen Movement" for s, lemma, _ in found if lemma == "found")


def test_a_possessive_on_a_conjunct_belongs_to_the_name_it_is_joined_to(nlp):
    found = relations(nlp, "On Monday, Mayor Ann Lee sent a letter to Tom Reyes and his "
                           "campaign team.")
    objects = {o for _, _, o in found}
    assert "campaign team of Tom Reyes" in objects
    assert not any(o.endswith("of Ann Lee") for o in objects)


@pytest.mark.parametrize(("text", "lemma"), [
    ("The Atlantic Fisheries Board considers Interpol to be a partner.", "consider"),
    ("The new treaty allows Ruritania to search ships.", "allow"),
    ("The hospital found Ann Lee to be positive for the virus.", "find"),
])
def test_an_object_with_a_clause_of_its_own_is_no_edge(nlp, text, lemma):
    # "allows Ruritania to search ships" says nothing of Ruritania without the clause
    found = relations(nlp, text)
    assert not any(found_lemma == lemma for _, found_lemma, _ in found), found


def test_a_surname_the_recognizer_calls_an_organization_stays_a_person(nlp):
    # "Vasquez" alone is tagged ORG here; with the full name in its group it is a surname,
    # so "he" after the quotes finds the scientist rather than no one
    found = relations(nlp, "Planetary scientist Vlada Vasquez of the Atlantic Institute "
                           "developed a new model of brines. \"We were astonished,\" Vasquez "
                           "told the Daily Courier. \"It was real,\" Vasquez told the Tribune. "
                           "\"It changes everything,\" he told Science Weekly.")
    assert ("Vlada Vasquez", "tell", "Science Weekly") in found


def test_its_after_a_place_that_is_its_clauses_subject_is_that_place(nlp):
    found = relations(nlp, "The World Health Organization warned of the risk. Maryland "
                           "rescheduled most of its primary races to June 2.")
    objects = [o for s, lemma, o in found if lemma.startswith("reschedule")]
    assert objects and not any("World Health" in o for o in objects)
    assert any("Maryland" in o for o in objects)


def test_its_elsewhere_is_still_no_place(nlp):
    # the clause's subject is an unnamed council: the place named before owns nothing
    found = relations(nlp, "Maryland hosted the summit. The next day the council published "
                           "its annual report.")
    objects = [o for s, lemma, o in found if lemma == "publish"]
    assert objects and not any("Maryland" in o for o in objects)


def test_a_name_seen_only_in_a_persons_title_is_a_doubtful_antecedent(nlp):
    # "it" is the resignation; the country only said whose president she is
    found = relations(nlp, "On Tuesday, United States President Ana Ruiz announced she had "
                           "asked for adviser Tom Kell's resignation, and that Kell tendered "
                           "it the next morning.")
    tenders = {k: v for k, v in found.items() if k[1] == "tender"}
    assert tenders and all(via[1] == "uncertain" for via in tenders.values())
    asks = {k: v for k, v in found.items() if k[1] == "ask for"}
    assert any(k[0] == "Ana Ruiz" and via[0] == "pronoun" for k, via in asks.items())


class _SurnameAsPlace:
    """The pipeline, with every lone "Soltani" tagged LOC and a second "Jamal Soltani" GPE
    (the recognizer's confusions)."""

    def __init__(self, nlp):
        self.nlp = nlp

    def pipe(self, items, **kwargs):
        from spacy.tokens import Span

        for doc, context in self.nlp.pipe(items, **kwargs):
            full = [t.i for t in doc if t.text == "Jamal"]
            spans = [Span(doc, i, i + 2, label="PERSON" if i == full[0] else "GPE")
                     for i in full]
            spans += [Span(doc, t.i, t.i + 1, label="LOC") for t in doc
                      if t.text == "Soltani" and doc[t.i - 1].text != "Jamal"]
            spans += [e for e in doc.ents if "Soltani" not in e.text and "Jamal" not in e.text]
            doc.ents = sorted(spans, key=lambda span: span.start)
            yield doc, context

    def __getattr__(self, name):
        return getattr(self.nlp, name)


def test_a_surname_the_recognizer_calls_a_place_stays_a_person(nlp):
    found = relations(_SurnameAsPlace(nlp), "Jamal Soltani, a Zemblan national, was a columnist "
                      "for the Valdora Post. Officials said Soltani was murdered. Soltani was "
                      "slain in October. Friends of Jamal Soltani said Soltani was killed by "
                      "agents. He had lived in Norway.")
    assert ("Jamal Soltani", "live in", "Norway") in found


@pytest.mark.parametrize(("text", "expected"), [
    # a lone party word is called by the party's name, and joins the party named in full
    ("Republican Ann Lee met Tom Rees, a Democrat.",
     {("Ann Lee", "be member of", "Republican Party"),
      ("Tom Rees", "be member of", "Democratic Party")}),
    ("The Democratic Party said Tom Rees, a Democrat, would run again.",
     {("Tom Rees", "be member of", "Democratic Party")}),
])
def test_a_lone_party_word_is_the_party(nlp, text, expected):
    found = relations(nlp, text)
    assert expected <= set(found)
    assert not any(label in ("Democrat", "Republican") for key in found for label in key)


@pytest.mark.parametrize("text", [
    "A Republican won the seat in Ohio.",
    "Polls showed Tom Rees ahead of any other Democrat running against Ann Lee.",
])
def test_one_member_written_by_the_party_word_is_not_the_party(nlp, text):
    found = relations(nlp, text)
    assert not any(s in ("Republican Party", "Democratic Party") for s, _, _ in found)


def test_a_party_named_in_full_and_by_its_word_is_one_node(nlp):
    resolved = next(analyse(nlp, [Article(id="a1", text=(
        "The Democratic Party said Tom Rees, a Democrat, would run again."))]))
    parties = [e for e in resolved.entities if "Democrat" in e.label]
    assert len(parties) == 1 and parties[0].label == "Democratic Party"


def test_a_second_his_in_a_list_of_kin_is_the_first_ones_owner(nlp):
    # "his son" is coordinated with the wife's name: the two "his" are one man
    found = relations(nlp, "Tom Hale attended with his second wife Mary Hale and his son "
                           "Peter Hale.")
    assert ("Peter Hale", "child of", "Tom Hale") in found
    assert not any(s == "Peter Hale" and o == "Mary Hale" for s, _, o in found)


def test_a_name_the_possessive_owns_is_not_its_referent(nlp):
    # "his wife, Ann Reed": she is the wife, so the next "his" is not hers
    found = relations(nlp, "Tom Reed died on Monday. He is survived by his wife, Ann Reed, "
                           "and his daughter, Jo Reed.")
    assert ("Jo Reed", "child of", "Tom Reed") in found
    assert not any(s == "Jo Reed" and o == "Ann Reed" for s, _, o in found)


def test_a_possessive_is_uncertain_when_a_rival_in_its_sentence_is_known_of_its_gender(nlp):
    # Dana's gender is not known; Tom is "her brother", a man: "his wife" may be his
    found = relations(nlp, "Dana Lee met her brother Tom Lee and his wife Jo Lee.")
    assert found[("Jo Lee", "spouse of", "Dana Lee")][1] == "uncertain"


def test_a_kin_noun_before_a_name_gives_its_gender(nlp):
    # Mary Hale is a wife: "he" of the next sentence is Tom, not Mary, the subject before
    found = relations(nlp, "At the gala, Tom Hale's wife Mary Hale spoke first. Later he "
                           "greeted Ann Park.")
    assert found[("Tom Hale", "greet", "Ann Park")][0] == "pronoun"
    assert not any(s == "Mary Hale" and lemma == "greet" for s, lemma, _ in found)


def test_a_name_seen_only_as_a_things_word_is_a_doubtful_antecedent(nlp):
    # the recognizer calls "Snapchat" a person; it only says which account, and "his"
    # may as well be the singer's (it is)
    text = ("Tom Reed, the singer, has died. The news came from the Snapchat account in his "
            "name and was confirmed by police with his daughter Jo Reed.")
    found = relations(nlp, text)
    ties = {k: v for k, v in found.items() if k[:2] == ("Jo Reed", "child of")}
    assert ties and all(via[1] == "uncertain" for via in ties.values())


def test_a_business_by_its_trade_is_the_one_firm_in_sight(nlp):
    found = relations(nlp, "Acme Corp reported higher profits. The company also hired 200 "
                           "workers.")
    assert found[("Acme Corp", "hire", "workers")][0] == "description"


def test_a_business_by_its_trade_is_uncertain_beside_another_firm(nlp):
    found = relations(nlp, "Acme sold its chip unit to Bolt Corp on Monday. The company also "
                           "hired 200 workers.")
    hires = {k: v for k, v in found.items() if k[1] == "hire"}
    assert hires and all(via[0] == "uncertain" for via in hires.values())


def test_a_post_in_capitals_is_no_body(nlp):
    resolved = next(analyse(nlp, [Article(id="a1", text="Ann Kell, Acme's CEO for Europe, "
                                                        "said sales rose.")]))
    assert not any(e.label == "CEO" or e.kind == "Organization" and "CEO" in e.label
                   for e in resolved.entities)


def test_a_trade_with_words_of_its_own_is_another_firm(nlp):
    found = relations(nlp, "Acme Corp reported higher profits. The parent company also hired "
                           "200 workers.")
    assert not any(s == "Acme Corp" and lemma == "hire" for s, lemma, _ in found)


def test_an_agency_a_common_noun_names_is_no_government(nlp):
    found = relations(nlp, "Norway's data protection authority fined Acme on Monday.")
    subjects = {s for s, lemma, _ in found if lemma == "fine"}
    assert subjects and not any("government" in s for s in subjects)
    found = relations(nlp, "Norway's government fined Acme on Monday.")
    assert any("government" in s for s, lemma, _ in found if lemma == "fine")


def test_it_after_a_thing_in_its_own_sentence_may_be_the_thing(nlp):
    # "it" is the plan, which names no entity; the party is no sure antecedent
    found = relations(nlp, "The Zemblan Greens said they would vote against the plan when it "
                           "reaches the Senate next month.")
    reaches = {k: v for k, v in found.items() if k[1] == "reach"}
    assert reaches and all(via[0] in ("uncertain", "") for via in reaches.values())


def test_he_in_what_someone_was_told_may_be_the_one_told(nlp):
    found = relations(nlp, "Judge Dana Cole told Tom Reed he had broken the rules.")
    breaks = {k: v for k, v in found.items() if k[1] == "break"}
    assert breaks and all(via[0] == "uncertain" for via in breaks.values())


def test_a_common_given_name_tells_the_gender(nlp):
    # "she" is never Michael Kell, the subject before; "Ann Lee" is no "he"
    found = relations(nlp, "Michael Kell met Dana Park on Monday. Later she thanked Tom Rees.")
    assert found[("Dana Park", "thank", "Tom Rees")][0] == "pronoun"
    assert ("Michael Kell", "thank", "Tom Rees") not in found
    found = relations(nlp, "Judge Ann Cole told Tom Reed he had broken the rules.")
    assert found[("Tom Reed", "break", "rules")][0] == "pronoun"
    # a body named after someone has no gender: "he" is not Howard University
    found = relations(nlp, "Dana Kell spoke on Monday. Howard University praised the plan. "
                           "He founded a clinic in Marlow.")
    assert found[("Dana Kell", "found", "clinic")][0] == "pronoun"


def test_he_beside_a_she_in_one_sentence_is_another_person(nlp):
    found = relations(nlp, "Paul Reed, 61, was jailed on Friday. Judge Ann Cole told Reed he "
                           "had betrayed his neighbours. She said he had used the money to buy "
                           "a boat. His wife, Mary Reed, was cleared.")
    assert ("Mary Reed", "spouse of", "Paul Reed") in found
    assert ("Mary Reed", "spouse of", "Ann Cole") not in found


def test_a_common_noun_that_opens_a_quotation_is_no_name(nlp):
    text = ('The court heard Tom Reed transferred money from the fund. "Money that should have '
            'housed families went on his lifestyle," Ann Cole said.')
    resolved = next(analyse(nlp, [Article(id="a1", text=text)]))
    labels = {e.label for e in resolved.entities}
    assert "Money" not in labels


def test_a_headlines_first_word_the_article_writes_in_lower_case_is_no_name(nlp):
    text = ("Novelist wins Dorvale Prize with debut\n\nThe novelist Ann Cole won the Dorvale "
            "Prize on Monday.")
    resolved = next(analyse(nlp, [Article(id="a1", text=text)]))
    labels = {e.label for e in resolved.entities}
    assert "novelist" in labels and "Novelist" not in labels


@pytest.mark.parametrize("text, name", [
    ("Carmaker Volkner to cut 500 jobs\n\nThe German carmaker Volkner said on Monday it "
     "would cut 500 jobs.", "Volkner"),
    ("Striker Tom Reed scored twice. The striker Tom Reed joined the club in May.", "Tom Reed"),
])
def test_a_trade_word_that_opens_a_sentence_is_no_part_of_the_name(nlp, text, name):
    resolved = next(analyse(nlp, [Article(id="a1", text=text)]))
    labels = {e.label for e in resolved.entities}
    assert name in labels and not any(label.endswith(" " + name) for label in labels)


def test_a_name_with_a_chief_executive_is_a_rival_firm_for_the_company(nlp):
    # the recognizer may take an unknown firm's name for a place; its chief executive
    # says it is a firm, so "the company" may be either
    text = ("Brightwell agrees takeover of rival\n\nWater company Brightwell has agreed to "
            "buy its smaller rival Purespring for £2bn, creating the largest water supplier "
            "in the north of England.\n\nThe deal, announced on Monday, was approved by the "
            "boards of both companies. Purespring shareholders will receive 540p a share in "
            "cash.\n\nBrightwell chairman Sir Tom Hall said the combined company would invest "
            "£5bn in pipes. \"This deal is good for customers,\" he said.\n\nPurespring's "
            "chief executive, Ann Cole, will leave the business once the takeover is "
            "completed. She joined the company in 2018 from the energy firm Eastern Gas.")
    found = relations(nlp, text)
    joins = {k: v for k, v in found.items() if k[1] == "join"}
    assert joins and all(via[1] != "description" for via in joins.values())


def test_his_is_uncertain_while_a_named_persons_surname_stands_nearer_as_a_company(nlp):
    # the recognizer may tag the surname "Varga" a company; "his" is Daniel Varga's most
    # likely, never the judge's, whose gender the article does not tell
    found = relations(nlp, "A former treasurer of Holmbury was jailed for fraud. Daniel Varga, "
                           "58, was convicted at Lincoln Crown Court in May. The judge, Helen "
                           "Marsh, said he had abused the trust of the town. The court heard "
                           "that Varga moved public money into a firm owned by his brother, "
                           "Peter Varga. Peter Varga was cleared of all charges. Police "
                           "arrested Varga in 2022.")
    assert not any(o == "Helen Marsh" and via[1] != "uncertain"
                   for (_, lemma, o), via in found.items() if lemma.startswith("sibling"))


def test_the_country_after_two_countries_is_uncertain(nlp):
    # which country she left, the text leaves to the reader
    text = ("Mara Quill was questioned in the UK in May. She worked at a bakery. In June she "
            "flew to Canada. Police said Quill had left the country.")
    found = relations(nlp, text)
    left = {key: how for key, how in found.items() if key[1] == "leave" and
            key[0] == "Mara Quill" and key[2] in ("United Kingdom", "Canada")}
    assert any(how[1] == "uncertain" for how in left.values())
    # one country in sight: "the country" is it
    found = relations(nlp, "Mara Quill flew to Canada on Monday. Police said Quill had left "
                           "the country by Friday.")
    assert ("Mara Quill", "leave", "Canada") in found and \
        found[("Mara Quill", "leave", "Canada")][1] != "uncertain"


def test_an_acronym_the_model_reads_as_who_is_a_name_before_a_hyphened_title(nlp):
    # "WHO" is a pronoun to the tagger, and "Director" ran into it as one name
    found = relations(nlp, "The World Health Organization declared an emergency on Friday. "
                           "WHO Director-General Ann Marwick said the agency would send "
                           "doctors.")
    assert ("Ann Marwick", "lead", "World Health Organization") in found


def test_an_owned_event_is_named_by_what_it_is_of(nlp):
    # "its invasion of Georgia": Russia invades; "invasion of Russia" says the reverse
    found = relations(nlp, "Russia launched its invasion of Georgia in August 2008.")
    assert ("Russia", "launch", "invasion of Georgia") in found
    assert not any(o == "invasion of Russia" for _, _, o in found)


def test_a_title_cut_at_its_preposition_is_no_thing(nlp):
    # the parse ends the title at "Band": "work on album Band of Wings" names nothing
    found = relations(nlp, "Tom Baker toured with Fela Kuti. Here he collaborated with Fela "
                           "Kuti and worked on Wings's album Band on the Run with Paul McCartney.")
    assert not any("Band" in o for _, lemma, o in found if lemma == "work on")



def test_a_full_name_with_a_hyphened_surname_joins_the_longer_name_it_ends(nlp):
    # the hyphened surname counts as one word: "Ali Hosseini-Nejad" is a short form
    found = relations(nlp, "Mohammad Ali Hosseini-Nejad, a council member, died of pneumonia "
                           "on Monday. Ali Hosseini-Nejad had represented Zanjan Province in "
                           "parliament since 2004.")
    assert ("Mohammad Ali Hosseini-Nejad", "represent", "Zanjan Province") in found


def test_an_honorific_before_a_name_is_a_title_not_part_of_it(nlp):
    # the model tags "Seyed" a verb; as a title it leaves the name a person's
    article = Article(id="h", source="h", text=(
        "Seyed Ali Hosseini-Nejad, a council member of the Zanjan Provincial Council, died "
        "of pneumonia, the government announced. Hosseini-Nejad was 71 years old. "
        "Hosseini-Nejad had represented Zanjan Province in parliament since 2004."))
    resolved = next(iter(analyse(nlp, [article])))
    people = [e for e in resolved.entities if "Nejad" in e.label]
    assert [(e.label, e.kind) for e in people] == [("Ali Hosseini-Nejad", "Person")]


@pytest.mark.parametrize("text, triple", [
    # the tagger reads "soon" of "Min-soon" as the adverb: still a part of the name
    ("Kim Min-soon, the mayor of Kelso, resigned on Monday.",
     ("Kim Min-soon", "be former leader of", "Kelso")),
    # the recognizer starts the name at its particle: the given name before it is his
    ("Arnel dela Torre of the army's Western Command said the rebels had fled.",
     ("Arnel dela Torre", "be member of", "Western Command")),
])
def test_a_name_keeps_its_hyphened_and_particled_parts(nlp, text, triple):
    assert triple in relations(nlp, text)


def test_a_post_after_its_holder_is_not_a_glued_office(nlp):
    # "Director of the Kelso Law School" with the holder before it: no person "Law School"
    found = relations(nlp, "Ann Lee, Director of the Kelso Law School, said the ruling was "
                           "wrong.")
    assert ("Ann Lee", "lead", "Kelso Law School") in found
    assert not any(s == "Law School" for s, _, _ in found), found


def test_a_dean_is_a_member_of_the_school(nlp):
    found = relations(nlp, "Ann Lee, dean of the Kelso Law School, said the ruling was wrong.")
    assert ("Ann Lee", "be member of", "Kelso Law School") in found


def test_its_after_a_subject_typed_a_person_by_guess_is_that_subject(nlp):
    # "Zembla" is only the recognizer's guess of a person (one word, no gender, no title):
    # the subject of the pronoun's clause owns "its", not the body named before
    found = relations(nlp, "The European Union imposed sanctions on Zembla on Monday. "
                           "Zembla launched its invasion of Borduria in March.")
    assert not any(s == "European Union" and o == "Borduria" for s, _, o in found)
    assert ("Zembla", "invade", "Borduria") in found


@pytest.mark.parametrize("text", [
    # a person named in full is no "it": "its" is the firm's
    "Acme Corp hired Ann Lee in May. Lee launched its new phone in June.",
    # "he" made Zembla a man: no "it"
    "The European Union imposed sanctions on Zembla on Monday. Zembla said he would appeal "
    "its decision.",
])
def test_its_after_a_person_subject_is_still_the_body_before(nlp, text):
    found = relations(nlp, text)
    objects = [o for s, lemma, o in found if lemma in ("launch", "appeal")]
    assert objects and all(o.endswith(("Acme Corp", "European Union")) for o in objects)


_FILLER = " ".join(f"Lee visited the {word} on Monday." for word in
                   ("port", "market", "school", "harbour", "station", "road"))


def test_the_country_after_a_country_named_only_as_a_things_word_is_a_guess(nlp):
    # "US workers" says whose workers, not where the story is: Peru, named before, may be
    # the country she left
    found = relations(nlp, f"Ann Lee flew to Peru in May. {_FILLER} She met US workers at the "
                           "port. She left the country on Friday.")
    left = {k: v for k, v in found.items() if k[1] == "leave"}
    assert left and all(via[1] == "uncertain" for via in left.values())


@pytest.mark.parametrize("text", [
    # the only country the article names
    "Ann Lee met US workers at the port. She left the country on Friday.",
    # named plainly in the window
    f"Ann Lee flew to Peru in May. {_FILLER} She flew to the US in June. She met US workers "
    "at the port. She left the country on Friday.",
])
def test_the_country_named_plainly_or_alone_is_still_that_country(nlp, text):
    found = relations(nlp, text)
    assert found.get(("Ann Lee", "leave", "United States"), ("", ""))[1] == "description"


def test_a_given_name_the_model_tags_a_body_joins_the_one_person_it_starts(nlp):
    # "Yusuf" alone is tagged an organization here; the article's one Yusuf is the person
    article = Article(id="y", source="y", text=(
        "The ministry said Yusuf bin Rashid, son of the late militia founder, has been "
        "killed in an air strike. Yusuf bridged a generational gap between newer Zembla "
        "Front members and veteran members, according to analysts. The statement read: "
        "\"Yusuf bin Rasheed was killed in an operation in the border region.\""))
    resolved = next(iter(analyse(nlp, [article])))
    named = [e for e in resolved.entities if "Yusuf" in {e.label, *e.alt_labels}]
    assert [e.label for e in named] == ["Yusuf bin Rashid"], [
        (e.label, e.kind) for e in resolved.entities]


def test_them_told_is_never_a_thing(nlp):
    # "them" after "told" are people; the factories named before are no one told
    found = relations(nlp, "Lee and Ruiz's new factories opened in May. The Post said Tom "
                           "Reed told them of the plan.")
    told = {k: v for k, v in found.items() if k[1] == "tell"}
    assert told and all(via == "uncertain" for _, via in told.values()), told



def _vias(found: dict, lemma: str, actor: str) -> list[tuple[str, str]]:
    """How the ends of this verb's statements with the actor on either end resolved."""
    return [via for (s, verb, o), via in found.items() if verb == lemma and actor in (s, o)]


@pytest.mark.parametrize(("text", "lemma", "actor", "via"), [
    # the subject of a copula: the matter talked of, not the body named before
    ("The French Senate passed the bill on Monday. Tom Kell said, \"It is a licence for "
     "fraud.\"", "be licence for", "Senate", ("uncertain", "nominal")),
    # an object whose antecedent is only in an earlier sentence
    ("Ann Lee grew up in Iran. She moved to Spain in 2010. She still misses it.", "miss",
     "Spain", ("pronoun", "uncertain")),
    # a named storm, the nearer subject, is what "it" is
    ("Hurricane Irma struck the Cayman Islands on Sunday. The Red Cross said some 60 "
     "thousand people are in need of food. Irma was northbound as it left the Cayman "
     "Islands.", "leave", "Red Cross", ("uncertain", "name")),
    # what "there is" says there is is what the talk is about, not a name in its clause
    ("There is a lot of anger going on since the Acme Corporation strike. It is coming "
     "from the unions.", "come from", "Acme Corporation", ("uncertain", "nominal")),
])
def test_an_it_likelier_a_thing_than_the_actor_is_uncertain(nlp, text, lemma, actor, via):
    assert _vias(relations(nlp, text), lemma, actor) == [via]


@pytest.mark.parametrize(("text", "lemma", "actor"), [
    ("The French Senate met on Monday. It passed the budget.", "pass", "Senate"),
    ("Acme Corporation said it had sold the plant to Globex.", "sell", "Acme Corporation"),
])
def test_an_it_carried_on_as_a_subject_still_resolves(nlp, text, lemma, actor):
    assert _vias(relations(nlp, text), lemma, actor) == [("pronoun", "nominal")]


def test_he_after_the_subjects_him_is_uncertain(nlp):
    # "him" is someone other than Tom Hale, so "he" may be either man
    found = relations(nlp, "Tom Hale struck Ian Moss at the depot. Hale hit him again, while "
                           "he was walking through the yard.")
    walks = {k: via for k, via in found.items() if k[1] == "walk through"}
    assert walks and all(via[0] == "uncertain" for via in walks.values())


def test_he_after_another_subjects_him_is_still_clear(nlp):
    # "she" praised him: the one man in play is the "he" who thanked the crowd
    found = relations(nlp, "Ann Lee met Tom Rees in Dalton. She praised him warmly, and he "
                           "thanked the crowd.")
    thanks = {k: via for k, via in found.items() if k[1] == "thank"}
    assert thanks and all(via[0] == "pronoun" for via in thanks.values())


def test_spoke_before_a_colon_names_the_quotations_speaker(nlp):
    # "I" is Ann Chan, who spoke; the quoted "she" is someone else
    found = relations(nlp, 'Legislator Ann Chan spoke to the press: "I urge Tom Lam to resign, '
                           'as she has failed to govern Dalton."')
    assert any(k[0] == "Ann Chan" and k[1].startswith("urge") and via[0] == "speaker"
               for k, via in found.items())
    assert not any(k[0] == "Ann Chan" and k[1] == "govern" for k in found)


def test_an_object_pronoun_is_never_its_own_verbs_subject(nlp):
    # "Moss shot him": him is not Moss, so the one man left, Tom Rees, is clear
    found = relations(nlp, "Senator Tom Rees was killed in 1968. Ian Moss was convicted of the "
                           "murder. Moss shot him in the head just after midnight.")
    assert found.get(("Ian Moss", "shoot", "Tom Rees"), ("", ""))[1] == "pronoun"


def test_an_object_pronoun_may_still_be_the_subjects_owner(nlp):
    found = relations(nlp, "Singer Ann Day died on Monday. Day's son, Tom Melcher, predeceased "
                           "her in 2004.")
    assert found.get(("Tom Melcher", "predecease", "Ann Day"), ("", ""))[1] == "pronoun"


def test_its_in_an_infinitive_whose_doer_is_the_object_is_not_the_subjects(nlp):
    # "its ships" may be Russia's (the one made to withdraw) as well as Britain's
    found = relations(nlp, "Britain forced Russia to withdraw its ships.")
    assert not any(lemma == "withdraw" and o.endswith("United Kingdom")
                   for s, lemma, o in found if s == "Russia")
    assert ("Russia", "withdraw", "ships") in found
    assert found[("Russia", "withdraw", "ships")][1] == "uncertain"
    # with no object between, the subject still owns it
    alone = relations(nlp, "Britain decided to withdraw its ships.")
    assert any(o == "ships of United Kingdom" for _, lemma, o in alone if lemma == "withdraw")


def test_the_city_is_the_town_named_not_the_state_after_its_comma(nlp):
    found = relations(nlp, "On Monday, a water main broke in the city of Dunmore, Ohio. "
                           "Later the city closed the main road.")
    assert not any(s == "Ohio" and lemma == "close" for s, lemma, _ in found)
    assert found.get(("Dunmore", "close", "main road"), ("", ""))[0] == "description"


def test_the_state_is_no_state_of_emergency_named_before(nlp):
    found = relations(nlp, "Spain declared a national state of emergency on Monday. The "
                           "governor of Utah, Ann Lee, said the state had closed the parks.")
    assert not any("emergency" in s and lemma == "close" for s, lemma, _ in found)
    assert not any("emergency" in o for s, lemma, o in found if s == "Ann Lee")


def test_the_issue_is_what_was_just_talked_about_not_a_thing_named_long_before(nlp):
    text = ("The climate change issue reappeared on the campaign trail. Lee spoke in Denver "
            "on Monday. Kell visited Ohio on Tuesday. Armenia and Azerbaijan resumed fighting "
            "over a disputed region. Three candidates, Ann Lee, Tom Kell and Bo Ruiz, weighed "
            "in on the issue.")
    assert not any("climate" in o for s, lemma, o in relations(nlp, text) if s == "Ann Lee")
    # named in the sentence before, the issue is that one
    near = relations(nlp, "The climate change issue reappeared on the campaign trail. Ann Lee "
                          "weighed in on the issue.")
    assert ("Ann Lee", "weigh in on", "climate change issue") in near


@pytest.mark.parametrize(("text", "wrong"), [
    # a newspaper named for its editor's title is no anti-vaccine movement
    ("According to Eastport Times editor Tom Rees, the anti-vaccine movement was able to "
     "tap into the public mistrust.", "Eastport Times"),
    ("According to Tom Rees of the Eastport Times, the anti-vaccine movement was able to "
     "tap into the public mistrust.", "Eastport Times"),
    ("Acme Corp spokeswoman Ann Lee said the anti-war group had called her.", "Acme Corp"),
])
def test_a_description_naming_a_cause_is_no_body_named_for_something_else(nlp, text, wrong):
    found = relations(nlp, text)
    assert found and not any(wrong in (s, o) for s, lemma, o in found
                             if lemma not in ("be member of", "lead", "be representative of"))


def test_a_description_naming_a_cause_told_of_the_body_before_is_that_body(nlp):
    found = relations(nlp, "The Kelso Front, a pro-democracy group, met on Monday. The "
                           "pro-democracy group was able to tap into the mistrust.")
    assert any(s == "Kelso Front" and lemma == "tap into" for s, lemma, _ in found)


_LONG_QUOTE = ('She explained, "We began with nothing. The rent was high. Nobody came at '
               'first. We kept going."')


def test_a_she_past_a_long_quotation_is_the_paragraphs_sole_person(nlp):
    found = relations(nlp, "Ann Lee founded the Dalton Trust in 2001. " + _LONG_QUOTE +
                      " Speaking to the Kelso Herald, she said the trust would grow.")
    spoke = {k: v for k, v in found.items() if k[2] == "Kelso Herald"}
    assert spoke and all(s == "Ann Lee" and via[0] == "pronoun"
                         for (s, _, _), via in spoke.items())


def test_a_far_she_with_two_people_in_reach_is_uncertain(nlp):
    found = relations(nlp, "Ann Lee and Mary Hale founded the Dalton Trust in 2001. " +
                      _LONG_QUOTE + " Speaking to the Kelso Herald, she said the trust "
                      "would grow.")
    spoke = {k: v for k, v in found.items() if k[2] == "Kelso Herald"}
    assert spoke and all(via[0] == "uncertain" for via in spoke.values())


def test_a_far_she_never_reaches_into_an_earlier_paragraph(nlp):
    found = relations(nlp, "Ann Lee founded the Dalton Trust in 2001. " + _LONG_QUOTE +
                      "\n\nSpeaking to the Kelso Herald, she said the trust would grow.")
    assert not any(s == "Ann Lee" and o == "Kelso Herald" for s, _, o in found)


def test_the_trade_a_sole_person_was_introduced_with_is_that_person(nlp):
    found = relations(nlp, "Eddie Lind, lead guitarist of the rock band Tallow, died on "
                           "Tuesday. Many musicians such as Billy Idol paid tribute to the "
                           "guitarist on Wednesday.")
    assert found.get(("Billy Idol", "praise", "Eddie Lind"), ("", ""))[1] == "description"


def test_a_trade_given_as_a_title_is_that_persons_too(nlp):
    found = relations(nlp, "French inventor Franck Zale flew across the Channel on Sunday. "
                           "Two helicopters escorted the inventor on the flight.")
    assert ("", "escort", "Franck Zale") in found or any(
        lemma == "escort" and o == "Franck Zale" for _, lemma, o in found)


def test_a_trade_two_people_were_introduced_with_names_neither(nlp):
    found = relations(nlp, "Eddie Lind, a guitarist, met Tom Rees, a guitarist from Leeds, on "
                           "Monday. Billy Idol praised the guitarist on Wednesday.")
    assert not any(s == "Billy Idol" and o in ("Eddie Lind", "Tom Rees") for s, _, o in found)


def test_a_trade_someone_unnamed_had_first_names_no_one(nlp):
    found = relations(nlp, "Tom Reed, a player for the Kelso Kings, spoke on Monday. A player "
                           "tested positive on Tuesday. Billy Idol praised the player on "
                           "Wednesday.")
    assert not any(s == "Billy Idol" and o == "Tom Reed" for s, _, o in found)


def test_the_other_of_a_trade_is_not_the_one_introduced(nlp):
    found = relations(nlp, "Eddie Lind, a guitarist, died on Tuesday. Billy Idol praised the "
                           "other guitarist on Wednesday.")
    assert not any(s == "Billy Idol" and o == "Eddie Lind" for s, _, o in found)


def test_a_post_taken_as_the_noun_is_no_reference_back(nlp):
    found = relations(nlp, "Party nominee Phil Conner spoke on Monday. Conner took over as "
                           "the nominee in August.")
    assert ("Phil Conner", "take over as", "Phil Conner") not in found
    assert not any(s == o == "Phil Conner" for s, _, o in found)


_TWO_PARTIES = "The Kelso Party and the Dalton Party met in Leeds on Monday."


def test_the_party_of_a_paragraph_that_named_one_party_is_that_party(nlp):
    found = relations(nlp, _TWO_PARTIES + "\n\nThe Dalton Party held its convention in Leeds. "
                                          "In May the party nominated Ann Lee for president.")
    assert ("Dalton Party", "nominate", "Ann Lee") in found


def test_the_party_of_a_paragraph_that_named_two_is_neither(nlp):
    found = relations(nlp, _TWO_PARTIES + " The Dalton Party held its convention in Leeds. "
                                          "In May the party nominated Ann Lee for president.")
    assert not any(o == "Ann Lee" and s.endswith("Party") for s, _, o in found)


def test_the_party_named_further_back_than_the_sentence_before_is_no_guess(nlp):
    found = relations(nlp, _TWO_PARTIES + "\n\nThe Dalton Party held its convention in Leeds. "
                                          "Rain fell all week in the north. In May the party "
                                          "nominated Ann Lee for president.")
    assert not any(o == "Ann Lee" and s.endswith("Party") for s, _, o in found)


def kinds(nlp, text: str) -> dict[str, str]:
    resolved = next(analyse(nlp, [Article(id="a1", text=text)]))
    return {e.label: e.kind for e in resolved.entities}


def test_a_name_that_holds_a_persons_post_is_a_person(nlp):
    # the small model tags "Jasim Abedin" an organization in both sentences
    text = ("Jasim Abedin, a spokesperson for the fire service, told reporters the fire was "
            "out.")
    assert nlp(text).ents[0].label_ == "ORG"
    assert kinds(nlp, text)["Jasim Abedin"] == "Person"
    text = ("Tom Reed died on Sunday. The president of Zembla, Jasim Abedin, expressed his "
            "sadness at Reed's death.")
    assert kinds(nlp, text)["Jasim Abedin"] == "Person"
    found = relations(nlp, text)
    # the president's words are Abedin's, however the parser hung his name
    assert ("Jasim Abedin", "comment on", "Tom Reed") in found
    assert not any(s == "president" for s, _, _ in found)


@pytest.mark.parametrize(("text", "body"), [
    ("UNESCO, a specialized agency of the United Nations, is based in Paris.", "UNESCO"),
    # the name a post is of is no holder of it
    ("Tom Reed, the former Democratic Dean of the House of Representatives, was 90.",
     "House of Representatives"),
])
def test_a_body_beside_a_post_stays_a_body(nlp, text, body):
    assert kinds(nlp, text)[body] == "Organization"


def test_the_country_whose_capital_an_apposition_names_is_the_one_named_before(nlp):
    found = relations(nlp, "Tunisia held elections in May. Bombings took place in the "
                           "country's capital, Tunis, last month.")
    assert ("Tunis", "be capital of", "Tunisia") in found


def test_a_name_of_the_pronouns_gender_fits_whatever_the_recognizer_typed_it():
    # the recognizer typed "Gloria Vos" a body; her given name says she is a woman: "she"
    # may be her. A body of no gender, or of the other one, still does not fit
    from collections import Counter
    from types import SimpleNamespace

    from newsgraph.resolution.coreference import _pronoun_fits
    from newsgraph.resolution.state import Cluster, Mention

    def fits(**cluster) -> bool:
        state = SimpleNamespace(clusters=[Cluster(0, votes=Counter(Organization=3), named=True,
                                                  **cluster)])
        return _pronoun_fits(state, Mention(0, 0, (0,), False, True, False), "f", "sg")

    assert fits(gender="f")
    assert not fits(gender="")
    assert not fits(gender="m")
    assert not fits(gender="f", fixed_kind="Organization")


@pytest.mark.parametrize(("text", "expected"), [
    # the small model hung the name on "of" ("head of Ann Lee"), or made it a second subject
    ("The head of the museum Ann Lee accused Tom Kell of fraud.",
     ("Ann Lee", "accuse", "Tom Kell")),
    ("Chief executive of the firm Ann Lee told Reuters the deal was off.",
     ("Ann Lee", "tell", "Reuters")),
    ("A spokeswoman for the ministry Ann Lee has also criticised Tom Kell.",
     ("Ann Lee", "criticise", "Tom Kell")),
    ("Researcher and co-author of the study Ivo Marek told Reuters the star was near.",
     ("Ivo Marek", "tell", "Reuters")),
])
def test_a_name_after_its_posts_phrase_is_the_posts_holder(nlp, text, expected):
    found = relations(nlp, text)
    assert expected in found
    assert not any(s in ("head", "chief executive", "spokeswoman", "researcher")
                   for s, _, _ in found)


@pytest.mark.parametrize(("text", "holder"), [
    # a post right before the name is the name's own: the lawyer is someone else
    ("The lawyer of the minister Ann Lee accused Tom Kell of fraud.", "Ann Lee"),
    # the name is the subject of a clause of its own
    ("The head of the museum Ann Lee founded accused Tom Kell of fraud.", "Ann Lee"),
])
def test_a_name_after_a_posts_phrase_that_is_not_its_holder_stays(nlp, text, holder):
    assert not any(s == holder and lemma == "accuse" for s, lemma, _ in relations(nlp, text))


def _labels(nlp, text: str) -> set[str]:
    return {e.label for e in next(analyse(nlp, [Article(id="a1", text=text)])).entities}


def test_a_superlatives_rank_stays_in_the_label(nlp):
    # "fifth" is no count to drop: without it the node says "largest"
    labels = _labels(nlp, "Police said the UK's fifth-largest supermarket chain closed "
                          "30 stores in Leeds.")
    assert any("fifth-largest" in label for label in labels)
    assert not any(label.startswith("largest") for label in labels)


def test_a_bodys_one_word_name_opening_a_sentence_is_the_name(nlp):
    # the tagger reads a capitalised plural at a sentence's start as a common noun
    text = ("Calder Partners bought Brantons in 2021. Brantons is to close 30 stores, and "
            "analysts said Brantons had lost customers.")
    labels = _labels(nlp, text)
    assert "Brantons" in labels and "brantons" not in labels


def test_a_description_set_off_after_a_name_is_that_name(nlp):
    # with an owner and a superlative, the description is no node of its own
    labels = _labels(nlp, "Acmebank, the UK's largest retailer, sued Tom Kell on Monday.")
    assert "Acmebank" in labels
    assert not any("retailer" in label for label in labels)


def test_a_name_set_off_after_a_phrase_is_its_apposition_not_a_later_subject(nlp):
    # the small model read "General Tom Kell" as a second subject of "rise"
    found = relations(nlp, "Ivo Marek has sacked the head of the armed forces, General Tom "
                           "Kell, as tensions rise on the border.")
    assert ("Ivo Marek", "sack", "Tom Kell") in found
    # and "Ann Lee" as a second subject of "were investigating": the police did it
    found = relations(nlp, "According to the Kelso mayor, Ann Lee, during the weekend, police "
                           "were investigating Tom Kell.")
    assert not any(s == "Ann Lee" and lemma == "investigate" for s, lemma, _ in found)


def test_a_name_set_off_as_the_only_subject_stays_the_subject(nlp):
    found = relations(nlp, "After the vote, Ann Lee, visibly angry, accused Tom Kell of lying.")
    assert ("Ann Lee", "accuse", "Tom Kell") in found


def test_a_preposition_read_as_an_adjective_is_the_verbs_again(nlp):
    # "outside court" read as the thing spoken: a node "outside court"
    found = relations(nlp, "Speaking outside court, Dean Holt thanked his lawyer, Sarah Finch.")
    assert not any(o == "outside court" for _, _, o in found)
    assert ("Dean Holt", "speak outside", "court") in found


def test_the_government_is_no_government_of_a_place_named_only_as_a_base(nlp):
    # "Singapore-based Nimbus" says where Nimbus is, not that Singapore is in the story
    found = relations(nlp, "Chirpr, which is owned by Singapore-based Nimbus Holdings, said "
                           "it would appeal. The NSPCC said the government should give "
                           "regulators stronger powers.")
    assert not any(o == "Singapore" for s, _, o in found if s == "NSPCC")
    found = relations(nlp, "Singapore fined Chirpr on Monday. The NSPCC said the government "
                           "should give regulators stronger powers.")
    assert any(s == "NSPCC" and o == "Singapore" for s, _, o in found)  # named as an actor


def test_a_case_dropped_after_a_suit_brought_is_that_suit(nlp):
    # "the case" is the suit just told, not the libel case the article named before
    found = relations(nlp, "Jo Banner won her libel case against the Daily Clarion. Banner "
                           "previously sued the Sunday Echo in 2019, but dropped the case.")
    assert not any(lemma == "drop" and "libel" in o for _, lemma, o in found)
    # with no suit brought in its sentence, the case is the one named before
    found = relations(nlp, "Jo Banner won her libel case against the Daily Clarion. The case "
                           "was funded by her husband, Carl Reid.")
    assert any(s == "Carl Reid" and "libel case" in o for s, _, o in found)


@pytest.mark.parametrize(("text", "expected", "wrong"), [
    # "to striker" read as an infinitive: nobody beat Ann Lee
    ("Ann Lee lost to striker Tom Kell in the final.", ("Tom Kell", "defeat", "Ann Lee"), None),
    # the name hung on "sold" as its object: Acme sold the firm, not Tom Kell
    ("Acme sold the firm to businessman Tom Kell.", None, ("Acme", "sell", "Tom Kell")),
])
def test_a_to_before_a_title_and_a_name_is_a_preposition(nlp, text, expected, wrong):
    found = relations(nlp, text)
    assert expected is None or expected in found
    assert wrong is None or wrong not in found


def test_a_to_before_a_verb_that_is_also_a_title_stays_an_infinitive(nlp):
    assert ("Ann Lee", "coach", "Tom Kell") in relations(nlp, "Ann Lee agreed to coach Tom Kell.")


@pytest.mark.parametrize("text", [
    # the object of a verb's preposition, and of the participle that shares its subject
    "Actor Tom Rees died on Monday. Singer Ian Moss paid tribute to him at a concert.",
    "Actor Tom Rees died on Monday. Singer Ian Moss spoke on radio, calling him a genius.",
])
def test_a_pronoun_a_verb_takes_is_not_its_own_subject(nlp, text):
    found = relations(nlp, text)
    assert not any(s == "Ian Moss" and o == "Ian Moss" for s, _, o in found)
    assert any(s == "Ian Moss" and o == "Tom Rees" and via[1] == "pronoun"
               for (s, _, o), via in found.items())


def test_a_name_that_only_says_which_star_is_a_weak_antecedent(nlp):
    # "Jack Ryder star Ian Moss": the show's hero is named only to say which star; "him" is
    # not surely that hero, the nearest person's name (once read as the first "him", the
    # name is still no plain use of it)
    found = relations(nlp, "Actor Tom Rees died on Monday. Jack Ryder star Ian Moss paid "
                           "tribute to him, calling him a genius.")
    assert not any(o == "Jack Ryder" and via[1] == "pronoun" for (_, _, o), via in found.items())


def test_her_beside_a_name_joined_by_and_is_that_name_whatever_its_tag(nlp):
    # the recognizer takes "Nova Lark" for a body: "her brother" is still hers, not the
    # woman of the sentence before
    found = relations(nlp, "Singer Ann Reed won album of the year on Sunday. Nova Lark and "
                           "her brother Tom won song of the year.")
    siblings = {(s, o) for s, lemma, o in found if lemma.startswith("sibling")}
    assert siblings and all(o == "Nova Lark" for _, o in siblings)


@pytest.mark.parametrize("text, located", [
    # placed by another place: a place of its own
    ("The envoy visited Leeds and York last month. The area south of the Kelso River, "
     "controlled by the rebels, has been the scene of daily clashes since October.", True),
    # a bare description points back
    ("The envoy visited the town of Kelso last month. The area has been the scene of daily "
     "clashes since October.", False),
])
def test_a_place_described_by_another_place_is_no_place_met_before(nlp, text, located):
    found = relations(nlp, text)
    scenes = [s for s, lemma, _ in found if lemma.startswith("be scene")]
    assert scenes
    assert all(s not in ("Leeds", "York", "Kelso") for s in scenes) is located


def test_a_country_s_office_named_by_its_people_s_word_is_the_one_introduced_so(nlp):
    text = ("French President Ann Lee called for talks on Monday. Kelsian President Tom Reed "
            "opposed the plan. The French president said the talks were vital.")
    found = relations(nlp, text)
    speakers = {s for s, lemma, _ in found if lemma in ("say", "comment on")}
    assert "Ann Lee" in speakers and "Tom Reed" not in speakers
    assert not any(s == "Tom Reed" and o == "France" for s, _, o in found)


def test_a_country_s_office_with_no_holder_introduced_so_is_no_other_president(nlp):
    found = relations(nlp, "Brazilian President Tom Reed opposed the plan on Monday. The "
                           "French president said the plan was vital.")
    assert not any(s == "Tom Reed" and o in ("France", "plan") and lemma != "oppose"
                   for s, lemma, o in found)


def test_he_told_of_by_those_who_speak_for_someone_is_that_someone(nlp):
    # "Lark's lawyers ... arguing that he": one man told of by his lawyers is theirs, not the
    # judge of the sentence before, whatever kind the recognizer gave the name
    found = relations(nlp, "Nova Lark was jailed for ten years on Monday. Judge Ian Moss said "
                           "there had been no remorse. Lark's lawyers had asked for probation, "
                           "arguing that he had been a victim of online bullying.")
    victims = {s for s, lemma, _ in found if lemma.startswith("be victim")}
    assert victims == {"Nova Lark"}


def test_a_calling_before_a_name_makes_it_a_person_s(nlp):
    # the recognizer tags "Nova Lark" a body; "rapper" before it says whose name it is
    resolved = next(analyse(nlp, [Article(id="a1", text=(
        "Canadian rapper Nova Lark has been sentenced to ten years in prison. A jury found "
        "Lark guilty in December."))]))
    kinds = {e.label: e.kind for e in resolved.entities}
    assert kinds.get("Nova Lark") == "Person"
