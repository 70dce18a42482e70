"""Who is the subject of a cue: mentions next to it, appositions, pronouns and sources.

Shared by the quotation sieves (``attribution``) and reported speech (``reported``). Pronouns are
resolved Hobbs-style (Hobbs 1978, "Resolving pronoun references"): the current speaker, then the
subjects of the last sentences (the centering preference for subjects), then the most recent
entities, keeping those whose gender and number agree, a known agreeing gender first.
"""

from __future__ import annotations

import bisect
import re
import functools
from typing import TYPE_CHECKING, Generic, Protocol, TypeVar

from .claims import MentionKind, SpeakerKind
from .coref import PARENTHESIS, Entity
from .cues import CueMatch
from .document import Token
from .gender import is_first_name
from .lang import LanguageData
from .mentions import MentionSpan, opens_other_case
from .quotes import QuoteSpan, unhidden

if TYPE_CHECKING:  # pragma: no cover
    from .context import Context

SENTENCE_PUNCT = ".!?…"
_INFINITY = float("inf")  # past every span's end (a float made once, not per lookup)
#: tokens a cue's content or subject never runs over
BLOCKERS = frozenset({".", "!", "?", "…", ";", ":", "«", "»", "“", "”", '"', "(", ")"})
_AGE = re.compile(r"\s*,\s*\d{1,3}\s*,\s*")  # "Ann Kim, 58, said": an age in apposition
_PRONOUN_CANDIDATES = 6  # distinct entities looked at, most recent first
#: mentions walked back for those candidates: a document with few entities stops here, not at its start
_PRONOUN_WINDOW = 60
_APPOSITION_WORDS = 6  # the longest description taken as an apposition between commas
_OPENING_APPOSITION_CHARS = 200  # the longest run from a sentence's opening name over its apposition to the cue
_COMPLEMENT_WORDS = 6  # the longest complement of a cue (in words) skipped before its inverted subject
_RUN_ON_WORDS = 3  # a name right after the cue's preposition this long may hold the subject's name too
_OPENER_WORDS = 5  # the longest run of anaphoric words before the cue of the next sentence
_ROLE_COMPLEMENT_TOKENS = 10  # the longest complement of a role before the name in apposition to it
_LEAD_IN_REACH = 120  # characters from a participle lead-in to the comma that closes it
_MARK_REACH = 4  # characters (spaces, a comma) between a closing quote mark and the subject after it
_FOLLOWING_REACH = 200  # characters of the next sentence searched for a cue naming the speaker
_FRONTED_MENTIONS = 3  # mentions of a fronted adverbial looked past for the subject after its comma
_FRONTED_WORDS = 7  # the longest adverbial phrase before a comma that opens a sentence before its subject
_INTRODUCED_REACH = 600  # characters of quotation walked back for the sentence that introduced a speaker


_QUALIFIED_MENTIONS = 2  # mentions looked past for the person a qualified noun phrase names
_QUALIFIER_TOKENS = 5  # the most words qualifying a name in one noun phrase ("Kerr campaign manager")
_PARENTHESIS_TOKENS = 12  # the most tokens of a gloss in parentheses walked over to a clause's auxiliary
_CONNECTOR_LETTERS = 4  # the longest lower-case word taken as a small word inside a name ("du", "ohne")
_COMPLEMENT_CHAIN = 4  # mentions of a name's affiliation complement walked back to the name itself


@functools.lru_cache(maxsize=None)
def _role_words(data: LanguageData) -> frozenset[str]:
    """The language's role nouns in lower case, built once per language (not once per document)."""
    return frozenset(k.lower() for k in data.role_nouns)


def _person_name(m: MentionSpan) -> bool:
    """A name that opens with a known first name ("Tomás Rivero"): a person, not an institution."""
    words = m.text.split()
    return m.kind is MentionKind.NAME and len(words) > 1 and is_first_name(words[0])


def strip_space(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without the whitespace at either end."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class _MarkTest:
    """Whether a string holds any of a set of marks: ``any(p in s for p in marks)``, with the
    one-character marks tested at C speed (a set's ``isdisjoint`` over the string) and only the
    longer ones (English ``''``, ``` `` ```) as substrings."""

    __slots__ = ("chars", "longer")

    def __init__(self, marks: frozenset[str]) -> None:
        self.chars = frozenset(p for p in marks if len(p) == 1)
        self.longer = tuple(sorted(p for p in marks if len(p) != 1))

    def holds(self, s: str) -> bool:
        return not self.chars.isdisjoint(s) or any(p in s for p in self.longer)


@functools.lru_cache(maxsize=64)
def _mark_test(marks: frozenset[str]) -> _MarkTest:
    """The :class:`_MarkTest` of ``marks``, made once per set of marks (per language), not per document."""
    return _MarkTest(marks)


class Resolved:
    """A speaker found for a cue: the entity (or a bare mention) and how."""

    def __init__(self, entity: Entity | None, mention: MentionSpan | None, how: str) -> None:
        self.entity = entity
        self.mention = mention
        self.how = how


#: pronoun resolutions read by a cue's answer: ((offset, gender, plural), the entity found), in order
_Asked = tuple[tuple[tuple[int, "str | None", bool], "Entity | None"], ...]


class SpeakerState(Protocol):
    """What the resolver reads of the discourse state (``attribution.state.DiscourseState``):
    pronouns go to the current speaker, and to a person introduced after the last claim."""

    @property
    def current(self) -> Entity | None:
        """The speaker of the last attributed claim."""

    @property
    def claimed_until(self) -> int:
        """The end of the last claim attributed so far (-1: none)."""


_K = TypeVar("_K")
_V = TypeVar("_V")


class _StateMemo(Generic[_K, _V]):
    """Answers that read, besides the fixed document, only the discourse state's current speaker
    and the end of the last claim: :meth:`answers` empties them when either has changed since
    they were found, so an answer is only reused for the same two."""

    __slots__ = ("_state", "_epoch", "_answers")

    def __init__(self, state: SpeakerState) -> None:
        self._state = state
        self._epoch: tuple[Entity | None, int] = (None, -1)
        self._answers: dict[_K, _V] = {}

    def answers(self) -> dict[_K, _V]:
        """The answers found in the state as it is now."""
        state = self._state
        current, claimed = state.current, state.claimed_until
        epoch = self._epoch
        if epoch[0] is not current or epoch[1] != claimed:
            if self._answers:
                self._answers.clear()
            self._epoch = (current, claimed)
        return self._answers


class SubjectResolver:
    """Positions of quotes, cues and mentions in one document, and the subject of each cue.

    Built once per document from its :class:`~quotecheck.context.Context`; it reads the
    discourse state only through ``state`` (:class:`SpeakerState`) and never changes it."""

    def __init__(self, ctx: Context, state: SpeakerState) -> None:
        doc, data = ctx.doc, ctx.data
        self.doc = doc
        self.text = doc.text
        self.data = data
        self.tokens = doc.tokens
        #: the discourse state, read only (the current speaker, the end of the last claim)
        self.state = state
        # a fragment is no claim: the quotations it holds are taken one level up (``unhidden``)
        quotes = unhidden(ctx.quotes, doc.text)
        self.quotes = sorted((q for q in quotes if q.depth == 0), key=lambda q: q.start)
        self.nested = sorted((q for q in quotes if q.depth == 1), key=lambda q: q.start)
        self.entities, self.entity_of, self.mentions = list(ctx.entities), ctx.entity_of, list(ctx.mentions)
        self.mention_starts = [m.start for m in self.mentions]
        # the mentions (by index) that belong to an entity, and theirs: pronouns walk back over
        # these only, not over every mention of the window
        self.linked_ks = [k for k, m in enumerate(self.mentions) if m.start in self.entity_of]
        self.linked_entities = [self.entity_of[self.mentions[k].start] for k in self.linked_ks]
        self.quote_spans = sorted((q.outer_start, q.outer_end) for q in self.quotes)
        self.full_quote_spans = sorted((q.outer_start, q.outer_end) for q in self.quotes if not q.embedded)
        self.opening_marks = frozenset(o for o, _ in data.quote_pairs)
        # quote marks, less the single ones that are apostrophes far more often (l’Otan)
        self.quote_chars = frozenset(m for pair in data.quote_pairs for m in pair) - frozenset("'’‘")
        #: what a subject and its cue are never separated by: sentence ends, colons, quote marks
        self.breaks = frozenset(SENTENCE_PUNCT + ":;") | self.quote_chars
        self._quote_test = _mark_test(self.quote_chars)
        self._break_test = _mark_test(self.breaks)
        self.role_words = _role_words(data)  # German roles are capitalised
        #: prepositions that open a phrase between a cue and its inverted subject
        self.preambles = data.locative_prepositions | data.cue_prepositions
        self.cues = [c for c in ctx.cues if not self.in_quote(c.start)]
        self.cue_starts = [c.start for c in self.cues]
        self.cue_firsts = {c.first for c in self.cues}
        #: :meth:`_sentence_subject`, by (sentence start, cue start)
        self._sentence_subjects: dict[tuple[int, int], MentionSpan | None] = {}
        #: :meth:`_subject`, by the cue's offsets and side, for the discourse state as it is
        self._subjects: _StateMemo[tuple[int, int, bool], tuple[CueMatch, Resolved | None, _Asked]] = _StateMemo(state)
        #: :meth:`_subject_in_state`: each cue's last answer and the pronoun resolutions it read
        self._subject_replays: dict[tuple[int, int, bool], tuple[CueMatch, Resolved | None, _Asked]] = {}
        #: the pronoun resolutions of the cue being resolved (None: no cue is)
        self._pronouns_asked: list[tuple[tuple[int, str | None, bool], Entity | None]] | None = None
        #: :meth:`_pronoun_antecedents`, by (offset, plural)
        self._antecedents: dict[tuple[int, bool], tuple[Entity | None, tuple[Entity, ...], tuple[Entity, ...]]] = {}
        self._introductions: dict[int, tuple[int, Entity] | None] = {}  #: :meth:`_introduction`, by offset
        #: :meth:`_pronoun_referent`, by its arguments, for the discourse state as it is
        self._referents: _StateMemo[tuple[int, str | None, bool], Entity | None] = _StateMemo(state)

    def in_quote(self, offset: int) -> bool:
        spans = self.quote_spans
        k = bisect.bisect_right(spans, (offset, _INFINITY)) - 1
        return k >= 0 and spans[k][0] <= offset < spans[k][1]

    def cue_at(self, offset: int, skip: str = " ,\u00a0\u202f") -> CueMatch | None:
        """A cue starting at ``offset`` after skipping spaces and commas."""
        while offset < len(self.text) and self.text[offset] in skip:
            offset += 1
        k = bisect.bisect_left(self.cue_starts, offset)
        if k < len(self.cues) and self.cues[k].start == offset:
            return self.cues[k]
        return None

    def mention_after(self, offset: int, limit: int) -> MentionSpan | None:
        """The mention right after ``offset`` (cue adverbs and time words may come in between)."""
        k = bisect.bisect_left(self.mention_starts, offset)
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        if m.start >= limit:
            return None
        gap = self.doc.tokens_between(offset, m.start)
        # adverbs, or a bare role or title before the name: "said farmer Ruth Adams", "said
        # former governor Ruth Adams" (an adjective before the role)
        if all(t.lower in self.data.cue_adverbs or t.lower in self.role_words or t.text in self.data.titles
               or t.lower in self.data.prenominal_words or t.text[:1].isdigit() or t.text == "/" for t in gap):
            return self._name_after_qualifier(k) or m
        return None

    def _name_after_qualifier(self, k: int) -> MentionSpan | None:
        """"said Liberal pollster Nora Quill": a capitalised word (a party, a place) and a
        bare role before a name qualify it; the name is the subject, not the first word."""
        m = self.mentions[k]
        if m.kind is not MentionKind.NAME or m.last != m.first or k + 1 >= len(self.mentions):
            return self.person_after_modifiers(k)
        nxt = self.mentions[k + 1]
        gap = self.doc.tokens_between(m.end, nxt.start)
        if nxt.kind is MentionKind.NAME and gap and all(t.text.islower() and t.lower in self.role_words for t in gap):
            return nxt
        return self.person_after_modifiers(k)

    def person_after_modifiers(self, k: int) -> MentionSpan | None:
        """"said Kerr campaign manager Ann Lowe", "said Air Force Capt. Ann Lowe": words with no
        punctuation, function word or cue between them run one noun phrase up to a person's
        name (a first name or a title opens it); the name is its head, the words before qualify it."""
        m = self.mentions[k]
        owner = any(m.text.endswith(e) for e in self.data.possessive_endings)  # "Kerr's former aide Ann Lowe"
        if m.kind is MentionKind.PRONOUN or (not owner and (_person_name(m) or m.text.split()[0] in self.data.titles)):
            return None
        for nxt in self.mentions[k + 1:k + 1 + _QUALIFIED_MENTIONS]:
            words = nxt.text.split()
            # a name closing the phrase heads it too ("said Senate ranking Democrat Ann Lowe (D)")
            closes = self.text[nxt.end:nxt.end + 2].lstrip()[:1] in (",", ".", "(", ";", "")
            if nxt.kind is not MentionKind.NAME or len(words) < 2 \
                    or not (is_first_name(words[0]) or words[0] in self.data.titles or closes):
                continue
            gap = self.doc.tokens_between(m.start, nxt.start)
            # "said former Ohio Gov. and party Chairman Ann Lowe": two roles of one person
            titled = m.text.split()[-1] in self.data.titles or m.kind is MentionKind.ROLE
            if len(gap) > _QUALIFIER_TOKENS or any(
                    not self._qualifier_word(t) and not (titled and t.lower in self.data.coordinators) for t in gap):
                return None
            if self.text.find("\n", m.start, nxt.start) != -1:
                return None
            return nxt
        return None

    def _modified_noun(self, m: MentionSpan, sent_start: int, cue: CueMatch,
                       own_verb: bool = False) -> MentionSpan | None:
        """"The Kerr campaign said", "Lowe aides argue", "Kerr's advisers privately conceded": where
        a name may qualify the noun after it (``NAME_MODIFIES_NOUN``), lower-case nouns between the
        sentence's opening name and its cue head the subject; the phrase speaks, not the name.

        With ``own_verb`` the cue is a second verb of that subject ("A Kerr aide walked it back,
        saying …"): the first verb may follow the nouns, so the head is the last role or
        organisation noun of the lexicon among them."""
        if not self.data.name_modifies_noun or m.kind not in (MentionKind.NAME, MentionKind.ORGANIZATION):
            return None
        tokens = self.tokens
        j = m.last + 1
        head = -1
        while j < cue.first and j - m.last <= _QUALIFIER_TOKENS and self._head_noun(tokens[j]):
            head = j
            j += 1
        if j < cue.first and tokens[j].text.islower() and tokens[j].lower in self.data.coordinators:
            # "Kerr and other party leaders", "Kerr and her lawyers": a second, common-noun conjunct
            k = j + 1
            while k < cue.first and k - j <= 3 and tokens[k].text.islower() and (
                    tokens[k].lower in self.data.determiners or tokens[k].lower in self.data.prenominal_words
                    or tokens[k].lower in self.data.stop_words):
                k += 1
            second = -1
            while k < cue.first and second - j <= _QUALIFIER_TOKENS and self._head_noun(tokens[k]):
                second = k
                k += 1
            if second > 0:
                head, j = second, k
        if own_verb:
            while head > m.last and tokens[head].lower not in self.role_words \
                    and tokens[head].lower not in self.data.organization_nouns:
                head -= 1
            j = cue.first
        if head <= m.last or "\n" in self.text[m.end:tokens[head].end]:
            return None
        # only what may stand between a subject and its verb: adverbs, auxiliaries, negations and
        # a short phrase of time ("The Kerr campaign on Monday said")
        k = j
        while k < cue.first:
            t = tokens[k]
            if self._verb_adverb(t) or t.lower in self.data.auxiliaries or t.lower in self.data.negation_words:
                k += 1
                continue
            if t.text.islower() and t.lower in self.preambles and k + 1 < cue.first \
                    and tokens[k + 1].text[:1].isalnum() and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].text[:1].isdigit()):
                k += 2
                continue
            return None
        # the words before the name: a determiner, numbers and qualifying words ("The former Kerr aide")
        first = m.first
        while first - 1 >= 0 and tokens[first - 1].start >= sent_start and m.first - first < _QUALIFIER_TOKENS:
            t = tokens[first - 1]
            if not (t.lower in self.data.determiners or t.lower in self.data.prenominal_words
                    or t.text[:1].isdigit() or (t.text.islower() and self._qualifier_word(t))):
                break
            first -= 1
        if self.text[sent_start:tokens[first].start].strip():
            return None
        start, end = tokens[first].start, tokens[head].end
        low = tokens[head].lower
        plural = any(low.endswith(x) for x in self.data.plural_suffixes)
        return MentionSpan(start, end, self.text[start:end], MentionKind.ROLE, None, plural, low,
                           first=first, last=head, linkable=False)

    def _head_noun(self, t: Token) -> bool:
        """A lower-case word that may head or qualify a noun phrase after a name: no adverb, verb
        form of a cue, function word or pronoun."""
        return t.text.islower() and t.text.replace("-", "").isalpha() and self._qualifier_word(t) \
            and not self._verb_adverb(t) and t.lower not in self.data.negation_words \
            and t.lower not in self.data.relative_pronouns and t.lower not in self.preambles

    def _verb_adverb(self, t: Token) -> bool:
        low = t.lower
        return low in self.data.cue_adverbs or any(
            low.endswith(x) and len(low) > len(x) + 3 for x in self.data.adverb_suffixes)

    def _qualifier_word(self, t: Token) -> bool:
        """A word that may qualify a name inside one noun phrase ("Kerr", "campaign", "Los
        Angeles-based", "1st"): no punctuation, function word, pronoun or cue."""
        low = t.lower
        return t.text[:1].isalnum() and low not in self.data.stop_words and low not in self.data.determiners \
            and low not in self.data.coordinators and low not in self.data.complement_prepositions \
            and low not in self.data.pronouns and low not in self.data.speech_verbs \
            and low not in self.data.auxiliaries

    def _mention_after_phrase(self, offset: int, limit: int, inside_ok: bool = True) -> MentionSpan | None:
        """"», a prévenu à son arrivée la présidente …": a short phrase may precede the subject.

        The phrase is a complement of the cue (addressee, medium, occasion: "a déclaré à l'Agence
        Nord-Presse (ANP), Gilles Ravel"), whose mentions are no subject, or an incidental
        between commas ("a glissé, mi-amusé, la doyenne"). With no subject after it, a name
        inside the complement is returned when ``inside_ok`` (it may run into the subject's name).
        """
        lead = offset  # past the spaces (the rest of the sentence is not copied for each cue)
        while lead < limit and self.text[lead].isspace():
            lead += 1
        if self.text[lead:lead + 1] == ",":
            close = self.text.find(",", lead + 1, limit)
            words = self.doc.tokens_between(lead + 1, close) if close > 0 else ()
            if not 0 < len(words) <= _APPOSITION_WORDS or any(not t.text[:1].isalnum() for t in words) \
                    or self._cue_between(lead, close):
                return None
            m = self.mention_after(close + 1, limit)
            return m if m is not None and m.kind in (MentionKind.NAME, MentionKind.ROLE) else None
        k = bisect.bisect_left(self.mention_starts, offset)
        inside = None  # the first name inside the complement, when no subject follows it
        while k < len(self.mentions):
            m = self.mentions[k]
            gap = self.doc.tokens_between(offset, m.start)
            n_words = sum(1 for t in gap if t.text[:1].isalnum())
            # a title in quote marks may sit in the complement: 'Lo ha detto a "Orizzonte" su …'
            if m.start >= limit or not gap or n_words > _COMPLEMENT_WORDS or gap[0].lower not in self.preambles \
                    or any(not t.text[:1].isalnum() and t.text not in "()," and t.text not in self.quote_chars
                           for t in gap):
                break
            commas = [i for i, t in enumerate(gap) if t.text == ","]
            after_comma = gap[commas[-1] + 1:] if commas else ()
            if m.kind in (MentionKind.NAME, MentionKind.ROLE) and all(t.lower in self.data.cue_adverbs for t in after_comma):
                if not self._in_complement(k):
                    return self._named_after_role(k, limit) if m.kind is MentionKind.ROLE else m
                if inside is None and len(gap) <= 2 and len(m.text.split()) >= _RUN_ON_WORDS:
                    # "a affirmé à l'ANP Jules Pardo" may run the medium and the name into one mention
                    inside = m
            k += 1  # "a dénoncé sur X le député …": a place or a medium on the way
        return inside if inside_ok else None

    def _named_after_role(self, k: int, limit: int) -> MentionSpan:
        """"…, la ministra per le Infrastrutture, Giulia Ferri.": the person's name in apposition
        after role ``k`` and its complement, closing the sentence or followed by a comma; else the role."""
        m = self.mentions[k]
        comma = self.text.find(",", m.end, limit)
        if comma < 0 or len(self.doc.tokens_between(m.end, comma)) > _ROLE_COMPLEMENT_TOKENS:
            return m
        j = bisect.bisect_left(self.mention_starts, comma + 1)
        if j < len(self.mentions):
            nxt = self.mentions[j]
            rest = self.text[nxt.end:limit].lstrip()
            if nxt.start < limit and self.text[comma + 1:nxt.start].strip() == "" and _person_name(nxt) \
                    and (not rest or rest[0] in SENTENCE_PUNCT + ","):
                return nxt
        return m

    def _in_complement(self, k: int) -> bool:
        """Mention ``k`` sits in a prepositional complement: right after its preposition (and
        determiner), inside parentheses, or a name that continues such a complement ("à l'Agence
        Nord-Presse")."""
        m = self.mentions[k]
        i = self.doc.token_index(m.start) - 1
        if i >= 0 and self.tokens[i].lower in self.data.determiners:
            i -= 1
        if i >= 0 and (self.tokens[i].lower in self.preambles or self.tokens[i].text == "("):
            return True
        if k > 0:
            prev = self.mentions[k - 1]
            # a common noun that the name completes ("l'Agence Nord-Presse"), not an acronym ("l'ANP")
            last = prev.text.replace("’", "'").split("'")[-1].split()[-1:]
            head = last[0].lower() if last else ""
            if prev.kind in (MentionKind.ROLE, MentionKind.ORGANIZATION) and self.text[prev.end:m.start].isspace() \
                    and (head in self.data.organization_nouns or head in self.role_words):
                return self._in_complement(k - 1)
        return False

    def mention_before(self, offset: int, floor: int) -> MentionSpan | None:
        """The subject before a cue: the nearest mention, over an apposition between commas.

        "Jens Stoltenberg, secrétaire général de l'Otan, a déclaré" and "Mathilde Corre, économiste
        au cabinet Prisme Conseil, a rappelé" both give the name that opens the apposition.
        """
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        while k >= 0:
            m = self.mentions[k]
            if m.end <= floor:
                return None
            # a place right before the cue only: "X, Democrat of Ohio, said" is an apposition
            if self._is_place_complement(m, any_preposition=not self._comma_within(m.end, offset)):
                # "un agent immobilier de Tours a assuré", "à l'Assemblée estime": no subject there
                k_prep = self.doc.token_index(m.start) - 1
                if self.tokens[k_prep].lower in self.data.determiners:
                    k_prep -= 1
                if self.tokens[k_prep].text == "," and k > 0:
                    k -= 1  # "of Dover, Delaware": the town and its preposition go with the region
                    k_prep = self.mentions[k].first - 1
                offset = self.tokens[k_prep].start
                k -= 1
                continue
            gap = self.text[m.end:offset]
            words = [t for t in self.doc.tokens_between(m.end, offset) if t.text[:1].isalnum()]
            # (the pattern stops at the closing mark, as coreference keeps what follows it: the space after it goes too)
            if PARENTHESIS.fullmatch(gap.rstrip()) or _AGE.fullmatch(gap):
                gap, words = " ", []  # "Ann Kim (SPD) sagte": a party or a place in parentheses
            # an auxiliary parted from its participle by an adverb: "X has already said"
            if all(t.lower in self.data.cue_adverbs or t.lower in self.data.object_clitics
                   or t.lower in self.data.auxiliaries for t in words) \
                    and not self._break_test.holds(gap):
                if gap.strip().startswith(","):
                    opener = self._apposition_head(m, floor)
                    if opener is not None and opener.kind is MentionKind.NAME:
                        # "el director de la Junta X, Tomás Rivero, informó": the name closing a
                        # role's complement opens no apposition; the person's name after it speaks
                        if _person_name(m) and not _person_name(opener):
                            return m
                        if self._after_preposition(opener, floor):
                            # "Paulo Rocha, da 2ª Vara Y, relator do caso, afirmou": past the complement
                            deeper = self._apposition_head(opener, floor)
                            if deeper is not None and deeper.kind is MentionKind.NAME:
                                return deeper
                        return opener
                return m
            return None
        return None

    def _complement_holder(self, m: MentionSpan, sent_start: int) -> MentionSpan | None:
        """The person whose affiliation complement ends with ``m``: "Ann Kerr of the Institute for
        Marine Studies said" names Ann Kerr, not the last noun of her institute. The words from the
        name to ``m`` open with a complement preposition (``LanguageData.complement_prepositions``)
        and hold only prepositions, articles, their adjectives and capitalised words: no verb, no
        comma."""
        if m.kind is MentionKind.PRONOUN or _person_name(m):
            return None
        k = bisect.bisect_left(self.mention_starts, m.start) - 1
        for _ in range(_COMPLEMENT_CHAIN):
            if k < 0 or self.mentions[k].start < sent_start:
                return None
            holder = self.mentions[k]
            words = self.doc.tokens_between(holder.end, m.start)
            if not words or len(words) > _ROLE_COMPLEMENT_TOKENS or not self._complement_words(words):
                return None
            if _person_name(holder) and words[0].lower in self.data.complement_prepositions:
                return holder
            k -= 1
        return None

    def _unclosed_apposition(self, m: MentionSpan, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """The person that opens the sentence before an apposition whose closing comma is left
        out ("Ann Kerr, the head of the Union of Dockers said"): ``m``, the last noun of the
        apposition's complement, only describes the name before the comma."""
        if m.kind is MentionKind.PRONOUN:
            return None
        comma = self.text.rfind(",", sent_start, m.start)
        if comma < 0:
            return None
        opener = self.sentence_subject(sent_start, cue.start)
        if opener is None or opener is m or opener.end > comma or self.text[opener.end:comma].strip() \
                or not (_person_name(opener) or self._named_person(opener)):
            return None
        words = self.doc.tokens_between(comma + 1, m.start)
        if not words or len(words) > _ROLE_COMPLEMENT_TOKENS or words[0].lower not in self.data.determiners:
            return None
        return opener if self._complement_words(words) else None

    def _described_name_after(self, offset: int, limit: int) -> MentionSpan | None:
        """The name right after a noun phrase that describes it and opens on an article ("the artist
        and activist Ann Kerr"), from ``offset`` to ``limit``."""
        k = bisect.bisect_left(self.mention_starts, offset)
        if k >= len(self.mentions) or self.mentions[k].start >= limit:
            return None
        m = self.mentions[k]
        words = [t for t in self.doc.tokens_between(offset, m.start) if t.lower not in self.data.cue_adverbs]
        if not words or len(words) > _COMPLEMENT_WORDS or words[0].lower not in self.data.determiners \
                or any(t.lower in self.data.complementizers for t in words):
            return None
        return m if m.kind is not MentionKind.PRONOUN and self._complement_words(tuple(words)) else None

    def _complement_words(self, words: tuple[Token, ...]) -> bool:
        """``words`` can only be a noun phrase's complement: prepositions, articles, capitalised
        words, and lower-case words only right after an article or another such word (adjectives)."""
        data = self.data
        after_article = False
        for i, t in enumerate(words):
            low = t.lower
            if low in data.complement_prepositions or low in data.determiners or low in data.locative_prepositions \
                    or low in data.name_particles:
                after_article = True
            elif t.text[:1].isupper() or t.text in "()-":
                after_article = False
            elif self._name_connector(words, i):
                after_article = True  # "des Verbandes Union Nationale du Travail": a foreign name's small word
            elif not (after_article and t.text.isalpha()):
                return False
        return True

    def _name_connector(self, words: tuple[Token, ...], i: int) -> bool:
        """``words[i]`` is a short lower-case word between two capitalised words of one name, no
        verb ("Union Nationale du Travail", "Helfer ohne Zaun")."""
        t = words[i]
        k = self.doc.token_index(t.start)
        return i > 0 and k + 1 < len(self.tokens) and t.text.isalpha() and len(t.text) <= _CONNECTOR_LETTERS \
            and words[i - 1].text[:1].isupper() and self.tokens[k + 1].text[:1].isupper() \
            and t.lower not in self.data.auxiliaries and t.lower not in self.data.speech_verbs

    def _after_preposition(self, m: MentionSpan, floor: int) -> bool:
        """``m`` ends a phrase that opens with a preposition after a comma (", da 2ª Vara Y"): a
        complement set off between commas, not the head of an apposition."""
        comma = self.text.rfind(",", max(floor, 0), m.start)
        if comma < 0:
            return False
        words = self.doc.tokens_between(comma + 1, m.start)
        return bool(words) and words[0].lower in self.preambles

    def _apposition_head(self, m: MentionSpan, floor: int) -> MentionSpan | None:
        """The mention right before the comma that opens the apposition ending with ``m``."""
        comma = self.text.rfind(",", max(floor, 0), m.start)
        if comma < 0 or self._break_test.holds(self.text[comma:m.start]):
            return None
        k = bisect.bisect_left(self.mention_starts, comma) - 1
        if k >= 0:
            head = self.mentions[k]
            if head.end > floor and self.text[head.end:comma].strip() == "" and head.kind is not MentionKind.PRONOUN:
                return head
        return None

    def _is_place_complement(self, m: MentionSpan, any_preposition: bool = False) -> bool:
        """"de Tours", "de la Russie", "pour l'Afghanistan": a place or organisation inside a complement;
        a name right after a noun of ``PLACE_NOUNS`` ("die Initiative Wasserschutz Region Basel")."""
        if m.kind is not MentionKind.NAME and m.kind is not MentionKind.ORGANIZATION and not m.place:
            return False  # (a pronoun, a role: neither test below can hold, nothing is looked up)
        first = self.doc.token_index(m.start)
        if m.kind in (MentionKind.NAME, MentionKind.ORGANIZATION) and first > 0 \
                and self.tokens[first - 1].lower in self.data.place_nouns \
                and self.text[self.tokens[first - 1].end:m.start] == " ":
            return True
        if m.kind is not MentionKind.ORGANIZATION and not m.place:
            return False
        k = first - 1
        if k >= 0 and self.tokens[k].lower in self.data.determiners:
            k -= 1
        if k < 0:
            return False
        if m.place and self.tokens[k].text == ",":
            # "at a rally in Salem, Oregon,": the region after its town shares the town's preposition
            j = bisect.bisect_left(self.mention_starts, m.start) - 1
            town = self.mentions[j] if j >= 0 else None
            if town is None or town.end != self.tokens[k].start:
                return False
            # a town the lexicon does not know still follows its preposition ("of Dover, Delaware")
            return self._is_place_complement(town, any_preposition) or (
                town.kind is MentionKind.NAME and town.first > 0 and (self.tokens[town.first - 1].lower in self.preambles
                                                               or self.tokens[town.first - 1].lower in self.data.complement_prepositions))
        low = self.tokens[k].lower
        # a place's name after any preposition; an institution after a locative one ("for the
        # Foundation" may be part of the subject's description)
        return low in self.data.locative_prepositions or (any_preposition and m.place and (
            low in self.data.complement_prepositions or low in self.data.cue_prepositions))

    def as_resolved(self, m: MentionSpan, how: str = "mention") -> Resolved:
        """Mention ``m`` as the answer: a pronoun with the antecedent it resolves to (``how``
        "pronoun"), any other mention with the entity it belongs to."""
        if m.kind is MentionKind.PRONOUN:
            return Resolved(self.resolve_pronoun(m.start, m.gender, m.plural), m, "pronoun")
        return Resolved(self.entity_of.get(m.start), m, how)

    def resolve_pronoun(self, offset: int, gender: str | None, plural: bool) -> Entity | None:
        """:meth:`_pronoun_referent`, noted for the cue being resolved (:meth:`_subject_in_state`).
        Found once per pronoun while the discourse state it reads (the current speaker, the end
        of the last claim) stays the same: two generators of one quotation often resolve the same
        pronoun; the memo is emptied when either changes."""
        memo = self._referents.answers()
        key = (offset, gender, plural)
        if key in memo:
            found = memo[key]
        else:
            found = memo[key] = self._pronoun_referent(offset, gender, plural)
        if self._pronouns_asked is not None:
            self._pronouns_asked.append(((offset, gender, plural), found))
        return found

    def _pronoun_referent(self, offset: int, gender: str | None, plural: bool) -> Entity | None:
        """The entity a subject pronoun refers to (Hobbs-style recency with agreement).

        Candidates are the current speaker, then the entities mentioned before ``offset``, most
        recent first. One whose gender is known and agrees wins over one whose gender is unknown
        ("-t-elle" goes to "madame Clément" rather than to a recent "Bardouin").

        What the document alone decides is :meth:`_pronoun_antecedents`, found once per offset;
        here only the discourse state is read (the current speaker, the end of the last claim).
        """
        own_subject, previous, recent = self._pronoun_antecedents(offset, plural)
        current = self.state.current
        candidates: list[Entity] = []
        # Hobbs: the current sentence first, "X cite l'exemple : « … », commente-t-il"
        if own_subject is not None:
            candidates.append(own_subject)
        # a person brought in as the subject of the sentence before, after the last claim
        # ("Dans les tribunes, X restait muet. « … », a-t-il indiqué"), takes over the floor
        introduction = self._introduction(offset) if current is not None else None
        if introduction is not None:
            s_start, introduced = introduction  # a person: they may speak as "il" or "elle"
            if introduced is not current and s_start >= self.state.claimed_until and introduced not in candidates:
                candidates.append(introduced)
        if current is not None and current.first_offset < offset and current not in candidates:
            candidates.append(current)
        # then the subject of the last sentences (centering: the subject is the likeliest antecedent)
        for e in previous:
            if e not in candidates:
                candidates.append(e)
        for e in recent:
            if len(candidates) >= _PRONOUN_CANDIDATES:
                break
            if e not in candidates:
                candidates.append(e)
        if not candidates:
            return None  # (a text with no entity before the pronoun: nothing to agree)

        def agrees(e: Entity) -> bool:
            if e.kind is SpeakerKind.ORGANIZATION and not plural:
                return gender is None or e.gender in (None, gender)
            return (gender is None or e.gender in (None, gender)) and e.plural == plural

        agreeing = [e for e in candidates if agrees(e)]
        if gender is not None:
            exact = [e for e in agreeing if e.gender == gender]
            # a named person before a mere description ("une mine inépuisable de souvenirs")
            named = next((e for e in exact if e.names), None)
            # (not over the subject of the pronoun's own sentence: "La ministre s'en est prise à X,
            # qu'elle accuse …")
            if named is not None and not exact[0].names and exact[0] is not current and exact[0] is not own_subject:
                return named
            if exact:
                return exact[0]
        return agreeing[0] if agreeing else None

    def _pronoun_antecedents(self, offset: int, plural: bool) -> tuple[
            Entity | None, tuple[Entity, ...], tuple[Entity, ...]]:
        """The antecedents of a pronoun at ``offset`` that the document alone decides, found once
        per ``(offset, plural)`` (the cue of a quotation is resolved by several generators, and
        again by reported speech): the person subject of its own sentence; the subjects of the
        two previous sentences, nearest first; the first ``_PRONOUN_CANDIDATES`` distinct linked
        entities before ``offset``, most recent first (enough: at most five candidates come
        before them, and those skipped as already taken are among the first six). Each may
        speak as a pronoun of that number (:meth:`_introduction` is the state's to ask for).

        It is pure: it reads only the document (sentences, mentions, their entities, the
        quotation spans) and :meth:`_sentence_subject` (pure too), all fixed when the resolver
        is built, and the entities, which attribution never changes; never the current speaker
        or the claims. The tuples it returns are never changed by the caller."""
        key = (offset, plural)
        found = self._antecedents.get(key)
        if found is not None:
            return found

        def speaks(e: Entity) -> bool:
            # an organisation is "il"/"elle" only as a grammatical subject; "ils" may be a group
            return e.kind is not SpeakerKind.ORGANIZATION or (plural and e.plural)

        s_start = self.doc.sentence_span(offset)[0]
        m = self.sentence_subject(s_start, offset)
        e = self.entity_of.get(m.start) if m is not None and m.kind is not MentionKind.PRONOUN else None
        own_subject = e if e is not None and speaks(e) and e.kind is SpeakerKind.PERSON else None
        previous = []
        k = self.doc.sentence_index(offset) - 1
        for s_start, s_end in self.doc.sentences[max(0, k - 1):k + 1][::-1]:
            m = self.sentence_subject(s_start, s_end)
            e = self.entity_of.get(m.start) if m is not None and m.kind is not MentionKind.PRONOUN else None
            if e is not None and speaks(e):
                previous.append(e)
        recent: list[Entity] = []
        k = bisect.bisect_left(self.mention_starts, offset) - 1
        floor = k - _PRONOUN_WINDOW
        j = bisect.bisect_right(self.linked_ks, k) - 1
        while j >= 0 and self.linked_ks[j] > floor and len(recent) < _PRONOUN_CANDIDATES:
            e = self.linked_entities[j]
            if speaks(e) and e not in recent:
                recent.append(e)
            j -= 1
        found = self._antecedents[key] = (own_subject, tuple(previous), tuple(recent))
        return found

    def named_entity_at(self, offset: int) -> Entity | None:
        """The named person whose mention starts at ``offset`` ("le conseiller" of a description
        "le conseiller fédéral" that the text names later): the description is theirs. An unnamed
        entity is left out: the description is then fuller than any mention of it."""
        e = self.entity_of.get(offset)
        return e if e is not None and e.names and e.kind is SpeakerKind.PERSON else None

    def _introduction(self, offset: int) -> tuple[int, Entity] | None:
        """The person subject of the sentence before ``offset``'s, with that sentence's start,
        when that sentence holds no quotation; :meth:`_resolve_pronoun` takes them when the
        sentence comes after the last claim and they are not the current speaker. Pure: it
        reads only the document (see :meth:`_pronoun_antecedents`); found once per offset, and
        only asked for when there is a current speaker (as before the split)."""
        if offset in self._introductions:
            return self._introductions[offset]
        found = self._introductions[offset] = self._find_introduction(offset)
        return found

    def _find_introduction(self, offset: int) -> tuple[int, Entity] | None:
        k = self.doc.sentence_index(offset) - 1
        # the sentences of an incise's own quotation are the speaker's words: look before them
        while k >= 0 and self.in_quote(self.doc.sentences[k][0]) and offset - self.doc.sentences[k][0] < _INTRODUCED_REACH:
            k -= 1
        if k < 0:
            return None
        s_start, s_end = self.doc.sentences[k]
        if self.in_quote(s_start) or self._quote_between(s_start, s_end):
            return None
        m = self.sentence_subject(s_start, s_end)
        if m is None or m.kind not in (MentionKind.NAME, MentionKind.ROLE):
            return None
        e = self.entity_of.get(m.start)
        if e is None or e.kind is not SpeakerKind.PERSON or e.plural:
            return None
        return s_start, e

    def _quote_between(self, start: int, end: int) -> bool:
        spans = self.quote_spans
        k = bisect.bisect_left(spans, (start, -1))
        return k < len(spans) and spans[k][0] < end

    def cue_subject(self, cue: CueMatch, prefer_after: bool) -> Resolved | None:
        """Who speaks through ``cue`` (:meth:`_find_subject`), found once per cue and side while
        the discourse state it reads stays the same (``cue-after`` and ``sentence-cue`` resolve
        the cue after a quotation, ``sentence-cue`` and reported speech the cue before it).
        Besides the cue and the fixed document it reads only the current speaker and the end of
        the last claim (through :meth:`_resolve_pronoun`): the memo is emptied when either
        changes, so an answer is only reused for the same two. Kept by the cue's offsets and side;
        an entry answers for a cue equal to the one it was found for (a cue made elsewhere with
        the same offsets but other fields is resolved anew). The ``Resolved`` it returns is never
        changed by its callers. In another state, an answer whose pronoun resolutions still give
        what they gave is reused (:meth:`_subject_in_state`)."""
        memo = self._subjects.answers()
        key = (cue.start, cue.end, prefer_after)
        entry = memo.get(key)
        if entry is not None and (entry[0] is cue or entry[0] == cue):
            found, asked = entry[1], entry[2]
        else:
            found, asked = self._subject_in_state(cue, prefer_after, key)
            memo[key] = (cue, found, asked)
        if self._pronouns_asked is not None:  # inside another resolution: its answer read these too
            self._pronouns_asked.extend(asked)
        return found

    def _subject_in_state(self, cue: CueMatch, prefer_after: bool, key: tuple[int, int, bool]) -> tuple[
            Resolved | None, tuple[tuple[tuple[int, str | None, bool], Entity | None], ...]]:
        """:meth:`_find_subject` of the cue in the present discourse state, with the pronouns it
        resolved on the way and what each gave. The state reaches the answer only through those
        resolutions (:meth:`_resolve_pronoun`): when each of them gives, in the present state,
        the entity it gave when the answer was found, the same steps would be taken again to the
        same answer, which is then reused (a sentence of quotations resolves its nearest cue once
        per quotation, each in a new state); else the cue is resolved anew."""
        earlier = self._subject_replays.get(key)
        if earlier is not None and (earlier[0] is cue or earlier[0] == cue):
            outer, self._pronouns_asked = self._pronouns_asked, None  # (the checks are no resolution)
            try:
                same = all(self.resolve_pronoun(*args) is entity for args, entity in earlier[2])
            finally:
                self._pronouns_asked = outer
            if same:
                return earlier[1], earlier[2]
        outer, self._pronouns_asked = self._pronouns_asked, []
        try:
            found = self._find_subject(cue, prefer_after)
            asked = tuple(self._pronouns_asked)
        finally:
            self._pronouns_asked = outer
        self._subject_replays[key] = (cue, found, asked)
        return found, asked

    def _find_subject(self, cue: CueMatch, prefer_after: bool) -> Resolved | None:
        sent_start, sent_end = self.doc.sentence_span(cue.start)
        if cue.inverted is not None:
            gender, plural = cue.inverted
            entity = self.resolve_pronoun(cue.start, gender, plural)
            return Resolved(entity, None, "inverted pronoun")
        if cue.first > 0 and self.tokens[cue.first - 1].lower in self.data.coordinators:
            # "X a parlé de l'affaire à la radio Y, et a expliqué que …": a second verb shares the
            # subject that opens the sentence; mentions on the way belong to the first verb
            opener = self.sentence_subject(sent_start, cue.start)
            phrase = self._modified_noun(opener, sent_start, cue, own_verb=True) if opener is not None else None
            if phrase is not None:
                return Resolved(None, phrase, "sentence subject")
            if opener is not None and opener.kind in (MentionKind.NAME, MentionKind.ROLE):
                return Resolved(self.entity_of.get(opener.start), opener, "sentence subject")
        if self._gerund_after_comma(cue):
            # "Kerr endorsed Lowe, saying, “…”", "Kerr told a rally, telling the crowd …": the
            # gerund's subject opens the sentence; the mentions next to it are its objects
            opener = self.sentence_subject(sent_start, cue.start)
            if opener is not None and opener.kind is MentionKind.PRONOUN:
                return Resolved(self.resolve_pronoun(opener.start, opener.gender, opener.plural), opener, "pronoun")
            phrase = self._modified_noun(opener, sent_start, cue, own_verb=True) if opener is not None else None
            if phrase is not None:
                return Resolved(None, phrase, "sentence subject")
            if opener is not None:
                return Resolved(self.entity_of.get(opener.start), opener, "sentence subject")
        after = self.mention_after(cue.end, sent_end)
        if after is not None and self.tokens[after.first].lower in self.data.complementizers:
            after = None  # "adding that investors …": the content's subject, not the cue's
        before = self.mention_before(cue.start, sent_start - 1)
        if before is not None:
            before = self._apposition_opener(before, cue, sent_start) or before
        else:
            before = self.opening_apposition(cue, sent_start)
        if before is not None and after is not None and (
                self.fronted_phrase(sent_start, cue.start) or self._oblique_phrase(before)):
            before = None
        if self.data.participle_at_clause_end and not prefer_after:
            agent = self.passive_agent(cue, sent_start)
            if agent is not None:
                return Resolved(self.entity_of.get(agent.start), agent, "passive agent")
            framed = self._subject_of_auxiliary(cue, sent_start, sent_end) or self._verb_final_subject(cue, sent_start)
            if framed is not None:
                before, after = framed, None
        if after is not None and prefer_after and cue.lemma in self.data.relaying_verbs:
            # "„…“, zitiert die Zeitung den Minister": the verb's subject relays the words, the
            # object named right after it speaks them
            relayed = self.mention_after(after.end, sent_end)
            k = self.doc.token_index(after.end)
            while relayed is None and k < len(self.tokens) and self.tokens[k].start < sent_end \
                    and self.tokens[k].lower in self.data.determiners:
                k += 1  # "die Händlerin Eva Kranz": an article before a role that the mention leaves out
                relayed = self.mention_after(self.tokens[k].start, sent_end) if k < len(self.tokens) else None
            if relayed is not None and relayed.kind is not MentionKind.PRONOUN:
                after = relayed
        if after is not None and not prefer_after and cue.lemma in self.data.relaying_verbs:
            # "Die Zeitung zitierte den Minister mit den Worten: „…“": before the words too, the
            # verb's object speaks them, its subject relays them
            return self.as_resolved(after)
        if after is not None and self.data.addressee_after_cue and self._before_clause(after, sent_end):
            after = None  # "X told Radio Vale that …": the name between the cue and its clause is the addressee
        if after is None and prefer_after:
            # a name inside the cue's complement ("said on CNN") only when no subject precedes
            after = self._mention_after_phrase(cue.end, sent_end, inside_ok=before is None)
        # '…," Kan told the agency': a subject right after the closing mark comes before its cue,
        # and the mention after the cue is its object
        if prefer_after and before is not None and after is not None and self._after_closing_mark(self._qualified_start(before)):
            prefer_after = False
        if prefer_after and before is not None and after is not None and cue.lemma in self.data.object_cue_lemmas:
            # '…," Ann Kerr, a friend, told Radio Vale': the verb's object follows it, never its subject
            prefer_after = False
        if after is None and self.fronted_phrase(sent_start, cue.start):
            # "Auf der Kundgebung erklärte der Künstler Ann Kerr, …": after a fronted phrase the
            # subject follows the verb, a described name too; the mention before is the phrase's
            after = self._described_name_after(cue.end, sent_end)
            before = None if after is not None else before
        if before is not None:
            before = self._complement_holder(before, sent_start) or self._unclosed_apposition(before, cue, sent_start) \
                or before
        order: tuple[MentionSpan | None, ...] = (after, before) if prefer_after else (before, after)
        how = "mention"
        if after is None and before is None:
            lead = self._lead_in(cue)
            if lead is not None:
                return self._lead_in_person(cue, lead, sent_end)
            # the sentence's subject: "M. X, en rangeant ses outils, lui dit :"
            opener = self.sentence_subject(sent_start, cue.start)
            phrase = self._modified_noun(opener, sent_start, cue) if opener is not None else None
            if phrase is not None:
                # the phrase is no alias of the name it holds
                return Resolved(None, phrase, "sentence subject")
            order = (opener,)
            how = "sentence subject"
        for m in order:
            if m is None:
                continue
            return self.as_resolved(m, how)
        if not self.data.null_subject or self._nonfinite(cue):
            return None
        agreement: tuple[str | None, bool | None] = (None, bool(cue.plural_aux) or self._plural_verb(cue))
        if not prefer_after:
            # "Explicó: «…»", "Agregó que …", "Preguntada por X, se ha mostrado firme:": a cue
            # that opens its clause has dropped its subject too; a lead-in before it tells its gender
            clause_opener = self._clause_opener(cue, sent_start)
            if clause_opener is None:
                return None
            agreement = clause_opener if clause_opener != (None, None) else agreement
        # "«…», dijo.": a pro-drop language leaves the subject pronoun out after the quote;
        # it is resolved as the pronoun it stands for (gender unknown)
        entity = self.resolve_pronoun(cue.start, agreement[0], bool(agreement[1]))
        if entity is not None:
            return Resolved(entity, None, "dropped subject")
        return None

    def _plural_verb(self, cue: CueMatch) -> bool:
        """The cue is one finite verb whose ending says several speak ("«…» – dicono –"): its
        dropped subject is plural (``LanguageData.plural_verb_endings``)."""
        if cue.plural_aux is not None or not self.data.plural_verb_endings:
            return False
        word = self.tokens[cue.first].lower
        return len(word) > 4 and word.endswith(self.data.plural_verb_endings)

    def _oblique_phrase(self, m: MentionSpan) -> bool:
        """``m`` opens on an article no subject opens on (``OBLIQUE_ARTICLES``, or an article of
        ``OBLIQUE_BEFORE_ADJECTIVE`` before an adjective with its ending): "Dem Sender sagte X",
        "Der britischen Zeitung sagte X" name the verb's object, and its subject follows it."""
        data = self.data
        if not data.oblique_articles and not data.oblique_before_adjective:
            return False
        tokens = self.tokens
        k = m.first if tokens[m.first].lower in data.determiners else m.first - 1
        if k < 0 or tokens[k].lower not in data.determiners:
            return False
        article = tokens[k].lower
        if article in data.oblique_articles:
            return True
        ending = data.oblique_before_adjective.get(article)
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return ending is not None and nxt is not None and nxt.text.islower() and nxt.lower.endswith(ending)

    def fronted_phrase(self, sent_start: int, cue_start: int) -> bool:
        """The words before the cue are one prepositional phrase put before the finite verb
        ("In einem Interview sagte X", "Über den Plan sagte X"): no comma, no auxiliary."""
        fronted = self.data.fronted_prepositions
        if not fronted:
            return False
        # the first word, then the commas and auxiliaries by bisection: not the whole sentence read
        # for each cue (a sentence of many cues made that quadratic)
        tokens = self.tokens
        k, stop = self.doc.token_index(sent_start), self.doc.token_index(cue_start)
        while k < stop and not tokens[k].text[:1].isalnum():
            k += 1
        if k >= stop or (tokens[k].lower not in fronted and not self._opening_participle(tokens[k].text)):
            return False
        commas, auxiliaries = self._commas_and_auxiliaries
        return not _any_within(commas, sent_start, cue_start) and not _any_within(auxiliaries, k, stop)

    def _opening_participle(self, word: str) -> bool:
        """A capitalised participle used as an adverb ("Abschließend", ``OPENING_PARTICIPLE_SUFFIXES``)
        opens the sentence with a fronted phrase in a verb-second clause."""
        low = word.lower()
        return word[:1].isupper() and word[1:].islower() and any(
            low.endswith(x) and len(low) >= len(x) + 3 for x in self.data.opening_participle_suffixes)

    @functools.cached_property
    def _comma_offsets(self) -> list[int]:
        """Offsets of the commas of the text, in order, found once."""
        text = self.text
        commas = []
        k = text.find(",")
        while k >= 0:
            commas.append(k)
            k = text.find(",", k + 1)
        return commas

    def _comma_within(self, start: int, end: int) -> bool:
        """A comma in ``text[start:end]`` (``text.find(",", start, end) != -1`` for offsets
        ``start, end >= 0``), by bisection:
        searching the text made a long sentence with no comma cost each of its cues its length."""
        return _any_within(self._comma_offsets, start, end)

    @functools.cached_property
    def _commas_and_auxiliaries(self) -> tuple[list[int], list[int]]:
        """Offsets of the commas and indexes of the auxiliary words of the text, built once."""
        auxiliaries = self.data.auxiliaries
        aux = [k for k, t in enumerate(self.tokens) if t.lower in auxiliaries and t.text[:1].isalnum()]
        return self._comma_offsets, aux

    def _verb_final_subject(self, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """"…, dass Meyer das Mädchen danach gefragt habe": in a clause a complementizer opens,
        the verb comes last and the subject first; the mentions next to the verb are objects."""
        k = cue.first - 1
        while k >= 0 and self.tokens[k].start >= sent_start and self.tokens[k].text not in ",;:" \
                and self.tokens[k].lower not in self.data.complementizers:
            k -= 1
        if k < 0 or self.tokens[k].start < sent_start or self.tokens[k].lower not in self.data.complementizers:
            return None
        first = bisect.bisect_left(self.mention_starts, self.tokens[k].end)
        if first >= len(self.mentions) or self.mentions[first].end > cue.start:
            return None
        nearest = bisect.bisect_left(self.mention_starts, cue.start) - 1
        return self.mentions[first] if nearest > first else None

    def passive_agent(self, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """'X wird von der Agentur Y mit den Worten zitiert, …': the participle closes a passive
        clause; the one who speaks is its agent, the mention after the agent preposition."""
        if not self.data.passive_agents:
            return None
        k = cue.first - 1
        agent: MentionSpan | None = None
        while k >= 0 and self.tokens[k].start >= sent_start:
            tok = self.tokens[k]
            if tok.text in ",;:" or tok.text in self.quote_chars:
                return None
            if tok.lower in self.data.passive_agents:
                m = self.mention_after(tok.end, cue.start)
                agent = m if m is not None and m.kind is not MentionKind.PRONOUN else agent
            if tok.lower in self.data.passive_auxiliaries:
                return agent
            k -= 1
        return None

    def _subject_of_auxiliary(self, cue: CueMatch, sent_start: int, sent_end: int) -> MentionSpan | None:
        """"X hat Papst Y gebeten, …", "Gestern hatte der Minister Y aufgefordert, …": where the
        participle closes its clause, the mentions right before it are objects; the subject stands
        next to the finite auxiliary, before it or (after a fronted phrase) right after it."""
        k = cue.first - 1
        while k >= 0 and self.tokens[k].start >= sent_start and self.tokens[k].lower not in self.data.auxiliaries:
            if self.tokens[k].text == ")" and (opening := self._parenthesis_opening(k, sent_start)) is not None:
                # "X hat mit Y (Partei, etwa Z) vereinbart": a gloss in parentheses, commas and all
                k = opening - 1
                continue
            if self.tokens[k].text in ",;:" or self.tokens[k].text in self.quote_chars:
                return None
            k -= 1
        if k < 0 or self.tokens[k].start < sent_start or k == cue.first - 1:
            return None
        aux = self.tokens[k]
        between = bisect.bisect_left(self.mention_starts, aux.end)
        if between >= len(self.mentions) or self.mentions[between].start >= cue.start:
            return None  # no mention in the middle field: the usual search is right
        m = None if self.fronted_phrase(sent_start, aux.start) else self.mention_before(aux.start, sent_start - 1)
        if m is not None:
            return self._apposition_opener(m, cue, sent_start) or m
        if self.text[sent_start:aux.start].strip():
            # a fronted phrase before the auxiliary: the subject comes right after it
            first = self.mentions[between]
            if not self.text[aux.end:first.start].strip():
                return first
        return None

    def _parenthesis_opening(self, k: int, sent_start: int) -> int | None:
        """The index of the "(" that the ")" at token ``k`` closes, in its sentence and within
        ``_PARENTHESIS_TOKENS`` tokens, or None."""
        j = k - 1
        while j >= 0 and k - j <= _PARENTHESIS_TOKENS and self.tokens[j].start >= sent_start:
            if self.tokens[j].text == "(":
                return j
            if self.tokens[j].text == ")":
                break
            j -= 1
        return None

    def _apposition_opener(self, m: MentionSpan, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """The subject that opens a sentence before a long apposition ("Ann Kim, a salesman from
        Bend, Oregon, says", "Ann Kim (D-Ore.) said"): the mention next to the cue (a place, an
        organisation, a party) only describes the name that opens the sentence."""
        if m.kind is MentionKind.PRONOUN:
            return None
        head = self.text[m.end:cue.start].strip()
        if head.endswith(")") and "(" not in head:
            # "Gov. Ann Kim (R) said": the mention is the parenthesis
            open_at = self.text.rfind("(", sent_start, m.start)
            if open_at >= 0 and not self.text[open_at + 1:m.start].strip(" -"):
                k = bisect.bisect_left(self.mention_starts, open_at) - 1
                if k >= 0 and not self.text[self.mentions[k].end:open_at].strip() \
                        and self.mentions[k].kind in (MentionKind.NAME, MentionKind.ROLE):
                    return self.mentions[k]
            return None
        if not self.text[sent_start:cue.start].rstrip().endswith(","):
            return None
        opener = self.sentence_subject(sent_start, cue.start)
        if opener is None or opener is m or opener.kind not in (MentionKind.NAME, MentionKind.ROLE) \
                or opener.place or not self.text[opener.end:].lstrip(" ")[:1] in (",", "("):
            return None
        if opener.kind is MentionKind.NAME and not _person_name(opener) and len(opener.text.split()) < 2 \
                and not self._named_person(opener):
            return None
        if _person_name(m):
            # "Ann Kim, a spokesman for Speaker Bo Lind, said": a person inside the apposition's
            # complement is not the subject; a person apposed to a role is ("the mayor, Bo Lind,")
            words = self.doc.tokens_between(opener.end, m.start)
            if not any(t.lower in self.preambles or t.lower in self.data.complement_prepositions for t in words):
                return None
        return opener

    def _named_person(self, m: MentionSpan) -> bool:
        """``m``'s entity is a person the text named in full ("Karimi" after "Dana Karimi")."""
        e = self.entity_of.get(m.start)
        return e is not None and e.person_evidence and any(len(n.split()) > 1 for n in e.names)

    def _opens_on_preposition(self, sent_start: int, m: MentionSpan) -> bool:
        """The sentence opens on a preposition that ``m`` completes ("On the Liberal side")."""
        words = self.doc.tokens_between(sent_start, m.start)
        return bool(words) and len(words) <= 3 and words[0].lower in self.preambles

    def opening_apposition(self, cue: CueMatch, sent_start: int) -> MentionSpan | None:
        """The name that opens the sentence before an apposition between commas that reaches the
        cue, when no mention next to the cue is the subject ("Ann Kim, the head of the
        parents' association, said", "Kim, who was elected in 2012, argued"): no content of its own."""
        if cue.start - sent_start > _OPENING_APPOSITION_CHARS:
            return None  # tested first: the head of a long sentence is not copied for nothing
        if not self.text[sent_start:cue.start].rstrip().endswith(","):
            return None
        opener = self.sentence_subject(sent_start, cue.start)
        if opener is None or opener.kind not in (MentionKind.NAME, MentionKind.ROLE) or opener.place \
                or self.text[opener.end:opener.end + 1] != ",":
            return None
        inner = self.text[opener.end + 1:cue.start].rstrip()[:-1]
        words = self.doc.tokens_between(opener.end + 1, cue.start)
        first = words[0].lower if words else ""
        # a cue inside a relative clause is the relative's verb ("an oncologist who advised X")
        relative = any(t.lower in self.data.relative_pronouns for t in words)
        if self._quote_test.holds(inner) or (self._cue_between(opener.end, cue.start) and not relative):
            return None
        # the apposition describes: a determiner and a role, or a relative clause on the name
        if first not in self.data.determiners and first not in self.data.relative_pronouns:
            return None
        if opener.kind is MentionKind.NAME and not _person_name(opener) and len(opener.text.split()) < 2 \
                and first not in self.data.relative_pronouns:
            return None
        return opener

    def _before_clause(self, m: MentionSpan, limit: int) -> bool:
        """A complementizer follows mention ``m`` (over a few lower-case words and adverbs: "court
        officials that", "Radio Vale on Monday that")."""
        k = self.doc.token_index(m.start)
        j = m.last + 1 if m.last >= k else k + 1
        while j < len(self.tokens) and self.tokens[j].start < limit and j - m.last <= _OPENER_WORDS \
                and self.tokens[j].lower not in self.data.complementizers \
                and (self.tokens[j].text.isalpha() and self.tokens[j].text.islower() or self.tokens[j].lower in self.data.cue_adverbs):
            j += 1
        return j < len(self.tokens) and self.tokens[j].start < limit and self.tokens[j].lower in self.data.complementizers

    def _clause_opener(self, cue: CueMatch, sent_start: int) -> tuple[str | None, bool | None] | None:
        """``cue`` opens its sentence: (None, None); or it follows a participle lead-in and its
        comma: the lead-in's (gender, plural); else None."""
        head = self.text[sent_start:cue.start]
        if not head.strip():
            return None, None
        k = bisect.bisect_left(self.cue_starts, sent_start)
        if k >= len(self.cues) or self.cues[k].start >= cue.start:
            return None
        lead = self._lead_in(self.cues[k])
        if lead is None:
            return None
        comma = self.text.find(",", self.cues[k].end, cue.start)
        if comma < 0 or self.text[comma + 1:cue.start].strip():
            return None
        return lead

    def _lead_in(self, cue: CueMatch) -> tuple[str | None, bool] | None:
        """"Preguntada por las obras, …", "Interrogé par la radio, …": a speech verb's bare past
        participle opening its sentence, before a preposition or a comma, describes the person who
        speaks next; their (gender, plural) from the participle's ending, else None."""
        agreement = self.data.past_participle_agreement
        if not agreement or cue.first != cue.last or cue.plural_aux is not None or cue.inverted is not None:
            return None
        nxt = cue.last + 1
        if nxt >= len(self.tokens) or (self.tokens[nxt].lower not in self.preambles and self.tokens[nxt].text != ","):
            return None
        k = self.doc.sentence_span(cue.start)[0]
        while k < cue.start and self.text[k].isspace():
            k += 1  # only spaces before the cue in its sentence (read up to the first other character)
        if k < cue.start:
            return None
        word = self.tokens[cue.first].lower
        ending = max((e for e in agreement if word.endswith(e) and len(word) > len(e) + 2), key=len, default=None)
        return agreement[ending] if ending is not None else None

    def _lead_in_person(self, cue: CueMatch, lead: tuple[str | None, bool], sent_end: int) -> Resolved | None:
        """The person a lead-in describes where subjects drop and none follows its comma
        ("Preguntada por las obras, se ha mostrado firme:"): the agreeing person spoken of
        before. A mention after the comma may be the agent's apposition ("Invités par X, maire de
        Y, ils …"), so it is left to the sentence's own cue."""
        if not self.data.null_subject:
            return None
        comma = self.text.find(",", cue.end, min(sent_end, cue.end + _LEAD_IN_REACH))
        if comma < 0:
            return None
        k = bisect.bisect_left(self.mention_starts, comma + 1)
        nxt = self.doc.token_index(comma + 1)
        if nxt >= len(self.tokens) or (k < len(self.mentions) and self.mentions[k].start == self.tokens[nxt].start):
            return None
        entity = self.resolve_pronoun(cue.start, *lead)
        return Resolved(entity, None, "dropped subject") if entity is not None else None

    def _after_closing_mark(self, offset: int) -> bool:
        """Only spaces and commas separate ``offset`` from a quote mark before it (apostrophes
        too when they close a quotation: ''…,'' in some newspapers)."""
        k = offset - 1
        while k >= 0 and offset - k <= _MARK_REACH and self.text[k] in " ,\u00a0\u202f":
            k -= 1
        return k >= 0 and offset - k <= _MARK_REACH and (self.text[k] in self.quote_chars or self.text[k] in "'’") \
            and self.in_quote(k)

    def _qualified_start(self, m: MentionSpan) -> int:
        """Where the noun phrase ``m`` heads begins, past lower-case words qualifying it
        ("political scientist Ann Kim")."""
        k = m.first - 1
        while k >= 0 and m.first - k <= _QUALIFIER_TOKENS and self.tokens[k].text.islower() \
                and self.tokens[k].text.isalpha() and self._qualifier_word(self.tokens[k]):
            k -= 1
        return self.tokens[k + 1].start if k + 1 < m.first else m.start

    def _gerund_after_comma(self, cue: CueMatch) -> bool:
        """``cue`` is one gerund after a comma (markers such as "while" between): "…, saying"."""
        tokens = self.tokens
        k = cue.first - 1
        while k >= 0 and tokens[k].lower in self.data.gerund_markers:
            k -= 1
        return cue.first == cue.last and k >= 0 and tokens[k].text == "," \
            and any(tokens[cue.first].lower.endswith(x) for x in self.data.participle_suffixes)

    def _nonfinite(self, cue: CueMatch) -> bool:
        """A gerund ("aggiungendo") has no subject of its own to drop."""
        return cue.plural_aux is None and self.tokens[cue.last].lower.endswith(self.data.participle_suffixes) \
            if self.data.participle_suffixes else False

    def following_cue(self, q: QuoteSpan) -> tuple[CueMatch, Resolved] | None:
        """A quotation with no cue of its own, named by the cue of the next sentence.

        "« … ». C'est ce qu'a affirmé X", "«…». Lo ha detto X", "„…“ So sagte X", "«…». Così X,
        presidente di Y, commenta": the next sentence opens with words pointing back at the
        quotation (the language's ``anaphoric_openers``), then either the cue and its subject
        after it, or the subject and then the cue.
        """
        openers = self.data.anaphoric_openers
        if not openers:
            return None
        tokens = self.tokens
        n = len(tokens)
        k = self.doc.token_index(q.outer_end)
        skipped = 0
        while k < n and not tokens[k].text[:1].isalnum() and skipped < 2:
            if tokens[k].text in self.quote_chars or tokens[k].text in ":;":
                return None
            k += 1
            skipped += 1
        first = k
        while k < n and tokens[k].lower in openers and k - first < _OPENER_WORDS:
            k += 1
        if k == first or k >= n or first >= n or not tokens[k].text[:1].isalnum():
            return None
        start = tokens[first].start
        if self.doc.paragraph_index(start) != self.doc.paragraph_index(q.outer_start) \
                or self.text.find("\n", q.outer_end, start) != -1:
            return None
        cue = self.cue_at(tokens[k].start, skip="")
        if cue is not None:  # "Lo ha detto X": the subject after the cue
            resolved = self.cue_subject(cue, prefer_after=True)
        else:  # "Così X, presidente di Y, commenta": the subject, then the cue
            limit = min(self.doc.sentence_span(start)[1], start + _FOLLOWING_REACH)
            j = bisect.bisect_left(self.cue_starts, tokens[k].start)
            if j >= len(self.cues) or self.cues[j].start >= limit:
                return None
            cue = self.cues[j]
            m = self.mention_before(cue.start, start - 1)
            if m is None or m.start != tokens[k].start:
                return None
            resolved = self.as_resolved(m)
        if resolved is None or (resolved.entity is None and resolved.mention is None):
            return None
        return cue, Resolved(resolved.entity, resolved.mention, "next sentence: " + resolved.how)

    def sentence_subject(self, sent_start: int, cue_start: int) -> MentionSpan | None:
        """The first mention of the clause before the cue, when it opens the sentence
        (:meth:`_find_sentence_subject`), found once per document for each pair of offsets (a
        pronoun's resolution asks for its own and the two previous sentences' subjects, and two
        generators resolve the same cue's pronoun). It is pure: it reads only the document
        (text, tokens, mentions and their starts), the language data and the quotation marks,
        all fixed when the resolver is built, never the discourse state; the span it returns is
        never changed by its callers."""
        key = (sent_start, cue_start)
        memo = self._sentence_subjects
        if key in memo:
            return memo[key]
        found = memo[key] = self._find_sentence_subject(sent_start, cue_start)
        return found

    def _find_sentence_subject(self, sent_start: int, cue_start: int) -> MentionSpan | None:
        k = bisect.bisect_left(self.mention_starts, sent_start)
        if k >= len(self.mentions) or self.mentions[k].start >= cue_start:
            return None
        # a fronted adverbial closed by a comma may be longer, and hold mentions of its own
        # ("Lors de ses réquisitions, X a …", "Malgré la victoire face à Nancy, X a …")
        place = None
        for m in self.mentions[k:k + _FRONTED_MENTIONS]:
            if m.start >= cue_start:
                break
            if place is None and self._comma_within(m.end, cue_start) and (m.place or self._opens_on_preposition(sent_start, m)):
                # "In Columbia, Kerr stepped up …", "On the Liberal side, Kerr …": the mention
                # is the fronted phrase's
                place = m
                continue
            head = self.text[sent_start:m.start]
            if self._quote_test.holds(head):
                return None
            words = len([w for w in head.split() if w[:1].isalnum()])
            if (words <= 3 and (m is self.mentions[k] or self.mentions[k] is place)) \
                    or (words <= _FRONTED_WORDS and head.rstrip().endswith(",")):
                # "Liberal nominee Ann Kerr chimed in": the name heads the qualified phrase
                j = bisect.bisect_left(self.mention_starts, m.start)
                person = self.person_after_modifiers(j)
                return person if person is not None and person.start < cue_start else m
        if place is not None and len([w for w in self.text[sent_start:place.start].split() if w[:1].isalnum()]) <= 3:
            return place
        return None

    def apposition_after(self, comma: int, limit: int) -> MentionSpan | None:
        """A name standing alone between ``comma`` and the next comma (an apposition)."""
        k = bisect.bisect_left(self.mention_starts, comma)
        if k >= len(self.mentions):
            return None
        m = self.mentions[k]
        if m.kind in (MentionKind.NAME, MentionKind.ROLE) and m.start < limit \
                and self.text[comma + 1:m.start].strip() == "" and self.text[m.end:limit].lstrip().startswith(","):
            return m
        # a short description with no lexicon entry: "Pour Nathalie Girard, déléguée syndicale, « … »"
        following = self.text.find(",", comma + 1, limit)
        words = self.text[comma + 1:following].split() if following > 0 else []
        if 0 < len(words) <= _APPOSITION_WORDS and words[0][:1].islower() \
                and not any(ch in self.opening_marks or ch in SENTENCE_PUNCT for ch in "".join(words)) \
                and not self._cue_between(comma, following):
            return MentionSpan(comma + 1, following, self.text[comma + 1:following], MentionKind.ROLE)
        return None

    def _cue_between(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self.cue_starts, start)
        return k < len(self.cue_starts) and self.cue_starts[k] < end

    def apposed_name(self, m: MentionSpan, limit: int) -> MentionSpan:
        """"l'économiste Paul Verdier": the name right after a role is the mention to keep."""
        k = bisect.bisect_right(self.mention_starts, m.start)
        if k < len(self.mentions):
            nxt = self.mentions[k]
            if nxt.start < limit and nxt.kind is MentionKind.NAME and self.text[m.end:nxt.start].isspace():
                return nxt
        return m

    def stressed_pronoun(self, offset: int) -> MentionSpan | None:
        """"selon lui", "d'après elle": a stressed pronoun as the source."""
        k = self.doc.token_index(offset)
        if k < len(self.tokens) and self.tokens[k].lower in self.data.stressed_pronouns:
            t = self.tokens[k]
            gender, plural = self.data.stressed_pronouns[t.lower]
            return MentionSpan(t.start, t.end, t.text, MentionKind.PRONOUN, gender, plural, t.lower)
        return None

    def _description_end(self, start: int, end: int) -> int:
        """Where a source described in words ends, where articles decline (``GENITIVE_DETERMINERS``):
        before an article no genitive complement takes, once a noun has come ("nach Einschätzung von
        Beobachtern einen Rückschlag": the accusative opens the rest of the clause)."""
        if not self.data.genitive_determiners:
            return end
        noun, previous = False, ""
        for t in self.doc.tokens_between(start, end):
            if noun and previous != "," and opens_other_case(t.lower, self.data):
                return t.start  # (after a comma, an apposition: "des Sponsors, dem Hersteller X")
            noun, previous = noun or t.text[:1].isupper(), t.text
        return end

    def _source_words(self, start: int, end: int) -> int:
        """The words of a source phrase, a name in quotation marks counted as one ("der Sektion
        von „Helfer ohne Zaun“": four)."""
        count, closers = 0, ""
        for word in self.text[start:end].split():
            if closers:
                if word[-1:] in closers:
                    closers = ""
                continue
            count += 1
            if word[:1] in self.opening_marks:
                ends = "".join(c for o, c in self.data.quote_pairs if o == word[:1] and c != o)
                closers = "" if word[-1:] in ends and len(word) > 1 else ends
        return count

    def resolve_source(self, start: int, end: int, strict: bool = False, whole: bool = False) -> Resolved | None:
        """Who a source marker names: a mention, a pronoun, or else the words up to the comma.

        A ``strict`` marker ("pour") takes only a name or a role right after it. With ``whole``
        the source is every word up to ``end`` (a postposition's: "Offiziellen Angaben zufolge"),
        so a mention that stops short of it is only part of the source.
        """
        m = self.mention_after(start, end) or self.stressed_pronoun(start)
        if whole and m is not None and m.kind is not MentionKind.PRONOUN and self.text[m.end:end].strip():
            m = None
        k = self.doc.token_index(start)
        if m is None and k < len(self.tokens) and self.tokens[k].lower in self.data.determiners:
            # "segundo a ANAc", "according to the BBC": an article before a name or an acronym
            m = self.mention_after(self.tokens[k].end, end)
            bare = m is not None and k + 1 < len(self.tokens) and m.start == self.tokens[k + 1].start \
                and self.text[m.end:end].strip() == ""
            m = m if bare and m is not None and m.kind is not MentionKind.PRONOUN else None
        if strict:
            if m is None or m.kind is MentionKind.PRONOUN or m.start != start:
                return None
            return Resolved(self.entity_of.get(m.start), m, "source marker")
        if m is not None:
            if m.kind is MentionKind.PRONOUN:
                return Resolved(self.resolve_pronoun(m.start, m.gender, m.plural), m, "source marker")
            return Resolved(self.entity_of.get(m.start), m, "source marker")
        start, end = strip_space(self.text, start, end)
        if not 1 <= self._source_words(start, end) <= 8:
            return None
        k = self.doc.token_index(start)
        if k < len(self.tokens) and self.tokens[k].lower in self.data.auxiliaries:
            return None  # "So hat sich die Chefin …": a finite verb after the marker, which was an adverb
        # (the words counted before the description is cut: which sources are claims stays the same)
        start, end = strip_space(self.text, start, self._description_end(start, end))
        words = self.text[start:end].split()
        loose = MentionSpan(start, end, self.text[start:end], MentionKind.ROLE, head=words[-1].lower())
        return Resolved(None, loose, "source marker (description)")


def _any_within(sorted_values: list[int], lo: int, hi: int) -> bool:
    """Some value of ``sorted_values`` lies in ``[lo, hi)``."""
    k = bisect.bisect_left(sorted_values, lo)
    return k < len(sorted_values) and sorted_values[k] < hi
