"""Memos of answers that depend on a word and its language alone, kept from one document to the next.

A news article holds ~300 tokens, half of them distinct words: a memo filled per document is
mostly filled, seldom read, and costs more than it saves. The stages that ask the same question of
every token (what a word is cut into, whether it may open a mention, which hints it may start)
keep one memo per language instead (``functools.lru_cache`` on the ``LanguageData``): the words
of the next article are mostly known. A memo that has grown past :data:`MEMO_WORDS` after a
document is emptied, so that a long run of documents (or one long document) keeps memory bounded.
"""

from __future__ import annotations

from typing import Any

__all__ = ["MEMO_WORDS", "keep_bounded"]

#: the most words a memo keeps from one document to the next: 1.2 MB for the tokenizer's (it holds
#: the words' strings), less for the others (~3 MB a language at most); the French news DEV
#: articles leave 3,365 words in it
MEMO_WORDS = 10_000


def keep_bounded(memo: dict[str, Any]) -> None:
    """Empty ``memo`` when it holds more than :data:`MEMO_WORDS` words (called once a document is read)."""
    if len(memo) > MEMO_WORDS:
        memo.clear()
