"""Speech cues: a speech verb with its auxiliary, adverbs and inverted subject, as one span.

Matched on tokens, driven only by the language's data: ``a affirmé``, ``a-t-il ajouté``,
``ajoute-t-elle``, ``s'est dite``, ``a également annoncé``, ``dit``, ``said``, ``sagte``.
A matcher is built once per language and cached.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from attrs import frozen

from .document import Document
from .lang import LanguageData

__all__ = ["CueMatch", "CueMatcher", "matcher_for"]

_MAX_ADVERBS = 3
_PHRASE_WORDS = 3  # the longest cue phrase, in words
_PARTICLE_GAP = 6  # the most words between a separated stem and its particle
_CLAUSE_ENDS = frozenset({",", ":", ";", ".", "!", "?"})  # what may follow a closing particle
_INVERTED_MEMO = 50_000  # hyphenated words whose split a matcher keeps


@frozen
class CueMatch:
    start: int
    end: int
    text: str
    lemma: str
    #: token indices [first, last] of the cue in the document
    first: int
    last: int
    #: (gender, plural) of an inverted subject pronoun ("-t-il"), else None
    inverted: tuple[str | None, bool] | None = None
    #: True when an auxiliary carries the tense ("a dit"), for plural agreement
    plural_aux: bool | None = None
    #: token index of the particle that closes the clause of a separated cue ("gab … bekannt")
    particle: int | None = None


class CueMatcher:
    def __init__(self, data: LanguageData) -> None:
        self.verbs = data.speech_verbs
        self.auxiliaries = data.auxiliaries
        self.adverbs = data.cue_adverbs
        # longest suffix first so "-t-elle" wins over "-elle"
        self.suffixes = sorted(data.inverted_subjects.items(), key=lambda kv: -len(kv[0]))
        self.reflexives = frozenset(data.reflexive_pronouns)
        self.passives = data.passive_auxiliaries
        #: {last word: (lemma, the words before it)}; those words may be several ("prend la")
        self.phrases = {last: (lemma, frozenset(forms)) for last, (lemma, forms) in data.cue_phrases.items()}
        self.incise_verbs = data.incise_verbs
        self.separated = data.separated_cues
        # every word that can open a cue (inverted forms with a hyphen are checked apart)
        self.starters = (frozenset(self.verbs) | frozenset(self.auxiliaries) | self.reflexives
                         | frozenset(form.split()[0] for _, forms in data.cue_phrases.values() for form in forms)
                         | frozenset(self.separated))
        self.clitics = data.object_clitics
        #: a verb form between one of these and a capitalised word is an adjective ("wegen
        #: wiederholten Fouls", "after repeated Israeli strikes"), no cue
        self.prepositions = data.fronted_prepositions | data.locative_prepositions | data.complement_prepositions
        #: ``_split_inverted`` of each hyphenated word met, by word
        self._inverted: dict[str, tuple[str, tuple[str | None, bool] | None]] = {}

    def _split_inverted(self, word: str) -> tuple[str, tuple[str | None, bool] | None]:
        """The word without its inverted subject pronoun ("ajoute-t-elle" → "ajoute") and the
        pronoun's agreement, else the word and None; found once per hyphenated word (each
        suffix of the language is tried on it)."""
        if "-" not in word and "‑" not in word:
            return word, None
        split = self._inverted.get(word)
        if split is None:
            if len(self._inverted) >= _INVERTED_MEMO:
                self._inverted.clear()  # a stream of documents keeps the memo bounded
            split = self._inverted[word] = self._split_suffix(word)
        return split

    def _split_suffix(self, word: str) -> tuple[str, tuple[str | None, bool] | None]:
        """:meth:`_split_inverted` computed: the longest suffix of the language that ends ``word``."""
        normalized = word.replace("‑", "-")
        for suffix, agreement in self.suffixes:
            if normalized.endswith(suffix) and len(normalized) > len(suffix):
                return normalized[: -len(suffix)], agreement
        return word, None

    def match_at(self, doc: Document, i: int, incise: bool = False) -> CueMatch | None:
        """The cue that starts at token ``i``, if any.

        ``incise``: the position is an incise inside a quotation, where a few more verbs speak
        ("fit-il") than anywhere else.
        """
        if incise:
            # "lui demandais-je", "me dit-elle": an object pronoun may open an incise
            k = i
            while k < len(doc.tokens) and doc.tokens[k].lower in self.clitics and k - i < 2:
                k += 1
            if k > i and k < len(doc.tokens):
                found = self.match_at(doc, k, incise=True)
                if found is not None:
                    start = doc.tokens[i].start
                    return CueMatch(start, found.end, doc.text[start:found.end], found.lemma, i, found.last,
                                    found.inverted, found.plural_aux)
            word, inverted = self._split_inverted(doc.tokens[i].lower) if i < len(doc.tokens) else ("", None)
            if word in self.incise_verbs:
                return self._make(doc, i, i, self.incise_verbs[word], inverted, None)
        tokens = doc.tokens
        n = len(tokens)
        j = i
        reflexive = j < n and tokens[j].lower in self.reflexives
        if reflexive:
            j += 1
        if j >= n:
            return None
        if i > 0 and tokens[i - 1].lower in self.passives and not reflexive:
            return None  # "a été interrogée": a passive participle is no cue
        if tokens[j].text[:1].isupper() and i > 0 and tokens[i - 1].text[:1].isalnum():
            return None  # "de La Poste": a capital inside a sentence is a name, not a verb
        word, inverted = self._split_inverted(tokens[j].lower)
        if word in self.passives and not reflexive and word in self.auxiliaries:
            return None  # "est accusé", "sont invités"
        if word in self.auxiliaries:
            plural = self.auxiliaries[word]
            k = j + 1
            skipped = 0
            while k < n and tokens[k].lower in self.adverbs and skipped < _MAX_ADVERBS:
                k += 1
                skipped += 1
            if k < n and tokens[k].lower in self.verbs:
                return self._make(doc, i, k, self.verbs[tokens[k].lower], inverted, plural)
            phrase = self._phrase(doc, k)
            if phrase is not None:
                return self._make(doc, i, phrase[1], phrase[0], inverted, plural)
            if word not in self.verbs:
                return None
        if word in self.verbs:
            if not reflexive and inverted is None and i > 0 and tokens[i - 1].lower in self.prepositions \
                    and i + 1 < n and tokens[i + 1].text[:1].isupper() and tokens[i + 1].text.isalpha():
                return None  # an adjective before its noun, after a preposition
            return self._make(doc, i, j, self.verbs[word], inverted, None)
        phrase = self._phrase(doc, j)
        if phrase is not None:
            return self._make(doc, i, phrase[1], phrase[0], inverted, None)
        if word in self.separated and not reflexive:
            closing = self._closing_particle(doc, j, self.separated[word])
            if closing is not None:
                return self._make(doc, i, j, closing[0], inverted, None, closing[1])
        return None

    def _closing_particle(self, doc: Document, j: int, particles: Mapping[str, str]) -> tuple[str, int] | None:
        """The lemma of a separated stem at token j whose particle closes the clause a few words on
        ("gab … bekannt."), and the particle's token, else None. The cue stays the stem, so a subject
        after it is found as usual."""
        tokens = doc.tokens
        for k in range(j + 1, min(j + 2 + _PARTICLE_GAP, len(tokens))):
            if tokens[k].text in _CLAUSE_ENDS:
                lemma = particles.get(tokens[k - 1].lower)
                return (lemma, k - 1) if lemma is not None and k - 1 > j else None
        return None

    def _phrase(self, doc: Document, k: int) -> tuple[str, int] | None:
        """A cue of two or three words at token k ("fait savoir", "prend la parole"): its lemma and
        its last token, else None."""
        tokens = doc.tokens
        for n in range(1, _PHRASE_WORDS):
            if k + n >= len(tokens):
                return None
            entry = self.phrases.get(tokens[k + n].lower)
            if entry is not None and " ".join(t.lower for t in tokens[k:k + n]) in entry[1]:
                return entry[0], k + n
        return None

    def _make(
        self, doc: Document, first: int, last: int, lemma: str,
        inverted: tuple[str | None, bool] | None, plural: bool | None, particle: int | None = None,
    ) -> CueMatch:
        start, end = doc.tokens[first].start, doc.tokens[last].end
        # a participle-only cue ("dit") inverted on the auxiliary keeps the suffix inside the span
        return CueMatch(start, end, doc.text[start:end], lemma, first, last, inverted, plural, particle)

    def find_all(self, doc: Document) -> list[CueMatch]:
        """Every cue of the document, left to right, never overlapping."""
        found: list[CueMatch] = []
        tokens = doc.tokens
        starters = self.starters
        i = 0
        n = len(tokens)
        while i < n:
            word = tokens[i].lower
            if word not in starters and "-" not in word and "‑" not in word:
                i += 1  # most words cannot open a cue: skip them without the full match
                continue
            m = self.match_at(doc, i)
            if m is not None:
                found.append(m)
                i = m.last + 1
            else:
                i += 1
        return found


@functools.lru_cache(maxsize=None)
def matcher_for(data: LanguageData) -> CueMatcher:
    return CueMatcher(data)
