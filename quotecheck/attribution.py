"""Attribution sieves and reported speech.

Each quotation goes through sieves, most certain first (the ordering idea of Muzny et al. 2017,
"A Two-stage Sieve Approach for Quote Attribution"); the first that fires records itself in the
claim's evidence:

1. ``incise``       a cue inside the quotation: « A, a-t-il dit, B »;
2. ``cue-after``    a cue right after the closing mark: « … », a affirmé X / », ajoute-t-elle;
3. ``cue-before``   a cue or a bare name before a colon that opens the quote: X a déclaré : « … »;
4. ``source``       a source marker: selon X, « … »;
5. ``sentence-cue`` a cue elsewhere in the quote's sentence (partial quotes inside reported speech);
6. ``partial-cue``  a word such as « qualifiées de » before a fragment: the nearest mention;
7. ``continuation`` no cue: the previous quote's speaker, unless another named person came in
   between (in dialogue, turns alternate between the last two speakers).

The subject of a cue is the mention next to it (after it when inverted, before it otherwise), or
the pronoun, resolved by gender/number agreement with the current speaker first, then recency.
Reported speech (kind ``indirect``): "X a déclaré que …", "…, a souligné X", "selon X, …",
"X a assuré avoir …".
"""

from __future__ import annotations

import bisect

from .claims import Claim, ClaimKind, Cue, Evidence, Mention, MentionKind, Speaker, SpeakerKind
from .coref import Entity
from .cues import CueMatch, matcher_for
from .document import Document
from .lang import LanguageData
from .mentions import MentionSpan
from .quotes import QuoteSpan

__all__ = ["attribute"]

_CONFIDENCE = {
    "incise": 0.95, "cue-after": 0.95, "cue-before": 0.9, "source": 0.9, "sentence-cue": 0.8,
    "partial-cue": 0.7, "continuation": 0.6, "alternation": 0.5, "interview": 0.7, "none": 0.5,
    "indirect-que": 0.85, "indirect-comma": 0.8, "indirect-bare": 0.6, "indirect-incise": 0.85, "indirect-source": 0.8, "indirect-infinitive": 0.7,
}
_SENTENCE_PUNCT = ".!?…"
_PRONOUN_CANDIDATES = 6  # distinct entities looked at, most recent first
_DIALOGUE_REACH = 1500  # characters back to look for the other party of a dialogue
_BLOCKERS = frozenset({".", "!", "?", "…", ";", ":", "«", "»", "“", "”", '"', "(", ")"})


class _Resolved:
    """A speaker found for a cue: the entity (or a bare mention) and how."""

    def __init__(self, entity: Entity | None, mention: MentionSpan | None, how: str) -> None:
        self.entity = entity
        self.mention = mention
        self.how = how


class _Attributor:
    def __init__(self, doc: Document, data: LanguageData, quotes: tuple[QuoteSpan, ...], linked,
                 cues: list[CueMatch] | None = None) -> None:
        self.doc = doc
        self.text = doc.text
        self.data = data
        self.quotes = sorted((q for q in quotes if q.depth == 0), key=lambda q: q.start)
        self.entities, self.entity_of, self.mentions = linked
        self.mention_starts = [m.start for m in self.mentions]
        self.quote_spans = sorted((q.outer_start, q.outer_end) for q in self.quotes)
        if cues is None:
            cues = matcher_for(data).find_all(doc)
        self.cues = [c for c in cues if not self._in_quote(c.start)]
        self.cue_starts = [c.start for c in self.cues]
        self.cue_firsts = {c.first for c in self.cues}
        self.tokens = doc.tokens
        self.current: Entity | None = None  # the speaker of the last attributed claim
        self.used_cues: set[int] = set()
        self.speaker_mentions: set[int] = set()  # mentions that named the speaker of a claim
        self.interview = self._find_interview()  # cues that introduced a quotation (no reported speech then)
        self.claims: list[Claim] = []

    # -- positions -----------------------------------------------------------------------------
    def _in_quote(self, offset: int) -> bool:
        spans = getattr(self, "quote_spans", [])
        k = bisect.bisect_right(spans, (offset, float("inf"))) - 1
        return k >= 0 and spans[k][0] <= offset < spans[k][1]

    def _cue_at(self, offset: int, max_gap: str = " ,\u00a0\u202f") -> CueMatch | None:
        """A cue starting at ``offset`` after skipping spaces and commas."""
        while offset < len(self.text) and self.text[offset] in max_gap:
            offset += 1
        k = bisect.bisect_left(self.cue_starts, offset)
        if k < len(self.cues) and self.cues[k].start == offset:
            return self.cues[k]
        return None

    def _mention_after(self, offset: int, limit: int) -> MentionSpan | None:
        """The mention right after ``offset`` (cue adverbs and time words may come in between)."""
        k = bisect.bisect_left(self.mention_starts, offset)
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        if m.start >= limit:
            return None
        gap = self.doc.tokens_between(offset, m.start)
        # adverbs, or a bare role or title before the name: "said farmer Ruth Adams"
        if all(t.lower in self.data.cue_adverbs or t.lower in self.data.role_nouns or t.text in self.data.titles
               for t in gap):
            return m
        return None

    def _mention_after_phrase(self, offset: int, limit: int) -> MentionSpan | None:
        """"», a prévenu à son arrivée la présidente …": a short phrase may precede the subject."""
        k = bisect.bisect_left(self.mention_starts, offset)
        while k < len(self.mentions):
            m = self.mentions[k]
            gap = self.doc.tokens_between(offset, m.start)
            if m.start >= limit or not gap or len(gap) > 5 or gap[0].lower not in self.data.locative_prepositions \
                    or any(not t.text[:1].isalnum() for t in gap):
                return None
            if m.kind in (MentionKind.NAME, MentionKind.ROLE):
                return m
            k += 1  # "a dénoncé sur X le député …": a place or a medium on the way
        return None

    def _mention_before(self, offset: int, floor: int) -> MentionSpan | None:
        """The subject before a cue: the nearest mention, over an apposition between commas.

        "Jens Stoltenberg, secrétaire général de l'Otan, a déclaré" and "Mathilde Corre, économiste
        au cabinet Prisme Conseil, a rappelé" both give the name that opens the apposition.
        """
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.end <= floor:
                return None
            if self._is_place_complement(m):
                # "un agent immobilier de Tours a assuré": Tours is no subject
                offset = self.tokens[self.doc.token_index(m.start) - 1].start
                k -= 1
                continue
            gap = self.text[m.end:offset]
            words = [t for t in self.doc.tokens_between(m.end, offset) if t.text[:1].isalnum()]
            if all(t.lower in self.data.cue_adverbs or t.lower in self.data.object_clitics for t in words) \
                    and not any(p in gap for p in _SENTENCE_PUNCT + ":;«»\""):
                if gap.strip().startswith(","):
                    opener = self._apposition_head(m, floor)
                    if opener is not None and opener.kind is MentionKind.NAME:
                        return opener
                return m
            return None
        return None

    def _apposition_head(self, m: MentionSpan, floor: int) -> MentionSpan | None:
        """The mention right before the comma that opens the apposition ending with ``m``."""
        comma = self.text.rfind(",", max(floor, 0), m.start)
        if comma < 0 or any(p in self.text[comma:m.start] for p in _SENTENCE_PUNCT + ":;«»\""):
            return None
        k = bisect.bisect_left(self.mention_starts, comma) - 1
        if k >= 0:
            head = self.mentions[k]
            if head.end > floor and self.text[head.end:comma].strip() == "" and head.kind is not MentionKind.PRONOUN:
                return head
        return None

    def _is_place_complement(self, m: MentionSpan) -> bool:
        """"de Tours", "de la Russie": a place or organisation inside a complement."""
        if m.kind is not MentionKind.ORGANIZATION:
            return False
        k = self.doc.token_index(m.start) - 1
        if k >= 0 and self.tokens[k].lower in self.data.determiners:
            k -= 1
        return k >= 0 and self.tokens[k].lower in self.data.locative_prepositions

    def _resolve_pronoun(self, offset: int, gender: str | None, plural: bool) -> Entity | None:
        """The entity a subject pronoun refers to (Hobbs-style recency with agreement).

        Candidates are the current speaker, then the entities mentioned before ``offset``, most
        recent first. One whose gender is known and agrees wins over one whose gender is unknown
        ("-t-elle" goes to "madame François" rather than to a recent "Chantemesse").
        """
        def agrees(e: Entity) -> bool:
            if e.kind is SpeakerKind.ORGANIZATION and not plural:
                return gender is None or e.gender in (None, gender)
            return (gender is None or e.gender in (None, gender)) and e.plural == plural

        candidates: list[Entity] = []
        if self.current is not None and self.current.first_offset < offset:
            candidates.append(self.current)
        # then the subject of the last sentences (centering: the subject is the likeliest antecedent)
        k = self.doc.sentence_index(offset) - 1
        for s_start, s_end in self.doc.sentences[max(0, k - 1):k + 1][::-1]:
            m = self._sentence_subject(s_start, s_end)
            e = self.entity_of.get(m.start) if m is not None and m.kind is not MentionKind.PRONOUN else None
            if e is not None and e.kind is not SpeakerKind.ORGANIZATION and e not in candidates:
                candidates.append(e)
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        while k >= 0 and len(candidates) < _PRONOUN_CANDIDATES:
            e = self.entity_of.get(self.mentions[k].start)
            if e is not None and e.kind is not SpeakerKind.ORGANIZATION and e not in candidates:
                candidates.append(e)
            k -= 1
        agreeing = [e for e in candidates if agrees(e)]
        if gender is not None:
            exact = next((e for e in agreeing if e.gender == gender), None)
            if exact is not None:
                return exact
        return agreeing[0] if agreeing else None

    def _subject(self, cue: CueMatch, prefer_after: bool) -> _Resolved | None:
        sent_start, sent_end = self.doc.sentence_span(cue.start)
        if cue.inverted is not None:
            gender, plural = cue.inverted
            entity = self._resolve_pronoun(cue.start, gender, plural)
            return _Resolved(entity, None, "inverted pronoun")
        after = self._mention_after(cue.end, sent_end)
        if after is None and prefer_after:
            after = self._mention_after_phrase(cue.end, sent_end)
        before = self._mention_before(cue.start, sent_start - 1)
        order = (after, before) if prefer_after else (before, after)
        how = "mention"
        if after is None and before is None:
            # the sentence's subject: "M. X, en fumant sa pipe, lui dit :"
            order = (self._sentence_subject(sent_start, cue.start),)
            how = "sentence subject"
        for m in order:
            if m is None:
                continue
            if m.kind is MentionKind.PRONOUN:
                return _Resolved(self._resolve_pronoun(m.start, m.gender, m.plural), m, "pronoun")
            return _Resolved(self.entity_of.get(m.start), m, how)
        return None

    def _sentence_subject(self, sent_start: int, cue_start: int) -> MentionSpan | None:
        """The first mention of the clause before the cue, when it opens the sentence."""
        k = bisect.bisect_left(self.mention_starts, sent_start)
        if k >= len(self.mentions) or self.mentions[k].start >= cue_start:
            return None
        m = self.mentions[k]
        head = self.text[sent_start:m.start]
        if len([w for w in head.split() if w[:1].isalnum()]) > 3 or any(p in head for p in "«»\""):
            return None
        return m

    # -- claims --------------------------------------------------------------------------------
    def _speaker(self, resolved: _Resolved | None) -> Speaker | None:
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

    def _claim(self, start: int, end: int, kind: ClaimKind, resolved: _Resolved | None, cue: CueMatch | None,
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

    def _source_marker_before(self, offset: int) -> tuple[_Resolved, CueMatch] | None:
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
                                                 and len(rest) < 80 and not any(p in rest for p in _BLOCKERS))):
                cue = CueMatch(sent_start + k, sent_start + k + len(marker), window[k:k + len(marker)], marker, 0, 0)
                entity = self.entity_of.get(m.start)
                if m.kind is MentionKind.PRONOUN:
                    entity = self._resolve_pronoun(m.start, m.gender, m.plural)
                return _Resolved(entity, m, "source marker"), cue
        return None

    def _source_marker_after(self, offset: int) -> tuple[_Resolved, CueMatch] | None:
        """« … », selon X."""
        rest = self.text[offset:offset + 40].lstrip(" ,\u00a0\u202f")
        lowered = rest.lower()
        for marker in self.data.source_markers:
            if lowered.startswith(marker + " "):
                start = offset + (len(self.text[offset:offset + 40]) - len(rest))
                m = self._mention_after(start + len(marker) + 1, start + 80)
                if m is not None:
                    cue = CueMatch(start, start + len(marker), self.text[start:start + len(marker)], marker, 0, 0)
                    return _Resolved(self.entity_of.get(m.start), m, "source marker"), cue
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
                return None, _Resolved(self.entity_of.get(m.start), m, "name before colon"), "cue-before"
            # "The head teacher, David Marsh, read a statement to parents:" — the sentence's subject
            m = self._sentence_subject(colon_sentence, colon)
            if m is not None:
                entity = self.entity_of.get(m.start)
                if m.kind is MentionKind.PRONOUN:
                    entity = self._resolve_pronoun(m.start, m.gender, m.plural)
                if entity is not None and entity.kind is not SpeakerKind.ORGANIZATION:
                    return None, _Resolved(entity, m, "subject of the sentence before the colon"), "cue-before"
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
                    return cue, _Resolved(entity, m, "nearest mention"), "partial-cue"
                if self.current is not None:
                    return cue, _Resolved(self.current, None, "current speaker"), "partial-cue"
        return None

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
        events = [(q.outer_start, 1, q) for q in self.quotes] + [(c.start, 0, c) for c in self.cues]
        events.sort(key=lambda e: (e[0], e[1]))
        self.group_result: dict[int, tuple] = {}
        self.last_end = 0
        self.turns: list[Entity | None] = []  # speakers of consecutive dialogue turns
        self.last_dialogue_paragraph = -2
        self.reported_until = -1  # a cue inside reported speech is part of that speech
        for _, is_quote, item in events:
            if is_quote:
                self._quote(item)
            else:
                self._indirect_at(item)
        self._source_indirect()
        return self.claims

    def _group_attribution(self, q: QuoteSpan) -> tuple | None:
        """The attribution of a quotation in parts: the first part that has one speaks for all
        ("« … ¶ « … », a-t-elle déclaré" gives the cue to the first paragraph too)."""
        if q.group in self.group_result:
            return self.group_result[q.group]
        result = self._attribute_quote(q)
        if result is None:
            for other in self.quotes:
                if other.group == q.group and other.start > q.start:
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
                resolved = _Resolved(self.current, None, "subject of the previous cue")
            if cue is not None and rule in ("cue-after", "cue-before", "incise"):
                self.used_cues.add(cue.start)
            if resolved is not None and resolved.entity is not None:
                self.current = resolved.entity
        else:
            cue, entity, rule = None, None, "none"
            if q.embedded:
                return  # scare quotes, titles, names: nobody is said to have said them
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
            resolved = _Resolved(entity, None, rule) if entity is not None else None
            if entity is not None:
                self.current = entity
        kind = ClaimKind.PARTIAL if q.embedded else ClaimKind.DIRECT
        if q.dialogue and q.part == 0:
            if q.paragraph != self.last_dialogue_paragraph:
                self.turns.append(resolved.entity if resolved else None)
            self.last_dialogue_paragraph = q.paragraph
        self.claims.append(self._claim(q.start, q.end, kind, resolved, cue, rule, marks))
        self.last_end = q.outer_end

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
        if not any(s_start <= c.start < s_end for c in self.cues):
            return None
        return entity

    # -- reported speech -----------------------------------------------------------------------
    def _content_end(self, start: int) -> int:
        _, sent_end = self.doc.sentence_span(start)
        end = sent_end
        while end > start and (self.text[end - 1] in _SENTENCE_PUNCT or self.text[end - 1].isspace()):
            end -= 1
        return end

    def _overlaps_quote(self, start: int, end: int) -> bool:
        covered = 0
        k = max(0, bisect.bisect_left(self.quote_spans, (start, -1)) - 1)
        while k < len(self.quote_spans) and self.quote_spans[k][0] < end:
            qs, qe = self.quote_spans[k]
            covered += max(0, min(end, qe) - max(start, qs))
            k += 1
        return covered > 0.5 * (end - start)

    def _indirect_at(self, cue: CueMatch) -> None:
        """Reported speech introduced by ``cue``, unless the cue sits inside reported speech."""
        if cue.start < self.reported_until:
            return
        sent_start, sent_end = self.doc.sentence_span(cue.start)
        found = self._reported_content(cue, sent_start, sent_end)
        if found is None:
            return
        content, rule, resolved = found
        if resolved is None or (resolved.entity is None and resolved.mention is None):
            resolved = self._same_sentence_speaker(sent_start)
        if resolved is None:
            return
        content = _strip_space(self.text, *content)
        if content[1] - content[0] < 8 or self._overlaps_quote(*content):
            return
        if resolved.entity is not None:
            self.current = resolved.entity
        self.reported_until = max(self.reported_until, content[1])
        self.claims.append(self._claim(content[0], content[1], ClaimKind.INDIRECT, resolved, cue, rule))

    def _reported_content(self, cue: CueMatch, sent_start: int, sent_end: int):  # type: ignore[no-untyped-def]
        """(content span, rule, subject) of the reported speech a cue introduces, if any."""
        text = self.text
        tokens = self.tokens
        # 1. "X a déclaré (à la presse) que …": a complementizer a few words after the cue
        k = cue.last + 1
        limit = min(len(tokens), k + 7)
        while k < limit and tokens[k].start < sent_end:
            low = tokens[k].lower
            if low in self.data.complementizers:
                return (tokens[k].end, self._content_end(tokens[k].end)), "indirect-que", self._subject(cue, False)
            if low in _BLOCKERS or self._in_quote(tokens[k].start) or k in self.cue_firsts:
                break
            k += 1
        # 1b. "Er sagte, die Regierung habe …": in languages that report a clause after a comma,
        # a comma a few words after the cue (subject, adverbs, a separable particle) opens it
        if self.data.clause_after_comma:
            k = cue.last + 1
            limit = min(len(tokens), k + 6)
            while k < limit and tokens[k].start < sent_end:
                if tokens[k].text == ",":
                    if k + 1 < len(tokens) and tokens[k + 1].start < sent_end \
                            and tokens[k + 1].lower not in self.data.relative_pronouns:
                        start = tokens[k + 1].start
                        return (start, self._content_end(start)), "indirect-comma", self._subject(cue, False)
                    break
                if tokens[k].lower in _BLOCKERS or self._in_quote(tokens[k].start) or k in self.cue_firsts:
                    break
                k += 1
        # 1c. "Officials said the bridge would reopen": a clause right after the cue, its subject before
        if self.data.clause_after_cue and cue.start not in self.used_cues:
            k = cue.last + 1
            while k < len(tokens) and tokens[k].lower in self.data.cue_adverbs:
                k += 1
            if k < len(tokens) and tokens[k].start < sent_end and tokens[k].text[:1].isalnum() \
                    and tokens[k].lower not in self.data.locative_prepositions and not self._in_quote(tokens[k].start):
                subject = self._mention_before(cue.start, sent_start - 1)
                end = self._content_end(tokens[k].start)
                if subject is not None and len(self.text[tokens[k].start:end].split()) >= 4:
                    return (tokens[k].start, end), "indirect-bare", self._subject(cue, False)
        # 2. "…, a souligné X.": the clause before an inverted cue
        before = text[sent_start:cue.start].rstrip()
        if before.endswith(",") and len(before) > 20 and not self._in_quote(sent_start):
            resolved = self._subject(cue, prefer_after=True)
            inverted = cue.inverted is not None or (resolved is not None and resolved.mention is not None
                                                    and resolved.mention.start >= cue.end)
            start, end = _strip_space(text, sent_start, sent_start + len(before) - 1)
            # "Son avocat, Me Hamon, conteste …": a clause ending with a name is the subject, no content
            subject_before = self._mention_before(cue.start, sent_start - 1)
            ends_with_subject = subject_before is not None and subject_before.kind is not MentionKind.PRONOUN
            if inverted and not ends_with_subject and not self._overlaps_quote(start, end) \
                    and not any(ch in text[start:end] for ch in "«»“”„\""):
                return (start, end), "indirect-incise", resolved
        # 3. "X a assuré avoir …", "a dit ne pas croire …": an infinitive right after the cue
        if cue.start in self.used_cues:
            return None
        k = cue.last + 1
        while k < len(tokens) and (tokens[k].lower in self.data.cue_adverbs or tokens[k].lower in self.data.negations):
            k += 1
        first = cue.last + 1
        while first < k and tokens[first].lower not in self.data.negations:
            first += 1
        # the infinitive may come a few words on: "a invité la Biélorussie à cesser", "a déclaré hier avoir"
        for j in range(k, min(len(tokens), k + 6)):
            if tokens[j].start >= sent_end or tokens[j].lower in _BLOCKERS or self._in_quote(tokens[j].start):
                break
            if self._is_infinitive(j):
                resolved = self._subject(cue, False)
                if resolved is None:
                    return None  # "le match interrompu entre …": a participle with no subject is no cue
                start = tokens[first].start
                return (start, self._content_end(start)), "indirect-infinitive", resolved
        return None

    def _is_infinitive(self, k: int) -> bool:
        t = self.tokens[k]
        if not t.text.islower() or len(t.text) <= 3 or t.lower in self.data.locative_prepositions:
            return False
        if k > 0 and self.tokens[k - 1].lower in self.data.determiners:
            return False  # "la dernière saison": a noun or adjective, not an infinitive
        return any(t.lower.endswith(s) for s in self.data.infinitive_suffixes)

    def _same_sentence_speaker(self, sent_start: int) -> _Resolved | None:
        """"…, a précisé X, en rappelant que …": the gerund's subject is the sentence's speaker."""
        if self.claims and self.claims[-1].start >= sent_start and self.current is not None:
            return _Resolved(self.current, None, "same sentence")
        return None

    def _source_indirect(self) -> None:
        """"Selon X, …" and "…, selon X." with no quote marks."""
        text = self.text
        for s_start, s_end in self.doc.sentences:
            sentence = text[s_start:s_end]
            lowered = sentence.lower()
            for marker in self.data.source_markers:
                k = lowered.find(marker + " ")
                if k < 0 or (k > 0 and lowered[k - 1].isalnum()):
                    continue
                at = s_start + k
                source_start = at + len(marker) + 1
                opens = sentence[:k].rstrip()[-1:] in ("", ":", ";")
                direct = self._mention_after(source_start, s_end) if opens and self.data.source_without_comma else None
                if direct is not None and direct.start == source_start and not text[direct.end:s_end].lstrip().startswith(","):
                    # "Laut Polizei wurden drei Menschen verletzt": no comma after the source
                    source_end, start, end = direct.end, direct.end, self._content_end(direct.end)
                elif opens:
                    comma = text.find(",", source_start, s_end)
                    if comma < 0 or comma - source_start > 80:
                        continue
                    named = self._apposition_after(comma, s_end)
                    if named is not None:
                        # "Secondo l'assessore ai lavori pubblici, Giulia Rinaldi, i lavori …"
                        source_start, comma = named.start, text.find(",", named.end, s_end)
                    source_end, start, end = comma, comma + 1, self._content_end(comma + 1)
                else:
                    source_end = self._content_end(source_start)
                    start, end = s_start, at
                    while end > start and text[end - 1] in " ,\u00a0":
                        end -= 1
                resolved = self._source(source_start, source_end, strict=marker in self.data.named_source_markers)
                start, end = _strip_space(text, start, end)
                if resolved is None or end - start < 8 or self._overlaps_quote(start, end):
                    continue
                cue = CueMatch(at, at + len(marker), text[at:at + len(marker)], marker, 0, 0)
                self.claims.append(self._claim(start, end, ClaimKind.INDIRECT, resolved, cue, "indirect-source"))
                break

    def _apposition_after(self, comma: int, limit: int) -> MentionSpan | None:
        """A name standing alone between ``comma`` and the next comma (an apposition)."""
        k = bisect.bisect_left(self.mention_starts, comma)
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        if m.kind is MentionKind.NAME and m.start < limit and self.text[comma + 1:m.start].strip() == "" \
                and self.text[m.end:limit].lstrip().startswith(","):
            return m
        return None

    def _apposed_name(self, m: MentionSpan, limit: int) -> MentionSpan:
        """"l'économiste Philippe Aghion": the name right after a role is the mention to keep."""
        k = bisect.bisect_right(self.mention_starts, m.start)
        if k < len(self.mentions):
            nxt = self.mentions[k]
            if nxt.start < limit and nxt.kind is MentionKind.NAME and self.text[m.end:nxt.start].isspace():
                return nxt
        return m

    def _stressed_pronoun(self, offset: int) -> MentionSpan | None:
        """"selon lui", "d'après elle": a stressed pronoun as the source."""
        k = self.doc.token_index(offset)
        if k < len(self.tokens) and self.tokens[k].lower in self.data.stressed_pronouns:
            t = self.tokens[k]
            gender, plural = self.data.stressed_pronouns[t.lower]
            return MentionSpan(t.start, t.end, t.text, MentionKind.PRONOUN, gender, plural, t.lower)
        return None

    def _source(self, start: int, end: int, strict: bool = False) -> _Resolved | None:
        """Who a source marker names: a mention, a pronoun, or else the words up to the comma.

        A ``strict`` marker ("pour") takes only a name or a role right after it.
        """
        m = self._mention_after(start, end) or self._stressed_pronoun(start)
        if strict:
            if m is None or m.kind not in (MentionKind.NAME, MentionKind.ROLE) or m.start != start:
                return None
            return _Resolved(self.entity_of.get(m.start), m, "source marker")
        if m is not None:
            if m.kind is MentionKind.PRONOUN:
                return _Resolved(self._resolve_pronoun(m.start, m.gender, m.plural), m, "source marker")
            return _Resolved(self.entity_of.get(m.start), m, "source marker")
        start, end = _strip_space(self.text, start, end)
        words = self.text[start:end].split()
        if not 1 <= len(words) <= 8:
            return None
        loose = MentionSpan(start, end, self.text[start:end], MentionKind.ROLE, head=words[-1].lower())
        return _Resolved(None, loose, "source marker (description)")


def _strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def attribute(doc: Document, data: LanguageData, quotes: tuple[QuoteSpan, ...], linked,
              cues: list[CueMatch] | None = None) -> list[Claim]:
    """Claims for the quotations (attributed) and for the reported speech found in ``doc``."""
    return _Attributor(doc, data, quotes, linked, cues).run()
