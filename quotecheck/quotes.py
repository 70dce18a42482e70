"""Quotation segmentation, driven by the language's quote conventions.

One left-to-right pass per paragraph with a stack of open marks (linear time whatever the input):

* a mark that only opens is pushed; a mark that only closes pops the entry expecting it (entries
  above it were never closed: skipped and counted);
* a mark that can do both (straight ``"``, German ``“`` or ``»``) closes when an open entry expects
  it, otherwise opens when it is *left-flanking* (the CommonMark notion: whitespace, an opening
  bracket or an elided article before it, a non-space after it);
* apostrophes between letters (l’Otan, O'Brien) are never marks;
* a mark that only opens, met again while it is open, nests (old print writes „A „B“ C“); the outer
  one is a doubt, skipped at the end of the paragraph if nothing closed it (it lost its closing mark);
* a mark still open at the end of a paragraph continues the quotation only when the next paragraph
  re-opens with the same mark (the French/English convention), or when one of the next few
  paragraphs starts its marks with the closing one and those between have none (the Italian and
  Portuguese convention); otherwise it is skipped and counted, so a stray mark never swallows the
  rest of the document. In the last paragraph, a mark opening a sentence with no mark after it, or
  after a colon, runs to the end of the text (an excerpt cut inside a quotation), or to the first dash
  between two sentences (the old press's separator of reports run together on one line).

Lines that start with a dialogue dash or an interview marker ("— …", "Q : …") are direct speech to
the end of the paragraph; a marker with a period ("Q. …") only in a document whose paragraphs open
with two different ones ("R. Dumont" is an initial), and a dash not before a lower-case word nor in
a run of unpunctuated dash lines (the items of a list). A dash inside a paragraph (text scraped with its line breaks lost) opens
a turn only after a colon, when the turn carries an incise cue ("… — Non, dit-il. — …"), or when the
turn before it runs up to it (an exchange goes on): after a mere sentence end it is a
Gedankenstrich, the old press's paragraph separator, not speech.
Incises (« Nous allons, a-t-il dit, agir ») split a quotation into parts that share a ``group``.
"""

from __future__ import annotations

import bisect
import functools
import operator
from collections.abc import Callable

import regex
from attrs import evolve, field, frozen

from .converters import to_tuple
from .cues import CueMatch, matcher_for
from .document import LINE_BREAKS, Document, lower_keeping_offsets
from .lang import LanguageData
from .marks import (APOSTROPHE_LIKE, OPEN_CONTEXT, SENTENCE_PUNCTUATION, SPACES, conventions,
                    is_apostrophe, is_space, left_flanking)

__all__ = ["MAX_RUN_ON", "QuoteSpan", "Segmentation", "find_quotes", "is_fragment", "unhidden"]

_SENTENCE_END = ".!?…"
_INCISE_OPENERS = frozenset({",", "!", "?", "…", ";", "."})  # "." for an ellipsis: "sans doute... s'écria"
_INCISE_CLOSERS = frozenset({",", ".", ";", "!", "?"})
_MAX_DEPTH = 6  # open marks kept at once; keeps each mark's work constant on adversarial input
_MAX_DASH_INCISE = 8  # words between a cue and the dash that closes its incise ("– dicono dal partito –")
_MAX_NARRATION = 12  # words of a participial phrase after an incise before the quotation resumes
_MAX_MARKER_CHARS = 24  # characters read for a source marker ("d’après", "according to")
_NAME_WORDS = 4  # words of a name or title a sentence may open with ("„Der Bote“ erscheint")
_MAX_COLON_GAP = 12  # tokens between a cue and the colon that opens its unmarked words ("rief er laut:")
_MIN_EXCLAIMED_WORDS = 2  # words before the "!" or "?" of unmarked words a cue follows ("Wer da? rief er")
_MAX_PARTICLE_GAP = 18  # tokens between a cue and the particle closing it before a colon ("ruft … zu:")
_MAX_TEXT_SENTENCES = 12  # sentences of unmarked words announced as a whole text ("… berichtet: A. B.")
_MAX_UNMARKED_INCISE = 8  # tokens of an incise cutting unmarked words, its closing comma included
_ANNOUNCER_REACH = 3  # tokens before a colon that may announce a text with no verb ("mit den Worten:")
MAX_RUN_ON = 5  # paragraphs a quotation may run on with no mark before the one that closes it
_SENTENCE_INSIDE = regex.compile(r"[.!?…]\s+\p{Lu}")  # a sentence ends inside the quotation


@functools.lru_cache(maxsize=None)
def _incise_opening_words(data: LanguageData) -> frozenset[str]:
    """The tokens that may open an incise: ``_INCISE_OPENERS`` and the language's dialogue dashes."""
    return _INCISE_OPENERS | frozenset(data.dialogue_dashes)


_text_of = operator.attrgetter("text")


@frozen
class QuoteSpan:
    start: int  #: first character of the words (marks and inner spaces excluded)
    end: int
    open_mark: str
    close_mark: str
    paragraph: int
    group: int  #: parts of one quotation (incise, paragraphs) share a group
    part: int = 0
    depth: int = 0
    dialogue: bool = False
    #: the quote sits inside the journalist's sentence (a candidate partial quote)
    embedded: bool = False
    #: a cue found in an incise right after this part
    incise_cue: CueMatch | None = None
    #: offsets including the marks, for looking at the context around the quote
    outer_start: int = field(default=-1)
    outer_end: int = field(default=-1)


@frozen
class Segmentation:
    quotes: tuple[QuoteSpan, ...] = field(converter=to_tuple)
    skipped: int = 0
    #: where the marks skipped here are (``skipped`` also counts the marks of lines the annotation
    #: left out, ``Document.skipped_marks``, which have no place): a window counts its own
    skipped_at: tuple[int, ...] = field(default=(), converter=to_tuple)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Without the spaces at its edges: any Unicode space or separator (U+2002, U+0085, \v …)."""
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return start, end


class _Segmenter:
    def __init__(self, doc: Document, data: LanguageData) -> None:
        self.doc = doc
        self.text = doc.text
        self.data = data
        self.conv = conventions(data)
        self.cues = matcher_for(data)
        self.out: list[QuoteSpan] = []
        self.skipped = doc.skipped_marks  # marks of the lines the annotation left out
        self.skipped_at: list[int] = []
        self.next_group = 0
        # per paragraph: positions of the marks found stray, and the quotations closed so far, kept
        # until the fate of the marks around them is known (a stray one does not count in the depth)
        self._stray: set[int] = set()
        self._nested: list[tuple[tuple[int, ...], tuple[int, int, str, str], int, int, tuple[int, int]]] = []
        self._period_interview: bool | None = None  # known once asked (see _interview_by_periods)
        self._incise_openings: list[int] | None = None  # built on first need (see _incise_openers)

    # -- helpers -------------------------------------------------------------------------------
    def _new_group(self) -> int:
        self.next_group += 1
        return self.next_group - 1

    def _skip(self, entries: list[tuple[str, int, int | None]]) -> None:
        """Open marks that were never closed: counted, and no longer enclosing what they held."""
        self.skipped += len(entries)
        self.skipped_at.extend(pos for _, pos, _ in entries)
        self._stray.update(pos for _, pos, _ in entries)

    def _flush_nested(self) -> None:
        """Emit the paragraph's quotations closed so far, their depth counting only the marks that closed:
        « a. “Nous partirons”, a-t-elle dit. with the « stray is a quotation of the first level."""
        for enclosing, (start, end, opening, closing), group, part, outer in self._nested:
            depth = sum(pos not in self._stray for pos in enclosing)
            self._emit(start, end, opening, closing, depth=depth, group=group, outer=outer, part=part)
        self._nested.clear()
        self._stray.clear()

    def _left_flanking(self, i: int, w: int = 1) -> bool:
        return left_flanking(self.text, i, w, self.conv.marks)

    def _opens_a_word(self, i: int, w: int = 1) -> bool:
        """A space before the mark and a letter or digit after it: placed to open, not to close."""
        text = self.text
        return i + w < len(text) and (i == 0 or is_space(text[i - 1])) and text[i + w].isalnum()

    def _spaced_opening(self, i: int, w: int = 1) -> bool:
        """« Oui » with a space inside: a mark after a space or a line start, before a space, then
        a word, opens (the French spacing the flanking rule alone would miss)."""
        text = self.text
        before = text[i - 1] if i > 0 else " "
        return (is_space(before) or before in OPEN_CONTEXT) and i + w + 1 < len(text) \
            and is_space(text[i + w]) and not is_space(text[i + w + 1])

    def _possessive(self, i: int, p_end: int) -> bool:
        """"the lads’ effort": an apostrophe after a word, before a lower-case word, with the same
        mark again later in the paragraph to close the quotation."""
        text = self.text
        return (0 < i < p_end - 2 and text[i - 1].isalpha() and text[i + 1] == " " and text[i + 2].islower()
                and text.find(text[i], i + 1, p_end) > 0)

    def _between_letters(self, i: int) -> bool:
        """We’re, aujourd’hui, l’Otan: an apostrophe, never a closing mark."""
        text = self.text
        return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()

    def _is_apostrophe(self, i: int) -> bool:
        return is_apostrophe(self.text, i)

    def _embedded(self, outer_start: int, start: int, end: int, outer_end: int) -> bool:
        """The quote continues the journalist's sentence (after a word, an elision or a comma, or a
        title announced by a colon that the sentence goes on after: "Singspiel: „Der Bote“ auf")."""
        text = self.text
        k = outer_start - 1
        while k >= 0 and (is_space(text[k]) or text[k] in self.conv.closers_of):
            k -= 1  # "‘‘It is …”": a doubled opening mark is still the start of the paragraph
        # (read in place, and at most nine words: a long quotation is not copied for this test)
        first = next((text[j] for j in range(start, end) if text[j].isalpha()), "")
        unfinished = text[end - 1 : end] not in _SENTENCE_END
        words = text[start:end].split(None, 8)  # more than eight words: neither a title nor a name
        # a title or a name: few words, most capitalised ("Les Derniers Jours de l'Été")
        title = len(words) <= 8 and sum(w[:1].isupper() for w in words) * 2 >= len(words)
        if k < 0 or text[k] in LINE_BREAKS or text[k] in _SENTENCE_END:
            # "„Der Bote“ erscheint täglich": a name opening the sentence as its subject, not
            # words of anyone ("„Nein“ sagte er" is followed by its cue)
            return (title and unfinished and len(words) <= _NAME_WORDS and first.isupper()
                    and self._sentence_goes_on(outer_end, comma=False) and not self._cue_follows(outer_end))
        before = text[k]
        if before == ":":
            return title and unfinished and first.isupper() and self._sentence_goes_on(outer_end)
        if not (before.isalnum() or before in APOSTROPHE_LIKE or before == ","):
            return False
        return first.islower() or (unfinished and (len(words) <= 4 or title))

    def _sentence_goes_on(self, i: int, comma: bool = True) -> bool:
        """After a closing mark at ``i`` the sentence continues: a lower-case word (or a comma)."""
        text = self.text
        while i < len(text) and is_space(text[i]) and text[i] not in LINE_BREAKS:
            i += 1
        return i < len(text) and ((comma and text[i] == ",") or text[i].islower())

    def _emit(self, start: int, end: int, open_mark: str, close_mark: str, depth: int,
              group: int | None = None, part: int = 0, dialogue: bool = False,
              outer: tuple[int, int] | None = None) -> None:
        start, end = _strip(self.text, start, end)
        if close_mark and end - start > 1 and self.text[end - 1] == ",":
            # “We will not raise taxes,” he said: the comma is the sentence's, not the speaker's
            start, end = _strip(self.text, start, end - 1)
        if start >= end:
            return
        outer_start, outer_end = outer if outer else (start, end)
        if group is None:
            group = self._new_group()
        embedded = not dialogue and self._embedded(outer_start, start, end, outer_end)
        for k, (s, e, cue) in enumerate(self._split_incises(start, end, dialogue)):
            self.out.append(QuoteSpan(
                start=s, end=e, open_mark=open_mark, close_mark=close_mark,
                paragraph=self.doc.paragraph_index(s), group=group, part=part + k, depth=depth,
                dialogue=dialogue, embedded=embedded, incise_cue=cue,
                outer_start=outer_start if k == 0 else s, outer_end=outer_end,
            ))

    # -- incises -------------------------------------------------------------------------------
    def _incise_openers(self) -> list[int]:
        """The indices, in order, of the document's tokens that may open an incise (a comma, a
        sentence mark, a dash: ``_INCISE_OPENERS`` and ``DIALOGUE_DASHES``), found once: the
        incises of each quotation are looked for at these tokens only (nested quotations read
        the same words several times; most words open nothing)."""
        if self._incise_openings is None:
            openers = _incise_opening_words(self.data)
            self._incise_openings = [k for k, word in enumerate(map(_text_of, self.doc.tokens)) if word in openers]
        return self._incise_openings

    def _split_incises(self, start: int, end: int, dialogue: bool) -> list[tuple[int, int, CueMatch | None]]:
        """Cut « A, a-t-il dit, B » into A and B; the cue goes with A."""
        doc = self.doc
        tokens = doc.tokens
        text = self.text
        parts: list[tuple[int, int, CueMatch | None]] = []
        first = doc.token_index(start)
        last = doc.token_index(end)
        seg_start = start
        openers = self._incise_openers()
        at = bisect.bisect_left(openers, first)  # the next token that may open an incise
        while at < len(openers) and openers[at] < last:
            i = openers[at]
            at += 1
            tok = tokens[i]
            dash = tok.text in self.data.dialogue_dashes
            if i + 1 < last and (tok.text in _INCISE_OPENERS or dash):
                cue = self.cues.match_at(doc, i + 1, incise=True)
                if cue is None and dash and not dialogue:
                    cue = self._dash_aside_cue(i, last)
                if cue is None and tok.text == ",":
                    cue = self._source_incise(i + 1, last)
                if cue is not None and cue.last < last:
                    after = self._incise_end(cue, last, opened_by_dash=dash, marked=not dialogue)
                    if after is not None:
                        incise_end_tok, resumes = after
                        # "No lo sé —respondió Julián—. Quizá…": a dash opening an incise is not speech
                        cut = tok.start if dash else tok.end
                        while cut > seg_start and is_space(text[cut - 1]):
                            cut -= 1
                        parts.append((seg_start, cut, cue))
                        if not resumes:
                            return [(s, e, c) for s, e, c in parts if s < e]
                        seg_start = tokens[incise_end_tok].end
                        while seg_start < end and is_space(text[seg_start]):
                            seg_start += 1
                        at = bisect.bisect_left(openers, incise_end_tok + 1)
        parts.append((seg_start, end, None))
        return [(s, e, c) for s, e, c in parts if s < e and text[s:e].strip()]

    def _source_incise(self, i: int, last: int) -> CueMatch | None:
        """« Ce qui compte, selon elle, c’est … »: a source marker between commas inside the
        quotation, before a stressed pronoun (the cue then carries its agreement, as an inverted
        subject does) or a name, is an incise. "selon les chiffres" stays the speaker's words."""
        tokens = self.doc.tokens
        rest = lower_keeping_offsets(self.text[tokens[i].start:tokens[i].start + _MAX_MARKER_CHARS]).replace("’", "'")
        for marker in self.data.source_markers:
            if not rest.startswith(marker + " "):
                continue
            end = tokens[i].start + len(marker)
            k = self.doc.token_index(end)  # the first token after the marker
            if k >= last or k + 1 >= last:
                return None
            word = tokens[k]
            agreement = self.data.stressed_pronouns.get(word.lower)
            if agreement is not None:
                if tokens[k + 1].text != ",":
                    return None
            elif not (word.text[:1].isupper() or word.text in self.data.titles) \
                    or word.lower in self.data.determiners:
                return None
            return CueMatch(tokens[i].start, end, self.text[tokens[i].start:end], marker, i, k - 1,
                            inverted=agreement)
        return None

    def _dash_aside_cue(self, i: int, last: int) -> CueMatch | None:
        """« A – ha perorato infine l’avvocata Rossi -. B »: between two dashes inside the
        quotation, an auxiliary, a participle and then a subject (a capitalised word or a
        determiner) within a few words is an incise, whatever the verb (the lexicon cannot list
        every way a speaker speaks)."""
        tokens = self.doc.tokens
        aux, verb = i + 1, i + 2
        if verb >= last or tokens[aux].lower not in self.data.auxiliaries or not tokens[verb].text.isalpha() \
                or not tokens[verb].text.islower():
            return None
        subject = False
        for k in range(verb + 1, min(last, verb + 1 + _MAX_DASH_INCISE)):
            t = tokens[k]
            if self._closes_dash_incise(k, True):
                if not subject:
                    return None
                text = self.text[tokens[aux].start:tokens[verb].end]
                return CueMatch(tokens[aux].start, tokens[verb].end, text, tokens[verb].lower, aux, verb,
                                plural_aux=self.data.auxiliaries[tokens[aux].lower])
            if not t.text[:1].isalnum() and t.text not in APOSTROPHE_LIKE:
                return None
            subject = subject or t.text[:1].isupper() or t.lower in self.data.determiners
        return None

    def _closes_dash_incise(self, j: int, opened_by_dash: bool) -> bool:
        """A dash (or a lone hyphen typed for one) closing an incise that a dash opened."""
        t = self.doc.tokens[j].text
        return opened_by_dash and (t in self.data.dialogue_dashes or t == "-")

    def _is_cue_word(self, j: int) -> bool:
        return self.cues.match_at(self.doc, j) is not None

    def _incise_end(self, cue: CueMatch, last: int, opened_by_dash: bool = False,
                    marked: bool = False) -> tuple[int, bool] | None:
        """Where the incise after ``cue`` ends (token index of its , or .) and whether speech resumes."""
        tokens = self.doc.tokens
        j = cue.last + 1
        if opened_by_dash:
            # « A – dicono dal partito – B »: a few words and a second dash close the incise, whatever
            # follows the verb
            for k in range(j, min(last, j + _MAX_DASH_INCISE)):
                if self._closes_dash_incise(k, True):
                    if k + 1 < last and tokens[k + 1].text in (".", ",", ";"):
                        k += 1
                    return k, k + 1 < last
                if tokens[k].text in (".", "!", "?", "…", ";", ":") or tokens[k].text in self.conv.marks:
                    break
        if cue.inverted is None:
            # an uninverted verb must be followed by its subject: a name, a determiner, a title
            if j < last and tokens[j].text == ",":
                j += 1  # "dit, Gaspard en posant …"
            while j < last and self._is_adverb(tokens[j].lower):
                j += 1  # "dit vivement Mathurine"
            if j >= last or (j + 1 == last and tokens[j].text in (".", "!", "…")):
                # "– … – disse.": a dash, then a verb that ends the line, its subject dropped
                return (min(j, last - 1), False) if opened_by_dash and self.data.null_subject else None
            nxt = tokens[j]
            # or a subject pronoun that ends the incise ("…, sprach er, …": the verb-second order)
            pronoun = nxt.lower in self.data.pronouns and j + 1 < last and tokens[j + 1].text in _INCISE_CLOSERS
            if not (nxt.text[:1].isupper() or nxt.lower in self.data.determiners
                    or nxt.text in self.data.titles or pronoun):
                return None
        limit = min(last, j + 25)
        while j < limit:
            t = tokens[j].text
            if t in self.data.dialogue_dashes or self._closes_dash_incise(j, opened_by_dash):
                # "—respondió Julián Peña—. Quizá …" / "—dijo—, y …": the dash closes the incise
                if j + 1 < last and tokens[j + 1].text in (".", ",", ";"):
                    j += 1
                    t = tokens[j].text
                else:
                    return j, j + 1 < last
            if t == ",":
                if j + 1 >= last:
                    return j, False
                named = self._apposed_name_end(cue, j, last)
                if named is not None:
                    j = named  # "affirme le directeur, Hervé Lucas, c'est …": the name is the subject's
                    continue
                follower = tokens[j + 1].lower
                narration = (
                    follower in self.data.relative_pronouns
                    or follower in self.data.gerund_markers
                    or any(follower.endswith(s) for s in self.data.participle_suffixes)
                    or self.cues.match_at(self.doc, j + 1) is not None
                )
                if narration and marked and not self._is_cue_word(j + 1):
                    # « A, dit la juge, cherchant à apaiser la salle, B »: inside marks that
                    # close further on, the words resume after the participial phrase
                    for k in range(j + 2, min(last - 1, j + 2 + _MAX_NARRATION)):
                        t2 = tokens[k].text
                        if t2 == ",":
                            return k, True
                        if t2 in (".", "!", "?", "…", ";", ":") or t2 in self.conv.marks:
                            break
                return j, not narration
            if t in (".", "!", "?", "…", ";", ":"):
                # « A, insiste-t-elle. B » / "répondait l’obstiné : B": the words go on after it
                return j, j + 1 < last
            j += 1
        # a long narration after the incise ("s’exclama la meunière en courant vers …"): speech ends
        return min(j, last) - 1, False

    def _apposed_name_end(self, cue: CueMatch, comma: int, last: int) -> int | None:
        """The comma closing a name apposed to the incise's subject, when that subject is a
        description opened by a determiner ("dit la porte-parole, Ana Ruiz, …"), else None."""
        tokens = self.doc.tokens
        first = cue.last + 1
        if first >= comma or tokens[first].lower not in self.data.determiners \
                or any(t.text[:1].isupper() for t in tokens[first + 1 : comma]):
            return None
        k = comma + 1
        while k < min(last, comma + 1 + _NAME_WORDS) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
                and tokens[k].lower not in self.data.stop_words:
            k += 1
        return k if comma + 1 < k < last - 1 and tokens[k].text == "," else None

    def _is_adverb(self, word: str) -> bool:
        return word in self.data.cue_adverbs or any(
            word.endswith(suffix) and len(word) > len(suffix) + 3 for suffix in self.data.adverb_suffixes)

    # -- dialogue lines --------------------------------------------------------------------------
    def _line_start(self, index: int) -> regex.Match[str] | None:
        """The dash or interview marker that opens paragraph ``index`` as a turn of speech, if any."""
        if self.conv.line_start is None:
            return None
        p_start, p_end = self.doc.paragraphs[index]
        m = self.conv.line_start.match(self.text, p_start, p_end)
        if m is None or m.end() == p_start:
            return None
        if self.text[p_start:m.end()].rstrip().endswith(".") and not self._interview_by_periods():
            return None  # "R. Dumont a été condamné": an initial, not the answer of an interview
        if self.conv.dash_start is not None and self.conv.dash_start.match(self.text, p_start, m.end()) and (
                self.text[m.end():m.end() + 1].islower()
                or (self._unpunctuated_dash_line(index)
                    and (self._unpunctuated_dash_line(index - 1) or self._unpunctuated_dash_line(index + 1)))):
            return None  # "– la hausse des prix", "– lower taxes ⏎ – more nurses": items of a list
        return m

    def _interview_by_periods(self) -> bool:
        """Paragraphs open with two different interview markers followed by a period ("Q. …", "R. …"):
        the document is an interview, where a lone "R." would be an initial."""
        if self._period_interview is None:
            found: set[str] = set()
            if self.conv.period_marker is not None:
                for p_start, p_end in self.doc.paragraphs:
                    m = self.conv.period_marker.match(self.text, p_start, p_end)
                    if m is not None:
                        found.add(m.group(1))
            self._period_interview = len(found) >= 2
        return self._period_interview

    def _unpunctuated_dash_line(self, index: int) -> bool:
        """Paragraph ``index`` opens with a dash and ends with no sentence punctuation."""
        if not 0 <= index < len(self.doc.paragraphs) or self.conv.dash_start is None:
            return False
        p_start, p_end = self.doc.paragraphs[index]
        if not self.conv.dash_start.match(self.text, p_start, p_end):
            return False
        k = p_end - 1
        while k > p_start and is_space(self.text[k]):
            k -= 1
        return self.text[k] not in SENTENCE_PUNCTUATION and self.text[k] not in self.conv.marks

    def _dialogue_paragraph(self, index: int) -> bool:
        m = self._line_start(index)
        if m is None:
            return False
        p_start, p_end = self.doc.paragraphs[index]
        if not any(c.isalnum() for c in self.text[m.end():p_end]):
            return False  # "——-": a rule between articles, no words spoken
        marker = self.text[p_start:m.end()].strip()
        self._emit(m.end(), p_end, marker, "", depth=0, dialogue=True, outer=(p_start, p_end))
        return True

    def _inline_dashes(self, p_start: int, p_end: int) -> list[tuple[int, int]]:
        """Dash turns inside a paragraph ("… : — Non. — Pourquoi ?"); returns their spans."""
        if self.conv.inline_dash is None:
            return []
        starts = [m for m in self.conv.inline_dash.finditer(self.text, p_start, p_end)]
        if len(starts) < 1:
            return []
        spans: list[tuple[int, int, int]] = []  # (dash, words start, end)
        for k, m in enumerate(starts):
            end = starts[k + 1].start() if k + 1 < len(starts) else p_end
            end = self._narration_cut(m.end(), end)
            # a turn that runs up to this dash hands the floor over: the exchange goes on
            # ("… : — Pourquoi ? — Pour ne pas partir.") even after a mere sentence end
            continues = bool(spans) and spans[-1][2] == m.start()
            # two hyphens typed for a dash ("… gesagt. -- Ja, rief er, …") also separate news items
            # run together: such a turn speaks only with its own incise
            typed = self.text[m.start()] == "-"
            if (not typed and (continues or self._after_colon(m.start()))) or self._has_incise(m.end(), end, typed):
                spans.append((m.start(), m.end(), end))
        for dash_start, start, end in spans:
            self._emit(start, end, self.text[dash_start], "", depth=0, dialogue=True, outer=(dash_start, end))
        return [(d, e) for d, _, e in spans]

    def _after_colon(self, i: int) -> bool:
        """The dash follows a colon ("… lui dit : — Non."): the narration announces a turn."""
        k = i - 1
        while k >= 0 and is_space(self.text[k]):
            k -= 1
        return k >= 0 and self.text[k] == ":"

    def _has_incise(self, start: int, end: int, first: bool = False) -> bool:
        """The turn carries a speech cue in an incise ("— Non, dit-il. …"); with ``first``, one
        that closes the turn's first sentence."""
        parts = self._split_incises(start, end, True)
        if first:
            return bool(parts) and parts[0][2] is not None and \
                self.doc.sentence_index(parts[0][1] - 1) == self.doc.sentence_index(start)
        return any(cue is not None for _, _, cue in parts)

    def _narration_cut(self, start: int, end: int) -> int:
        """A turn followed by narration that introduces the next turn ("Le comte dit :") ends before it."""
        segment = self.text[start:end].rstrip()
        if not segment.endswith(":"):
            return end
        k = self.doc.sentence_index(end - 1)
        s = self.doc.sentences[k][0] if self.doc.sentences else end
        return s if start < s < end else end

    # -- quote marks ----------------------------------------------------------------------------
    def run(self) -> Segmentation:
        paragraphs = self.doc.paragraphs
        carry: list[tuple[str, int, int]] = []  # (mark, open position, group) continuing a quote
        run_on: tuple[str, int, int] | None = None  # (mark, index of the closing paragraph, group)
        closers_of, closers = self.conv.closers_of, self.conv.closers  # (read for every mark)
        for index, (p_start, p_end) in enumerate(paragraphs):
            stack: list[tuple[str, int, int | None]] = []  # (opening mark, position, group)
            if run_on is not None:
                opening, closing_index, run_group = run_on
                if index < closing_index:  # a paragraph of the quotation with no mark of its own
                    self._emit(p_start, p_end, opening, "", depth=0, group=run_group, part=1,
                               outer=(p_start, p_end))
                    continue
                stack.append((opening, p_start - len(opening), run_group))  # the paragraph that closes it
                run_on = None
            elif not carry and self._dialogue_paragraph(index):
                continue
            dash_spans = [] if carry or stack else self._inline_dashes(p_start, p_end)
            reopen_group = carry[0][2] if carry else None
            carry = []
            if self.conv.mark_class is None:
                continue
            first_mark = -1
            last_mark = p_start  # the end of the paragraph's last mark so far
            doubtful: set[int] = set()  # open marks that met their own kind again before closing
            for m in self.conv.mark_class.finditer(self.text, p_start, p_end):
                i = m.start()
                if dash_spans and any(d <= i < e for d, e in dash_spans):  # (no generator per mark when none)
                    continue
                ch = m.group()
                w = len(ch)
                if w == 1 and ch in APOSTROPHE_LIKE and self._is_apostrophe(i) and (self._between_letters(i) or self._possessive(i, p_end) or not any(
                        ch in closers_of.get(o, ()) for o, _, _ in stack)):
                    continue
                if first_mark < 0:
                    first_mark = i
                since, last_mark = last_mark, i + w
                closes = [k for k in range(len(stack) - 1, -1, -1) if ch in closers_of.get(stack[k][0], ())] \
                    if stack else []
                can_open = ch in closers_of
                top = stack[-1][0] if stack else ""
                # a mark that may open, placed to open, opens inside a quote another mark opened
                # ('“He said "no" to me”' even where “ may close with "); it closes its own kind
                if closes and not (can_open and self._left_flanking(i, w) and (
                        ch not in closers_of.get(top, ())
                        or (top != ch and self._opens_a_word(i, w)))):
                    k = closes[0]
                    if not can_open:
                        # “… ‘… ”: a mark that only closes closes the entry of its own pair before one
                        # it closes only as a mixed pair (the ‘ in between was stray)
                        k = next((j for j in closes if self.conv.own_closer[stack[j][0]] == ch), k)
                    self._skip(stack[k + 1:])
                    opening, pos, group = stack[k]
                    part = 1 if group is not None else 0
                    self._nested.append((tuple(p for _, p, _ in stack[:k]), (pos + len(opening), i, opening, ch),
                                         group if group is not None else self._new_group(), part, (pos, i + w)))
                    del stack[k:]
                elif can_open and (self._left_flanking(i, w) or ch not in closers
                                   or self._spaced_opening(i, w)):
                    if stack and top == ch and ch not in closers:
                        # „A „B“ C“: old print nests a mark that only opens in itself, but
                        # „A. Die „Zeitung“ … lost a closing mark: the outer one stays open as a
                        # doubt, and is skipped if nothing closes it in the paragraph
                        doubtful.add(stack[-1][1])
                    group = None
                    if reopen_group is not None and not stack and i - p_start < 4:
                        group, reopen_group = reopen_group, None
                    if len(stack) >= _MAX_DEPTH:
                        self._skip(stack[:1])  # deeper than any real text nests: the oldest mark is stray
                        del stack[0]
                    stack.append((ch, i, group))
                elif not stack and i == first_mark and ch not in APOSTROPHE_LIKE and (
                        self._cue_follows(i + w) or self._excerpt_opens_inside(index, p_start, i)):
                    # 'É preciso manter a calma”, pediu o prefeito': the opening mark was lost, or
                    # the excerpt starts inside the quotation ('… wie wir es wollten.“ Dann …')
                    self._emit(p_start, i, "", ch, depth=0, outer=(p_start, i + w))
                elif not stack and ch not in APOSTROPHE_LIKE and (lost := self._lost_opening(p_start, since, i)) >= 0:
                    # '… erwiderte sie: Wir gehen.“' or '… kommen.“ — Wer bleibt?“': a sentence closed by
                    # a mark whose opening one was lost after a colon or a dash
                    self._emit(lost, i, "", ch, depth=0, outer=(lost, i + w))
                elif ch not in APOSTROPHE_LIKE:
                    self.skipped += 1
                    self.skipped_at.append(i)
            while stack and stack[0][1] in doubtful:
                self._skip([stack.pop(0)])  # it lost its closing mark: it cannot run on
            if stack:
                carry, run_on = self._carry_over(stack, index, p_end)
            self._flush_nested()
        if self.data.unmarked_speech:
            self._unmarked_speech()
        return Segmentation(quotes=self.out, skipped=self.skipped, skipped_at=sorted(self.skipped_at))

    # -- speech with no marks -------------------------------------------------------------------
    def _unmarked_speech(self) -> None:
        """Direct speech printed with no quotation marks (the old press's convention,
        ``UNMARKED_SPEECH``), in a sentence that holds no mark and no quotation found so far:

        after a speech cue and a colon, a capitalised sentence is the cue's words ("Er rief: Kommt
        alle her!"), to the end of the sentence, or over the next sentences when the colon announces
        a whole text ("Das Blatt berichtet: …", ``TEXT_ANNOUNCERS``), or over the next sentences
        that speak in the first or second person or exclaim ("Er rief: Halt! Wir kommen mit.");
        a sentence, or its last clause, cut by an incise ("Vor allem, sagt der Wirt, müssen Sie
        warten.") is speech in two parts; words ending on "!" or "?" right before a verb-second
        cue ("Wer da? rief der Wirt.") are speech too. Words in the
        reported mood ("Er meinte: Das Wetter werde besser") are indirect speech, which the
        reported-speech stage reads."""
        doc = self.doc
        taken = sorted((q.outer_start, q.outer_end) for q in self.out)
        starts = [a for a, _ in taken]
        covered = -1  # the end of the last words found, which may run over several sentences
        for index, (s_start, s_end) in enumerate(doc.sentences):
            if s_start < covered:
                continue
            found = self._after_colon_cue(s_start, s_end)
            if found is None:
                cue, s_start = self._unmarked_clause_incise(s_start, s_end, taken, starts)
                exclaimed = self._exclaimed_before_cue(s_start, s_end, taken, starts) if cue is None else None
                if exclaimed is not None:
                    # "Willkommen daheim! rief er dem Gast zu.": the words end on their mark
                    covered = exclaimed[1]
                    self._emit(exclaimed[0], exclaimed[1], "", "", depth=0, outer=exclaimed)
                    continue
                if cue is not None:
                    # "Vor allem, sagt der Wirt, müssen Sie warten.": words cut by their incise, and
                    # the next sentences too when the cue tells a story ("…, erzählt er, …")
                    start, end = _strip(self.text, s_start, s_end)
                    if self.doc.tokens[cue.first].lower in self.data.text_announcers:
                        end = self._announced_text_end(index, end, taken, starts)
                    else:
                        end = self._spoken_words_end(index, end, taken, starts)
                    covered = end
                    self._emit(start, end, "", "", depth=0, outer=(start, end))
                continue
            start, end, announces = found
            # a mark before the colon names a paper ("Die „Zeitung“ schreibt: …"); one after it
            # makes the words a marked quotation, or leaves them in doubt
            if not self._plain_sentence(start, end, taken, starts) or self._reported_mood(start, end):
                continue
            if announces:
                end = self._announced_text_end(index, end, taken, starts)
            else:
                end = self._spoken_words_end(index, end, taken, starts)
            covered = end
            self._emit(start, end, "", "", depth=0, outer=(start, end))

    def _unmarked_clause_incise(self, s_start: int, s_end: int, taken: list[tuple[int, int]],
                                starts: list[int]) -> tuple[CueMatch | None, int]:
        """An unmarked incise (see ``_unmarked_incise``) cutting the sentence, or its last clause
        after a colon or a semicolon ("Das Übel ist alt; kein Leiden, sagt ein Arzt, ist so
        verbreitet."): the cue and where the words start."""
        cue = self._unmarked_incise(s_start, s_end, taken, starts)
        if cue is not None or not self._plain_sentence(s_start, s_end, taken, starts):
            return cue, s_start
        text = self.text
        cut = max(text.rfind(";", s_start, s_end), text.rfind(":", s_start, s_end))
        while cut > s_start:
            start = _strip(text, cut + 1, s_end)[0]
            if text[start:start + 1].isalpha():
                cue = self._unmarked_incise(start, s_end, taken, starts)
                if cue is not None:
                    return cue, start
            cut = max(text.rfind(";", s_start, cut), text.rfind(":", s_start, cut))
        return None, s_start

    def _unmarked_incise(self, s_start: int, s_end: int, taken: list[tuple[int, int]],
                         starts: list[int]) -> CueMatch | None:
        """A plain sentence cut by an incise after its first words ("Die Börse, erklärte er, drückt
        die Preise."): a cue and its subject between two commas, the words resuming after it, and
        none of them in the reported mood (that is indirect speech). The incise's cue, or None."""
        if not self._plain_sentence(s_start, s_end, taken, starts):
            return None
        text = self.text
        doc = self.doc
        start, end = _strip(text, s_start, s_end)
        parts = self._split_incises(start, end, True)
        if len(parts) < 2 or parts[0][0] != start or parts[0][2] is None or text[parts[0][1] - 1:parts[0][1]] != ",":
            return None
        cue = parts[0][2]
        resume = doc.token_index(parts[1][0])
        # the incise is the cue and its subject closed by a comma ("sagt der Wirt,"), and the words
        # resume with their verb, not with a clause of the narration ("…, meldete er, der …")
        if resume - cue.first > _MAX_UNMARKED_INCISE or doc.tokens[resume - 1].text != "," \
                or any(p in text[start:parts[0][1] - 1] for p in ",;:") or not doc.tokens[cue.first].text[:1].islower():
            return None  # "Schmeicheln, Bitten, Flehen": a noun, not a verb, after the comma
        if doc.tokens[cue.first].lower not in self.data.speech_verbs:
            return None  # ", so der Sprecher,": a source marker, which reports in the modern press
        data = self.data
        if any(t.lower in data.auxiliaries or t.lower in data.passive_auxiliaries
               for t in doc.tokens[doc.token_index(start):cue.first]):
            return None  # "Am Abend wurde nichts gemeldet, teilte er mit.": a clause of the narration
        opener = doc.tokens[resume].lower
        if opener in self.data.relative_pronouns or opener in self.data.complementizers:
            return None
        return None if self._reported_mood(start, end) else cue

    def _exclaimed_before_cue(self, s_start: int, s_end: int, taken: list[tuple[int, int]],
                              starts: list[int]) -> tuple[int, int] | None:
        """Unmarked words that open a plain sentence and end on "!" or "?" right before a speech
        verb in lower case and its subject ("Willkommen daheim! rief er.", "Wer da? fragte der
        Wirt."): the sentence goes on after the mark, so the words are the verb's. Their span."""
        if not self._plain_sentence(s_start, s_end, taken, starts):
            return None
        doc = self.doc
        tokens = doc.tokens
        data = self.data
        start, end = _strip(self.text, s_start, s_end)
        first = doc.token_index(start)
        for k in range(first + 1, doc.token_index(end) - 1):
            if tokens[k].text not in ("!", "?"):
                continue
            verb = tokens[k + 1]
            if not verb.text[:1].islower() or verb.lower not in data.speech_verbs:
                return None  # the sentence goes on with other words: no speech is closed here
            cue = self.cues.match_at(doc, k + 1)
            after = tokens[cue.last + 1] if cue is not None and cue.last + 1 < len(tokens) else None
            if after is None or not (after.lower in data.pronouns or after.lower in data.determiners
                                     or after.text[:1].isupper()):
                return None  # the verb's subject follows it (verb-second after the words)
            if k - first < _MIN_EXCLAIMED_WORDS:
                return None  # "Wo? sagt die Redaktion.": a one-word question is a formula, not speech
            words_end = tokens[k].end
            return None if self._reported_mood(start, words_end) else (start, words_end)
        return None

    def _plain_sentence(self, s_start: int, s_end: int, taken: list[tuple[int, int]], starts: list[int]) -> bool:
        """The sentence holds no quotation found so far and no quote mark (a stray one too)."""
        k = bisect.bisect_left(starts, s_end)
        if k > 0 and taken[k - 1][1] > s_start:
            return False  # a quotation found by its marks (or a dialogue line) is in this sentence
        return self.conv.mark_class is None or not any(
            not (len(m.group()) == 1 and self._is_apostrophe(m.start()))
            for m in self.conv.mark_class.finditer(self.text, s_start, s_end))

    def _announced_text_end(self, index: int, end: int, taken: list[tuple[int, int]], starts: list[int]) -> int:
        """Where unmarked words announced as a whole text ("… berichtet: A. B. C.") end: the
        plain sentences after sentence ``index`` in its paragraph, up to a separator between two
        sentences (the old press's dash between reports), a quote mark or ``_MAX_TEXT_SENTENCES``."""
        return self._run_on_end(index, end, taken, starts, None)

    def _spoken_words_end(self, index: int, end: int, taken: list[tuple[int, int]], starts: list[int]) -> int:
        """Where unmarked words that end with sentence ``index`` go on: as a text announced does
        (``_announced_text_end``), but only over sentences that speak as the speaker or to the
        addressee (a word of ``SPEECH_PERSON_WORDS``: "Er sagte: Freunde! Wir danken euch.") or
        exclaim, and hold no speech cue (the narration resumes there)."""
        if not self.data.speech_person_words:
            return end
        return self._run_on_end(index, end, taken, starts, self._speaks_on)

    def _speaks_on(self, a: int, b: int) -> bool:
        """Sentence ``a``..``b`` goes on with unmarked words (see ``_spoken_words_end``)."""
        doc = self.doc
        first, last = doc.token_index(a), doc.token_index(b)
        words = self.data.speech_person_words
        if self.text[a:b].rstrip()[-1:] != "!" and not any(doc.tokens[j].lower in words for j in range(first, last)):
            return False
        return not any(self.cues.match_at(doc, j) is not None for j in range(first, last))

    def _run_on_end(self, index: int, end: int, taken: list[tuple[int, int]], starts: list[int],
                    goes_on: Callable[[int, int], bool] | None) -> int:
        """The end of the plain sentences after sentence ``index`` in its paragraph that
        ``goes_on`` accepts (all when None), up to a separator between two sentences, a dash line,
        a quote mark or ``_MAX_TEXT_SENTENCES``."""
        doc = self.doc
        text = self.text
        p_end = doc.paragraph_span(end - 1)[1]
        sentences = doc.sentences
        for k in range(index + 1, min(len(sentences), index + 1 + _MAX_TEXT_SENTENCES)):
            a, b = sentences[k]
            if a >= p_end or not self._plain_sentence(a, b, taken, starts):
                break
            if self.conv.separator is not None and self.conv.separator.search(text, end - 1, b) is not None:
                break
            if text[a:a + 1] in self.data.dialogue_dashes or text[a:a + 1] in "*-":
                break
            if goes_on is not None and not goes_on(a, min(b, p_end)):
                break
            end = _strip(text, a, min(b, p_end))[1]
        return end

    def _after_colon_cue(self, s_start: int, s_end: int) -> tuple[int, int, bool] | None:
        """The words after a colon that follows a speech cue closely, when they open with a capital,
        and whether the colon's clause announces a whole text (``TEXT_ANNOUNCERS``)."""
        colon = self.text.rfind(":", s_start, s_end)
        while colon >= 0:
            # the last colon a cue introduces: "… erzählt: Es waren drei, die sahen sie: keine"
            found = self._colon_cue(s_start, colon, s_end)
            if found is not None:
                return found
            colon = self.text.rfind(":", s_start, colon)
        return None

    def _colon_cue(self, s_start: int, colon: int, s_end: int) -> tuple[int, int, bool] | None:
        text = self.text
        doc = self.doc
        start, end = _strip(text, colon + 1, s_end)
        first = text[start:start + 1]
        if not first.isalpha() or not first.isupper() or end - start < 2:
            return None
        c = doc.token_index(colon)
        first_token = doc.token_index(s_start)
        particle = c > first_token and doc.tokens[c - 1].lower in self.data.speech_particles
        reach = _MAX_PARTICLE_GAP if particle else _MAX_COLON_GAP
        for k in range(c - 1, max(first_token - 1, c - 1 - reach), -1):
            cue = self.cues.match_at(doc, k)
            if cue is None or cue.last >= c:
                continue
            tokens = doc.tokens
            if cue.first > first_token and tokens[cue.first - 1].lower in self.data.infinitive_markers:
                return None  # "… ist noch zu berichten:": an announcement, not a speaker
            clause = next((j + 1 for j in range(cue.first - 1, first_token - 1, -1) if tokens[j].text == ","), first_token)
            if any(tokens[j].lower in self.data.auxiliaries or tokens[j].lower in self.data.passive_auxiliaries
                   for j in range(clause, cue.first)):
                return None  # "… wurden bekanntgegeben:", "hat … gemeldet:": narration in a compound tense
            if not (particle and self._addressed(cue.last + 1, c - 1)) and (
                    c - k > _MAX_COLON_GAP or not self._only_subject(cue.last + 1, c)):
                return None
            announces = any(tokens[j].lower in self.data.text_announcers for j in range(clause, c))
            return start, end, announces
        # no verb: a text's noun right before the colon, itself an announcer ("… mit den Worten:") or
        # after one ("… noch folgendes Gedicht:"); "in dem Gedicht: Die Rose" names a title
        noun = doc.tokens[c - 1].lower if c > first_token else ""
        if noun in self.data.text_nouns and (noun in self.data.text_announcers or any(
                doc.tokens[j].lower in self.data.text_announcers for j in range(max(first_token, c - _ANNOUNCER_REACH), c - 1))):
            return start, end, True
        return None

    def _addressed(self, j: int, stop: int) -> bool:
        """Tokens ``j``..``stop`` between a cue and the particle that closes its verb before a colon
        ("ruft der Wirt, ein alter Mann, den Gästen zu:", "riefen sie einander laut zu:"): the
        subject, an apposition and whom the words are called to, with no verb, clause or sentence
        end among them (a verb there would make the particle another verb's)."""
        tokens = self.doc.tokens
        data = self.data
        for t in tokens[j:stop]:
            low = t.lower
            if t.text in ".!?;:" or low in data.complementizers or low in data.relative_pronouns \
                    or low in data.auxiliaries or low in data.speech_verbs:
                return False
        return True

    def _only_subject(self, j: int, stop: int) -> bool:
        """Tokens ``j``..``stop`` after a cue hold at most its subject (a pronoun, a name, or a
        determiner and its noun), adverbs, then a complement opened by a preposition or a particle:
        "rief er laut:", "antwortete die Wirtin mit ruhiger Stimme:", "setzte er hinzu:". A cue with
        an object after it ("kündigte drei Projekte an:") announces a list, not words."""
        tokens = self.doc.tokens
        data = self.data
        while j < stop and self._is_adverb(tokens[j].lower):
            j += 1
        if j < stop and tokens[j].lower in data.pronouns:
            j += 1
        elif j < stop and tokens[j].lower in data.determiners:
            k = j + 1
            while k < stop and k <= j + 3 and not tokens[k].text[:1].isupper():
                k += 1
            if k >= stop or not tokens[k].text[:1].isupper():
                return False
            j = k + 1
        elif j < stop and tokens[j].text[:1].isupper():
            while j < stop and tokens[j].text[:1].isupper():
                j += 1
        while j < stop and self._is_adverb(tokens[j].lower):
            j += 1
        if j == stop:
            return True
        return tokens[j].lower in data.cue_prepositions or tokens[j].lower in data.locative_prepositions or (
            stop - j <= 2 and all(t.text.isalpha() and t.text.islower() for t in tokens[j:stop]))

    def _reported_mood(self, start: int, end: int) -> bool:
        """The words hold a verb in the reported mood (German Konjunktiv I): indirect speech."""
        forms = self.data.reported_mood_forms
        if not forms:
            return False
        doc = self.doc
        return any(doc.tokens[k].lower in forms for k in range(doc.token_index(start), doc.token_index(end)))

    def _lost_opening(self, p_start: int, since: int, i: int) -> int:
        """Where the words of a quotation closed at ``i`` with nothing open start, when its opening
        mark was lost: after the last colon since the previous mark (``since``), or after a dash
        right after that mark, before a capital; the mark must close a sentence. -1 otherwise."""
        text = self.text
        if i - since < 2 or text[i - 1] not in _SENTENCE_END or (i + 1 < len(text) and not is_space(text[i + 1])):
            return -1
        colon = text.rfind(":", since, i)
        if colon >= 0:
            start = colon + 1
        elif since > p_start and self.conv.dash_start is not None and (
                dash := self.conv.dash_start.match(text, since, i)) is not None:
            start = dash.end()
        else:
            return -1
        start, _ = _strip(text, start, i)
        return start if text[start:start + 1].isupper() else -1

    def _excerpt_opens_inside(self, index: int, p_start: int, i: int) -> bool:
        """The text opens inside a quotation: the first paragraph's first mark closes one, right
        after a sentence end and before a space (an excerpt cut after its opening mark)."""
        text = self.text
        if index != 0 or i - p_start < 2 or text[i - 1] not in _SENTENCE_END or self._lost_opening(p_start, p_start, i) >= 0:
            return False
        return i + 1 >= len(text) or is_space(text[i + 1])

    def _closing_paragraph(self, opening: str, index: int) -> int | None:
        """The paragraph that closes a quotation left open at the end of paragraph ``index`` with no
        re-opening mark (the Italian and Portuguese convention: “A⏎⏎B⏎⏎C”): one of the next
        ``MAX_RUN_ON`` paragraphs whose first mark closes ``opening``, the ones between holding no
        mark at all and no dialogue line."""
        paragraphs = self.doc.paragraphs
        closers = self.conv.closers_of.get(opening, set())
        assert self.conv.mark_class is not None
        for k in range(index + 1, min(len(paragraphs), index + 1 + MAX_RUN_ON)):
            n_start, n_end = paragraphs[k]
            if self._line_start(k) is not None:
                return None
            for m in self.conv.mark_class.finditer(self.text, n_start, n_end):
                i = m.start()
                ch = m.group()
                if len(ch) == 1 and self._is_apostrophe(i) and (ch not in closers or self._between_letters(i)):
                    continue  # E’ passato, l’abbiamo
                if ch in closers and not (ch in self.conv.closers_of and self._left_flanking(i, len(ch))):
                    return k
                return None
        return None

    def _cue_follows(self, end: int) -> bool:
        """A speech cue right after a mark ending at ``end`` (past a comma): '…”, exortou o ministro'."""
        doc = self.doc
        k = doc.token_index(end)
        if k < len(doc.tokens) and doc.tokens[k].text == ",":
            k += 1
        return k < len(doc.tokens) and self.cues.match_at(doc, k, incise=True) is not None

    def _carry_over(self, stack: list[tuple[str, int, int | None]], index: int,
                    p_end: int) -> tuple[list[tuple[str, int, int]], tuple[str, int, int] | None]:
        """An outermost quote left open continues if the next paragraph re-opens with its mark, or
        runs on to a later paragraph that closes it (see ``_closing_paragraph``)."""
        opening, pos, group = stack[0]
        self._skip(stack[1:])
        paragraphs = self.doc.paragraphs
        k = pos - 1
        while k >= 0 and is_space(self.text[k]) and self.text[k] not in LINE_BREAKS:
            k -= 1
        # only a quotation that opens a sentence runs over paragraphs; "la séance « sans" is a stray mark
        opens_sentence = k < 0 or self.text[k] in LINE_BREAKS or self.text[k] in ":.!?…"
        if index + 1 < len(paragraphs) and opens_sentence:
            n_start, n_end = paragraphs[index + 1]
            head = self.text[n_start:n_end].lstrip(SPACES)
            first = self.conv.mark_class.match(head) if self.conv.mark_class else None
            reopening = first.group() if first else ""
            # the same mark re-opens, or one closed the same way ("“…⏎⏎"…”" in copy-edited text)
            if reopening == opening or self.conv.closers_of.get(reopening, set()) & self.conv.closers_of[opening]:
                if group is None:
                    group = self._new_group()
                self._flush_nested()
                self._emit(pos + len(opening), p_end, opening, "", depth=0, group=group, outer=(pos, p_end))
                return [(opening, pos, group)], None
            closing_index = self._closing_paragraph(opening, index)
            if closing_index is not None:
                if group is None:
                    group = self._new_group()
                self._flush_nested()
                self._emit(pos + len(opening), p_end, opening, "", depth=0, group=group, outer=(pos, p_end))
                return [], (opening, closing_index, group)
        if index + 1 == len(paragraphs) and ((k >= 0 and self.text[k] == ":") or (
                opens_sentence and self.text[pos:p_end].rstrip()[-1:] in _SENTENCE_END
                and (self.conv.mark_class is None
                     or self.conv.mark_class.search(self.text, pos + len(opening), p_end) is None))):
            # '… a-t-il précisé : « L’enquête est en cours.' or '… Er schloss. „Wir gehen.' where
            # the excerpt stops: the words run to the end of the text (a sentence's mark with no
            # other after it: one that quotations follow is stray), or to a dash after a sentence
            # end, the old press's separator of two reports run together on one line
            end = p_end
            if self.conv.separator is not None:
                cut = self.conv.separator.search(self.text, pos + len(opening), p_end)
                end = cut.start() + 1 if cut else p_end
            self._flush_nested()
            self._emit(pos + len(opening), end, opening, "", depth=0, group=group, outer=(pos, end))
            return [], None
        self._skip(stack[:1])
        return [], None


def is_fragment(q: QuoteSpan, text: str) -> bool:
    """A quotation inside the journalist's sentence (scare quotes, a title, a partial quote),
    unless it runs over a sentence end (Il comune "ha firmato il contratto. Domani cominciano
    i lavori"): words of several sentences are someone's, found as a full quotation's are."""
    return q.embedded and _SENTENCE_INSIDE.search(text, q.start, q.end) is None


def unhidden(quotes: tuple[QuoteSpan, ...], text: str) -> tuple[QuoteSpan, ...]:
    """The quotations with those inside a top-level fragment one level up: a fragment is no claim,
    so it must not hide the quotation it holds (a stray « paired by accident with a mark after a
    whole quotation: "venue « et … « Nous partons », a dit Anne » ensuite")."""
    fragments = sorted((q.outer_start, q.outer_end) for q in quotes if q.depth == 0 and is_fragment(q, text))
    if not fragments:
        return quotes
    starts = [s for s, _ in fragments]
    out = []
    for q in quotes:
        k = bisect.bisect_right(starts, q.outer_start) - 1
        if q.depth > 0 and k >= 0 and q.outer_end <= fragments[k][1]:
            q = evolve(q, depth=q.depth - 1)
        out.append(q)
    return tuple(out)


def find_quotes(doc: Document, data: LanguageData) -> Segmentation:
    """Every quotation of ``doc`` as spans of words (marks excluded), with the skipped-mark count."""
    return _Segmenter(doc, data).run()
