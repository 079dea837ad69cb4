"""The project's exceptions; the CLI turns each into one line and exit code 2.

NewsgraphError
 ├── InputError      an article or file cannot be read as news text
 ├── UsageError      options that do not fit together
 ├── ModelError      the spaCy pipeline cannot be loaded
 ├── QueryError      a SPARQL query or graph file is malformed
 ├── StoreError      a graph store refused or could not be reached
 └── AnalysisTimeout one article's analysis ran past its time bound (in a corpus: skipped)
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """An input cannot be read as a news article."""


class UsageError(NewsgraphError):
    """The command was called with options that do not fit together."""


class ModelError(NewsgraphError):
    """The spaCy pipeline cannot be loaded."""


class QueryError(NewsgraphError):
    """A SPARQL query or a graph file cannot be used."""


class StoreError(NewsgraphError):
    """A graph store refused the request or could not be reached."""


class AnalysisTimeout(NewsgraphError):
    """One article's extraction and resolution ran past its time bound."""
