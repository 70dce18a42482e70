"""The one scan of lower-case adjectives before a capitalised noun (mentions.adjective_chain_end),
read by the mention finder and by reported speech, and the one short-parenthesis pattern."""

import attrs

from quotecheck import coref, subjects
from quotecheck.backends.rules import RulesBackend
from quotecheck.lang import load
from quotecheck.mentions import adjective_chain_end

# an invented language whose nouns are capitalised and whose adjectives end in "-ul" or "-ic"
_DATA = attrs.evolve(load("en"), capitalized_nouns=True, adjective_endings=("ul", "ic"))


def _tokens(text):
    return RulesBackend().annotate(text, _DATA).tokens


def _end(sample, start=1, **kw):
    tokens = _tokens(sample)
    kw.setdefault("admits", lambda k: True)
    return adjective_chain_end(tokens, start, _DATA, **kw), [t.text for t in tokens]


def test_chain_runs_over_lower_case_adjectives_up_to_the_noun():
    end, words = _end("the brightul tallic Warden spoke")
    assert words[end] == "Warden"
    assert _end("the Warden spoke")[0] == 1  # no adjective: the start itself
    assert _end("the brightul spoken Warden")[0] == 2  # "spoken" has no adjective's ending


def test_chain_needs_nouns_capitalised_and_endings():
    tokens = _tokens("the brightul Warden")
    plain = attrs.evolve(_DATA, capitalized_nouns=False)
    assert adjective_chain_end(tokens, 1, plain, lambda k: True) == 1
    assert adjective_chain_end(tokens, 1, attrs.evolve(_DATA, adjective_endings=()), lambda k: True) == 1


def test_callers_parameters():
    text = "the brightul tallic 4-wheelic Warden"
    assert _end(text)[0] == 3  # a word with a digit or a hyphen ends the chain ...
    assert _end(text, compounds=True)[0] == 4  # ... unless compounds count
    assert _end(text, compounds=True, most=2)[0] == 3
    assert _end(text, admits=lambda k: k != 2)[0] == 2
    spaced = "the brightul  tallic Warden"
    assert _end(spaced)[0] == 3
    assert _end(spaced, text=spaced)[0] == 2  # two spaces part the words
    assert _end("the\nbrightul Warden", text="the\nbrightul Warden")[0] == 1


def test_one_parenthesis_pattern():
    assert subjects.PARENTHESIS is coref.PARENTHESIS
    assert coref.PARENTHESIS.sub("", " (Northvale)\n") == "\n"  # the line break after it stays
    assert coref.PARENTHESIS.fullmatch(" (Northvale) ".rstrip())
