"""The memos of pronoun antecedents and of cue subjects never keep an answer past the discourse
state it was found for: the current speaker and the end of the last claim are read each time."""

import attrs

from quotecheck import api
from quotecheck.attribution.attributor import Attributor
from quotecheck.attribution.state import DiscourseState
from quotecheck.claims import Claim
from quotecheck.context import Context
from quotecheck.subjects import SubjectResolver

TEXT = "Paul Ravel a rencontré Jean Morel hier. « Tout ira mieux », a-t-il dit."


def _speaker(resolver: SubjectResolver) -> str | None:
    cue = next(c for c in resolver.cues if c.inverted is not None)
    resolved = resolver.cue_subject(cue, True)
    assert resolved is not None
    return resolved.entity.name if resolved.entity is not None else None


def _fresh(ctx: Context, current: str | None, claimed: bool) -> str | None:
    """The answer of a resolver that never answered before, in the given state."""
    state = DiscourseState()
    resolver = SubjectResolver(ctx, state)
    _set_state(state, resolver, current, claimed)
    return _speaker(resolver)


def _set_state(state: DiscourseState, resolver: SubjectResolver, current: str | None, claimed: bool) -> None:
    state.current = next((e for e in resolver.entities if e.name == current), None)
    state.claims.clear()
    if claimed:  # a claim ending after the first sentence started
        state.claims.append(Claim.from_span(TEXT, 0, 10, "direct"))


def test_subject_and_pronoun_follow_the_discourse_state() -> None:
    ctx = api.Extractor(language="fr").context(TEXT)
    attributor = Attributor(ctx)
    resolver = attributor.subjects
    assert resolver.state is attributor.state  # the attributor's resolver reads its discourse state
    states = [(None, False), ("Jean Morel", False), ("Jean Morel", True), (None, False), ("Jean Morel", True)]
    answers = []
    for current, claimed in states:
        _set_state(attributor.state, resolver, current, claimed)
        answers.append(_speaker(resolver))
        assert answers[-1] == _fresh(ctx, current, claimed)
    # the subject of the sentence before speaks, unless a claim came after it: then the current speaker
    assert answers == ["Paul Ravel", "Paul Ravel", "Jean Morel", "Paul Ravel", "Jean Morel"]
    assert resolver._antecedents  # the pure part was kept, and reused across the states


def test_subject_memo_reuses_an_answer_in_one_state() -> None:
    attributor = Attributor(api.Extractor(language="fr").context(TEXT))
    resolver = attributor.subjects
    cue = next(c for c in resolver.cues if c.inverted is not None)
    first = resolver.cue_subject(cue, True)
    assert resolver.cue_subject(cue, True) is first
    # another state in which the pronoun goes elsewhere: resolved anew (an answer whose pronouns
    # still go where they went may be reused across states: tests/test_subject_replay.py)
    _set_state(attributor.state, resolver, "Jean Morel", True)
    again = resolver.cue_subject(cue, True)
    assert again is not first and again is not None and again.entity is not first.entity


def test_subject_memo_is_kept_by_the_cue_offsets_and_checks_the_cue() -> None:
    # an equal cue made anew gets the kept answer; a cue at the same offsets that says something
    # else (here: no inverted pronoun) is resolved for itself
    resolver = Attributor(api.Extractor(language="fr").context(TEXT)).subjects
    cue = next(c for c in resolver.cues if c.inverted is not None)
    first = resolver.cue_subject(cue, True)
    assert first is not None and first.how == "inverted pronoun"
    same = attrs.evolve(cue)
    assert same == cue and same is not cue
    assert resolver.cue_subject(same, True) is first
    other = attrs.evolve(cue, inverted=None)
    found = resolver.cue_subject(other, True)
    assert found is not first and (found is None or found.how != "inverted pronoun")
    assert resolver.cue_subject(cue, True) is not first  # the entry now answers for the other cue
