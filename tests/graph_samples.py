"""Hand-built resolved articles for the network, page and browser tests (no spaCy needed)."""

from __future__ import annotations

from newsgraph.models import Argument, Article, Entity, Extraction, Relation, ResolvedArticle

HOSTILE_IMG = '<img src=x onerror="window.__pwned=1;alert(1)">'
HOSTILE_SCRIPT = "<script>window.__pwned=2;alert(2)</script>"
HOSTILE_BREAKOUT = "</script><script>window.__pwned=3</script>"
HOSTILE_SVG = '<svg onload="window.__pwned=4"></svg>'
HOSTILE = (HOSTILE_IMG, HOSTILE_SCRIPT, HOSTILE_BREAKOUT, HOSTILE_SVG)


def extraction(
    sentence: str,
    lemma: str,
    *,
    start: int = 0,
    negated: bool = False,
    modality: str = "",
    time: str = "",
    date: str = "",
    place: str = "",
    attribution: str = "",
    confidence: float = 0.8,
) -> Extraction:
    def arg(text: str) -> Argument | None:
        return Argument(text, start, start + len(text)) if text else None

    return Extraction(
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        subject=None,
        predicate=lemma,
        lemma=lemma,
        object=None,
        negated=negated,
        modality=modality,
        attribution=arg(attribution),
        time=arg(time),
        place=arg(place),
        confidence=confidence,
        date=date,
    )


def relation(subject: str, prop: str, label: str, obj: str, ext: Extraction, **kw: str) -> Relation:
    return Relation(subject, prop, label, obj, ext, **kw)


def river_article() -> ResolvedArticle:
    """Two militias, a ministry, a country and a non-actor bridge; parallel statements."""
    text = "..."
    article = Article(
        id="a1", text=text, title="Fighting along the northern river", date="2024-03-01"
    )
    entities = (
        Entity("armed-group/red-brigade", "Red Brigade", "ArmedGroup", ("RB", "the brigade")),
        Entity("armed-group/blue-militia", "Blue Militia", "ArmedGroup", ("the militia",)),
        Entity("government/ministry-of-defence", "Ministry of Defence", "Government"),
        Entity("country/freedonia", "Freedonia", "Country", ("Freedonian",)),
        Entity("person/jane-okafor", "Jane Okafor", "Person", ("Ms. Okafor",)),
        Entity("thing/old-bridge", "old bridge", "Thing", is_actor=False),
        Entity("location/port-town", "Port Town", "Location", is_actor=False),
    )
    s1 = "The Red Brigade attacked the Blue Militia near Port Town in March."
    s2 = "Officials said the brigade attacked the militia again on Sunday."
    s3 = "Freedonia supports the Ministry of Defence."
    s4 = "The militia did not attack the ministry."
    s5 = "The Red Brigade destroyed the old bridge."
    s6 = "Jane Okafor said the brigade had attacked the militia."
    relations = (
        relation(
            "armed-group/red-brigade",
            "attacks",
            "attacks",
            "armed-group/blue-militia",
            extraction(
                s1, "attack", start=0, time="in March", date="2024-03", place="near Port Town"
            ),
            place="location/port-town",
        ),
        relation(
            "armed-group/red-brigade",
            "attacks",
            "attacks",
            "armed-group/blue-militia",
            extraction(
                s2,
                "attack",
                start=70,
                time="on Sunday",
                modality="reported",
                attribution="Officials",
            ),
        ),
        relation(
            "armed-group/red-brigade",
            "attacks",
            "attacks",
            "armed-group/blue-militia",
            extraction(s6, "attack", start=200, modality="claimed"),
            attributed_to="person/jane-okafor",
        ),
        relation(
            "country/freedonia",
            "supports",
            "supports",
            "government/ministry-of-defence",
            extraction(s3, "support", start=140),
        ),
        relation(
            "armed-group/blue-militia",
            "attacks",
            "attacks",
            "government/ministry-of-defence",
            extraction(s4, "attack", start=185, negated=True),
        ),
        relation(
            "armed-group/red-brigade",
            "destroys",
            "destroys",
            "thing/old-bridge",
            extraction(s5, "destroy", start=170),
        ),
        relation(
            "person/jane-okafor",
            "says",
            "says",
            "armed-group/red-brigade",
            extraction(s6, "say", start=200),
        ),
    )
    return ResolvedArticle(article, entities, relations)


def second_article() -> ResolvedArticle:
    """Shares the Red Brigade (with a new name) and adds cooperation."""
    article = Article(id="b2", text="...", title="Talks in the capital")
    entities = (
        Entity("armed-group/red-brigade", "Red Brigade", "ArmedGroup", ("Red Brigades",)),
        Entity("country/freedonia", "Freedonia", "Country"),
    )
    s1 = "Freedonia met the Red Brigade in the capital."
    relations = (
        relation(
            "country/freedonia",
            "meetsWith",
            "meets",
            "armed-group/red-brigade",
            extraction(s1, "meet", start=0),
        ),
    )
    return ResolvedArticle(article, entities, relations)


def hostile_article() -> ResolvedArticle:
    """Every free-text field carries markup that must never run."""
    img, script, breakout, svg = HOSTILE
    article = Article(id="h1", text="...", title=f"Breaking {script} news {img}")
    entities = (
        Entity("person/x", f"Mr {img}", "Person", (script, breakout)),
        Entity("organization/y", f"{script} Corp", "Organization", (svg,)),
        Entity("armed-group/z", f"{breakout} Front", "ArmedGroup", (img,)),
        Entity("thing/w", f"{svg} cargo", "Thing", is_actor=False),
    )
    sentence = f"Mr {img} attacked {script} Corp {breakout} {svg}."
    relations = (
        relation(
            "person/x",
            "attacks",
            f"attacks {img}",
            "organization/y",
            extraction(
                sentence, "attack", time=script, place=img, attribution=breakout, modality=svg
            ),
        ),
        relation(
            "organization/y",
            "supports",
            f"supports {script}",
            "armed-group/z",
            extraction(f"{script} backs {breakout}.", "support", start=60),
        ),
        relation(
            "armed-group/z",
            "says",
            f"says {breakout}",
            "person/x",
            extraction(f"{svg} said {img}.", "say", start=90, negated=True),
        ),
        relation(
            "armed-group/z",
            "destroys",
            f"destroys {svg}",
            "thing/w",
            extraction(f"{breakout} burned {svg}.", "destroy", start=120),
        ),
    )
    return ResolvedArticle(article, entities, relations)


def large_article(nodes: int = 2000, relations: int = 3000, seed: int = 1) -> ResolvedArticle:
    """A synthetic article with many actors (a tenth are non-actors), for scale checks."""
    import random

    rng = random.Random(seed)
    kinds = ("Person", "Organization", "ArmedGroup", "Government", "Country", "Group")
    entities = tuple(
        Entity(f"thing/t{i}", f"Thing {i}", "Thing", is_actor=False)
        if i % 10 == 9
        else Entity(f"actor/a{i}", f"Actor {i}", kinds[i % len(kinds)])
        for i in range(nodes)
    )
    verbs = (("attacks", "attack"), ("supports", "support"), ("says", "say"), ("leads", "lead"))
    rels = []
    for j in range(relations):
        # preferential picks give hubs, as real news graphs have
        u = entities[
            min(int(rng.paretovariate(1.2)) - 1, nodes - 1) if j % 3 == 0 else rng.randrange(nodes)
        ]
        v = entities[rng.randrange(nodes)]
        if u.key == v.key:
            continue
        prop, lemma = verbs[j % len(verbs)]
        sentence = f"{u.label} {lemma}s {v.label} ({j})."
        rels.append(relation(u.key, prop, prop, v.key, extraction(sentence, lemma, start=j * 40)))
    return ResolvedArticle(
        Article("big", "...", title="Synthetic scale test"), entities, tuple(rels)
    )


def _timeline_key(name: str) -> str:
    return f"thing/{name}" if name == "old-depot" else f"actor/{name}"


def timeline_articles() -> list[ResolvedArticle]:
    """Two camps over three months, one isolated actor, an undated relation, a quiet one.

    North Alliance and its ally fight the Southern Front and its ally in January; they talk
    in March; a lone envoy has no relation; a "have" relation is of the quiet family.
    """
    entities = (
        Entity("actor/north-alliance", "North Alliance", "ArmedGroup"),
        Entity("actor/river-guard", "River Guard", "ArmedGroup"),
        Entity("actor/southern-front", "Southern Front", "ArmedGroup"),
        Entity("actor/hill-militia", "Hill Militia", "ArmedGroup"),
        Entity("actor/lone-envoy", "Lone Envoy", "Person"),
        Entity("thing/old-depot", "old depot", "Thing", is_actor=False),
    )
    specs = [  # (article id, article date, subject, property, label, object, sentence, date)
        ("t1", "2024-01-10", "north-alliance", "supports", "supports", "river-guard",
         "The North Alliance backed the River Guard.", ""),
        ("t1", "2024-01-10", "southern-front", "supports", "supports", "hill-militia",
         "The Southern Front armed the Hill Militia.", "2024-01"),
        ("t1", "2024-01-10", "north-alliance", "attacks", "attacks", "southern-front",
         "The North Alliance attacked the Southern Front in January.", "2024-01"),
        ("t2", "2024-02-05", "hill-militia", "attacks", "attacks", "river-guard",
         "The Hill Militia shelled the River Guard.", ""),
        ("t3", "2024-03-20", "north-alliance", "meetsWith", "meets with", "southern-front",
         "The North Alliance met the Southern Front for talks.", ""),
        ("t3", "2024-03-20", "river-guard", "have", "have", "old-depot",
         "The River Guard has an old depot.", ""),
        ("t4", "", "hill-militia", "supports", "supports", "southern-front",
         "The Hill Militia backs the Southern Front.", ""),
    ]
    by_article: dict[str, list[Relation]] = {}
    dates: dict[str, str] = {}
    lemmas = {"supports": "support", "attacks": "attack", "meetsWith": "meet with",
              "have": "have"}
    for number, (aid, adate, s, prop, label, o, sentence, date) in enumerate(specs):
        dates[aid] = adate
        by_article.setdefault(aid, []).append(relation(
            _timeline_key(s), prop, label, _timeline_key(o),
            extraction(sentence, lemmas[prop], start=number * 80, date=date)))
    return [
        ResolvedArticle(Article(aid, "...", title=f"Report {aid}", date=dates[aid]),
                        entities, tuple(rels))
        for aid, rels in sorted(by_article.items())
    ]


def doubtful_article() -> ResolvedArticle:
    """One statement the pinned calibration scores under the threshold (and nothing else wrong)."""
    entities = (
        Entity("actor/lone-envoy", "Lone Envoy", "Person"),
        Entity("actor/north-alliance", "North Alliance", "ArmedGroup"),
    )
    sentence = "The Lone Envoy may have advised the North Alliance, some said."
    rel = relation("actor/lone-envoy", "supports", "supports", "actor/north-alliance",
                   extraction(sentence, "support", confidence=0.3))
    return ResolvedArticle(Article("t5", "...", title="Report t5", date="2024-02-11"),
                           entities, (rel,))
