"""Attribution sieves: who said each quotation.

Each quotation goes through sieves, most certain first (the ordering idea of Muzny et al. 2017,
"A Two-stage Sieve Approach for Quote Attribution"); the first that fires records itself in the
claim's evidence:

1. ``incise``       a cue inside the quotation: « A, a-t-il dit, B »;
2. ``cue-after``    a cue right after the closing mark: « … », a affirmé X / », ajoute-t-elle;
3. ``cue-before``   a cue, a bare name or the sentence's subject before a colon that opens the
   quote: X a déclaré : « … » / X : « … » / X lut une déclaration : « … »;
4. ``source``       a source marker: selon X, « … » / « … », selon X;
5. ``sentence-cue`` a cue elsewhere in the quote's sentence (partial quotes inside reported speech);
6. ``partial-cue``  a word such as « qualifiées de » before a fragment: the nearest mention;
7. with no cue: ``interview`` (questions to the interviewer, answers to the interviewee),
   ``alternation`` (dialogue turns alternate between two people), ``preceding-subject`` (the
   person who just spoke in the previous sentence), ``continuation`` (the previous speaker, unless
   another named person came in between), else no speaker. A fragment with no cue (scare quotes,
   titles) and a quotation in a headline with no speaker are not claims.

Quotations and cues are visited in text order, so each sieve sees who spoke just before.

The subject of a cue is found by ``subjects`` (the mention next to it, after it when inverted,
before it otherwise, or a pronoun); reported speech is ``reported``.
"""

from __future__ import annotations

import bisect

from .claims import Claim, ClaimKind, Cue, Evidence, Mention, MentionKind, Speaker, SpeakerKind
from .coref import Entity
from .cues import CueMatch, matcher_for
from .document import Document
from .lang import LanguageData
from .mentions import MentionSpan, mentions_between
from .quotes import QuoteSpan
from .reported import ReportedSpeech
from .subjects import BLOCKERS, Resolved

__all__ = ["attribute"]

#: how sure each rule is that the claim and its speaker are right (a claim with no speaker: ≤ 0.5)
_CONFIDENCE = {
    "incise": 0.95, "cue-after": 0.95, "cue-before": 0.9, "source": 0.9, "sentence-cue": 0.8,
    "partial-cue": 0.7, "preceding-subject": 0.6, "continuation": 0.6, "alternation": 0.5,
    "interview": 0.7, "nested-cue": 0.8, "none": 0.5,
    "indirect-que": 0.85, "indirect-incise": 0.85, "indirect-comma": 0.8, "indirect-source": 0.8,
    "indirect-infinitive": 0.7, "indirect-bare": 0.6, "indirect-mood": 0.5,
}
_DIALOGUE_REACH = 1500  # characters back to look for the other party of a dialogue
_HEADLINE_CHARS = 160  # a title line is shorter than this and has no final punctuation
_NESTED_REACH = 200  # characters before a nested quotation searched for its cue and speaker


class _Attributor(ReportedSpeech):
    def __init__(self, doc: Document, data: LanguageData, quotes: tuple[QuoteSpan, ...], linked,
                 cues: list[CueMatch] | None = None) -> None:
        super().__init__(doc, data, quotes, linked, cues)
        self.used_cues: set[int] = set()  # cues that introduced a quotation (no reported speech then)
        self.speaker_mentions: set[int] = set()  # mentions that named the speaker of a claim
        self.claims: list[Claim] = []
        self.interview = self._find_interview()

    # -- claims --------------------------------------------------------------------------------
    def _speaker(self, resolved: Resolved | None) -> Speaker | None:
        if resolved is None or (resolved.entity is None and resolved.mention is None):
            return None
        entity = resolved.entity
        m = resolved.mention
        mention = Mention(m.text, m.start, m.end, m.kind) if m is not None else None
        if entity is None:
            if m is None or m.kind is MentionKind.PRONOUN:
                return None
            return Speaker(name=m.text, mention=mention, kind=SpeakerKind.UNKNOWN)
        descriptions = tuple(d for d in list(entity.descriptions)[:8] if d != entity.name)
        return Speaker(name=entity.name, mention=mention, kind=entity.kind, descriptions=descriptions,
                       gender=entity.gender, plural=entity.plural)

    def _claim(self, start: int, end: int, kind: ClaimKind, resolved: Resolved | None, cue: CueMatch | None,
               rule: str, marks: tuple[str, str] = ("", ""), extra: tuple[Evidence, ...] = ()) -> Claim:
        speaker = self._speaker(resolved)
        if resolved is not None and resolved.mention is not None:
            self.speaker_mentions.add(resolved.mention.start)
        evidence = [Evidence("segment", kind.value), Evidence(rule, cue.text if cue else "")]
        if resolved is not None:
            evidence.append(Evidence("subject", resolved.how + (f": {resolved.mention.text!r}" if resolved.mention else "")))
            if resolved.entity is not None and resolved.entity.links:
                evidence.append(Evidence("coref", "; ".join(resolved.entity.links[:5])))
        evidence.extend(extra)
        confidence = _CONFIDENCE.get(rule, 0.5)
        if speaker is None:
            confidence = min(confidence, 0.5)
        return Claim(
            text=self.text[start:end], start=start, end=end, kind=kind, speaker=speaker,
            cue=Cue(cue.text, cue.lemma, cue.start, cue.end) if cue else None,
            language=self.data.code, confidence=confidence, evidence=tuple(evidence), quote_marks=marks,
            paragraph=self.doc.paragraph_index(start), sentence=self.doc.sentence_index(start),
        )

    def _source_marker_before(self, offset: int) -> tuple[Resolved, CueMatch] | None:
        """« selon X, » right before ``offset``."""
        sent_start, _ = self.doc.sentence_span(offset)
        window = self.text[sent_start:offset]
        lowered = window.lower()
        for marker in self.data.source_markers:
            k = lowered.rfind(marker + " ")
            if k < 0 or (k > 0 and lowered[k - 1].isalnum()):
                continue
            after = sent_start + k + len(marker) + 1
            m = self._mention_after(after, offset) or self._stressed_pronoun(after)
            if m is not None:
                m = self._apposed_name(m, offset)
            rest = window[m.end - sent_start:].strip(" ,\u00a0\u202f") if m is not None else ""
            # "Pour Nathalie Girard, déléguée syndicale, « … »": an apposition may follow the name
            if m is not None and (rest == "" or (window[m.end - sent_start:].lstrip().startswith(",")
                                                 and len(rest) < 80 and not any(p in rest for p in BLOCKERS))):
                cue = CueMatch(sent_start + k, sent_start + k + len(marker), window[k:k + len(marker)], marker, 0, 0)
                entity = self.entity_of.get(m.start)
                if m.kind is MentionKind.PRONOUN:
                    entity = self._resolve_pronoun(m.start, m.gender, m.plural)
                return Resolved(entity, m, "source marker"), cue
        return None

    def _source_marker_after(self, offset: int) -> tuple[Resolved, CueMatch] | None:
        """« … », selon X."""
        rest = self.text[offset:offset + 40].lstrip(" ,\u00a0\u202f")
        lowered = rest.lower()
        for marker in self.data.source_markers:
            if lowered.startswith(marker + " "):
                start = offset + (len(self.text[offset:offset + 40]) - len(rest))
                m = self._mention_after(start + len(marker) + 1, start + 80)
                if m is not None:
                    cue = CueMatch(start, start + len(marker), self.text[start:start + len(marker)], marker, 0, 0)
                    return Resolved(self.entity_of.get(m.start), m, "source marker"), cue
        return None

    def _attribute_quote(self, q: QuoteSpan) -> tuple | None:
        # 1. incise inside the quotation
        if q.incise_cue is not None:
            return q.incise_cue, self._subject(q.incise_cue, prefer_after=True), "incise"
        # 2. cue right after the closing mark
        cue = self._cue_at(q.outer_end)
        if cue is not None:
            return cue, self._subject(cue, prefer_after=True), "cue-after"
        source = self._source_marker_after(q.outer_end)
        if source is not None:
            return source[1], source[0], "source"
        # 3. before an opening colon: "X a déclaré : « … »", "X : « … »"
        window_start = max(0, q.outer_start - 200)
        before = self.text[window_start:q.outer_start].rstrip()
        if before.endswith(":"):
            colon = window_start + len(before) - 1
            k = bisect.bisect_left(self.cue_starts, colon) - 1
            colon_sentence = self.doc.sentence_span(colon)[0]
            if k >= 0 and self.cues[k].start >= colon_sentence and "\n" not in self.text[self.cues[k].end:colon]:
                cue = self.cues[k]
                return cue, self._subject(cue, prefer_after=False), "cue-before"
            m = self._mention_before(colon, self.doc.paragraph_span(colon)[0] - 1)
            if m is not None and self.text[m.end:colon].strip() == "":
                return None, Resolved(self.entity_of.get(m.start), m, "name before colon"), "cue-before"
            # "The head teacher, David Marsh, read a statement to parents:" — the sentence's subject
            m = self._sentence_subject(colon_sentence, colon)
            if m is not None:
                entity = self.entity_of.get(m.start)
                if m.kind is MentionKind.PRONOUN:
                    entity = self._resolve_pronoun(m.start, m.gender, m.plural)
                if entity is not None and entity.kind is not SpeakerKind.ORGANIZATION:
                    return None, Resolved(entity, m, "subject of the sentence before the colon"), "cue-before"
        source = self._source_marker_before(q.outer_start)
        if source is not None:
            return source[1], source[0], "source"
        # 5. a cue elsewhere in the sentence(s) the quote sits in
        first_sent = self.doc.sentence_span(q.outer_start)
        last_sent = self.doc.sentence_span(max(q.outer_start, q.outer_end - 1))
        lo, hi = first_sent[0], last_sent[1]
        hi = max(hi, self.doc.sentence_span(min(len(self.text) - 1, q.outer_end))[1])
        candidates = [c for c in self.cues[bisect.bisect_left(self.cue_starts, lo):bisect.bisect_left(self.cue_starts, hi)]
                      if self.doc.paragraph_index(c.start) == q.paragraph]
        # a capitalised fragment inside a sentence is a title or a name ("son roman « La Saison des
        # sels »"): only a word such as "qualifié de" right before it makes it someone's words
        title = q.embedded and self.text[q.start:q.start + 1].isupper()
        if candidates and not title:
            cue = min(candidates, key=lambda c: abs(c.start - q.start))
            resolved = self._subject(cue, prefer_after=cue.start > q.end)
            if resolved is not None:
                return cue, resolved, "sentence-cue"
        # 6. a partial quote after a word like "qualifiées de", "y voit"
        if q.embedded:
            words = self.doc.tokens_between(max(lo, q.outer_start - 40), q.outer_start)
            hit = next((t for t in reversed(words) if t.lower in self.data.partial_cues), None)
            if hit is not None:
                cue = CueMatch(hit.start, hit.end, hit.text, self.data.partial_cues[hit.lower], 0, 0)
                m = self._nearest_mention(q, lo, hi)
                if m is not None:
                    entity = self.entity_of.get(m.start)
                    if m.kind is MentionKind.PRONOUN:
                        entity = self._resolve_pronoun(m.start, m.gender, m.plural)
                    return cue, Resolved(entity, m, "nearest mention"), "partial-cue"
                if self.current is not None:
                    return cue, Resolved(self.current, None, "current speaker"), "partial-cue"
        return (*found, "following-cue") if (found := self.following_cue(q)) is not None else None

    def _nearest_mention(self, q: QuoteSpan, lo: int, hi: int) -> MentionSpan | None:
        best = None
        for m in self.mentions[bisect.bisect_left(self.mention_starts, lo):bisect.bisect_left(self.mention_starts, hi)]:
            if m.kind is MentionKind.NAME and self.entity_of.get(m.start) is not None \
                    and self.entity_of[m.start].kind is SpeakerKind.ORGANIZATION:
                continue
            if m.kind is MentionKind.ORGANIZATION:
                continue
            d = min(abs(m.start - q.outer_start), abs(m.start - q.outer_end))
            if best is None or d < best[0]:
                best = (d, m)
        return best[1] if best else None

    def _find_interview(self) -> tuple[Entity | None, Entity | None] | None:
        """(interviewer, interviewee) when the text is an interview: Q/R lines or a byline
        "Propos recueillis par X"; the interviewee is the most mentioned named person."""
        markers = self.data.interview_markers
        has_lines = any(q.dialogue and q.open_mark.rstrip(" :.") in markers for q in self.quotes)
        lowered = self.text.lower()
        byline = next((lowered.find(m) + len(m) for m in self.data.interviewer_markers if m in lowered), -1)
        if not has_lines and byline < 0:
            return None
        interviewer = None
        if byline >= 0:
            k = bisect.bisect_left(self.mention_starts, byline)
            if k < len(self.mentions) and self.mentions[k].start - byline < 5:
                interviewer = self.entity_of.get(self.mentions[k].start)
        people = [e for e in self.entities if e.names and e.kind is SpeakerKind.PERSON and e is not interviewer]
        interviewee = max(people, key=lambda e: len(e.mentions), default=None)
        return interviewer, interviewee

    def _interview_speaker(self, q: QuoteSpan) -> Entity | None:
        """Questions go to the interviewer, answers to the interviewee."""
        interviewer, interviewee = self.interview  # type: ignore[misc]
        marker = q.open_mark.rstrip(" :.")
        markers = self.data.interview_markers
        if marker in markers:
            question = marker == markers[0]
        else:  # dash lines in an interview: a line that asks is the journalist's
            question = self.text[q.start:q.end].rstrip().endswith("?")
        return interviewer if question else interviewee

    def _new_person_between(self, start: int, end: int, speaker: Entity | None) -> bool:
        """Another named person comes in between, other than as the speaker of a claim."""
        for m in self.mentions[bisect.bisect_left(self.mention_starts, start):bisect.bisect_left(self.mention_starts, end)]:
            e = self.entity_of.get(m.start)
            if m.kind is MentionKind.NAME and e is not None and e is not speaker and e.kind is SpeakerKind.PERSON \
                    and m.start not in self.speaker_mentions:
                return True
        return False

    def run(self) -> list[Claim]:
        """Quotations and cues in text order, so that each sees who spoke just before it."""
        if not self.data.speech_verbs:
            # a language we have no lexicon for: quotations are segmented, nobody is attributed
            return [self._claim(q.start, q.end, ClaimKind.DIRECT, None, None, "none", (q.open_mark, q.close_mark))
                    for q in self.quotes]
        events: list[tuple[int, int, object]] = [(q.outer_start, 1, q) for q in self.quotes]
        events += [(c.start, 0, c) for c in self.cues]
        if self.data.reported_mood_forms:
            events += [(end, 2, (start, end)) for start, end in self.doc.sentences]
        events.sort(key=lambda e: (e[0], e[1]))
        self.group_result: dict[int, tuple] = {}
        self.group_parts: dict[int, list[QuoteSpan]] = {}
        for q in self.quotes:
            self.group_parts.setdefault(q.group, []).append(q)
        self.last_end = 0
        self.turns: list[Entity | None] = []  # speakers of consecutive dialogue turns
        self.last_dialogue_paragraph = -2
        self.reported_until = -1  # a cue inside reported speech is part of that speech
        for _, kind, item in events:
            if kind == 1:
                self._quote(item)  # type: ignore[arg-type]
            elif kind == 0:
                self._indirect_at(item)  # type: ignore[arg-type]
            else:
                self._reported_mood(*item)  # type: ignore[misc]
        self._source_indirect()
        for q in self.nested:
            self._nested_quote(q)
        return self.claims

    def _nested_quote(self, q: QuoteSpan) -> None:
        """« Le préfet m'a répondu : “Ce n'est pas de mon ressort” » — a quotation inside another,
        introduced there by a cue and a colon, is its own claim (its speaker is named inside the
        outer quotation, so it is taken as written, without coreference)."""
        text = self.text
        before = text[max(0, q.outer_start - _NESTED_REACH):q.outer_start].rstrip()
        if not before.endswith(":"):
            return
        colon = q.outer_start - (len(text[max(0, q.outer_start - _NESTED_REACH):q.outer_start]) - len(before)) - 1
        first = self.doc.token_index(max(self.doc.sentence_span(colon)[0], colon - _NESTED_REACH))
        last = self.doc.token_index(colon)
        matcher = matcher_for(self.data)
        cue = None
        k = first
        while k < last:
            found = matcher.match_at(self.doc, k)
            if found is not None and found.last < last:
                cue = found
                k = found.last
            k += 1
        if cue is None:
            return
        found = mentions_between(self.doc, self.data, first, cue.first)
        subject = found[-1] if found else None
        if subject is None or subject.kind is MentionKind.PRONOUN:
            return
        resolved = Resolved(None, subject, "mention inside the enclosing quotation")
        self.claims.append(self._claim(q.start, q.end, ClaimKind.DIRECT, resolved, cue, "nested-cue",
                                       (q.open_mark, q.close_mark)))

    def _group_attribution(self, q: QuoteSpan) -> tuple | None:
        """The attribution of a quotation in parts: the first part that has one speaks for all
        ("« … ¶ « … », a-t-elle déclaré" gives the cue to the first paragraph too)."""
        if q.group in self.group_result:
            return self.group_result[q.group]
        result = self._attribute_quote(q)
        if result is None:
            for other in self.group_parts.get(q.group, ()):
                if other.start > q.start:
                    result = self._attribute_quote(other)
                    if result is not None:
                        break
        if result is not None:
            self.group_result[q.group] = result
        return result

    def _quote(self, q: QuoteSpan) -> None:
        result = self._group_attribution(q)
        marks = (q.open_mark, q.close_mark)
        if q.dialogue and q.paragraph > self.last_dialogue_paragraph + 1:
            self.turns = []
        if result is not None:
            cue, resolved, rule = result
            if (resolved is None or resolved.entity is None and resolved.mention is None) \
                    and self.current is not None and self._same_paragraph_as_last_claim(q):
                # "« … », explique-t-il, avant d'ajouter : « … »": a cue with no subject of its own
                resolved = Resolved(self.current, None, "subject of the previous cue")
            if cue is not None and rule in ("cue-after", "cue-before", "incise"):
                self.used_cues.add(cue.start)
            if resolved is not None and resolved.entity is not None:
                self.current = resolved.entity
        else:
            cue, entity, rule = None, None, "none"
            if q.embedded:
                return  # scare quotes, titles, names: nobody is said to have said them
            if not q.dialogue and self._in_headline(q):
                return  # « Tout a été emporté » : nuit d'orage à Lodève — a headline says nobody's words
            if q.dialogue and self.interview is not None:
                entity = self._interview_speaker(q)
                rule = "interview" if entity is not None else "none"
            elif q.dialogue:
                turns = self.turns
                if len(turns) >= 2 and turns[-2] is not None and turns[-1] is not turns[-2]:
                    entity, rule = turns[-2], "alternation"
                elif turns and turns[-1] is not None:
                    # the reply to a known speaker comes from the other person last mentioned
                    entity = self._other_person(q.outer_start, turns[-1])
                    rule = "alternation" if entity is not None else "none"
            else:
                entity = self._preceding_subject(q)
                if entity is not None:
                    rule = "continuation" if entity is self.current else "preceding-subject"
                elif self.current is not None and not self._new_person_between(self.last_end, q.outer_start, self.current):
                    entity, rule = self.current, "continuation"
            resolved = Resolved(entity, None, rule) if entity is not None else None
            if entity is not None:
                self.current = entity
        kind = ClaimKind.PARTIAL if q.embedded else ClaimKind.DIRECT
        if q.dialogue and q.part == 0:
            if q.paragraph != self.last_dialogue_paragraph:
                self.turns.append(resolved.entity if resolved else None)
            self.last_dialogue_paragraph = q.paragraph
        self.claims.append(self._claim(q.start, q.end, kind, resolved, cue, rule, marks))
        self.last_end = q.outer_end

    def _in_headline(self, q: QuoteSpan) -> bool:
        """The quote sits in a title line: a short paragraph with no sentence-final punctuation."""
        p_start, p_end = self.doc.paragraph_span(q.start)
        line = self.text[p_start:p_end].rstrip()
        # a title ends on a word: « Tout a été emporté » : nuit d'orage à Lodève
        return len(line) <= _HEADLINE_CHARS and line[-1:].isalnum()

    def _same_paragraph_as_last_claim(self, q: QuoteSpan) -> bool:
        return bool(self.claims) and self.claims[-1].paragraph == q.paragraph

    def _other_person(self, offset: int, speaker: Entity) -> Entity | None:
        """The most recently mentioned person before ``offset`` who is not ``speaker``."""
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        while k >= 0 and offset - self.mentions[k].start < _DIALOGUE_REACH:
            e = self.entity_of.get(self.mentions[k].start)
            if e is not None and e is not speaker and e.kind is SpeakerKind.PERSON and not e.plural \
                    and self.mentions[k].kind is not MentionKind.PRONOUN:
                return e
            k -= 1
        return None

    def _preceding_subject(self, q: QuoteSpan) -> Entity | None:
        """A quote with no cue right after a sentence whose subject is a named person is that
        person's ("Le rapporteur, Romain Delaunay, lui a répondu que … « Relisez … »")."""
        k = self.doc.sentence_index(q.outer_start) - 1
        if k < 0 or self._in_quote(self.doc.sentences[k][0]):
            return None
        s_start, s_end = self.doc.sentences[k]
        if q.outer_start - s_end > 3 and self.doc.paragraph_index(s_end) == q.paragraph:
            return None
        m = self._sentence_subject(s_start, s_end)
        if m is None or m.kind not in (MentionKind.NAME, MentionKind.ROLE):
            return None
        entity = self.entity_of.get(m.start)
        if entity is None or entity.kind is not SpeakerKind.PERSON or entity.plural:
            return None
        # only a sentence that reports speech hands the floor over
        k = bisect.bisect_left(self.cue_starts, s_start)
        if k >= len(self.cue_starts) or self.cue_starts[k] >= s_end:
            return None
        return entity

def attribute(doc: Document, data: LanguageData, quotes: tuple[QuoteSpan, ...], linked,
              cues: list[CueMatch] | None = None) -> list[Claim]:
    """Claims for the quotations (attributed) and for the reported speech found in ``doc``."""
    return _Attributor(doc, data, quotes, linked, cues).run()
