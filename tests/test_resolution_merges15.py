"""The noun of a declaring act is the one thing declared (resolution.declared), on
sentences of our own."""

from __future__ import annotations

from test_resolution import run, stmt


def test_the_declaration_is_the_one_thing_declared(nlp):
    text = ("On Tuesday, Governor Ana Ruiz declared a state of emergency in the province. "
            "Farmers welcomed the declaration. Critics said the declaration of state of "
            "emergency hurts tourism. Lawyers challenged her emergency declaration.")
    _, entities, triples = run(nlp, text, lambda d: [
        stmt(d, "Governor Ana Ruiz", "declare", "a state of emergency"),
        stmt(d, "Farmers", "welcome", "the declaration"),
        stmt(d, "the declaration of state of emergency", "hurt", "tourism"),
        stmt(d, "Lawyers", "challenge", "her emergency declaration")])
    emergency = "thing/a1/state-of-emergency"
    assert ("actor/ana-ruiz", "declare", emergency) in triples
    assert {o for _, lemma, o in triples if lemma in {"welcome", "challenge"}} == {emergency}
    assert (emergency, "hurt", "thing/a1/tourism") in triples
    assert "the declaration" in entities[emergency].alt_labels


def test_a_declaration_of_another_kind_or_of_two_things_is_its_own(nlp):
    text = ("Governor Ana Ruiz declared a state of emergency on Monday. Leaders signed "
            "a joint declaration on Tuesday. Critics praised the joint declaration. Tom Lee "
            "declared a curfew and a state of emergency in the north. Farmers welcomed the "
            "declaration.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Governor Ana Ruiz", "declare", "a state of emergency"),
        stmt(d, "Leaders", "sign", "a joint declaration"),
        stmt(d, "Critics", "praise", "the joint declaration"),
        stmt(d, "Tom Lee", "declare", "a curfew"),
        stmt(d, "Farmers", "welcome", "the declaration")])
    praised = {o for _, lemma, o in triples if lemma == "praise"}
    welcomed = {o for _, lemma, o in triples if lemma == "welcome"}
    assert praised == {"thing/a1/joint-declaration"}
    assert "thing/a1/state-of-emergency" not in welcomed  # a curfew was declared too


def test_nothing_declared_leaves_the_declaration_alone(nlp):
    text = ("Governor Ana Ruiz did not declare a state of emergency on Monday. Farmers "
            "demanded a declaration. Critics mocked the declaration.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Governor Ana Ruiz", "declare", "a state of emergency"),
        stmt(d, "Critics", "mock", "the declaration")])
    assert {o for _, lemma, o in triples if lemma == "mock"} != {"thing/a1/state-of-emergency"}


def test_the_declaration_of_a_thing_met_before_and_declared_later(nlp):
    text = ("Unions sued over the state of emergency on Monday. Farmers welcomed the "
            "declaration. On Friday, Governor Ana Ruiz declared a state of emergency.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Unions", "sue over", "the state of emergency"),
        stmt(d, "Farmers", "welcome", "the declaration"),
        stmt(d, "Governor Ana Ruiz", "declare", "a state of emergency")])
    assert {o for _, _, o in triples} == {"thing/a1/state-of-emergency"}


def test_the_declaration_of_a_war_is_no_war(nlp):
    text = ("Zembla declared war on Borduria on Monday. Diplomats condemned the declaration.")
    _, _, triples = run(nlp, text, lambda d: [
        stmt(d, "Zembla", "declare", "war"),
        stmt(d, "Diplomats", "condemn", "the declaration")])
    condemned = {o for _, lemma, o in triples if lemma == "condemn"}
    declared = {o for _, lemma, o in triples if lemma == "declare"}
    assert declared and condemned and not condemned & declared
