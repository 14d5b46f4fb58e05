"""Words for counts, shared by the app and the CLI so both say "1 article" and "2,400 articles"."""

from __future__ import annotations


def counted(n: int, noun: str) -> str:
    """ "1 article", "2,400 articles"."""
    return f"{n:,} {noun}{'s' * (n != 1)}"
