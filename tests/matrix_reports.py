"""The authorization matrix's entries for the alignment matrix and the partner brief (merged into
tests/test_authorization.py's MATRIX)."""

from tests.roles import everyone, expect  # noqa: F401

MATRIX = {}


def objects(*, project, partner):
    """The records these entries ask about, built once for the module: name -> URL kwargs (or a
    callable giving them)."""
    return {}
