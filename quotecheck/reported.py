"""Reported speech (claims of kind ``indirect``) after cues and source markers.

"X a déclaré (à la presse) que …", "…, a souligné X", "X a assuré avoir …", "Selon X, …",
"…, selon X", and, for languages whose data says so, "Er sagte, die Regierung habe …" and
"Officials said the bridge …". The content is the clause only, never the cue or the speaker.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from typing import TYPE_CHECKING, Protocol

import regex

from .claims import Claim, ClaimKind, MentionKind
from .cues import CueMatch
from .document import lower_keeping_offsets
from .lang import LanguageData
from .mentions import MentionSpan, adjective_chain_end, opens_other_case
from .subjects import BLOCKERS, SENTENCE_PUNCT, Resolved, SubjectResolver, strip_space

if TYPE_CHECKING:  # pragma: no cover
    from .attribution.state import DiscourseState

__all__ = ["MakeClaim", "ReportedSpeech"]


def _is_year(word: str) -> bool:
    """A year written in digits after its month ("Juni 2007")."""
    return len(word) == 4 and word.isdigit()


@functools.lru_cache(maxsize=None)
def _marker_pattern(data: LanguageData) -> regex.Pattern[str] | None:
    """All source markers of a language in one pattern, longest first ("laut Angaben" before "laut")."""
    markers = sorted(data.source_markers, key=len, reverse=True)
    if not markers and not data.compound_source_markers:
        return None
    alternatives = [regex.escape(m) for m in markers]
    # "nach Zeugenaussagen": the preposition alone is the marker, the compound after it the source
    # (after the literal markers, so that "nach Angaben der Polizei" keeps its longer marker)
    for preposition, nouns in sorted(data.compound_source_markers.items()):
        ends = "|".join(regex.escape(n) for n in sorted(nouns, key=len, reverse=True))
        alternatives.append(regex.escape(preposition) + r"(?= [^\W\d_][\w-]*(?:" + ends + r")\b)")
    # a capital often drops its accent ("A en croire …" for "À en croire …"): the bare capital, case-sensitive
    for m in markers:
        bare = unicodedata.normalize("NFD", m[:1])[:1]
        if bare != m[:1] and bare.isalpha():
            alternatives.append("(?-i:" + regex.escape(bare.upper()) + ")" + regex.escape(m[1:]))
    return regex.compile(r"(?<!\w)(" + "|".join(alternatives) + r") ", regex.IGNORECASE)

@functools.lru_cache(maxsize=None)
def _speaker_nouns(data: LanguageData) -> frozenset[str]:
    """The one-word role and organisation nouns of a language in lower case, built once."""
    return frozenset(k.lower() for k in (*data.role_nouns, *data.organization_nouns) if " " not in k)


@functools.lru_cache(maxsize=None)
def _longest_stressed_pronoun(data: LanguageData) -> int:
    return max(map(len, data.stressed_pronouns), default=0)


def _is_stressed_pronoun(text: str, start: int, end: int, data: LanguageData) -> bool:
    """``text[start:end].strip().lower() in data.stressed_pronouns``, copying nothing longer than
    the longest pronoun: a source read to the end of its sentence ("…, pour X et …") costs a
    constant, not the sentence's length (lower case never shortens a string)."""
    start, end = strip_space(text, start, end)
    return end - start <= _longest_stressed_pronoun(data) and text[start:end].lower() in data.stressed_pronouns


_DROPPED = "dropped subject"
_CUE_SUBJECT = Resolved(None, None, "the subject of the cue, found when the content is kept")
_DESCRIPTION_WORDS = 6
_SHORTEST_CONTENT = 8  # characters of the shortest content a cue reports
_GROUP_REACH = 14  # tokens walked back from a cue for the plural noun phrase that opens its clause
_DESCRIBED = "description before the cue"
_AFTER_SOURCE_WORDS = 2  # words after ", selon X," for the clause there to be the content  # the longest noun phrase before a cue taken as its subject
_CLOSING_SOURCE_WORDS = 14  # the longest source phrase after a closing marker taken as written
_MARKED_NAME_TOKENS = 8  # the most tokens of a name in quotation marks inside a source's noun phrase
_MOOD_REACH = 2  # sentences after a claim in which the reported mood still carries its speaker


class MakeClaim(Protocol):
    """The decision (``Attributor._claim``): a claim with one candidate, scored and calibrated."""

    def __call__(self, start: int, end: int, kind: ClaimKind, resolved: Resolved | None, cue: CueMatch | None,
                 rule: str) -> Claim: ...


class ReportedSpeech:
    """Finds the reported speech of one document: claims of kind ``indirect``.

    It reads the document through the subject resolver (``subjects``: its positions of quotes,
    cues and mentions, and the subject of each cue), makes each claim with ``claim`` (the
    attributor's decision) and keeps the discourse state in ``state``: the claims so far, the
    current speaker, where reported speech ends (``reported_until``), the cues that introduced a
    quotation (``used_cues``) and the last cue with no content (``mute_cue``). The attributor
    calls :meth:`at_cue` for each cue and :meth:`mood_sentence` for each sentence in text order,
    then :meth:`source_markers` and :meth:`deferred_moods`."""

    def __init__(self, subjects: SubjectResolver, state: DiscourseState, claim: MakeClaim) -> None:
        self.subjects = subjects
        self.state = state
        self.claim = claim
        # the document and the resolver's positions of it, fixed for the document
        self.doc, self.text, self.data, self.tokens = subjects.doc, subjects.text, subjects.data, subjects.tokens
        self.entity_of = subjects.entity_of
        self.mentions, self.mention_starts = subjects.mentions, subjects.mention_starts
        self.cue_starts, self.cue_firsts = subjects.cue_starts, subjects.cue_firsts
        self.quote_spans, self.full_quote_spans = subjects.quote_spans, subjects.full_quote_spans
        self.quote_chars, self.opening_marks = subjects.quote_chars, subjects.opening_marks
        self.preambles = subjects.preambles

    def _content_end(self, start: int) -> int:
        _, sent_end = self.doc.sentence_span(start)
        end = sent_end
        while end > start and (self.text[end - 1] in SENTENCE_PUNCT or self.text[end - 1].isspace()):
            end -= 1
        return end

    def _overlaps_quote(self, start: int, end: int) -> bool:
        """The span is mostly a quotation of its own (a partial quote inside it does not count:
        "a assuré qu'il n'y aurait « pas de hausse »" is reported speech with a partial quote)."""
        covered = 0
        spans = self.full_quote_spans
        k = max(0, bisect.bisect_left(spans, (start, -1)) - 1)
        while k < len(spans) and spans[k][0] < end:
            qs, qe = spans[k]
            covered += max(0, min(end, qe) - max(start, qs))
            k += 1
        return covered > 0.5 * (end - start)

    @functools.cached_property
    def _quote_char_offsets(self) -> list[int]:
        """Offsets of the document's quote characters (the one-character ``quote_chars``), found once."""
        chars = "".join(sorted(c for c in self.quote_chars if len(c) == 1))
        if not chars:
            return []
        pattern = regex.compile("[" + regex.escape(chars) + "]")
        return [m.start() for m in pattern.finditer(self.text)]

    def _quote_char_between(self, start: int, end: int) -> bool:
        """A quote character in ``text[start:end]`` (by bisection, not by reading the span)."""
        offsets = self._quote_char_offsets
        k = bisect.bisect_left(offsets, start)
        return k < len(offsets) and offsets[k] < end

    def _stray_quote_char(self, start: int, end: int) -> bool:
        """A quote character in ``text[start:end]`` that no quotation wholly inside the span holds:
        "Der Plan sei „nicht bezahlbar“, sagte sie" keeps its partial quote; a span that a quotation
        crosses, or an unpaired mark, does not."""
        offsets = self._quote_char_offsets
        k = bisect.bisect_left(offsets, start)
        if k >= len(offsets) or offsets[k] >= end:
            return False
        spans = self.quote_spans
        j = bisect.bisect_left(spans, (start, -1))
        while k < len(offsets) and offsets[k] < end:
            at = offsets[k]
            while j < len(spans) and spans[j][1] <= at:
                j += 1
            if j >= len(spans) or not (spans[j][0] <= at < spans[j][1]) or spans[j][1] > end or spans[j][0] == start:
                return True
            k += 1
        # mostly quoted ("Les Alliés sont « inquiets » et « … long … »"): the quotations are the speech
        quoted = sum(min(end, qe) - max(start, qs) for qs, qe in self._spans_near(start, end) if qs < end and qe > start)
        return quoted > 0.5 * (end - start)

    @functools.cached_property
    def _longest_quote_span(self) -> int:
        return max((qe - qs for qs, qe in self.quote_spans), default=0)

    def _spans_near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The quotation spans that may cross ``[start, end)``, a slice of ``quote_spans`` (sorted)
        holding every one that does: one crossing it starts before ``end`` and no longer than the
        longest span before ``start`` (reading every span for each content made a document of
        many quotations quadratic)."""
        spans = self.quote_spans
        lo = bisect.bisect_left(spans, (start - self._longest_quote_span,))
        return spans[lo:bisect.bisect_left(spans, (end,), lo)]

    def _opens_quote(self, start: int) -> bool:
        """The content begins with a quotation ("Selon lui, « … »"): the quote is the claim."""
        k = bisect.bisect_left(self.quote_spans, (start, -1))
        return k < len(self.quote_spans) and self.quote_spans[k][0] == start

    def at_cue(self, cue: CueMatch) -> None:
        """Reported speech introduced by ``cue``, unless the cue sits inside reported speech."""
        if cue.start < self.state.reported_until:
            return
        sent_start, sent_end = self.doc.sentence_span(cue.start)
        if cue.first == cue.last and cue.first > 0 and self.tokens[cue.first - 1].lower in self.data.determiners \
                and not self._after_anaphoric_object(cue, sent_start):
            return  # "le prévenu a agi …", "l'accusé": a participle made a noun reports nothing
        if self._impersonal(cue, sent_start):
            return
        found = self._reported_content(cue, sent_start, sent_end)
        if found is None:
            if not self._anaphoric_report(cue, sent_start):
                self.state.mute_cue = cue
            return
        content, rule, resolved = found
        # the content first: it does not depend on the speaker, and most contents too short or
        # quoted are dropped before the speaker (the costly part, with no effect of its own) is sought
        start, end = content
        if end - start < _SHORTEST_CONTENT:
            return  # the test below, made early: the content only shrinks on the way there
        while start < end and (self.text[start] in ",;" or self.text[start].isspace()):
            start += 1  # "Añadió que, en 2019, …"
        # "que A, pero rechazó que B": the second cue makes its own claim
        end = self._clause_end(start, end)
        while end > start and (self.text[end - 1] in ",;" or self.text[end - 1].isspace()):
            end -= 1
        start, end = strip_space(self.text, start, end)
        if end - start < _SHORTEST_CONTENT or self._overlaps_quote(start, end) or self._opens_quote(start):
            return
        if resolved is _CUE_SUBJECT:
            resolved = self.subjects.cue_subject(cue, False)
        resolved = self._gerund_subject(cue, sent_start, resolved)
        if resolved is None or (resolved.entity is None and resolved.mention is None):
            resolved = self.same_sentence_speaker(sent_start) or self.dropped_subject(cue, sent_start)
        if resolved is None and rule == "indirect-que":
            group = self._plural_subject(cue, sent_start)  # "Local farmers who … said that …"
            resolved = None if group is None else Resolved(None, group, _DESCRIBED)
        if resolved is None:
            return
        if resolved.entity is not None:
            self.state.current = resolved.entity
        self.state.reported_until = max(self.state.reported_until, end)
        self.state.claims.append(self.claim(start, end, ClaimKind.INDIRECT, resolved, cue, rule))
        if rule == "indirect-incise":
            self._after_colon(cue, resolved, sent_end, rule)

    def _after_anaphoric_object(self, cue: CueMatch, sent_start: int) -> bool:
        """"Das teilte X mit": the cue follows the pronoun (``ANAPHORIC_OBJECTS``) opening its
        sentence, and is a verb, not a participle made a noun ("Das Gesagte"), as its lower case
        shows where nouns are capitalised."""
        k = cue.first - 1
        return k >= 0 and self.tokens[k].start == sent_start and self.tokens[k].lower in self.data.anaphoric_objects \
            and self.data.capitalized_nouns and self.tokens[cue.first].text.islower()

    def _anaphoric_report(self, cue: CueMatch, sent_start: int) -> bool:
        """"Der Bau wird teurer. Das bestätigte die Stadt am Montag.": a speech verb with no content
        clause right after the pronoun that opens its sentence (``ANAPHORIC_OBJECTS``) reports the
        sentence before, in the same paragraph; the cue's subject said it. Not when that sentence
        is claimed already, holds a cue or a quotation of its own, or a paragraph break comes between."""
        openers = self.data.anaphoric_objects
        k = cue.first - 1
        if not openers or k < 0 or self.tokens[k].start != sent_start or self.tokens[k].lower not in openers \
                or cue.last + 1 >= len(self.tokens) or not self.tokens[cue.last + 1].text[:1].isalnum():
            return False  # ("That said, …": a comma after the verb, no subject)
        index = self.doc.sentence_index(sent_start) - 1
        if index < 0:
            return False
        p_start, p_end = self.doc.sentences[index]
        if p_start < self.state.reported_until or "\n" in self.text[p_start:sent_start]:
            return False
        j = bisect.bisect_left(self.cue_starts, p_start)
        if j < len(self.cue_starts) and self.cue_starts[j] < p_end:
            return False
        start, end = strip_space(self.text, p_start, self._content_end(p_start))
        if end - start < 8 or self._quote_char_between(start, end):
            return False
        resolved = self.subjects.cue_subject(cue, True)
        if resolved is None or (resolved.entity is None and resolved.mention is None):
            return False
        if resolved.entity is not None:
            self.state.current = resolved.entity
        self.state.reported_until = max(self.state.reported_until, end)
        self.state.claims.append(self.claim(start, end, ClaimKind.INDIRECT, resolved, cue, "indirect-incise"))
        return True

    def _after_colon(self, cue: CueMatch, resolved: Resolved, sent_end: int, rule: str) -> None:
        """"…, a précisé l'avocate : elle voulait obtenir …": after an incise and its subject, a
        colon opens more of the same speaker's reported words (a quotation there is its own claim)."""
        text = self.text
        colon = text.find(":", cue.end, sent_end)
        if colon < 0:
            return  # (tested before the slice: with no colon it ran to the end of the text)
        between = text[cue.end:colon]
        if len(between.split()) > _DESCRIPTION_WORDS \
                or any(ch in self.quote_chars or ch in ",;" for ch in between):
            return  # only the cue's subject (and its complement) may stand before the colon
        start = colon + 1
        end = self._content_end(start)
        start, end = strip_space(text, start, end)
        if end - start < 8 or text[start] in self.opening_marks or self._overlaps_quote(start, end):
            return
        self.state.reported_until = max(self.state.reported_until, end)
        self.state.claims.append(self.claim(start, end, ClaimKind.INDIRECT, resolved, cue, rule))

    def _gerund_subject(self, cue: CueMatch, sent_start: int, resolved: Resolved | None) -> Resolved | None:
        """"L'uomo minacciava la vittima, promettendo di …": a gerund after a comma has the subject
        of the sentence's main clause, not the object just before the comma."""
        tokens = self.tokens
        k = cue.first - 1
        while k >= 0 and tokens[k].lower in self.data.gerund_markers:
            k -= 1
        if cue.first != cue.last or k < 0 or tokens[k].text != "," \
                or not any(tokens[cue.first].lower.endswith(x) for x in self.data.participle_suffixes):
            return resolved
        if resolved is None or resolved.mention is None or resolved.mention.start >= cue.start:
            return resolved
        m = self.subjects.sentence_subject(sent_start, cue.start)
        if m is None or m.start >= resolved.mention.start:
            return resolved
        return self.subjects.as_resolved(m, "sentence subject")

    def _impersonal(self, cue: CueMatch, sent_start: int) -> bool:
        """The cue is an infinitive governed by an impersonal clause: "Il est utile de noter que",
        "il faut rappeler que", "Cabe señalar que". Nobody is reported; the words are the writer's.
        Read backwards from the cue: an infinitive marker (then at most one adjective), cue
        adverbs, an impersonal verb, and the impersonal subject where the language has one."""
        data = self.data
        if not data.impersonal_verbs or not self._is_infinitive(cue.first):
            return False
        tokens = self.tokens
        k = cue.first - 1
        if k >= 0 and tokens[k].lower in data.infinitive_markers:
            k -= 1
            if k >= 0 and tokens[k].lower not in data.impersonal_verbs:
                k -= 1  # "bon", "important", "worth"
        while k >= 0 and tokens[k].lower in data.cue_adverbs:
            k -= 1
        if k < 0 or tokens[k].start < sent_start or tokens[k].lower not in data.impersonal_verbs:
            return False
        if not data.impersonal_subjects:
            return True
        return k > 0 and tokens[k - 1].start >= sent_start and tokens[k - 1].lower in data.impersonal_subjects

    def _clause_end(self, start: int, end: int) -> int:
        """Where the content clause from ``start`` ends, at ``end`` or before.

        The clause ends before a colon that opens a quotation ("a précisé que A : « … »") and
        before a coordinator followed by another cue ("que A, pero rechazó que B", "che A e ha
        aggiunto che B": that cue makes its own claim). "que A et que B" stays one claim, as the
        annotation guidelines have it. The scan reads the content's own tokens once.
        """
        tokens = self.tokens
        k = self.doc.token_index(start) + 1
        while k < len(tokens) - 1 and tokens[k].start < end:
            t = tokens[k]
            if t.text == ":" and tokens[k + 1].text[:1] in self.opening_marks:
                return t.start
            if t.lower in self.data.coordinators and not self.subjects.in_quote(t.start):
                nxt = tokens[k + 1]
                if k + 1 in self.cue_firsts or (nxt.lower in self.data.cue_adverbs and k + 2 in self.cue_firsts):
                    return t.start
                if self._subject_then_cue(k + 1):
                    return t.start  # "que A, pero Ruiz dijo que B": a subject of its own, then its cue
            k += 1
        return end

    def _subject_then_cue(self, k: int) -> bool:
        """A mention opens at token k (a role, a pronoun, a name the text shows is a person's) and
        a cue follows it, over cue adverbs: a new clause with its own speaker starts there. A lone
        capitalised word with no such evidence may be a noun ("und Drossel schlug")."""
        starts = self.mention_starts
        j = bisect.bisect_left(starts, self.tokens[k].start)
        if j >= len(starts) or starts[j] != self.tokens[k].start:
            return False
        m = self.mentions[j]
        if m.kind is MentionKind.NAME:
            entity = self.entity_of.get(m.start)
            if entity is None or not entity.person_evidence:
                return False
        after = m.last + 1
        if j + 1 < len(self.mentions) and self.mentions[j + 1].first == after \
                and self.mentions[j + 1].kind is MentionKind.NAME:
            after = self.mentions[j + 1].last + 1  # "aber Sprecher Jan Roth sagte": a role, then its holder's name
        while after < len(self.tokens) and self.tokens[after].lower in self.data.cue_adverbs:
            after += 1
        return after in self.cue_firsts

    def dropped_subject(self, cue: CueMatch, sent_start: int) -> Resolved | None:
        """"Destacó que …", "Ha poi aggiunto che …": a finite cue with no subject in a language that
        drops it; the subject is the one a pronoun there would have (the speaker, the last subject).
        Not after a relative pronoun: its antecedent is a subject the mentions missed."""
        described = self.described_subject(cue, sent_start)
        if described is not None:
            return Resolved(self.subjects.named_entity_at(described.start), described, _DESCRIBED)
        if cue.first > 0 and self.tokens[cue.first - 1].lower in self.data.relative_pronouns:
            return None  # "…, qui déclare que": an antecedent we cannot name
        k = cue.first - 1
        while k >= 0 and self.tokens[k].start >= sent_start and self.tokens[k].lower in self.data.cue_adverbs:
            k -= 1
        if k >= 0 and self.tokens[k].start >= sent_start and self.tokens[k].text[:1].isalnum() \
                and self.tokens[k].lower not in self.data.coordinators:
            return None  # a word before the cue is a subject the mentions missed: no guess
        entity = self.subjects.resolve_pronoun(cue.start, None, bool(cue.plural_aux))
        if entity is None:
            return None
        return Resolved(entity, None, _DROPPED)

    def described_subject(self, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """A noun phrase right before the cue that the mentions did not take for a speaker: "la
        voisine du couple, qui raconte que …", "los técnicos del puerto que explican que …", "O
        condutor relatou que …". It opens with a determiner, a few words at most before the cue
        (over a relative pronoun); it is a speaker of its own, nobody's alias."""
        tokens = self.tokens
        end_k = cue.first - 1
        if end_k >= 0 and tokens[end_k].lower in self.data.relative_pronouns:
            end_k -= 1
            if end_k >= 0 and tokens[end_k].text == ",":
                end_k -= 1
        # the leftmost determiner that opens a phrase (not "du" inside "la famille du défunt")
        first = None
        k = end_k
        while k >= 0 and end_k - k < _DESCRIPTION_WORDS and tokens[k].start >= sent_start \
                and tokens[k].text[:1].isalpha() and k not in self.cue_firsts:
            if tokens[k].lower in self.data.determiners and tokens[k].lower not in self.data.complement_prepositions \
                    and not self._oblique_noun(k, end_k):
                first = k
            k -= 1
        if first is None or first == end_k:
            return None
        if self.data.capitalized_nouns:
            # where every noun is capitalised, the phrase ends on its noun: lower-case words after
            # it are adverbs ("ließ ein Sprecher kurz verlauten"); a coordinator in it joins two
            # verbs, and the phrase is another verb's object ("Experten haben das Wrack untersucht
            # und gestern bestätigt")
            if any(tokens[j].lower in self.data.coordinators for j in range(first + 1, cue.first)):
                return None
            last = end_k
            while last > first and not tokens[last].text[:1].isupper():
                last -= 1
            end_k = last if last > first else end_k  # (none capitalised: a lower-case name, "die taz")
        start, end = tokens[first].start, tokens[end_k].end
        return MentionSpan(start, end, self.text[start:end], MentionKind.ROLE,
                           head=tokens[end_k].lower, first=first, last=end_k, linkable=False)

    def _oblique_noun(self, k: int, end_k: int) -> bool:
        """Tokens k to ``end_k`` are an article no subject opens on (``OBLIQUE_ARTICLES``) and one
        noun: an object or an adverbial ("in einem Gespräch erklärt", "mit dem Satz"), no
        speaker. (A longer phrase may be a subject's attribute: "die über den Kampf
        veröffentlichte Mitteilung besagt".)"""
        tokens = self.tokens
        return tokens[k].lower in self.data.oblique_articles \
            and sum(1 for t in tokens[k + 1:end_k + 1] if t.text[:1].isupper()) <= 1

    def _plural_subject(self, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """A plural noun phrase with no determiner (``BARE_PLURAL_SUBJECTS``) opening the cue's
        clause, which the mentions did not take for a speaker: "Local farmers who lost land say they …", "Kerr's campaign
        strategists said …". The clause opens at the sentence, a comma or a coordinator; a
        relative pronoun or a complementizer in it closes the phrase (the rest is a relative
        clause); auxiliaries and cue adverbs may stand before the cue. The phrase is at most
        ``_DESCRIPTION_WORDS`` words, its last word a lower-case plural noun (``PLURAL_SUFFIXES``)."""
        data = self.data
        tokens = self.tokens
        if not data.bare_plural_subjects or not data.plural_suffixes \
                or any(tokens[cue.first].lower.endswith(x) for x in data.participle_suffixes):
            return None  # "Kerr avoids naming …": a participle has no subject before it
        k = cue.first - 1
        while k >= 0 and tokens[k].start >= sent_start and (
                tokens[k].lower in data.auxiliaries or tokens[k].lower in data.cue_adverbs):
            k -= 1
        first = k + 1
        while first - 1 >= 0 and tokens[first - 1].start >= sent_start and k - first < _GROUP_REACH:
            t = tokens[first - 1]
            if t.text in (",", ";") or t.lower in data.coordinators or t.lower in data.gerund_markers \
                    or first - 1 in self.cue_firsts or self.subjects.in_quote(t.start):
                break
            if not (t.text[:1].isalnum() or t.text in data.possessive_endings or t.text in data.titles) \
                    or t.lower in data.auxiliaries:
                return None  # a verb of its own before the cue: no bare noun phrase there
            first -= 1
        if first > 0 and tokens[first - 1].text == "," and tokens[first].text[:1].isdigit():
            return None  # "125,000": the comma is inside a number
        last = first
        while last <= k and tokens[last].lower not in data.relative_pronouns \
                and tokens[last].lower not in data.complementizers:
            last += 1
        last -= 1
        if last < first or last - first >= _DESCRIPTION_WORDS:
            return None
        head = tokens[last]
        if not head.text.isalpha() or not head.text.islower() or head.lower in data.stop_words \
                or not any(head.lower.endswith(x) and len(head.lower) > len(x) + 2 for x in data.plural_suffixes):
            return None
        opener = tokens[first].lower
        if opener in data.pronouns or opener in self.preambles \
                or (opener in data.stop_words and opener not in data.determiners):
            return None
        start, end = tokens[first].start, head.end
        return MentionSpan(start, end, self.text[start:end], MentionKind.ROLE, plural=True,
                           head=head.lower, first=first, last=last, linkable=False)

    def mood_sentence(self, start: int, end: int) -> None:
        """German reports speech by its verb mood alone: "Die Regierung habe keine Wahl." A sentence
        in that mood, with no cue and no quotation of its own, right after a claim, continues it.
        (The forms are data: ``REPORTED_MOOD_FORMS``; languages without them never get here.)"""
        if start < self.state.reported_until or start in self._marker_sentences() or start in self._inner_marker_sentences:
            return  # (a source marker's sentence is its claim: "Die Lage sei ernst, so der Minister")
        if self._defers_to_marker(start):
            k = bisect.bisect_left(self.cue_starts, start)
            if not self.subjects.in_quote(start) and not (k < len(self.cue_starts) and self.cue_starts[k] < end):
                self._waiting_moods.append((start, end))
            return
        last = self.state.claims[-1] if self.state.claims and self.state.current is not None else None
        if last is None or self.doc.sentence_index(start) - self.doc.sentence_index(last.start) > _MOOD_REACH:
            made = len(self.state.claims)
            self._mood_after_cue(start, end)
            if len(self.state.claims) == made:
                self._mood_after_subject(start, end)
            return
        k = bisect.bisect_left(self.cue_starts, start)
        if self.subjects.in_quote(start) or (k < len(self.cue_starts) and self.cue_starts[k] < end):
            return
        words = self.doc.tokens_between(start, end)
        if not any(t.lower in self.data.reported_mood_forms for t in words):
            return
        content = strip_space(self.text, start, self._content_end(start))
        if content[1] - content[0] < 8 or self._overlaps_quote(*content) or last.end > content[0]:
            return
        resolved = self._own_speaker(start, end) or self._new_subject(start, last.start) \
            or Resolved(self.state.current, None, "reported mood after the previous claim")
        self.state.reported_until = content[1]
        self.state.claims.append(self.claim(content[0], content[1], ClaimKind.INDIRECT, resolved, None, "indirect-mood"))

    @functools.cached_property
    def _marker_sources(self) -> list[tuple[int, Resolved | None]]:
        """(claim start, source) of each source marker's claim, in the order they were made."""
        return []

    @functools.cached_property
    def _waiting_moods(self) -> list[tuple[int, int]]:
        """Sentences in the reported mood waiting for the source marker's claim just before them."""
        return []

    def _source_claim(self, start: int, end: int, resolved: Resolved | None, cue: CueMatch) -> None:
        """A source marker's claim, its source kept for the sentences in the reported mood after it."""
        self.state.claims.append(self.claim(start, end, ClaimKind.INDIRECT, resolved, cue, "indirect-source"))
        self._marker_sources.append((start, resolved))

    def _defers_to_marker(self, start: int) -> bool:
        """The sentence before ``start`` opens on a source marker and holds no claim yet: its claim
        comes after the main pass, and a sentence in the reported mood waits for it."""
        k = self.doc.sentence_index(start)
        if k == 0 or self.doc.sentences[k][0] != start:
            return False
        prev_start = self.doc.sentences[k - 1][0]
        if prev_start not in self._marker_sentences() and prev_start not in self._inner_marker_sentences:
            return False
        return not self.state.claims or self.state.claims[-1].start < prev_start

    def deferred_moods(self) -> None:
        """The sentences in the reported mood that waited for a source marker's claim just before them."""
        sources = sorted(self._marker_sources, key=lambda p: p[0])
        starts = [p[0] for p in sources]
        for start, end in self._waiting_moods:
            k = bisect.bisect_left(starts, start) - 1
            if k < 0:
                continue
            claim_start, source = sources[k]
            if source is None:
                continue
            if self.doc.sentence_index(start) - self.doc.sentence_index(claim_start) != 1:
                continue
            if any(c.start >= claim_start and c.start < end and c.start != claim_start for c in self.state.claims):
                continue  # something else was said between: the marker's source does not continue
            words = self.doc.tokens_between(start, end)
            if not any(t.lower in self.data.reported_mood_forms for t in words):
                continue
            content = strip_space(self.text, start, self._content_end(start))
            if content[1] - content[0] < 8 or self._overlaps_quote(*content):
                continue
            resolved = Resolved(source.entity, source.mention, "reported mood after the previous claim")
            claim = self.claim(content[0], content[1], ClaimKind.INDIRECT, resolved, None, "indirect-mood")
            at = bisect.bisect_left([c.start for c in self.state.claims], claim.start)
            self.state.claims.insert(at, claim)

    def _marker_noun(self, at: int, marker: str, source_start: int) -> Resolved | None:
        """"Nach ersten Angaben sind …": a verb right after a marker that holds a noun names no
        source; the marker's own noun phrase ("ersten Angaben") is the source as written."""
        words = marker.split()
        k = self.doc.token_index(source_start)
        if len(words) < 2 or k >= len(self.tokens) or self.tokens[k].start != source_start:
            return None
        low = self.tokens[k].lower
        if not self.tokens[k].text.islower() or not (
                low in self.data.auxiliaries or low in self.data.passive_auxiliaries or low in self.data.reported_mood_forms):
            return None
        start, end = at + len(words[0]) + 1, at + len(marker)
        noun = MentionSpan(start, end, self.text[start:end], MentionKind.ROLE, head=words[-1])
        return Resolved(None, noun, "source marker (description)")

    def _marker_sentences(self) -> set[int]:
        """Start offsets of the sentences that a source marker opens or that hold one after a comma
        ("Laut X …", "…, so der Minister"), found once; not the adverb inside a clause ("so viel")."""
        found = getattr(self, "_marker_sentence_starts", None)
        if found is None:
            found = set()
            pattern = _marker_pattern(self.data)
            named = self.data.named_source_markers
            for m in pattern.finditer(self.text) if pattern is not None else ():
                s_start = self.doc.sentence_span(m.start())[0]
                if lower_keeping_offsets(m.group(1)) in named and not self._names_source_at(m.end()):
                    continue  # "So sei die Lage ernst": the adverb, no source after it
                if m.start() == s_start or self.text[s_start:m.start()].rstrip().endswith(","):
                    found.add(s_start)
            self._marker_sentence_starts = found
        return found

    def _names_source_at(self, offset: int) -> bool:
        """A name, a role or an organisation (no pronoun) opens at ``offset``: what a marker taken
        only before a name (``NAMED_SOURCE_MARKERS``: "so der Minister") needs to be one."""
        k = bisect.bisect_left(self.mention_starts, offset)
        return k < len(self.mentions) and self.mentions[k].start == offset \
            and self.mentions[k].kind is not MentionKind.PRONOUN

    @functools.cached_property
    def _inner_marker_sentences(self) -> frozenset[int]:
        """Start offsets of the sentences that hold a source marker inside their clause ("Die Lage
        sei nach Angaben der Polizei ruhig", "Dem Bericht zufolge …"), not one taken only before a
        name ("so"): a sentence in the reported mood after one waits for the marker's source."""
        pattern = _marker_pattern(self.data)
        if pattern is None or not self.data.source_without_comma:
            return frozenset()
        named = self.data.named_source_markers - self.data.postposed_source_markers
        found = set()
        for m in pattern.finditer(self.text):
            if lower_keeping_offsets(m.group(1)) not in named:
                found.add(self.doc.sentence_span(m.start())[0])
        return frozenset(found)

    def _mood_content(self, start: int, end: int) -> tuple[int, int] | None:
        """The content of sentence ``start``..``end`` when it may carry on another sentence's
        speaker: outside quotations, with no cue of its own, a verb in the reported mood, and
        content of a few characters that overlaps no quotation."""
        k = bisect.bisect_left(self.cue_starts, start)
        if self.subjects.in_quote(start) or (k < len(self.cue_starts) and self.cue_starts[k] < end):
            return None
        if not any(t.lower in self.data.reported_mood_forms for t in self.doc.tokens_between(start, end)):
            return None
        content = strip_space(self.text, start, self._content_end(start))
        if content[1] - content[0] < 8 or self._overlaps_quote(*content):
            return None
        return content

    def _mood_after_cue(self, start: int, end: int) -> None:
        """"Der Minister äußerte Zweifel. Die Pläne seien nicht bezahlbar.": a sentence in the
        reported mood right after one whose speech verb had no content clause reports the words
        of that verb's subject."""
        cue = self.state.mute_cue
        if cue is None or self.doc.sentence_index(start) - self.doc.sentence_index(cue.start) != 1:
            return
        content = self._mood_content(start, end)
        if content is None:
            return
        resolved = self.subjects.cue_subject(cue, False)
        if resolved is not None and resolved.mention is not None and resolved.mention.kind is MentionKind.NAME \
                and (resolved.entity is None or not resolved.entity.person_evidence):
            # "Besorgt äußerte sich X über …": a lone capitalised word before the verb is a fronted
            # word, no subject; the person named after the verb is
            after = self.subjects.cue_subject(cue, True)
            if after is not None and after.mention is not None and after.mention.start > cue.start \
                    and after.entity is not None and after.entity.person_evidence and not after.mention.place:
                resolved = Resolved(after.entity, after.mention, resolved.how)
                self._carry_mood(start, end, content, resolved, cue)
                return
        if resolved is None or resolved.mention is None \
                or resolved.mention.start != self.doc.sentence_span(cue.start)[0] or resolved.mention.place:
            return  # only a subject that opens the cue's sentence is sure enough to carry on
        self._carry_mood(start, end, content, resolved, cue)

    def _mood_after_subject(self, start: int, end: int) -> None:
        """"Der Verband lehnt den Plan ab. Er sei nicht bezahlbar.": a sentence in the reported mood,
        with no claim near before it, right after a sentence of the same paragraph that holds no
        claim and opens on a speaker (a name the text shows is a person's, a role, an
        organisation; no place): that subject's words go on, whatever its verb."""
        index = self.doc.sentence_index(start) - 1
        if index < 0:
            return
        p_start, p_end = self.doc.sentences[index]
        if "\n" in self.text[p_start:start] or (self.state.claims and self.state.claims[-1].end > p_start):
            return
        content = self._mood_content(start, end)
        if content is None:
            return
        m = self.subjects.sentence_subject(p_start, p_end)
        if m is None or not self._known_speaker(m) or m.kind is not MentionKind.NAME:
            return
        entity = self.entity_of.get(m.start)
        if entity is not None:
            self.state.current = entity
        self.state.reported_until = content[1]
        resolved = Resolved(entity, m, "subject of the previous sentence")
        self.state.claims.append(self.claim(content[0], content[1], ClaimKind.INDIRECT, resolved, None, "indirect-mood"))

    def _opens_clause(self, sent_start: int, m: MentionSpan) -> bool:
        """``m`` opens its sentence, over cue adverbs and coordinators at most ("Auch der Verband
        …"): the subject, not the object of a fronted phrase ("Für die Ausarbeitung …")."""
        data = self.data
        return all(t.lower in data.cue_adverbs or t.lower in data.coordinators
                   for t in self.doc.tokens_between(sent_start, m.start))

    def _own_speaker(self, start: int, end: int) -> Resolved | None:
        """"Der Verband ist der Ansicht, dass die Pläne nicht bezahlbar seien.": the reported mood
        comes only after a comma or a complementizer, so the main clause before it is the
        narrator's; the known speaker (:meth:`_known_speaker`) that opens the sentence, its
        subject, says the rest, not the speaker before. Not when a comma follows the mention at
        once (a relative clause or an apposition on the topic: "Die Polizei, die …, habe …")."""
        words = self.doc.tokens_between(start, end)
        first = next((i for i, t in enumerate(words) if t.lower in self.data.reported_mood_forms), None)
        if first is None or not any(t.text == "," or t.lower in self.data.complementizers for t in words[:first]):
            return None
        m = self.subjects.sentence_subject(start, words[first].start)
        if m is None or not self._known_speaker(m) or self.text[m.end:words[first].start].lstrip()[:1] in (",", ""):
            return None
        return Resolved(self.entity_of.get(m.start), m, "subject of the sentence")

    def _known_speaker(self, m: MentionSpan) -> bool:
        """``m`` surely names who may speak: a name the text shows is a person's, a role, or an
        organisation whose words hold a role or organisation noun ("Die Kriminalpolizei",
        "Das Landesamt für …"); not a place, and not a capitalised common noun taken for an
        organisation where nouns are capitalised ("Der Verkauf wurde …")."""
        if m.place:
            return False
        if m.kind is MentionKind.ROLE:
            return True
        if m.kind is MentionKind.NAME:
            entity = self.entity_of.get(m.start)
            return entity is not None and entity.person_evidence
        if m.kind is not MentionKind.ORGANIZATION:
            return False
        nouns = _speaker_nouns(self.data)
        return any(word[k:] in nouns for word in m.text.lower().split() for k in range(max(1, len(word) - 2)))

    def _carry_mood(self, start: int, end: int, content: tuple[int, int], resolved: Resolved, cue: CueMatch) -> None:
        """Claim ``content`` in the reported mood for the subject of the mute cue before it."""
        if resolved.entity is not None:
            self.state.current = resolved.entity
        self.state.mute_cue = None
        self.state.reported_until = content[1]
        self.state.claims.append(self.claim(content[0], content[1], ClaimKind.INDIRECT, resolved, cue, "indirect-mood"))

    def _mute_passive_agent(self, p_start: int, p_end: int) -> Resolved | None:
        """"Die Forderung wurde von der Ministerin als unbezahlbar bezeichnet. Die Kassen seien leer.":
        the sentence before holds a speech verb with no content clause in the passive; its agent, not
        its grammatical subject (what was said), is who goes on speaking. None when the agent is the
        current speaker (the reported mood goes on with them anyway) or there is none."""
        cue = self.state.mute_cue
        if cue is None or not (p_start <= cue.start < p_end) or not self.data.participle_at_clause_end:
            return None
        return self._new_speaker(self.subjects.passive_agent(cue, p_start), "passive agent")

    def _new_speaker(self, m: MentionSpan | None, rule: str) -> Resolved | None:
        """``m`` as the one who goes on speaking: a name, a role or an organisation, not a place,
        and not the current speaker (with whom the reported mood goes on anyway)."""
        if m is None or m.place or m.kind not in (MentionKind.NAME, MentionKind.ROLE, MentionKind.ORGANIZATION):
            return None
        entity = self.entity_of.get(m.start)
        if entity is not None and entity is self.state.current:
            return None
        return Resolved(entity, m, rule)

    def _new_subject(self, start: int, claimed: int) -> Resolved | None:
        """The subject of the sentence before ``start`` when that sentence holds no claim (it starts
        after ``claimed``) and names someone else than the current speaker: "Der Minister
        bezeichnete die Pläne als unrealistisch. Die Fahrzeuge seien …" — the reported mood goes on
        with the last speaker only while no new subject appears."""
        index = self.doc.sentence_index(start) - 1
        if index < 0:
            return None
        p_start, p_end = self.doc.sentences[index]
        if p_start <= claimed:
            return None
        agent = self._mute_passive_agent(p_start, p_end)
        if agent is not None:
            return agent
        resolved = self._new_speaker(self.subjects.sentence_subject(p_start, p_end), "subject of the previous sentence")
        if resolved is not None and resolved.mention is not None and resolved.mention.kind is MentionKind.NAME \
                and (resolved.entity is None or not resolved.entity.person_evidence):
            return None  # a lone capitalised word ("Sirenen heulten") is no sure subject
        return resolved

    def _reported_content(self, cue: CueMatch, sent_start: int, sent_end: int):  # type: ignore[no-untyped-def]
        """(content span, rule, subject) of the reported speech a cue introduces, if any; the
        subject is ``_CUE_SUBJECT`` where it is ``self.subjects.cue_subject(cue, False)``, left to the caller
        to find only for a content it keeps."""
        text = self.text
        tokens = self.tokens
        # 1. "X a déclaré (à la presse) que …": a complementizer a few words after the cue
        k = cue.last + 1
        limit = min(len(tokens), k + 7)
        while k < limit and tokens[k].start < sent_end:
            low = tokens[k].lower
            if low in self.data.complementizers:
                if self._object_before(cue.last + 1, k):
                    break  # "décrivent les dégâts qu'ils ont constatés": a relative after the object
                if self._relative_after_subject(cue, k):
                    break  # "», a assuré le ministre, qui dirigeait …": a relative on the subject
                return (tokens[k].end, self._content_end(tokens[k].end)), "indirect-que", _CUE_SUBJECT
            if low in BLOCKERS or self.subjects.in_quote(tokens[k].start) or k in self.cue_firsts:
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
                            and tokens[k + 1].lower not in self.data.relative_pronouns \
                            and not self._apposition_of_incise(cue, sent_start, tokens[k + 1].start) \
                            and not self._apposition_of_subject(cue, tokens[k].start, tokens[k + 1].start):
                        start = tokens[k + 1].start
                        return (start, self._content_end(start)), "indirect-comma", _CUE_SUBJECT
                    break
                if tokens[k].lower in BLOCKERS or self.subjects.in_quote(tokens[k].start) or k in self.cue_firsts:
                    break
                k += 1
        # 1c. "Officials said the bridge would reopen": a clause right after the cue, its subject before
        if self.data.clause_after_cue and cue.start not in self.state.used_cues:
            k = cue.last + 1
            while k < len(tokens) and tokens[k].lower in self.data.cue_adverbs:
                k += 1
            if k < len(tokens) and tokens[k].start < sent_end and tokens[k].text[:1].isalnum() \
                    and tokens[k].lower not in self.data.locative_prepositions and not self.subjects.in_quote(tokens[k].start):
                subject = self.subjects.mention_before(cue.start, sent_start - 1) or self.subjects.opening_apposition(cue, sent_start)
                group = None if subject is not None else self._plural_subject(cue, sent_start)
                end = self._content_end(tokens[k].start)
                # a partial quotation inside the clause keeps it reported speech ("said the bridge
                # was “completely safe” by May"); a clause that opens with one is the quotation's
                # '“A,” X said on Tuesday, “B.”': a time phrase then a comma that resumes the quotation
                # ends an incise, it reports nothing of its own
                first_comma = self.text.find(",", tokens[k].start, end)
                resumes = first_comma >= 0 and self.text[first_comma + 1:end].lstrip()[:1] in self.opening_marks
                if (subject is not None or group is not None) and len(self.text[tokens[k].start:end].split()) >= 4 \
                        and tokens[k].text[:1] not in self.opening_marks and not resumes:
                    bare = _CUE_SUBJECT if group is None else Resolved(None, group, _DESCRIBED)
                    return (tokens[k].start, end), "indirect-bare", bare
        # 1d. "Die Straße bleibt gesperrt, wie die Stadt mitteilte.": a comment clause that closes
        # the sentence, its conjunction after a comma, its subject before the cue at its end
        comment = self._comment_clause(cue, sent_start, sent_end)
        if comment is not None:
            return comment, "indirect-incise", _CUE_SUBJECT
        # 2. "…, a souligné X.": the clause before an inverted cue (its end found from the cue
        # backwards: the sentence before each cue is not copied)
        before_end = cue.start
        while before_end > sent_start and text[before_end - 1].isspace():
            before_end -= 1
        if before_end - sent_start > 20 and text[before_end - 1] == "," and not self.subjects.in_quote(sent_start):
            resolved = self.subjects.cue_subject(cue, prefer_after=True)
            inverted = cue.inverted is not None or (resolved is not None and resolved.mention is not None
                                                    and resolved.mention.start >= cue.end)
            start, end = strip_space(text, sent_start, before_end - 1)
            # "Son avocat, Me Hamon, conteste …": a clause ending with a name is the subject, no content
            subject_before = self.subjects.mention_before(cue.start, sent_start - 1) or self.subjects.opening_apposition(cue, sent_start)
            ends_with_subject = subject_before is not None and subject_before.kind is not MentionKind.PRONOUN
            if inverted and not ends_with_subject and not self._overlaps_quote(start, end) \
                    and not self._stray_quote_char(start, end):
                return (start, end), "indirect-incise", resolved
        # 3. "X a assuré avoir …", "a dit ne pas croire …": an infinitive right after the cue
        if cue.start in self.state.used_cues:
            return None
        k = cue.last + 1
        while k < len(tokens) and (tokens[k].lower in self.data.cue_adverbs or tokens[k].lower in self.data.negations):
            k += 1
        first = cue.last + 1
        while first < k and tokens[first].lower not in self.data.negations:
            first += 1
        # the infinitive may come a few words on: "a invité la Biélorussie à cesser", "a déclaré hier avoir"
        for j in range(k, min(len(tokens), k + 6)):
            if tokens[j].start >= sent_end or tokens[j].lower in BLOCKERS or self.subjects.in_quote(tokens[j].start):
                break
            if j > k and tokens[j].lower in self.data.pronouns:
                break  # "s'annonce pluvieux et il faudra prévoir …": a subject opens a clause of its own
            if j in self.cue_firsts and not self._is_infinitive(j):
                break  # another cue ("… et assure que …") starts its own reported speech
            if self._is_infinitive(j):
                if cue.lemma in self.data.aspectual_lemmas:
                    return None  # "continuava a minacciare …": an action going on, no content
                begin = self._infinitive_start(k, j)
                if begin is None:
                    continue  # "a relevé la coordination défaillante": a noun or an adjective
                resolved = self.subjects.cue_subject(cue, False)
                if resolved is None and cue.first == cue.last \
                        and not any(cue.text.lower().endswith(x) for x in self.data.participle_suffixes):
                    return None  # "le match interrompu entre …": a participle with no subject is no cue
                # a gerund with no subject ("…, ammettendo di aver …") takes the sentence's speaker
                start = tokens[first if first < k else begin].start
                return (start, self._content_end(start)), "indirect-infinitive", resolved
        return None

    def _apposition_of_incise(self, cue: CueMatch, sent_start: int, start: int) -> bool:
        """"Die Lage sei ernst, sagte Eva Roth, die Sprecherin der Wehr.": after a cue that follows
        its content and a comma, the words after the subject's comma are its apposition, no content,
        when they hold no verb the lexicons know (an auxiliary, a speech verb, a reported-mood form)."""
        text = self.text
        before_end = cue.start
        while before_end > sent_start and text[before_end - 1].isspace():
            before_end -= 1
        if before_end - sent_start <= 20 or text[before_end - 1] != "," or self.subjects.in_quote(sent_start):
            return False
        data = self.data
        return not any(t.lower in data.auxiliaries or t.lower in data.speech_verbs or t.lower in data.reported_mood_forms
                       or t.lower in data.passive_auxiliaries or t.lower in data.complementizers
                       for t in self.doc.tokens_between(start, self._content_end(start)))

    def _apposition_of_subject(self, cue: CueMatch, comma: int, start: int) -> bool:
        """"…, sagte der Sprecher des Vereins, Eva Roth.", "Dies teilte die Leiterin, Eva Roth, mit.",
        "sagte Eva Roth, Chefin der Wehr:": the cue's subject stands between the cue and the comma,
        and after the comma a mention (a name, a role) opens words that hold no verb the lexicons
        know, only its complement (articles, prepositions, capitalised nouns) up to a comma: the
        subject's apposition, no content."""
        subjects, data = self.subjects, self.data
        k = bisect.bisect_left(subjects.mention_starts, cue.end)
        if k >= len(subjects.mentions) or subjects.mentions[k].end > comma:
            return False  # no subject after the cue: "Er sagte, die Lage …" reports a clause
        m = subjects.mention_after(start, start + 1)
        if m is None or m.start != start or m.kind not in (MentionKind.NAME, MentionKind.ROLE):
            return False
        end = self._content_end(start)
        words = self.doc.tokens_between(m.end, end)
        if any(t.lower in data.auxiliaries or t.lower in data.speech_verbs or t.lower in data.reported_mood_forms
               or t.lower in data.passive_auxiliaries or t.lower in data.complementizers for t in words):
            return False
        for t in words:
            if t.text == "," or not t.text[:1].isalnum():
                return True
            if not (t.text[:1].isupper() or t.text[:1].isdigit() or t.lower in data.determiners
                    or t.lower in data.complement_prepositions or t.lower in data.locative_prepositions):
                return False
        return True

    def _comment_clause(self, cue: CueMatch, sent_start: int, sent_end: int) -> tuple[int, int] | None:
        """The content before a comment clause that ends the sentence on its cue ("…, wie die
        Stadt mitteilte."): a conjunction of ``COMMENT_CONJUNCTIONS`` right after a comma, at most
        ``_DESCRIPTION_WORDS`` words (the subject) before the cue, nothing but marks after it."""
        conjunctions = self.data.comment_conjunctions
        if not conjunctions:
            return None
        tokens, text = self.tokens, self.text
        if text[tokens[cue.last].end:sent_end].strip(" .!?;\u00a0\n\"“”»«"):
            return None
        k = cue.first - 1
        while k > 0 and cue.first - k <= _DESCRIPTION_WORDS + 1 and tokens[k].start >= sent_start:
            t = tokens[k]
            if t.lower in conjunctions:
                break
            if not t.text[:1].isalnum() or k in self.cue_firsts:
                return None  # a mark or another cue: no single subject between
            k -= 1
        else:
            return None
        if tokens[k].lower not in conjunctions or k == cue.first - 1 or tokens[k - 1].text != "," \
                or tokens[k - 1].start <= sent_start:
            return None
        start, end = strip_space(text, sent_start, tokens[k - 1].start)
        if end - start < 20 or self.subjects.in_quote(start) or self._overlaps_quote(start, end) \
                or self._stray_quote_char(start, end):
            return None
        return start, end

    def _relative_after_subject(self, cue: CueMatch, k: int) -> bool:
        """Token k is a relative pronoun after a comma that closes the subject right after the cue."""
        tokens = self.tokens
        if tokens[k].lower not in self.data.relative_pronouns or tokens[k - 1].text != ",":
            return False
        j = cue.last + 1
        while j < k and tokens[j].lower in self.data.cue_adverbs:
            j += 1
        i = bisect.bisect_left(self.mention_starts, tokens[j].start)
        return i < len(self.mentions) and self.mentions[i].start == tokens[j].start and self.mentions[i].last == k - 2

    def _infinitive_start(self, k: int, j: int) -> int | None:
        """The first token of the reported infinitive at ``j``, the cue's words ending before ``k``.

        The infinitive follows the cue at once or after clitics and negations ("a dit ne pas
        croire", "ha detto di non sapere"), also after an adverbial when a clitic or a negation
        shows it is a verb ("a affirmé la semaine dernière se sentir prêt"); after an object or
        before a request, an infinitive
        marker stands right before it ("a invité les riverains à rester", "ha chiesto di
        aspettare") and the content starts after that marker. A bare word after an object noun
        phrase or a preposition is no reported infinitive ("a relevé la coordination
        défaillante", "a réclamé une condamnation pour vol").
        """
        tokens = self.tokens
        begin = j
        while begin > k and (tokens[begin - 1].lower in self.data.negations
                             or tokens[begin - 1].lower in self.data.object_clitics
                             or tokens[begin - 1].lower in self.data.reflexive_pronouns):
            begin -= 1
        if begin == k or any(t.lower not in self.data.locative_prepositions for t in tokens[begin:j]):
            return begin  # a clitic or a negation marks a verb ("a affirmé mardi ne pas savoir"); "en" may be a preposition
        if tokens[begin - 1].lower in self.data.infinitive_markers:
            return begin
        before = tokens[begin - 1].lower
        if tokens[k].lower in self.data.determiners or before in self.data.locative_prepositions \
                or before in self.data.stop_words:
            return None  # an object noun phrase, or a preposition's noun ("jugé pour meurtre"), before the word
        return begin  # after an adverbial: "a déclaré il y a trois jours avoir saisi …"

    def _object_before(self, k: int, comp: int) -> bool:
        """A noun phrase object between the cue's end ``k`` and the complementizer at ``comp``
        makes that complementizer a relative pronoun: "décrivent les dégâts qu'ils ont constatés",
        "a critiqué les retards mais qu'elle subit". A determiner after a preposition ("a dit aux
        journalistes que", "a déclaré à la presse que") or before a number ("le 3 mai") does not,
        and neither does a time phrase ending in a cue adverb ("la semaine prochaine")."""
        tokens = self.tokens
        while k < comp and tokens[k].lower in self.data.cue_adverbs:
            k += 1
        if k >= comp - 1 or tokens[k].lower not in self.data.determiners:
            return False
        if tokens[k].lower in self.data.locative_prepositions or tokens[k].lower in self.data.complement_prepositions:
            return False
        if tokens[k + 1].text[:1].isdigit() or any(t.lower in self.data.cue_adverbs for t in tokens[k + 1:comp]):
            return False  # "a dit le 3 mai que", "écrira un peu plus tard que": a time or an adverb
        return tokens[comp - 1].text[:1].isalpha()

    def _is_infinitive(self, k: int) -> bool:
        t = self.tokens[k]
        if not t.text.islower() or len(t.text) <= 3 or t.lower in self.data.locative_prepositions:
            return False
        lemma = self.data.speech_verbs.get(t.lower)
        if lemma is not None and lemma.split()[-1] != t.lower:
            return False  # "assure" is a conjugated form, not the infinitive "assurer"
        if k > 0 and self.tokens[k - 1].lower in self.data.determiners:
            return False  # "la dernière saison": a noun or adjective, not an infinitive
        return any(t.lower.endswith(s) for s in self.data.infinitive_suffixes)

    def same_sentence_speaker(self, sent_start: int) -> Resolved | None:
        """"…, a précisé X, en rappelant que …": the gerund's subject is the sentence's speaker."""
        if self.state.claims and self.state.claims[-1].start >= sent_start and self.state.current is not None:
            return Resolved(self.state.current, None, "same sentence")
        return None

    def source_markers(self) -> None:
        """"Selon X, …" and "…, selon X." with no quote marks (at most one per sentence)."""
        text = self.text
        pattern = _marker_pattern(self.data)
        if pattern is None:
            return
        done: set[int] = set()
        for match in pattern.finditer(text):
            s_start, s_end = self.doc.sentence_span(match.start())
            if s_start in done:
                continue
            marker = lower_keeping_offsets(match.group(1))  # its length is the match's
            at = match.start()
            source_start = at + len(marker) + 1
            # the last character before the marker in its sentence, spaces skipped ("" if none)
            last = at
            while last > s_start and text[last - 1].isspace():
                last -= 1
            before = text[last - 1] if last > s_start else ""
            opens = before in ("", ":", ";")
            second: tuple[int, int] | None = None
            k = self.doc.token_index(source_start)
            if opens and " " not in marker and k < len(self.tokens) and self.tokens[k].lower in self.data.auxiliaries:
                continue  # "So hat sich die Chefin …": a finite verb right after it, the marker is an adverb
            whole = False  # the source is every word up to its end, not a mention stopping short of it
            relative = self._relative_source(match.end(), s_end)
            if relative is not None:
                # "Non per Moretti, secondo il quale il bilancio …": the relative's antecedent is the source
                antecedent = self.subjects.mention_before(at, s_start - 1)
                if antecedent is None or antecedent.kind is MentionKind.PRONOUN:
                    continue
                start, end = strip_space(text, relative, self._content_end(relative))
                if end - start >= 8 and not self._overlaps_quote(start, end) and not self._opens_quote(start):
                    cue = CueMatch(at, at + len(marker), text[at:at + len(marker)], marker, 0, 0)
                    resolved: Resolved | None = Resolved(self.entity_of.get(antecedent.start), antecedent, "relative source")
                    self._source_claim(start, end, resolved, cue)
                    done.add(s_start)
                continue
            if marker in self.data.postposed_source_markers:
                self._postposed_source(match.start(), marker, s_start, s_end, done)
                continue
            if marker in self.data.closing_source_markers:
                self._closing_source(at, marker, s_start, s_end, done)
                continue
            if marker in self.data.compound_source_markers and marker not in self.data.source_markers:
                self._compound_source(at, marker, opens, s_start, done)
                continue
            direct = self.subjects.mention_after(source_start, s_end) if opens and self.data.source_without_comma else None
            if direct is not None and direct.kind is MentionKind.ROLE:
                named = self.subjects.mention_after(direct.end, s_end)
                if named is not None and named.kind is MentionKind.NAME and text[direct.end:named.start] == " ":
                    # "Laut Senatorin Lindqvist hat …": the role's name after it ends the source
                    direct = MentionSpan(direct.start, named.end, text[direct.start:named.end], MentionKind.NAME,
                                         named.gender, named.plural, named.head, first=direct.first, last=named.last)
            if direct is not None and direct.start == source_start and not text[direct.end:s_end].lstrip().startswith(","):
                # "Laut Polizei wurden drei Menschen verletzt": no comma after the source
                source_end = self._coordinated_end(direct.end, s_end)
                whole = source_end > direct.end
                start, end = source_end, self._content_end(source_end)
            elif opens and self.data.source_without_comma and marker not in self.data.named_source_markers \
                    and (phrase_end := self._source_phrase_end(source_start, s_end)) is not None:
                # "Nach Angaben der spanischen Hafenbehörde Apex kam es …": no mention opens
                # the source, but its noun phrase ends where the verb comes
                source_end, start, end = phrase_end, phrase_end, self._content_end(phrase_end)
            elif opens and self._comma_in_marks(source_start, s_end) \
                    and (phrase_end := self._source_phrase_end(source_start, s_end)) is not None:
                # "Laut einem Test der Zeitschrift „Haus, Hof und Garten“ gibt es …": the comma is
                # the name's; the noun phrase ends where the verb comes
                source_end, start, end = phrase_end, phrase_end, self._content_end(phrase_end)
            elif opens:
                comma = text.find(",", source_start, s_end)
                if comma < 0 or comma - source_start > 80:
                    continue
                pronoun = _is_stressed_pronoun(text, source_start, comma, self.data)
                apposed = None if pronoun else self.subjects.apposition_after(comma, s_end)
                if apposed is not None:
                    # "Secondo l'assessore ai lavori pubblici, Giulia Rinaldi, i lavori …" /
                    # "Pour Marc Vidal, ancien secrétaire général de la FSTP, la réforme …"
                    if apposed.kind is MentionKind.NAME:
                        source_start = apposed.start
                    comma = text.find(",", apposed.end, s_end)
                source_end, start, end = comma, comma + 1, self._content_end(comma + 1)
            else:
                source_end = self._content_end(source_start)
                comma = text.find(",", source_start, source_end)
                if comma >= 0 and text[comma + 1:source_end].lstrip()[:1] in self.opening_marks:
                    continue  # "X serait, selon lui, « … »": the quotation is the claim
                start, end = s_start, at
                while end > start and text[end - 1] in " ,\u00a0":
                    end -= 1
                inside = self.subjects.mention_after(source_start, source_end) \
                    if self.data.source_without_comma and marker not in self.data.named_source_markers else None
                if inside is not None and inside.start == source_start and (comma < 0 or comma > inside.end) \
                        and text[inside.end:source_end].strip() and text[inside.end:source_end].lstrip()[:1].isalnum():
                    # "Bei dem Feuer wurden nach Angaben der Feuerwehr zwei Häuser zerstört": the
                    # source runs into the rest of the clause with no comma; both sides are content
                    phrase_end = self._source_phrase_end(source_start, source_end, inner=True)
                    if phrase_end is not None and phrase_end > inside.end \
                            and self._marked_complement(inside.end, phrase_end):
                        # "nach Angaben des Chefs der Abteilung von „Hilfe am Fluss“ dauert …":
                        # the mention stops before a name in marks that its phrase goes on to
                        whole = True
                    else:
                        phrase_end = self._coordinated_end(inside.end, source_end)
                        whole = phrase_end > inside.end
                    second = (phrase_end, source_end)
                    source_end = phrase_end
                elif (inside is None or inside.start != source_start) and self.data.source_without_comma \
                        and marker not in self.data.named_source_markers \
                        and (comma < 0 or comma > source_end) \
                        and (phrase_end := self._source_phrase_end(source_start, source_end, inner=True)) is not None:
                    # "Dabei waren nach Angaben der Stadtverwaltung vier Schulen …": the same with a source
                    # no mention opens (or one inside it: "laut einer Studie der Kasse X"); its noun
                    # phrase ends where the clause goes on
                    second = (phrase_end, source_end)
                    source_end = phrase_end
                elif comma >= 0 and before == ",":
                    # "Le chantier, comme l'a indiqué la mairie, a pris du retard": the source is
                    # an incise and splits the content in two (GUIDELINES), unless what follows it
                    # describes the source ("…, selon X, des pompiers du Rhône", "…, qui évoque …")
                    source_end = comma
                    after = self._after_source(comma, self._content_end(comma + 1), s_end)
                    if after is not None:
                        second = (after, self._content_end(after))
            # "Pour lui, …": a stressed pronoun alone before the comma names a source too
            strict = marker in self.data.named_source_markers \
                and not _is_stressed_pronoun(text, source_start, source_end, self.data)
            noun = self._marker_noun(at, marker, source_start)
            if noun is not None and opens:
                start, end, second = source_start, self._content_end(source_start), None  # the verb opens the content
            resolved = noun or self.subjects.resolve_source(source_start, source_end, strict=strict, whole=whole)
            if resolved is None:
                continue
            cue = CueMatch(at, at + len(marker), text[at:at + len(marker)], marker, 0, 0)
            for span in ((start, end), second) if second is not None else ((start, end),):
                start, end = strip_space(text, *span)
                if end - start < 8 or self._overlaps_quote(start, end) or self._opens_quote(start):
                    continue
                self._source_claim(start, end, resolved, cue)
                done.add(s_start)

    def _coordinated_end(self, end: int, limit: int) -> int:
        """Where a source mention ending at ``end`` ends together with a second mention joined to it
        by a coordinator ("laut Europol und Interpol"); ``end`` itself when none follows."""
        k = self.doc.token_index(end)
        if k + 1 >= len(self.tokens) or self.tokens[k].lower not in self.data.coordinators:
            return end
        second = self.subjects.mention_after(self.tokens[k + 1].start, limit)
        if second is None or second.kind is MentionKind.PRONOUN or second.start != self.tokens[k + 1].start:
            return end
        return second.end

    def _compound_source(self, at: int, marker: str, opens: bool, s_start: int, done: set[int]) -> None:
        """"Nach Zeugenaussagen hatte der Täter …", "Dabei wurden nach Behördenangaben drei …": the
        one compound word after the marker (``COMPOUND_SOURCE_MARKERS``) is the source as written;
        the clause around it is the content, in two parts when the marker stands inside it."""
        text = self.text
        k = self.doc.token_index(at + len(marker) + 1)
        if k >= len(self.tokens):
            return
        word = self.tokens[k]
        noun = MentionSpan(word.start, word.end, word.text, MentionKind.ROLE, head=word.lower, first=k, last=k)
        resolved = Resolved(self.entity_of.get(word.start), noun, "source marker (description)")
        cue = CueMatch(at, at + len(marker), text[at:at + len(marker)], marker, 0, 0)
        spans = [(word.end, self._content_end(word.end))]
        if not opens:
            spans.insert(0, (s_start, at))
        for span in spans:
            start, end = strip_space(text, *span)
            while end > start and text[end - 1] in ",;":
                end -= 1
            if end - start < 8 or self._overlaps_quote(start, end) or self._opens_quote(start):
                continue
            self._source_claim(start, end, resolved, cue)
            done.add(s_start)

    def _source_phrase_end(self, start: int, s_end: int, inner: bool = False) -> int | None:
        """Where the noun phrase of a source that runs into its clause ends ("der italienischen
        Hafenbehörde Apex kam es …"), when a lower-case word (the verb) follows it at once:
        determiners, complement prepositions and capitalised words, a lower-case word only first
        or before a capitalised one (an adjective). None when a comma or a mark follows. Inside a
        clause (``inner``), an article that is no genitive one or a number may follow too ("ist nach
        Angaben der Wehr ein Verlust", "wurden laut Kreisangaben 40 Häuser"): the clause goes on there."""
        tokens = self.tokens
        data = self.data
        k = j = self.doc.token_index(start)
        noun = False
        opened = False  # an article whose noun comes after a phrase of its own ("einer am Montag …")
        while j < len(tokens) and tokens[j].start < s_end and j - k <= _DESCRIPTION_WORDS:
            t = tokens[j]
            nxt = tokens[j + 1].text if j + 1 < len(tokens) else ""
            if j > k and not noun and t.text.islower() and tokens[j - 1].lower in data.determiners \
                    and data.capitalized_nouns and not t.lower.endswith(data.adjective_endings):
                opened = True
            if opened and noun and t.text.isalpha() and t.text.islower() and nxt[:1].isupper() \
                    and data.adjective_endings and t.lower.endswith(data.adjective_endings) \
                    and t.lower not in data.auxiliaries:
                # "einer am Montag veröffentlichten Mitteilung": the participle before the noun
                opened, noun = False, False
                j += 1
                continue
            if noun and opens_other_case(t.lower, data):
                break  # "des Senders die Zahlen": an article other than a genitive one opens a new phrase
            if t.lower in data.determiners or t.lower in data.complement_prepositions:
                noun = False
            elif t.text in self.opening_marks and j > k and (noun or (
                    tokens[j - 1].lower in data.complement_prepositions and tokens[j - 1].lower not in data.determiners)) \
                    and (closed := self._closing_mark_token(j, s_end)) is not None:
                # "einem Test der Zeitschrift „Haus, Hof und Garten“ gibt es …": a name in marks is
                # one word of the phrase, commas and lower-case words and all
                noun, j = True, closed + 1
                continue
            elif noun and t.lower in data.locative_prepositions and nxt[:1].isupper():
                noun = False  # "der Fraktionen im Landtag": where the source sits belongs to it
            elif t.text[:1].isupper():
                noun = True
            elif noun and _is_year(t.text) and tokens[j - 1].lower in data.months:
                pass  # "des Hafens im Mai 2011 …": the year of its month belongs to the phrase
            elif not noun and self._adjective_chain(j):
                pass  # "laut nationalem statistischen Institut": adjectives before their noun
            elif t.text[:1].isalnum() and (j == k or (not noun and nxt[:1].isupper())):
                noun = j == k and not nxt[:1].isupper()
            else:
                break
            j += 1
        if not noun or j == k or j >= len(tokens) or tokens[j].start >= s_end:
            return None
        t = tokens[j]
        counted = t.text[:1].isdigit() and j + 1 < len(tokens) and tokens[j + 1].text[:1].isupper() \
            and not tokens[j - 1].text.endswith(".")  # "40 Häuser", not "Nr. 72" or "Mai 1990 …"
        if inner and (counted or opens_other_case(t.lower, data)):
            return tokens[j - 1].end  # "ist nach Angaben der Wehr ein Verlust", "… 900 Menschen": the clause goes on
        if not (t.text[:1].isalpha() and t.text[:1].islower()) or t.lower in data.determiners:
            return None
        return tokens[j - 1].end

    def _marked_complement(self, start: int, end: int) -> bool:
        """``[start, end)`` is a complement preposition and a name in quotation marks ("von „Helfer ohne Zaun“")."""
        words = self.text[start:end].split(None, 1)
        return len(words) == 2 and words[0].lower() in self.data.complement_prepositions \
            and words[0].lower() not in self.data.determiners \
            and words[1][:1] in self.opening_marks and any(words[1].endswith(c) for _, c in self.data.quote_pairs)

    def _comma_in_marks(self, start: int, end: int) -> bool:
        """The first comma after ``start`` (before ``end``) stands inside quotation marks opened after ``start``."""
        comma = self.text.find(",", start, end)
        if comma < 0:
            return False
        before = self.text[start:comma]
        return any(before.count(o) > before.count(c) for o, c in self.data.quote_pairs if o != c)

    def _closing_mark_token(self, j: int, limit: int) -> int | None:
        """The token that closes the quotation mark token j opens, before ``limit`` and within
        ``_MARKED_NAME_TOKENS`` tokens, or None."""
        tokens = self.tokens
        closers = {c for o, c in self.data.quote_pairs if o == tokens[j].text and c != o}
        if not closers:
            return None
        m = j + 1
        while m < len(tokens) and m - j <= _MARKED_NAME_TOKENS and tokens[m].start < limit:
            if tokens[m].text in closers:
                return m if m > j + 1 else None
            if tokens[m].text in self.opening_marks or tokens[m].text in SENTENCE_PUNCT:
                return None
            m += 1
        return None

    def _adjective_chain(self, j: int) -> bool:
        """Where nouns are capitalised, tokens from j on are lower-case adjectives (``ADJECTIVE_ENDINGS``),
        two or more, up to a capitalised word: "nationalem statistischen Institut"."""
        tokens, data = self.tokens, self.data
        m = adjective_chain_end(tokens, j, data, lambda k: tokens[k].lower not in data.auxiliaries
                                and tokens[k].lower not in data.determiners, most=3)
        return m - j >= 2 and m < len(tokens) and tokens[m].text[:1].isupper()

    def _relative_source(self, offset: int, s_end: int) -> int | None:
        """Where the content starts when a relative pronoun follows the source marker at once
        ("secondo il quale", "según el cual", "selon lequel"): the source is its antecedent."""
        rest = lower_keeping_offsets(self.text[offset:min(s_end, offset + 24)])
        for pronoun in self.data.relative_source_pronouns:
            if rest.startswith(pronoun) and not rest[len(pronoun):len(pronoun) + 1].isalnum():
                return offset + len(pronoun)
        return None

    def _postposed_source(self, at: int, marker: str, s_start: int, s_end: int, done: set[int]) -> None:
        """"Angaben der Feuerwehr zufolge brannte die Scheune …", "waren der Studie zufolge …": a
        postposition puts the source before the marker. The source is the noun phrase right
        before it (capitalised nouns, determiners, complement prepositions; at most
        ``_DESCRIPTION_WORDS`` words); the clause around it is the content, one part on each side."""
        tokens = self.tokens
        k = self.doc.token_index(at) - 1
        first = None
        while k >= 0 and tokens[k].start >= s_start and self.doc.token_index(at) - k <= _DESCRIPTION_WORDS:
            t = tokens[k]
            if t.text[:1].isupper() or t.lower in self.data.determiners or t.lower in self.data.complement_prepositions \
                    or (first is not None and self._prenominal_adjective(k)):
                first = k
                k -= 1
                continue
            break
        while first is not None and (tokens[first].lower in self.data.complement_prepositions) \
                and tokens[first].text[:1].islower():
            first = first + 1 if tokens[first + 1].start < at else None
        if first is None:
            return
        source_start = tokens[first].start
        resolved = self.subjects.resolve_source(source_start, at, whole=True)
        if resolved is None:
            return
        text = self.text
        cue = CueMatch(at, at + len(marker), text[at:at + len(marker)], marker, 0, 0)
        after = at + len(marker)
        for span in ((s_start, source_start), (after, self._content_end(after))):
            start, end = strip_space(text, *span)
            while end > start and text[end - 1] in ",;:":
                end -= 1
            start, end = strip_space(text, start, end)
            if end - start < 8 or self._overlaps_quote(start, end) or self._opens_quote(start):
                continue
            self._source_claim(start, end, resolved, cue)
            done.add(s_start)

    def _closing_source(self, at: int, marker: str, s_start: int, s_end: int, done: set[int]) -> None:
        """"Die Brücke bleibe gesperrt, heißt es in einer Mitteilung der Stadtwerke." (``CLOSING_SOURCE_MARKERS``):
        the clause before the marker's comma is the content; the source is the phrase after the
        marker up to the next comma or the sentence's end: the person named last in it when the
        text shows one ("hieß es vom Sprecher der Wehr, Jan Roth"), else the phrase as written,
        a mention if one covers it all."""
        text = self.text
        before = text[s_start:at].rstrip()
        if not before.endswith(","):
            return  # "In dem Bericht heißt es in …": no content before the marker
        source_start = at + len(marker) + 1
        source_end = self._content_end(source_start)
        comma = text.find(",", source_start, source_end)
        if comma >= 0:
            source_end = comma
        source_start, source_end = strip_space(text, source_start, source_end)
        if source_end <= source_start:
            return
        person = None
        k = bisect.bisect_left(self.mention_starts, source_start)
        while k < len(self.mentions) and self.mentions[k].start < source_end:
            m = self.mentions[k]
            entity = self.entity_of.get(m.start)
            if m.kind is MentionKind.NAME and entity is not None and entity.person_evidence:
                person = Resolved(entity, m, "source marker")
            k += 1
        resolved = person or self.subjects.resolve_source(source_start, source_end, whole=True)
        if resolved is None:
            words = text[source_start:source_end].split()
            if len(words) > _CLOSING_SOURCE_WORDS:
                return
            loose = MentionSpan(source_start, source_end, text[source_start:source_end], MentionKind.ROLE,
                                head=words[-1].lower())
            resolved = Resolved(None, loose, "source marker (description)")
        start, end = strip_space(text, s_start, s_start + len(before) - 1)
        if end - start < 8 or self._overlaps_quote(start, end) or self._opens_quote(start):
            return
        cue = CueMatch(at, at + len(marker), text[at:at + len(marker)], marker, 0, 0)
        self._source_claim(start, end, resolved, cue)
        done.add(s_start)

    def _prenominal_adjective(self, k: int) -> bool:
        """Token ``k`` is a lower-case inflected adjective before the capitalised noun that follows
        it ("ersten Angaben zufolge", "offiziellen Angaben zufolge"), in a language whose nouns are
        capitalised (``ADJECTIVE_ENDINGS``): no auxiliary, speech verb or stop word."""
        tokens, data = self.tokens, self.data
        t = tokens[k]
        if not data.adjective_endings or not t.text.isalpha() or not t.text[:1].islower():
            return False
        if k + 1 >= len(tokens) or not tokens[k + 1].text[:1].isupper():
            return False
        if not t.lower.endswith(data.adjective_endings) or t.lower in data.auxiliaries \
                or t.lower in data.speech_verbs or t.lower in data.stop_words or t.lower in data.reported_mood_forms:
            return False
        # a verb ends the same way: "Sie entstammen Berichten zufolge", "Dort leben Berichten
        # zufolge": after a capitalised word or at the sentence's start it is the finite verb
        if k == 0 or tokens[k - 1].text[:1].isupper():
            return False
        s_start, _ = self.doc.sentence_span(t.start)
        return tokens[k - 1].start >= s_start

    def _after_source(self, comma: int, end: int, s_end: int) -> int | None:
        """Where the content resumes after a source incise closed by ``comma``, if it does: not
        before an apposition of the source ("…, selon le commandant X, des sapeurs-pompiers du
        Rhône"), a relative ("…, qui évoque …") or a coordinator opening a clause of its own."""
        apposed = self.subjects.apposition_after(comma, s_end)
        if apposed is not None:
            comma = self.text.find(",", apposed.end, end)
            if comma < 0:
                return None
        words = self.text[comma + 1:end].split()
        if len(words) < _AFTER_SOURCE_WORDS or words[0].lower() in self.data.relative_pronouns \
                or words[0].lower() in self.data.coordinators or words[0][:1] in self.opening_marks:
            return None
        if self._is_noun_phrase(comma + 1, end):
            return None  # "…, selon le commandant X, des sapeurs-pompiers du Rhône.": the source's apposition
        return comma + 1

    def _is_noun_phrase(self, start: int, end: int) -> bool:
        """The words from ``start`` to ``end`` hold no clause, only a noun phrase: a mention that
        runs to the end, or a complement ("des pompiers du Rhône", "of the fire brigade") with no
        verb the lexicons know (an auxiliary, a speech verb, a reported-mood form). A content
        needs a clause; an apposition of the source has none."""
        tokens = self.doc.tokens_between(start, end)
        if not tokens:
            return True
        k = bisect.bisect_left(self.mention_starts, tokens[0].start)
        if k < len(self.mentions) and self.mentions[k].start == tokens[0].start \
                and self.text[self.mentions[k].end:end].strip(" ,.\u00a0") == "":
            return True
        if tokens[0].lower not in self.data.complement_prepositions:
            return False
        data = self.data
        return not any(t.lower in data.auxiliaries or t.lower in data.speech_verbs or t.lower in data.reported_mood_forms
                       or t.lower in data.passive_auxiliaries for t in tokens)

