"""``partial-cue``: a word such as « qualifiées de », "y voit", "called" right before a fragment."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from ...claims import MentionKind, SpeakerKind
from ...cues import CueMatch
from ...lang import LanguageData
from ...subjects import Resolved
from ..candidates import Candidate
from ..registry import generator

if TYPE_CHECKING:  # pragma: no cover
    from ...mentions import MentionSpan
    from ...quotes import QuoteSpan
    from ..attributor import Attributor

_REACH = 40  # characters before the fragment searched for the word


@generator("partial-cue", priority=60, needs_cue=True)
def propose(a: Attributor, q: QuoteSpan) -> Candidate | None:
    """The subject of the word's clause where its order shows it (a passive's agent, the subject
    after a conjunction, after the verb of a fronted phrase), else the subject that opens the
    sentence ("X nannte Y einen „…“", "X called Y a '…'": Y is the object), else the nearest
    person mention of the sentence, else the current speaker."""
    if not q.embedded:
        return None
    lo, hi = a.sentence_bounds(q)
    words = a.ctx.doc.tokens_between(max(lo, q.outer_start - _REACH), q.outer_start)
    hit = next((t for t in reversed(words) if t.lower in a.ctx.data.partial_cues), None)
    if hit is None:
        return None
    cue = CueMatch(hit.start, hit.end, hit.text, a.ctx.data.partial_cues[hit.lower], 0, 0)
    clause = _passive_agent(a, lo, hit.start) or _clause_subject(a, lo, hit.start) \
        or _inverted_subject(a, lo, hit.start) or _subject_after_relative(a, lo, hit.start, q.outer_start)
    if clause is not None:
        return Candidate("partial-cue", cue, clause)
    m = a.subjects.sentence_subject(lo, hit.start)
    if m is None or m.place or m.end > q.outer_start:
        m = _nearest_mention(a, q, lo, hi)
    if m is not None:
        entity = a.ctx.entity_of.get(m.start)
        if m.kind is MentionKind.PRONOUN:
            entity = a.subjects.resolve_pronoun(m.start, m.gender, m.plural)
        return Candidate("partial-cue", cue, Resolved(entity, m, "nearest mention"))
    if a.state.current is not None:
        return Candidate("partial-cue", cue, Resolved(a.state.current, None, "current speaker"))
    return None


def _passive_agent(a: Attributor, lo: int, offset: int) -> Resolved | None:
    """"Y wurde von X als „…“ bezeichnet", "Y wird vom Verband als „…“ eingestuft": in a
    passive clause (a ``passive_auxiliaries`` word before the agent) the one who qualifies is the
    agent, the words after the agent preposition nearest to the fragment's word (``passive_agents``)
    — a mention, an organisation too, or a short description."""
    data, tokens, subjects = a.ctx.data, a.ctx.doc.tokens, a.subjects
    if not data.passive_agents or not data.passive_auxiliaries:
        return None
    agent = None
    k = a.ctx.doc.token_index(offset) - 1
    while k >= 0 and tokens[k].start >= lo:
        t = tokens[k]
        if t.text in ",;:" or t.text in subjects.quote_chars:
            return None
        if agent is None and t.lower in data.passive_agents:
            agent = t
        elif agent is not None and t.lower in data.passive_auxiliaries:
            found = subjects.resolve_source(agent.end, offset)
            return Resolved(found.entity, found.mention, "mention") if found is not None else None
        k -= 1
    return None


def _clause_subject(a: Attributor, lo: int, offset: int) -> Resolved | None:
    """"…, weil X das Team als „…“ bezeichnet hat", "…, dass X den Plan „…“ nannte": in a clause a
    conjunction opens (``complementizers``, ``relative_pronouns``), the verb comes last and the
    subject right after the conjunction; the mentions nearer the fragment are its objects."""
    data, tokens, subjects = a.ctx.data, a.ctx.doc.tokens, a.subjects
    k = a.ctx.doc.token_index(offset) - 1
    while k >= 0 and tokens[k].start >= lo and tokens[k].text not in ",;:" and tokens[k].text not in subjects.quote_chars:
        k -= 1
    if k < 0 or tokens[k].start < lo or tokens[k].text != "," or k + 2 >= len(tokens):
        return None
    opener = tokens[k + 1]
    if opener.lower not in data.relative_pronouns and opener.lower not in data.complementizers:
        return _opening_subject(a, k + 1, offset)
    m = subjects.mention_after(opener.end, offset)
    if m is None or m.start != tokens[k + 2].start or m.place:
        return None
    return subjects.as_resolved(m)


def _opening_subject(a: Attributor, k: int, offset: int) -> Resolved | None:
    """"X nannte die Sperre „…“, Trainer Y bezeichnete die Strafen als „…“": a mention that
    opens the clause after a comma, a lower-case word (its verb) right after it, is the clause's
    subject; the sentence's opener is the first clause's."""
    subjects, tokens = a.subjects, a.ctx.doc.tokens
    at = bisect.bisect_left(subjects.mention_starts, tokens[k].start)
    if at >= len(subjects.mentions) or subjects.mentions[at].start != tokens[k].start:
        return None
    m = subjects.mention_after(tokens[k].start, offset) or subjects.mentions[at]
    after = a.ctx.doc.token_index(m.end)
    if m.place or m.kind is MentionKind.PRONOUN or after >= len(tokens) or tokens[after].start > offset \
            or not tokens[after].text.isalpha() or not tokens[after].text.islower() \
            or tokens[after].lower in a.ctx.data.determiners:
        return None
    return Resolved(a.ctx.entity_of.get(m.start), m, "mention")


def _inverted_subject(a: Attributor, lo: int, offset: int) -> Resolved | None:
    """"Auf der Sitzung nannte die Ministerin den Plan „…“", "Im Bericht lobte der Verband das
    Team als „…“": after a fronted phrase (:meth:`SubjectResolver.fronted_phrase`) a verb-second
    clause puts its subject right after the finite verb; the mention of the phrase is no speaker."""
    subjects = a.subjects
    if not subjects.fronted_phrase(lo, offset):
        return None
    starts, mentions = subjects.mention_starts, subjects.mentions
    k = bisect.bisect_left(starts, lo)
    if k + 1 >= len(mentions) or mentions[k + 1].start >= offset:
        return None
    fronted, m = mentions[k], mentions[k + 1]
    between = a.ctx.doc.tokens_between(fronted.end, m.start)
    verb, rest = (between[0], between[1:]) if between else (None, ())
    if verb is None or not verb.text.isalpha() or not verb.text.islower() or m.place \
            or any(t.lower not in a.ctx.data.reflexive_pronouns and t.lower not in a.ctx.data.cue_adverbs for t in rest):
        return None
    return subjects.as_resolved(m)


@functools.lru_cache(maxsize=None)
def _function_words(data: LanguageData) -> frozenset[str]:
    """Words that are no finite verb after the comma closing a relative clause, once per language."""
    return frozenset(data.determiners.keys() | data.relative_pronouns | set(data.complementizers)
                     | data.coordinators | data.fronted_prepositions | data.locative_prepositions)


def _subject_after_relative(a: Attributor, lo: int, offset: int, limit: int) -> Resolved | None:
    """"Die Pläne, die der Rat vorlegte, nannte die Ministerin „…“", "In einem Brief, der … ,
    lobte der Verband das Team als „…“": a sentence whose first phrase a relative clause follows
    (a comma, then a relative pronoun or an article-like one, ``determiners``) has put that phrase
    before the verb; after the comma closing the relative clause come the finite verb (one
    lower-case word, the fragment's word at ``offset`` too) and right after it, before ``limit``,
    the subject."""
    data, doc, subjects = a.ctx.data, a.ctx.doc, a.subjects
    if not data.fronted_prepositions:
        return None  # a language without verb-second order
    tokens = doc.tokens
    k, stop = doc.token_index(lo), doc.token_index(offset)
    while k < stop and tokens[k].text != ",":
        if tokens[k].text in ";:" or tokens[k].text in subjects.quote_chars:
            return None
        k += 1
    if k + 1 >= stop or (tokens[k + 1].lower not in data.determiners and tokens[k + 1].lower not in data.relative_pronouns):
        return None
    function_words = _function_words(data)
    for j in range(k + 2, min(stop, len(tokens) - 2)):
        verb = tokens[j + 1]
        if tokens[j].text in ";:" or tokens[j].text in subjects.quote_chars:
            return None
        if tokens[j].text != "," or not verb.text.isalpha() or not verb.text.islower() or verb.lower in function_words:
            continue
        at = bisect.bisect_left(subjects.mention_starts, tokens[j + 2].start)
        if at < len(subjects.mentions) and subjects.mentions[at].start == tokens[j + 2].start \
                and subjects.mentions[at].start < limit:
            m = subjects.mentions[at]
            if m.place or m.kind is MentionKind.PRONOUN:
                return None
            return Resolved(a.ctx.entity_of.get(m.start), m, "mention")
        return None
    return None


def _nearest_mention(a: Attributor, q: QuoteSpan, lo: int, hi: int) -> MentionSpan | None:
    """The mention of ``lo``..``hi`` nearest to the quotation (the first one on a tie), no
    organisation: found by bisection among the document's mentions that may speak, not by
    reading every mention of the sentence (a sentence of many fragments made that quadratic)."""
    starts, mentions = _speaking(a)
    first, stop = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)
    inside = bisect.bisect_left(starts, q.outer_start, first, stop)
    after = bisect.bisect_left(starts, q.outer_end, inside, stop)
    # the nearest before the quotation, any inside it (mentions never are), the nearest after
    near = ([inside - 1] if inside > first else []) + list(range(inside, after)) + ([after] if after < stop else [])
    best = None
    for k in near:
        m = mentions[k]
        d = min(abs(m.start - q.outer_start), abs(m.start - q.outer_end))
        if best is None or d < best[0]:
            best = (d, m)
    return best[1] if best else None


def _speaking(a: Attributor) -> tuple[list[int], list[MentionSpan]]:
    """(starts, mentions) of the document's mentions that are no organisation, built once."""
    found = a.indexes.get("partial-cue")
    if found is None:
        kept = []
        for m in a.subjects.mentions:
            entity = a.ctx.entity_of.get(m.start)
            if m.kind is MentionKind.ORGANIZATION or (
                    m.kind is MentionKind.NAME and entity is not None and entity.kind is SpeakerKind.ORGANIZATION) \
                    or _possessive_before_noun(a, m):
                continue
            kept.append(m)
        found = a.indexes["partial-cue"] = ([m.start for m in kept], kept)
    return found


def _possessive_before_noun(a: Attributor, m: MentionSpan) -> bool:
    """A name in the genitive before the noun it owns ("lobte Brenners Entwurf als „…“"): what
    the name owns is the verb's object, the name no speaker of the sentence (``GENITIVE_NAME_ENDINGS``)."""
    endings = a.ctx.data.genitive_name_endings
    tokens = a.ctx.tokens
    after = m.last + 1
    return bool(endings) and m.kind is MentionKind.NAME and m.last == m.first and after < len(tokens) \
        and tokens[after].text[:1].isupper() and a.ctx.text[m.end:tokens[after].start] == " " \
        and m.text.endswith(endings)
