"""The components of attribution each stand on their own: the subject resolver reads the
discourse state only through its small interface, reported speech makes its claims through the
decision it is given and keeps the state it is given."""

from __future__ import annotations

from attrs import define

from quotecheck import api
from quotecheck.attribution.attributor import Attributor
from quotecheck.attribution.state import DiscourseState
from quotecheck.claims import Claim, ClaimKind
from quotecheck.coref import Entity
from quotecheck.cues import CueMatch
from quotecheck.reported import ReportedSpeech
from quotecheck.subjects import Resolved, SubjectResolver

TEXT = "Paul Ravel a rencontré Jean Morel hier. « Tout ira mieux », a-t-il dit."
REPORTED = "Paul Ravel a déclaré que le projet avançait bien. Selon Marie Dubreuil, les travaux commenceront en mai."


@define
class _Speakers:
    """The two things the resolver reads of the discourse, and nothing else."""

    current: Entity | None = None
    claimed_until: int = -1


def test_the_resolver_reads_only_the_current_speaker_and_the_end_of_the_last_claim() -> None:
    ctx = api.Extractor(language="fr").context(TEXT)
    speakers = _Speakers()
    resolver = SubjectResolver(ctx, speakers)
    cue = next(c for c in resolver.cues if c.inverted is not None)
    first = resolver.cue_subject(cue, True)
    assert first is not None and first.entity is not None and first.entity.name == "Paul Ravel"
    # a claim after the introducing sentence: the pronoun goes to the current speaker
    speakers.current = next(e for e in resolver.entities if e.name == "Jean Morel")
    speakers.claimed_until = len(TEXT)
    later = resolver.cue_subject(cue, True)
    assert later is not None and later.entity is speakers.current


def test_reported_speech_claims_through_the_decision_it_is_given() -> None:
    ctx = api.Extractor(language="fr").context(REPORTED)
    state = DiscourseState()
    resolver = SubjectResolver(ctx, state)
    asked: list[tuple[int, int, str, str | None]] = []

    def claim(start: int, end: int, kind: ClaimKind, resolved: Resolved | None, cue: CueMatch | None,
              rule: str) -> Claim:
        asked.append((start, end, rule, resolved.mention.text if resolved and resolved.mention else None))
        return Claim.from_span(REPORTED, start, end, kind.value)

    reported = ReportedSpeech(resolver, state, claim)
    for cue in resolver.cues:
        reported.at_cue(cue)
    reported.source_markers()
    that = REPORTED.index("le projet")
    source = REPORTED.index("les travaux")
    assert [(a[2], a[3]) for a in asked] == [("indirect-que", "Paul Ravel"), ("indirect-source", "Marie Dubreuil")]
    assert asked[0][0] == that and asked[1][0] == source
    # the claims and the discourse state are the state's, not the finder's
    assert [c.start for c in state.claims] == [that, source]
    assert state.claimed_until == state.claims[-1].end
    assert state.current is not None and state.current.name == "Paul Ravel"
    assert state.reported_until >= REPORTED.index("bien")


def test_the_attributor_wires_one_state_through_its_components() -> None:
    attributor = Attributor(api.Extractor(language="fr").context(REPORTED))
    assert attributor.subjects.state is attributor.state is attributor.reported.state
    assert attributor.reported.subjects is attributor.subjects
    claims = attributor.run()
    assert claims and attributor.claims is attributor.state.claims
