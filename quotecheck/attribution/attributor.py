"""One document's attribution: quotations and cues in text order, candidates, one decision.

For each quotation every registered generator (``generators/``) may propose a candidate speaker;
the fitted model (``model.py``) scores each candidate with its features (``features.py``) and the
best one wins; its probability, calibrated, is the claim's confidence. A quotation whose best
candidate names nobody is still a claim (with no speaker), except a fragment inside a sentence
(scare quotes, titles) or a quotation in a headline. Reported speech (``reported.py``) proposes one
candidate per statement, scored by the same model; a statement the model finds too unlikely is
dropped (the weights say below which probability).

Quotations and cues are visited in text order so that each sees who spoke just before: that is
the discourse state (``state.py``), the only mutable part.
"""

from __future__ import annotations

import bisect
import functools
from typing import Any

import regex

from ..claims import Claim, ClaimKind, Cue, Evidence, Mention, MentionKind, Speaker, SpeakerKind
from ..context import Context
from ..cues import CueMatch, matcher_for
from ..document import lower_keeping_offsets
from ..coref import Entity
from ..mentions import MentionSpan, between_finder
from ..quotes import QuoteSpan, is_fragment
from ..reported import ReportedSpeech
from ..subjects import Resolved, SubjectResolver
from . import features as feats
from .candidates import Candidate, same_speaker
from .confidence import decision_features, span_features, speaker_groups
from .generators.interview import find_interview
from .model import Model, load_model
from .registry import quote_generators
from .state import DiscourseState

__all__ = ["Attributor"]

_SENTENCE_END = ".!?…"
_HEADLINE_CHARS = 160  # a title line is shorter than this and has no final punctuation
_NESTED_REACH = 200  # characters before a nested quotation searched for its cue and speaker
_MAIN_VOICE_MENTIONS = 2  # mentions a person needs to be the article's main voice
_SUBHEAD_WORDS = 10  # words of a quotation standing alone as a paragraph that may be a subhead
_NAME_WORDS = 4  # words of a fragment that may be a name or a title (das „Nordblatt“, der „Abendbote“)
_GLOSS_WORDS = 8  # words of a quotation opening a parenthesis that may be a gloss or a name
_VOWELS = frozenset("aeiouyäöüéèàáíóú")
#: generators whose cue introduces the quotation itself (that cue then reports nothing else)
_INTRODUCING = frozenset({"incise", "cue-after", "cue-before"})
#: the candidate of every quotation that names nobody, last in the sieve order (immutable: one for all)
_NOBODY = Candidate("none", None, None, 1000)
#: ``decision_features`` of a single candidate (its own group, whatever its score); never changed
_ALONE_DECISION = decision_features([0.0], [0], 0)


class Attributor:
    """Attribution of one document: it owns the discourse state, the subject resolver, the
    reported-speech finder and the generators, and makes the one scoring decision.

    ``ctx`` is the document's immutable context; ``state`` the mutable discourse state (the
    claims so far among it); ``subjects`` finds the subject of a cue (reading ``state``);
    ``reported`` finds reported speech (with ``subjects``, ``state`` and :meth:`_claim`). A
    generator is given the attributor and reads these components, and the per-document helpers
    below (:meth:`sentence_bounds`, :attr:`present_markers`, :attr:`main_voice` …)."""

    def __init__(self, ctx: Context, model: Model | None = None, trace: list[dict[str, Any]] | None = None) -> None:
        self.ctx = ctx
        #: ``ctx.text`` and ``ctx.tokens`` (properties of the context), read once
        self.text, self.tokens = ctx.text, ctx.tokens
        self.state = DiscourseState()
        self.subjects = SubjectResolver(ctx, self.state)
        self.reported = ReportedSpeech(self.subjects, self.state, self._claim)
        #: the quotations attributed (top level, in text order) and those nested one level in them
        self.quotes, self.nested = self.subjects.quotes, self.subjects.nested
        self._last_bounds: tuple[QuoteSpan | None, tuple[int, int]] = (None, (0, 0))
        self.model = model if model is not None else load_model(ctx.data.code)
        self.trace = trace
        self.generators = quote_generators()
        #: the generators of cue candidates and the others, each in priority order (split once,
        #: not filtered again for each quotation)
        self._cue_generators = tuple(g.propose for g in self.generators if g.needs_cue)
        self._other_generators = tuple(g.propose for g in self.generators if not g.needs_cue)
        self.ranks = {g.name: g.priority for g in self.generators}
        self.interview = find_interview(self.subjects)
        self.main_voice = self._find_main_voice()
        self.group_parts: dict[int, list[QuoteSpan]] = {}
        for q in self.quotes:
            self.group_parts.setdefault(q.group, []).append(q)
        self._marker_positions: dict[str, list[int]] = {}
        #: indexes a generator builds on first use for the whole document, by generator name
        self.indexes: dict[str, Any] = {}
        self._descriptions: dict[int, tuple[str, ...]] = {}  # a speaker's descriptions, by id(entity)
        #: the speakers made, by the ids of their entity and mention (``_speaker``)
        self._speakers: dict[tuple[int, int], tuple[Entity | None, MentionSpan | None, Speaker | None]] = {}
        self._cues: dict[int, tuple[CueMatch, Cue]] = {}  #: the claims' cues, by id(cue match)
        self._evidence_made: dict[tuple[str, str], Evidence] = {}  #: the claims' evidence (``_evidence``)

    def close(self) -> None:
        """Let go of the reported-speech finder. It makes its claims with :meth:`_claim`, a method
        of this attributor, so the two refer to each other: left as it is, that cycle keeps every
        object of the document (tokens, mentions, quotations) alive until the cyclic collector
        runs, and its passes over them cost several per cent of the time on short documents.
        Closed, reference counting frees them when the call returns."""
        self.__dict__.pop("reported", None)

    @property
    def claims(self) -> list[Claim]:
        """The claims made so far (the discourse state's)."""
        return self.state.claims

    # -- per-document indexes, built on first use --------------------------------------------
    @functools.cached_property
    def lowered(self) -> str:
        """The text in lower case, one character for one (an offset in it indexes the text)."""
        return lower_keeping_offsets(self.text)

    def marker_positions(self, marker: str) -> list[int]:
        """Offsets in :attr:`lowered` where ``marker`` and a space start, found once per document
        (searching the sentence again for each quotation made a sentence of quotations quadratic)."""
        found = self._marker_positions.get(marker)
        if found is None:
            key = marker + " "
            found = []
            k = self.lowered.find(key)
            while k >= 0:
                found.append(k)
                k = self.lowered.find(key, k + 1)
            self._marker_positions[marker] = found
        return found

    @functools.cached_property
    def present_markers(self) -> tuple[str, ...]:
        """The language's source markers that occur in this document, in the data's order: a
        quotation tries only these (most documents hold none or one of the dozens of markers)."""
        return tuple(m for m in self.ctx.data.source_markers if self.marker_positions(m))

    @functools.cached_property
    def mentions_between(self):  # type: ignore[no-untyped-def]
        """``mentions.mentions_between`` on this document, its finder built once."""
        return between_finder(self.ctx.doc, self.ctx.data)

    # -- helpers for the generators ----------------------------------------------------------
    def sentence_bounds(self, q: QuoteSpan) -> tuple[int, int]:
        """From the start of the sentence the quote opens in to the end of the one it closes in."""
        last = self._last_bounds  # several generators ask for the same quotation's, in a row
        if last[0] is q:
            return last[1]
        lo = self.ctx.doc.sentence_span(q.outer_start)[0]
        hi = self.ctx.doc.sentence_span(max(q.outer_start, q.outer_end - 1))[1]
        hi = max(hi, self.ctx.doc.sentence_span(min(len(self.text) - 1, q.outer_end))[1])
        self._last_bounds = (q, (lo, hi))
        return lo, hi

    def _find_main_voice(self) -> Entity | None:
        # a name only ever after a preposition ("le tournoi de Port Vallon", "la réélection de X,
        # qui sera aussi le candidat …") is spoken of, not a voice, whatever roles it is given
        people = [e for e in self.ctx.entities if e.names and e.kind is SpeakerKind.PERSON and not e.plural
                  and not all(self._follows_preposition(m) for m in e.mentions if m.kind is MentionKind.NAME)]
        best = max(people, key=lambda e: len(e.mentions), default=None)
        if best is None or len(best.mentions) < _MAIN_VOICE_MENTIONS:
            return None
        return best

    def _follows_preposition(self, m: MentionSpan) -> bool:
        """Mention ``m`` follows a preposition, maybe over a determiner."""
        k = m.first - 1
        data = self.ctx.data
        if k >= 0 and self.tokens[k].lower in data.determiners and self.tokens[k].lower not in data.complement_prepositions:
            k -= 1
        low = self.tokens[k].lower if k >= 0 else ""
        return low in data.complement_prepositions or low in data.locative_prepositions or low in data.cue_prepositions

    def in_headline(self, q: QuoteSpan) -> bool:
        """The quote sits in a title line: a short paragraph ending on a word, not a full stop, or
        a subhead (a paragraph that is one short quotation)."""
        p_start, p_end = self.ctx.doc.paragraph_span(q.start)
        if p_end - p_start > 2 * _HEADLINE_CHARS:
            return False  # a long paragraph is no title line (and is not copied for each quote)
        line = self.text[p_start:p_end].rstrip()
        if len(line) <= _HEADLINE_CHARS and line[-1:].isalnum():
            return True
        return self._subhead(q, p_start, p_start + len(line))

    def _subhead(self, q: QuoteSpan, p_start: int, p_end: int) -> bool:
        """A subhead in mid-article: the paragraph is one quotation of a few words, in one part,
        with no final punctuation ("« Un matin pas comme les autres »")."""
        if q.incise_cue is not None or len(self.group_parts.get(q.group, ())) != 1:
            return False
        if self.text[p_start:q.outer_start].strip() or self.text[q.outer_end:p_end].strip():
            return False
        words = self.text[q.start:q.end].split()
        return 0 < len(words) <= _SUBHEAD_WORDS and words[-1][-1:] not in _SENTENCE_END

    def names_a_thing(self, q: QuoteSpan) -> bool:
        """A name or a title inside the sentence, not anyone's words: a short fragment with no
        final punctuation, mostly capitalised, right after a definite article or after the noun
        it names ("das „Nordblatt“ berichtet", "Monatszeitung „Der Bote“", "le magazine « Terre
        Vive »"). After an indefinite article, a preposition, a partial cue or a speech verb it may
        be a characterisation ("nannte es einen „Skandal“", "als „Fehler“"). A gloss that opens a
        parenthesis ("Zusatzmodule („Plugins“)", "(„Tarif 12“, …)") is a name too, however it is
        written."""
        if self._quoted_organisation(q):
            return True
        words = self.text[q.start:q.end].split()
        k = self.ctx.doc.token_index(q.outer_start) - 1
        if k >= 0 and self.tokens[k].text == "(" and q.depth == 0 and not q.dialogue and words \
                and len(words) <= _GLOSS_WORDS and words[-1][-1:] not in _SENTENCE_END:
            return True
        # "des „Allg. Ztg.“": a name written short ends on a period, so it is not taken as embedded
        short_name = bool(words) and len(words) <= _NAME_WORDS and words[-1][-1:] == "." and _abbreviated(words)
        after = self.ctx.doc.token_index(q.outer_end)
        if short_name and after < len(self.tokens) and self.tokens[after].text == ")":
            return True  # "(Tel. d. „N. Bl.“)": the paper a report is credited to, inside a parenthesis
        if not q.embedded and not short_name:
            return False
        if not words or not words[0][:1].isupper() or (words[-1][-1:] in ".!?…" and not _abbreviated(words)) \
                or len(words) > _NAME_WORDS \
                or sum(w[:1].isupper() for w in words) * 2 < len(words):
            return False
        if k < 0:
            return False
        prev = self.tokens[k].lower
        data = self.ctx.data
        if prev in data.definite_determiners:
            return True
        return prev.isalpha() and prev not in data.determiners and prev not in data.partial_cues \
            and prev not in data.stop_words and prev not in data.speech_verbs and k not in self.subjects.cue_firsts

    # -- claims --------------------------------------------------------------------------------
    def _speaker(self, resolved: Resolved | None) -> Speaker | None:
        """The speaker a claim names through ``resolved``, made once per entity and mention (the
        claims of neighbouring quotations often share them; a ``Speaker`` is immutable)."""
        if resolved is None or (resolved.entity is None and resolved.mention is None):
            return None
        entity, m = resolved.entity, resolved.mention
        key = (id(entity), id(m))
        kept = self._speakers.get(key)  # (the entry holds both objects: their ids stay theirs)
        if kept is None or kept[0] is not entity or kept[1] is not m:
            kept = self._speakers[key] = (entity, m, self._new_speaker(entity, m))
        return kept[2]

    def _new_speaker(self, entity: Entity | None, m: MentionSpan | None) -> Speaker | None:
        if entity is None:
            # (tested before a ``Mention`` is made: a pronoun nobody resolved names nobody)
            if m is None or m.kind is MentionKind.PRONOUN:
                return None
            return Speaker(name=m.text, mention=Mention(m.text, m.start, m.end, m.kind), kind=SpeakerKind.UNKNOWN)
        mention = Mention(m.text, m.start, m.end, m.kind) if m is not None else None
        descriptions = self._descriptions.get(id(entity))
        if descriptions is None:  # the entity's, the same for each of its claims
            descriptions = self._descriptions[id(entity)] = tuple(
                d for d in list(entity.descriptions)[:8] if d != entity.name)
        return Speaker(name=entity.name, mention=mention, kind=entity.kind, descriptions=descriptions,
                       gender=entity.gender, plural=entity.plural)

    def _build(self, start: int, end: int, kind: ClaimKind, chosen: Candidate, confidence: float,
               deciding: list[str], marks: tuple[str, str] = ("", "")) -> Claim:
        resolved, cue = chosen.resolved, chosen.cue
        speaker = self._speaker(resolved)
        if resolved is not None and resolved.mention is not None:
            self.state.speaker_mentions.add(resolved.mention.start)
        self.state.unnamed = resolved.mention if speaker is not None and speaker.kind is SpeakerKind.UNKNOWN \
            and resolved is not None else None
        made = self._evidence
        evidence = [made("segment", kind.value), made(chosen.rule, cue.text if cue else "")]
        if resolved is not None:
            evidence.append(made("subject", resolved.how + (f": {resolved.mention.text!r}" if resolved.mention else "")))
            if resolved.entity is not None and resolved.entity.links:
                evidence.append(made("coref", "; ".join(resolved.entity.links[:5])))
        if deciding:
            evidence.append(made("decision", ", ".join(deciding)))
        return Claim(
            text=self.text[start:end], start=start, end=end, kind=kind, speaker=speaker,
            cue=self._cue(cue) if cue else None,
            language=self.ctx.data.code, confidence=confidence, evidence=tuple(evidence), quote_marks=marks,
            paragraph=self.ctx.doc.paragraph_index(start), sentence=self.ctx.doc.sentence_index(start),
        )

    def _evidence(self, rule: str, detail: str) -> Evidence:
        """The claims' ``Evidence(rule, detail)``, made once per document (it is immutable, and
        most claims cite the same few steps)."""
        key = (rule, detail)
        found = self._evidence_made.get(key)
        if found is None:
            found = self._evidence_made[key] = Evidence(rule, detail)
        return found

    def _cue(self, cue: CueMatch) -> Cue:
        """The claim's ``Cue`` of ``cue``, made once per cue (several claims may cite one)."""
        kept = self._cues.get(id(cue))
        if kept is None or kept[0] is not cue:
            kept = self._cues[id(cue)] = (cue, Cue(cue.text, cue.lemma, cue.start, cue.end))
        return kept[1]

    def _decide(self, start: int, end: int, kind: ClaimKind, candidates: list[Candidate],
                extra: dict[str, float] | None = None) -> tuple[Candidate, float, list[str]]:
        """The best candidate, its calibrated probability, and the features that decided."""
        if self.model.prior and self.trace is None:
            # no weights: the sieve order decides (most certain generator first), nothing to score
            return min(candidates, key=lambda c: c.rank), self.model.calibrated(0.0), []
        claim = feats.claim_features(self, start, end, candidates)
        vectors = [feats.features(self, start, end, kind, c, candidates, extra, claim) for c in candidates]
        if self.trace is not None:
            # the confidence features of each candidate, as if it won: the fitting script chooses
            groups = speaker_groups(candidates)
            self.trace.append({"start": start, "end": end, "kind": kind.value, "candidates": [
                {"rule": c.rule, "speaker": (s.name if (s := self._speaker(c.resolved)) is not None else None),
                 "features": v, "confidence": span_features(self, start, end, c), "group": g}
                for c, v, g in zip(candidates, vectors, groups)]})
        if self.model.prior:
            # no weights, or the fitting run: the sieve order decides (most certain generator first)
            best = min(range(len(candidates)), key=lambda i: candidates[i].rank)
            return candidates[best], self.model.calibrated(0.0), []
        model = self.model
        # each candidate's parts of its score, kept for the winner's explanation (the same parts)
        products = [model.products(v) for v in vectors]
        scores = [model.total(p) for p in products]
        decision: dict[str, float] | None
        if len(candidates) == 1:
            # one candidate (reported speech, a nested quotation): it wins, names its own speaker
            # and is its own group: what the general path below finds for it, without the search
            best, chosen, decision = 0, candidates[0], _ALONE_DECISION
        else:
            best = max(range(len(candidates)), key=lambda i: (scores[i], -candidates[i].rank))
            # the claim cites the most certain generator that named the same speaker (its cue too)
            winner = candidates[best]
            same = [c for c in candidates if same_speaker(c, winner)]
            chosen = min(same, key=lambda c: c.rank)
            decision = None
        if model.confidence_weights:
            # what the confidence weighs besides the score (``confidence.py``); a Platt scaling of
            # the score alone (format 1 weights) needs none of it
            if decision is None:
                decision = decision_features(scores, speaker_groups(candidates), best)
            confidence = model.calibrated(scores[best], vectors[best],
                                          span_features(self, start, end, candidates[best], claim[1]), decision)
        else:
            confidence = model.calibrated(scores[best])
        return chosen, confidence, model.explain(vectors[best], products[best])

    def _claim(self, start: int, end: int, kind: ClaimKind, resolved: Resolved | None, cue: CueMatch | None,
               rule: str, marks: tuple[str, str] = ("", "")) -> Claim:
        """A claim with one candidate (reported speech, nested quotations), scored by the model."""
        chosen, confidence, deciding = self._decide(start, end, kind, [Candidate(rule, cue, resolved)])
        return self._build(start, end, kind, chosen, confidence, deciding, marks)

    # -- quotations ----------------------------------------------------------------------------
    def _cue_candidates(self, q: QuoteSpan) -> list[Candidate]:
        return [c for propose in self._cue_generators if (c := propose(self, q)) is not None]

    def _group_candidates(self, q: QuoteSpan) -> list[Candidate]:
        """The cue candidates of a quotation in parts: the first part that has any speaks for all
        ("« … ¶ « … », a-t-elle déclaré" gives the cue to the first paragraph too)."""
        cached = self.state.group_candidates.get(q.group)
        if cached is not None:
            return cached
        found = self._cue_candidates(q)
        if not found:
            for other in self.group_parts.get(q.group, ()):
                if other.start > q.start:
                    found = self._cue_candidates(other)
                    if found:
                        break
        if found:
            self.state.group_candidates[q.group] = found
        return found

    def _candidates(self, q: QuoteSpan, headline: bool, fragment: bool) -> list[Candidate]:
        found = []
        for c in self._group_candidates(q):
            if not c.has_speaker and self.state.current is not None and self.same_paragraph_as_last_claim(q):
                # "« … », explique-t-il, avant d'ajouter : « … »": a cue with no subject of its own
                c = Candidate(c.rule, c.cue, Resolved(self.state.current, None, "subject of the previous cue"))
            found.append(c)
        if not fragment and not headline:
            found += [p for propose in self._other_generators if (p := propose(self, q)) is not None]
        ranks = self.ranks  # a candidate's four fields copied with its rank (attrs.evolve costs more)
        found = [Candidate(c.rule, c.cue, c.resolved, ranks.get(c.rule, 0)) for c in found]
        found.append(_NOBODY)
        return found

    def _quote(self, q: QuoteSpan) -> None:
        state = self.state
        if q.dialogue and q.paragraph > state.last_dialogue_paragraph + 1:
            state.turns = []
        kind = ClaimKind.PARTIAL if q.embedded else ClaimKind.DIRECT
        headline = not q.dialogue and self.in_headline(q)
        if self.names_a_thing(q):
            return
        fragment = self.is_fragment(q)
        candidates = self._candidates(q, headline, fragment)
        chosen, confidence, deciding = self._decide(q.start, q.end, kind, candidates,
                                                    {"headline": float(headline), "dialogue": float(q.dialogue)})
        # scare quotes, titles, names (a fragment with no cue), and a quotation in a headline
        # (« Tout a été emporté » : nuit d'orage à Lodève) are nobody's words unless someone is named
        # (whether a candidate has a cue is only asked of a fragment)
        droppable = (fragment and not any(c.cue is not None or c.rule in _INTRODUCING for c in candidates)) or headline
        if self.trace is not None:
            self.trace[-1]["droppable"] = droppable
        if droppable and not chosen.has_speaker:
            return
        if chosen.cue is not None and chosen.rule in _INTRODUCING:
            state.used_cues.add(chosen.cue.start)
        if chosen.entity is not None:
            state.current = chosen.entity
        if q.dialogue and q.part == 0:
            if q.paragraph != state.last_dialogue_paragraph:
                state.turns.append(chosen.entity)
            state.last_dialogue_paragraph = q.paragraph
        self.claims.append(self._build(q.start, q.end, kind, chosen, confidence, deciding,
                                       (q.open_mark, q.close_mark)))
        state.last_end = q.outer_end

    def _quoted_organisation(self, q: QuoteSpan) -> bool:
        """The mention finder read the quotation, marks and all, as an organisation's name (a
        medium named in a cue's subject place: see ``mentions._MentionFinder._quoted_cue_subject``)."""
        subjects = self.subjects
        k = bisect.bisect_left(subjects.mention_starts, q.outer_start)
        if k >= len(subjects.mentions):
            return False
        m = subjects.mentions[k]
        return m.start == q.outer_start and m.end == q.outer_end and m.kind is MentionKind.ORGANIZATION

    def is_fragment(self, q: QuoteSpan) -> bool:
        """See :func:`quotecheck.quotes.is_fragment`."""
        return is_fragment(q, self.text)

    def same_paragraph_as_last_claim(self, q: QuoteSpan) -> bool:
        return bool(self.claims) and self.claims[-1].paragraph == q.paragraph

    def _nested_quote(self, q: QuoteSpan) -> None:
        """« Le préfet m'a répondu : “Ce n'est pas de mon ressort” » — a quotation inside another,
        introduced there by a cue and a colon, is its own claim (its speaker is named inside the
        outer quotation, so it is taken as written, without coreference)."""
        text = self.text
        window = text[max(0, q.outer_start - _NESTED_REACH):q.outer_start]
        before = window.rstrip()
        if not before.endswith(":"):
            return
        colon = q.outer_start - (len(window) - len(before)) - 1
        first = self.ctx.doc.token_index(max(self.ctx.doc.sentence_span(colon)[0], colon - _NESTED_REACH))
        last = self.ctx.doc.token_index(colon)
        matcher = matcher_for(self.ctx.data)
        cue = None
        k = first
        while k < last:
            found = matcher.match_at(self.ctx.doc, k)
            if found is not None and found.last < last:
                cue = found
                k = found.last
            k += 1
        if cue is None:
            return
        found_mentions = self.mentions_between(first, cue.first)
        subject = found_mentions[-1] if found_mentions else None
        if subject is None or subject.kind is MentionKind.PRONOUN:
            return
        resolved = Resolved(None, subject, "mention inside the enclosing quotation")
        self.claims.append(self._claim(q.start, q.end, ClaimKind.DIRECT, resolved, cue, "nested-cue",
                                       (q.open_mark, q.close_mark)))

    # -- the run -------------------------------------------------------------------------------
    def run(self) -> list[Claim]:
        """Quotations and cues in text order, so that each sees who spoke just before it."""
        if not self.ctx.data.speech_verbs:
            # a language we have no lexicon for: quotations are segmented, nobody is attributed
            none = Candidate("none", None, None)
            return [self._build(q.start, q.end, ClaimKind.DIRECT, none, 0.5, [], (q.open_mark, q.close_mark))
                    for q in self.quotes]
        events: list[tuple[int, int, object]] = [(q.outer_start, 1, q) for q in self.quotes]
        events += [(c.start, 0, c) for c in self.subjects.cues]
        if self.ctx.data.reported_mood_forms:
            events += [(end, 2, (start, end)) for start, end in self.ctx.doc.sentences]
        events.sort(key=lambda e: (e[0], e[1]))
        for _, kind, item in events:
            if kind == 1:
                self._quote(item)  # type: ignore[arg-type]
            elif kind == 0:
                self.reported.at_cue(item)  # type: ignore[arg-type]
            else:
                self.reported.mood_sentence(*item)  # type: ignore[misc]
        self.reported.source_markers()
        self.reported.deferred_moods()
        for q in self.nested:
            self._nested_quote(q)
        floor = self.model.drop_below
        return [c for c in self.claims if c.kind is not ClaimKind.INDIRECT or c.confidence >= floor]


def _abbreviated(words: list[str]) -> bool:
    """A name written short ("Allg. Ztg.", "Tagbl."): its final period closes an abbreviation, not
    a sentence: another word is abbreviated too, or the last ends on two consonants."""
    if any(w.endswith(".") for w in words[:-1]):
        return True
    last = words[-1][:-1]
    return last[-2:].isalpha() and not any(c in _VOWELS for c in last[-2:].lower())


def attribute(ctx: Context, *, model: Model | None = None, trace: list[dict[str, Any]] | None = None) -> list[Claim]:
    """Claims for the quotations (attributed) and for the reported speech of one document."""
    attributor = Attributor(ctx, model, trace)
    try:
        return attributor.run()
    finally:
        attributor.close()
