"""The memos of pronoun antecedents and of cue subjects never keep an answer past the discourse
state it was found for: the current speaker and the end of the last claim are read each time."""

from quotecheck import api
from quotecheck.attribution.attributor import Attributor
from quotecheck.claims import Claim
from quotecheck.context import Context

TEXT = "Paul Ravel a rencontré Jean Morel hier. « Tout va bien », a-t-il dit."


def _speaker(attributor: Attributor) -> str | None:
    cue = next(c for c in attributor.cues if c.inverted is not None)
    resolved = attributor._subject(cue, True)
    assert resolved is not None
    return resolved.entity.name if resolved.entity is not None else None


def _fresh(ctx: Context, current: str | None, claimed: bool) -> str | None:
    """The answer of an attributor that never answered before, in the given state."""
    attributor = Attributor(ctx)
    _set_state(attributor, current, claimed)
    return _speaker(attributor)


def _set_state(attributor: Attributor, current: str | None, claimed: bool) -> None:
    attributor.state.current = next((e for e in attributor.entities if e.name == current), None)
    attributor.claims.clear()
    if claimed:  # a claim ending after the first sentence started
        attributor.claims.append(Claim.from_span(TEXT, 0, 10, "direct"))


def test_subject_and_pronoun_follow_the_discourse_state() -> None:
    ctx = api.Extractor(language="fr").context(TEXT)
    attributor = Attributor(ctx)
    states = [(None, False), ("Jean Morel", False), ("Jean Morel", True), (None, False), ("Jean Morel", True)]
    answers = []
    for current, claimed in states:
        _set_state(attributor, current, claimed)
        answers.append(_speaker(attributor))
        assert answers[-1] == _fresh(ctx, current, claimed)
    # the subject of the sentence before speaks, unless a claim came after it: then the current speaker
    assert answers == ["Paul Ravel", "Paul Ravel", "Jean Morel", "Paul Ravel", "Jean Morel"]
    assert attributor._antecedents  # the pure part was kept, and reused across the states


def test_subject_memo_reuses_an_answer_in_one_state() -> None:
    attributor = Attributor(api.Extractor(language="fr").context(TEXT))
    cue = next(c for c in attributor.cues if c.inverted is not None)
    first = attributor._subject(cue, True)
    assert attributor._subject(cue, True) is first
    attributor.state.current = attributor.entities[0]
    assert attributor._subject(cue, True) is not first
