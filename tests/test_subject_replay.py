"""A cue's subject found in an earlier discourse state is reused only when each pronoun it
resolved gives the same entity in the present state: the answer is always the one a resolution
from scratch gives (``SubjectResolver._subject_in_state``)."""

import pytest

from quotecheck import api
from quotecheck.attribution.attributor import Attributor
from quotecheck.attribution.state import DiscourseState
from quotecheck.claims import Claim
from quotecheck.subjects import SubjectResolver

TEXT = "Paul Ravel a rencontré Jean Morel hier. « Tout ira mieux », a-t-il dit. Louise Arnaud a souri."


class _NeverKept(dict):  # type: ignore[type-arg]
    """A memo that keeps nothing: every cue resolved from scratch."""

    def __setitem__(self, key, value):  # type: ignore[no-untyped-def]
        pass


def _answer(resolver: SubjectResolver, state: DiscourseState, current: str | None, claimed: bool) -> str | None:
    state.current = next((e for e in resolver.entities if e.name == current), None)
    state.claims.clear()
    if claimed:  # a claim ending after the first sentence started
        state.claims.append(Claim.from_span(TEXT, 0, 10, "direct"))
    cue = next(c for c in resolver.cues if c.inverted is not None)
    resolved = resolver.cue_subject(cue, True)
    assert resolved is not None
    return resolved.entity.name if resolved.entity is not None else None


def test_replayed_subject_is_the_fresh_one() -> None:
    ctx = api.Extractor(language="fr").context(TEXT)
    kept = SubjectResolver(ctx, DiscourseState())
    states = [(None, False), ("Jean Morel", True), ("Jean Morel", True), ("Louise Arnaud", True),
              (None, False), ("Jean Morel", False), ("Paul Ravel", True), (None, False)]
    found = []
    calls = 0
    original = kept._find_subject

    def counted(cue, prefer_after):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return original(cue, prefer_after)

    kept._find_subject = counted  # type: ignore[method-assign]
    for current, claimed in states:
        fresh = SubjectResolver(ctx, DiscourseState())
        fresh._subject_replays = _NeverKept()
        found.append(_answer(kept, kept.state, current, claimed))  # type: ignore[arg-type]
        assert found[-1] == _answer(fresh, fresh.state, current, claimed)  # type: ignore[arg-type]
    # the pronoun goes where the state sends it: the answer changed with the state, and back
    assert found[0] == "Paul Ravel" and found[1] == "Jean Morel" and found[-1] == "Paul Ravel"
    # resolved anew only when a pronoun changed its referent: (None, False) came back and was reused
    assert calls < len(states)


@pytest.mark.parametrize("code, text", [
    ("fr", "Le ministre Paul Ravel a rencontré Jeanne Morel. « Nous ne céderons pas », a-t-il déclaré. "
           "« Jamais », a-t-elle répondu. Il a dit « oui » et elle a dit « non » et il a dit « peut-être ». "
           "Elle a ajouté que « rien » ne changerait, a-t-il précisé."),
    ("en", '"We will not raise taxes," Mayor Ann Kerr said. "It is fair," she added. Tom Lowe called it '
           '"a gamble" and "a risk", he said, and she said "no" and he said "yes".'),
])
def test_documents_are_the_same_with_and_without_replay(code: str, text: str) -> None:
    ctx = api.Extractor(language=code).context(text)
    replayed = Attributor(ctx)
    fresh = Attributor(ctx)
    fresh.subjects._subject_replays = _NeverKept()
    claims = [c.to_dict() for c in replayed.run()]
    assert claims and claims == [c.to_dict() for c in fresh.run()]
