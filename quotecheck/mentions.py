"""Speaker mentions outside quotations: names, titled names, roles, organisations, pronouns.

Token patterns over the language's lexicons (titles, role nouns, demonyms, organisation nouns,
determiners, pronouns, name particles); words inside a quotation are the speaker's words, never
mentions of the speaker (in « Elle ne doit pas … », Elle is not who speaks).
"""

from __future__ import annotations

import bisect
import functools
import operator
import weakref
from collections.abc import Callable, Mapping, Sequence

import attrs
import regex
from attrs import field, frozen

from .claims import MentionKind
from .cues import CueMatch, matcher_for
from .document import Document, Token
from .gender import is_first_name
from .lang import LanguageData
from .memos import keep_bounded
from .quotes import QuoteSpan

__all__ = ["MentionSpan", "between_finder", "find_mentions", "mentions_between"]

_MAX_ROLE_WORDS = 4
_COMPLEMENT_WORDS = 3
#: the words of a place's name after a noun of ``PLACE_NOUNS`` ("der Stadt Bad Kreuznach")
_PLACE_NAME_WORDS = 3
_MIN_NOUN_STEM = 3  # letters before a common-noun ending: "Jung" and "Ort" are no compounds
_MIN_COMPOUND_HEAD = 6  # letters of a role or organisation noun that ends a compound ("-sprecher", not "-mann")
_MAX_ADJECTIVES = 2  # "der ehemalige russische Präsident"


@frozen
class MentionSpan:
    start: int
    end: int
    text: str
    kind: MentionKind
    gender: str | None = None
    plural: bool = False
    #: for names, the name without its title; for roles, the role noun (lower case)
    head: str = ""
    #: the complement of a role ("de l'Otan" → "otan"), to match "le chef de l'Otan"
    complement: str = ""
    first: int = field(default=0)  #: token indices
    last: int = field(default=0)
    #: False for a free description found only because a cue follows it ("L'entourage de la maire
    #: assure"): such a subject is a speaker of its own, never another person's alias
    linkable: bool = True
    #: the mention is the inverted subject right after a cue ("», a lâché l'entraîneur")
    cue_subject: bool = False
    #: the name is a place's (``LanguageData.places``: "India", "Afghanistan") or follows a
    #: locative preposition ("à Amiens"): a place, its government or a medium, not a person
    place: bool = False
    #: the mention sits on a title-case line (a headline): its capitals say little of where the
    #: name ends ("Kerr Wins Over Lowe"), so another mention's form names the entity first
    headline: bool = False


def _role_parts(phrase: str, prepositions: frozenset[str]) -> tuple[str, str]:
    """("chef de l'otan", "") → ("chef", "otan"): the role noun and its complement's last word."""
    words = phrase.lower().replace("'", "' ").replace("’", "’ ").split()
    for k, w in enumerate(words):
        if k and w in prepositions and k + 1 < len(words):
            return " ".join(words[:k]), words[-1]
    return phrase.lower(), ""


def _stated_gender(noun_gender: str | None) -> str | None:
    """The gender a role noun with no determiner states of its holder: a feminine form says
    a woman ("Anna Neri, direttrice"), a masculine form nothing, since it is also the generic one
    ("Anna Neri, direttore generale", "Anne Roy, directeur de cabinet")."""
    return noun_gender if noun_gender != "m" else None


_Index = dict[str, list[tuple[list[str], "str | None"]]]


def _multiword_index(entries: Mapping[str, str | None]) -> _Index:
    """{first word: [(words, gender), ...] longest first} for matching lexicon entries on tokens."""
    index: _Index = {}
    for key, gender in entries.items():
        words = key.lower().replace("'", "' ").replace("’", "’ ").split()
        if words:
            index.setdefault(words[0], []).append((words, gender))
    for options in index.values():
        options.sort(key=lambda o: -len(o[0]))
    return index


@functools.lru_cache(maxsize=None)
def _noun_endings(data: LanguageData) -> tuple[frozenset[str], frozenset[str]]:
    """(endings that make a capitalised word a common noun, the one-word role and organisation
    nouns in lower case, which make it a speaker instead: "Landesregierung", "Ryanair-Sprecherin")."""
    speakers = {k.lower() for k in (*data.role_nouns, *data.organization_nouns) if " " not in k}
    return frozenset(e.lower() for e in data.common_noun_endings), frozenset(speakers)


@functools.lru_cache(maxsize=None)
def _lexicon_indexes(data: LanguageData) -> tuple[_Index, _Index]:
    """The role and organisation indexes of a language, built once."""
    return _multiword_index(data.role_nouns), _multiword_index({k.lower(): None for k in data.organization_nouns})


@functools.lru_cache(maxsize=None)
def _lower_determiners(data: LanguageData) -> dict[str, tuple[str | None, bool]]:
    """The language's determiners by their lower case, built once per language (read, never written)."""
    return {k.lower(): v for k, v in data.determiners.items()}


def opens_other_case(low: str, data: LanguageData) -> bool:
    """Where articles decline (``GENITIVE_DETERMINERS``), the lower-case word ``low`` is an article
    no genitive complement takes: it opens a phrase of its own ("der Demonstration und die
    Polizei", "nach Einschätzung von Beobachtern einen Rückschlag")."""
    genitive = data.genitive_determiners
    return bool(genitive) and low in _lower_determiners(data) and low not in genitive \
        and low not in data.complement_prepositions


def adjective_chain_end(tokens: Sequence[Token], start: int, data: LanguageData, admits: Callable[[int], bool],
                        most: int | None = None, compounds: bool = False, text: str | None = None) -> int:
    """Where nouns are capitalised, the token after the chain of lower-case adjectives (words with
    an ending of ``ADJECTIVE_ENDINGS``) that starts at token ``start`` ("der ehemalige russische
    Präsident"): ``start`` when none starts there. The caller tests what must follow the chain (a
    capitalised noun, a role) and how many adjectives it needs. Its callers read the chain in
    different places, hence the parameters:

    - ``admits(k)``: token k may be an adjective at all (a mention's plain-word test, or no
      auxiliary and no determiner where reported speech reads a source without the finder);
    - ``most``: at most so many adjectives (None: no bound);
    - ``compounds``: a word with hyphens or digits counts too ("zweistufige", "5-köpfige"), as
      before a role, where the adjectives describe a person;
    - ``text``: when given, each adjective follows the token before it after exactly one space,
      as inside a complement whose words run on (no line break or mark parts them)."""
    endings = data.adjective_endings
    if not (data.capitalized_nouns and endings):
        return start
    m = start
    while m < len(tokens) and (most is None or m - start < most):
        t = tokens[m]
        shaped = t.text.replace("-", "").isalnum() if compounds else t.text.isalpha()
        if not (shaped and t.text.islower() and t.lower.endswith(endings) and admits(m)):
            break
        if text is not None and m > 0 and text[tokens[m - 1].end:t.start] != " ":
            break
        m += 1
    return m


def place_genitive(word: str, data: LanguageData) -> bool:
    """``word`` is a place's name in the genitive (``GENITIVE_NAME_ENDINGS`` after a name of
    ``PLACES``: "Norwegens", "Kenias"): the place a noun belongs to, never a person."""
    return any(word.endswith(e) and word[: -len(e)] in data.places for e in data.genitive_name_endings)


@functools.lru_cache(maxsize=None)
def _lower_openers(data: LanguageData) -> tuple[frozenset[str], frozenset[str]]:
    """(the titles, determiners and pronouns, the words a token not capitalised opens a mention
    with; the comma and prepositions after which such a token may open a role), built once per
    language: :meth:`_MentionFinder._at` rejects every other such token with two set lookups."""
    openers = frozenset((*data.titles, *_lower_determiners(data), *data.pronouns))
    lead_ins = frozenset((",", *data.complement_prepositions, *data.locative_prepositions, *data.cue_prepositions))
    return openers, lead_ins


def _is_capitalized(token: Token) -> bool:
    return token.text[:1].isupper() and token.text[:1].isalpha()


#: a line is in title case when this share of its words of four letters or more are capitalised
_TITLE_CASE_SHARE = 0.8
#: the fewest such words a title-case line has
_TITLE_CASE_WORDS = 3
#: a web domain written as a medium's name ("ostblatt.de", "news.talwacht.com"): words joined by
#: dots, the last one (the top-level domain) of two to six letters; a name in any case
_WEB_DOMAIN = regex.compile(r"[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.\p{Ll}{2,6}")


def _title_case_tokens(doc: Document) -> set[int]:
    """Indices of the tokens on lines whose longer words are nearly all capitalised: headlines
    ("Senator Wins State Primary"), where capitals say nothing of names."""
    out: set[int] = set()
    tokens = doc.tokens
    find = doc.text.find
    n = len(tokens)
    first = 0  # the first token of the current line
    while first < n:
        # the line runs to the first token after a gap holding a line break: no token holds a
        # space, so that is the first token after the next line break (found once per line)
        brk = find("\n", tokens[first].end)
        k = n if brk < 0 else doc.token_index(brk)
        words = 0
        capitals = 0
        for t in tokens[first:k]:
            w = t.text
            if len(w) >= 4 and w.isalpha():
                words += 1
                capitals += w[:1].isupper()
        if words >= _TITLE_CASE_WORDS and capitals >= _TITLE_CASE_SHARE * words:
            out.update(range(first, k))
        first = k
    return out


class _DocumentIndexes:
    """What the mention finder reads of a whole document (its words in lower case, inner
    capitals, headline tokens, noun evidence), built once per document and language and shared
    by every finder of that document (the main pass and the :func:`between_finder` ones)."""

    __slots__ = ("doc", "data", "sentence_starts", "lower_words", "inner_capitals", "capital_words",
                 "title_case", "evidence")

    def __init__(self, doc: Document, data: LanguageData) -> None:
        # a weak reference: the cache below must not keep a window's document (its tokens) alive
        # while the next window is read
        self.doc = weakref.ref(doc, _forget_indexes)
        self.data = data
        tokens = doc.tokens
        self.sentence_starts = sentence_starts = {s for s, _ in doc.sentences}
        # (each distinct word tested once: the tokens share few strings)
        self.lower_words = {w for w in set(map(_text_of, tokens)) if w.islower()}
        self.inner_capitals = {t.text for k, t in enumerate(tokens)
                               if t.text[:1].isupper() and t.start not in sentence_starts
                               and k > 0 and tokens[k - 1].text[:1].isalnum()}
        self.capital_words = {t.text for t in tokens if _is_capitalized(t)} if data.genitive_name_endings else set()
        self.title_case = _title_case_tokens(doc)
        self.evidence: tuple[set[str], set[str], set[str]] | None = None


_text_of = operator.attrgetter("text")

#: the indexes of the last document read (a document is read by several finders in a row)
_LAST_INDEXES: list[_DocumentIndexes] = []


def _forget_indexes(freed: weakref.ref[Document]) -> None:
    """A document freed: its indexes go with it."""
    if _LAST_INDEXES and _LAST_INDEXES[0].doc is freed:
        _LAST_INDEXES.clear()


def inner_capitals(doc: Document, data: LanguageData) -> set[str]:
    """The capitalised words ``doc`` writes inside a sentence, after a word or a number (not at
    a sentence start, nor after a mark): a name recurs there, a sentence-initial word does not.
    Read from the document's indexes (built once for the mention finder and the hints)."""
    return _document_indexes(doc, data).inner_capitals


def _document_indexes(doc: Document, data: LanguageData) -> _DocumentIndexes:
    if _LAST_INDEXES and _LAST_INDEXES[0].doc() is doc and _LAST_INDEXES[0].data is data:
        return _LAST_INDEXES[0]
    built = _DocumentIndexes(doc, data)
    _LAST_INDEXES[:] = [built]
    return built


#: what a token may open, by its text alone (:meth:`_MentionFinder._opening`)
_OPENS_NOTHING, _OPENS_AFTER_LEAD_IN, _MAY_OPEN = 0, 1, 2


@functools.lru_cache(maxsize=None)
def _word_memos(data: LanguageData) -> tuple[dict[str, int], dict[str, bool]]:
    """The mention finder's memos for one language, kept from one document to the next (see
    :mod:`quotecheck.memos`): {a token's text: :meth:`_MentionFinder._opening`'s answer where the
    backend gives no names}, {a lower-case word: :meth:`_MentionFinder._closed_class_word`'s}."""
    return {}, {}


@functools.lru_cache(maxsize=None)
def _source_words(data: LanguageData) -> frozenset[str]:
    """The source markers of one word ("selon"): a quoted name may follow them."""
    return frozenset(m for m in data.source_markers if " " not in m)


class _MentionFinder:
    def __init__(self, doc: Document, data: LanguageData, quotes: tuple[QuoteSpan, ...], cues: list[CueMatch]) -> None:
        self.doc = doc
        self.data = data
        self.tokens = doc.tokens
        self.cues = matcher_for(data)
        self.quoted = sorted((q.start, q.end) for q in quotes)
        self.quoted_starts = [start for start, _ in self.quoted]
        indexes = _document_indexes(doc, data)
        self.sentence_starts = indexes.sentence_starts
        self.role_words, self.org_words = _lexicon_indexes(data)
        self.prepositions = data.complement_prepositions
        self.determiners = _lower_determiners(data)
        # what a word that is not capitalised must be, or follow, to open a mention (see _at)
        self.lower_openers = _lower_openers(data)
        # entities from a model backend, by start offset (empty with the rules backend)
        self.names = {start: (end, kind) for start, end, kind in doc.names if kind in ("PER", "ORG", "LOC")}
        self.last_kind: MentionKind | None = None  # the previous mention, for appositions
        #: the last words of the full names found so far ("Mark Cuban"): such a word alone is that
        #: surname even where it is also a demonym or an adjective ("Cuban said")
        self.surnames: set[str] = set()
        self.last_end = -1
        self.last_place = False
        self.titles = data.titles
        self.source_words = _source_words(data)
        self.non_names = data.non_names
        # words the document also writes in lower case are common words when capitalised
        self.lower_words = indexes.lower_words
        # capitalised words seen inside a sentence: a name recurs there ("Hélène Marchal … Marchal"),
        # a sentence-initial adjective ("Interdite, elle …") does not
        self.inner_capitals = indexes.inner_capitals
        self.noun_endings, self.speaker_nouns = _noun_endings(data)
        if data.capitalized_nouns:
            if indexes.evidence is None:
                indexes.evidence = self._noun_evidence()
            self.nouns, self.named, self.modified_nouns = indexes.evidence
        else:
            self.nouns, self.named, self.modified_nouns = set(), set(), set()
        self.common_nouns: dict[str, bool] = {}
        # {a lower-case word: _closed_class_word's answer} ({a token's text: _opening's answer}
        # depends on the language alone where the backend gives no names)
        openings, self.function_words = _word_memos(data)
        self.openings: dict[str, int] = {} if self.names else openings
        self.capital_words = indexes.capital_words
        # tokens of a line in title case (a headline: "Senator Wins State Primary"), where a
        # capitalised common word does not continue a name
        self.title_case = indexes.title_case
        # token indices that end a cue: a description right after is an inverted subject
        self.cue_starts = {c.first for c in cues}
        # the particles closing separated cues ("gab … bekannt"): verb parts, never in a mention
        self.cue_particles = {c.particle for c in cues if c.particle is not None}
        # a description is a subject only before a cue that is surely a verb: an auxiliary, or a
        # complementizer or colon after it ("L'entourage assure qu'…"), not "accusations qualifiées"
        self.finite_cue_starts = {
            c.first for c in cues
            if c.first != c.last or (c.last + 1 < len(doc.tokens) and (
                doc.tokens[c.last + 1].lower in data.complementizers or doc.tokens[c.last + 1].text == ":"))
        }
        # only an inverted cue ("», a estimé la conservatrice") takes a description after it
        self.cue_ends = {c.last for c in cues
                         if doc.text[max(0, c.start - 5):c.start].rstrip()[-1:] in (",", "»", "”", '"', "“", "—", "–")}

    def _noun_evidence(self) -> tuple[set[str], set[str], set[str]]:
        """Where every noun is capitalised, what the document itself says of its capitalised
        words: those written after an article (and maybe an adjective: "die große Zuversicht")
        are nouns; those written after a first name or a title ("Peter Hartung", "Frau Jung")
        are names, whatever they end with. Third, the nouns seen after an adjective or a
        possessive ("zum ersten Mal", "seine Will"): evidence that beats the first-name lexicon."""
        tokens = self.tokens
        nouns: set[str] = set()
        named: set[str] = set()
        modified: set[str] = set()
        for k in range(1, len(tokens)):
            t = tokens[k]
            if not _is_capitalized(t) or t.text.isupper():
                continue
            prev = tokens[k - 1]
            if prev.text in self.titles or (_is_capitalized(prev) and is_first_name(prev.text)
                                            and self.doc.text[prev.end:t.start] == " "
                                            and not self._after_full_name(k)):
                named.add(t.text)
            elif prev.text.islower() and not self._particles_after_name(k) and (
                    prev.lower in self.determiners or self._noun_article(prev.lower) or (
                    k > 1 and prev.text.isalpha() and prev.lower.endswith(self.data.adjective_endings)
                    and (tokens[k - 2].text.islower() or tokens[k - 2].start in self.sentence_starts)
                    and (tokens[k - 2].lower in self.determiners or tokens[k - 2].lower in self.data.noun_articles))):
                nouns.add(t.text)  # "die große Zuversicht", "Zum ersten Mal"
                if prev.lower not in self.determiners:
                    modified.add(t.text)
        return nouns - named, named, modified - named

    def _particles_after_name(self, k: int) -> bool:
        """Token k follows two name particles after a capitalised word ("Ursula von der Leyen"):
        the particle "der" is no article there, it says nothing of the word after it."""
        tokens, particles = self.tokens, self.data.name_particles
        return k > 2 and tokens[k - 1].lower in particles and tokens[k - 2].lower in particles \
            and _is_capitalized(tokens[k - 3])

    def _noun_article(self, low: str) -> bool:
        """A possessive or quantifier right before a capitalised word ("seine Vorbehalte"); not a
        contracted article, which comes before a place's adjective too ("im Kieler Landtag")."""
        return low in self.data.noun_articles and low not in self.data.locative_prepositions \
            and low not in self.data.cue_prepositions

    def _after_full_name(self, k: int) -> bool:
        """Token k follows a first name that itself follows a capitalised word ("werfen Jana
        Lorenz Verzögerung vor": the lexicon's first name "Lorenz" is a surname there), and k
        ends like a common noun: no evidence that k is a name."""
        before = self.tokens[k - 2] if k > 1 else None
        if before is None or not _is_capitalized(before) or self.doc.text[before.end:self.tokens[k - 1].start] != " ":
            return False
        low = self.tokens[k].lower
        return any(low[j:] in self.noun_endings for j in range(_MIN_NOUN_STEM, len(low) - 2))

    def _genitive_name(self, k: int) -> bool:
        """Token k is a surname in the genitive that the document also writes bare ("der Arzt
        Lahms" … "Lahm"): the possessor completing the noun before it, not that noun's holder."""
        t = self.tokens[k]
        if not _is_capitalized(t) or t.text.isupper() or self._match_words(k, self.role_words) is not None:
            return False
        return any(t.text.endswith(e) and len(t.text) - len(e) >= 3 and t.text[: -len(e)] in self.capital_words
                   and not self._common_noun(t.text[: -len(e)]) for e in self.data.genitive_name_endings)

    def _place_genitive(self, k: int) -> bool:
        """Token k is a capitalised place's name in the genitive (:func:`place_genitive`)."""
        return _is_capitalized(self.tokens[k]) and place_genitive(self.tokens[k].text, self.data)

    def _common_noun(self, word: str) -> bool:
        """A capitalised word that is surely a common noun where every noun is capitalised: the
        document writes it after an article, or it ends in a common noun's ending
        (``COMMON_NOUN_ENDINGS``); never a first name, a place, an acronym, a role or an
        organisation noun, nor a word the document writes after a first name or a title."""
        if not self.data.capitalized_nouns:
            return False
        known = self.common_nouns.get(word)
        if known is not None:
            return known
        found = False
        if not (word in self.named or word.isupper() or word in self.data.places) \
                and (word in self.modified_nouns or not is_first_name(word)):
            found = word in self.nouns
            low = word.lower()
            for k in range(len(low) - 2):
                if low[k:] in self.speaker_nouns:
                    found = False
                    break
                if not found and k >= _MIN_NOUN_STEM and low[k:] in self.noun_endings:
                    found = True
            if found and self._speaker_compound(word):
                found = False  # the plural of a role or organisation noun speaks too: "Medienberichte"
        self.common_nouns[word] = found
        return found

    def _abstract_noun(self, word: str) -> bool:
        """Where nouns are capitalised, ``word`` ends in an abstract noun's suffix
        (``ABSTRACT_NOUN_ENDINGS``: "Ausarbeitung", "Krankheit") after a stem of two letters or
        more, and is no role or organisation noun ("Regierung"), no place, no first name and no
        word the document writes after a first name or a title: in a complement (see
        :meth:`_in_complement`) it names what is spoken of, never who speaks."""
        endings = self.data.abstract_noun_endings
        if not endings or not self.data.capitalized_nouns or not word.isalpha():
            return False
        low = word.lower()
        if not any(low.endswith(e) and len(low) - len(e) >= 2 for e in endings):
            return False
        return not (word in self.named or word in self.data.places or is_first_name(word) or self._speaker_compound(word))

    def _in_complement(self, i: int) -> bool:
        """Token i is the noun of a complement, no subject: right after a preposition ("zum
        Sturm"), after an article after one ("für die Ausarbeitung"), or after a genitive article
        (``GENITIVE_DETERMINERS``) after a capitalised noun ("Besetzung der Siedlung")."""
        if i == 0:
            return False
        tokens, data = self.tokens, self.data
        prev = tokens[i - 1].lower
        preps = (data.locative_prepositions, data.cue_prepositions, data.complement_prepositions)
        if prev in data.genitive_determiners and i > 1 and _is_capitalized(tokens[i - 2]):
            return True
        if prev not in self.determiners:
            return any(prev in p for p in preps)
        return i > 1 and any(tokens[i - 2].lower in p for p in preps)

    def _speaker_compound(self, word: str) -> bool:
        """``word`` ends in a role or organisation noun, maybe in the plural ("Oppositionsparteien")."""
        low = word.lower()
        for stem in {low, low[:-1], low[:-2]}:
            if any(stem[k:] in self.speaker_nouns for k in range(max(0, len(stem) - 2))):
                return True
        return False

    def _bare_plural(self, i: int) -> bool:
        """Token i is a lone capitalised word with a plural noun's ending (``PLURAL_NOUN_ENDINGS``:
        "Bedenken", "Vorbehalte") and no article, where nouns are capitalised: a common noun
        unless the document names someone with it (after a first name, a title or a role),
        it is a first name, a place, a role or an organisation noun."""
        tokens = self.tokens
        word = tokens[i].text
        endings = self.data.plural_noun_endings
        if not endings or not word.isalpha() or word.isupper() or len(word) < 5 or not word.lower().endswith(endings):
            return False
        if word in self.named or is_first_name(word) or word in self.data.places or self._demonym(word) is not None:
            return False
        if i > 0 and (tokens[i - 1].lower in self.determiners or tokens[i - 1].text in self.titles
                      or self._match_words(i - 1, self.role_words) is not None
                      or (tokens[i - 1].text.islower() and tokens[i - 1].lower.endswith(self.data.adjective_endings)
                          and tokens[i - 1].lower not in self.data.pronouns)):
            return False  # (after an adjective: "andere Quellen", a description that may speak)
        if i + 2 < len(tokens) and tokens[i + 1].text.islower() and _is_capitalized(tokens[i + 2]) \
                and tokens[i + 1].lower not in self.determiners and tokens[i + 1].lower not in self.data.coordinators:
            return False  # "Reporter ohne Grenzen": the start of a longer name ("Bedenken und Sorgen": two nouns)
        return not self._speaker_compound(word)  # (its plural too: "Medienberichte")

    def _inside_quote(self, offset: int) -> bool:
        k = bisect.bisect_right(self.quoted_starts, offset) - 1
        return k >= 0 and offset < self.quoted[k][1]

    def _role_at(self, j: int, plural: bool, index: _Index | None = None) -> tuple[int, str | None] | None:
        """A role (or, with ``index``, an organisation) noun at token j, singular or, after a plural
        determiner, plural ("les deux dirigeants", "les syndicats")."""
        if j >= len(self.tokens):
            return None
        index = self.role_words if index is None else index
        hit = self._match_words(j, index)
        if hit is None and plural:
            word = self.tokens[j].lower
            for suffix in self.data.plural_suffixes:
                singular = word[: -len(suffix)]
                if word.endswith(suffix) and any(len(words) == 1 for words, _ in index.get(singular, ())):
                    gender = next(g for words, g in index[singular] if len(words) == 1)
                    return j, gender
        return hit

    def _plural_role(self, i: int, j: int, last: int, role_gender: str | None) -> bool:
        """The role from token j to ``last`` after the article at token i is a group by its words,
        where the article reads as a singular (``DETERMINERS``): a plural word before it ("der
        beiden Berater"), a noun spelt only as a plural after a plural article ("die Anwälte"),
        or, after a noun, a genitive-plural article before a masculine form ("nach Meinung der Gegner")."""
        tokens, data = self.tokens, self.data
        low = tokens[i].lower
        if any(t.lower in data.plural_prenominal_words for t in tokens[i + 1:j]):
            return True
        if low in data.plural_role_articles and tokens[last].lower in data.role_plurals:
            return True
        if low not in data.genitive_plural_articles or role_gender != "m" or i == 0:
            return False
        before = tokens[i - 1]
        return _is_capitalized(before) and self.doc.sentence_span(before.start)[0] != before.start \
            and before.text not in self.named and not is_first_name(before.text) \
            and self._match_words(i - 1, self.role_words) is None

    def _match_words(self, i: int, index: _Index) -> tuple[int, str | None] | None:
        """Longest lexicon entry starting at token i: (last token index, gender)."""
        first = self.tokens[i].lower if i < len(self.tokens) else ""
        options = index.get(first, ())
        if not options and index is self.role_words and "-" in first[1:-1]:
            # "ex-ministre", "vice-présidente", "co-founder": a prefixed role is the role
            _, _, rest = first.partition("-")
            options = [(words, gender) for words, gender in index.get(rest, ()) if len(words) == 1]
            return (i, options[0][1]) if options else None
        if not options and self.data.capitalized_nouns and _is_capitalized(self.tokens[i]) \
                and self.tokens[i].text not in self.named and not is_first_name(self.tokens[i].text):
            # "Verhandlungsdelegation", "Fahrgastverband": a compound ends in its head noun
            # (a listed short head ends a compound too: "Sportchef", ``SHORT_COMPOUND_HEADS``)
            short = self.data.short_compound_heads if index is self.role_words else ()
            head = min(len(h) for h in short if first.endswith(h)) if short and first.endswith(short) else _MIN_COMPOUND_HEAD
            for k in range(_MIN_NOUN_STEM, len(first) - head + 1):
                heads = [gender for words, gender in index.get(first[k:], ()) if len(words) == 1]
                if heads:
                    return i, heads[0]
        # the index's words come from str.split() (no spaces) and the first is token i's: the
        # others are compared as they are, and a one-word entry matches at once
        tokens = self.tokens
        n = len(tokens)
        for words, gender in options:
            j = i + 1
            for k in range(1, len(words)):
                if j >= n or tokens[j].lower != words[k]:
                    break
                j += 1
            else:
                return j - 1, gender
        return None

    def _name_end(self, i: int) -> int:
        """Last token index of a capitalised name starting at i (particles allowed inside)."""
        tokens = self.tokens
        j = i
        last = i
        # whether tokens i..j hold a first name, kept as j grows (a rescan made long runs quadratic)
        has_first_name = is_first_name(tokens[i].text)
        while j + 1 < len(tokens):
            nxt = tokens[j + 1]
            gap = self.doc.text[tokens[j].end:nxt.start]
            if (gap and not gap.isspace()) or "\n" in gap:
                break  # a name never runs over punctuation or a line break
            if j == i and _is_capitalized(nxt) and self._adjective_before_noun(i) and self._common_noun(nxt.text) \
                    and self.cues.match_at(self.doc, j + 1) is None:
                # "die Hamburger Stadtreinigung", "die Deutsche Welle": a capitalised adjective
                # after an article names its noun, the organisation's name ends there
                last = j + 1
                break
            if _is_capitalized(nxt) and self.cues.match_at(self.doc, j + 1) is None \
                    and (not self._common_noun(nxt.text) or self._closes_foreign_name(i, j + 1, has_first_name)) \
                    and (nxt.text not in self.non_names or (j == i and has_first_name and nxt.text in self.named)):
                # (a listed common word is a surname right after a first name: "Frank Weise")
                if j + 1 in self.title_case and (nxt.lower in self.lower_words or nxt.lower in self.data.speech_verbs):
                    break  # "Senator Wins Primary", "Kerr Says …": a headline's capitals, common words
                if (j - i >= 1 or self.data.capitalized_nouns) and is_first_name(nxt.text) and not has_first_name:
                    # "à Radio Delta Sud Omar Diallo": a first name after two words starts a person's
                    # name; after one where nouns are capitalised ("der Stürmer Thomas Brandl")
                    break
                if j - i >= 1 and is_first_name(nxt.text) and tokens[j].lower in self.data.role_nouns:
                    break  # "Kerr Communications Director Ann Lowe": a role, then the person's name
                if j == i and not has_first_name and self._noun_after_bare_word(i, j + 1):
                    break  # "hatte Kranich Positives zu melden", "laut Ministerium Reparaturen"
                j += 1
                last = j
                has_first_name = has_first_name or is_first_name(nxt.text)
            elif nxt.lower in self.data.name_particles and self._particles_then_name(j + 1):
                if self.data.capitalized_nouns and tokens[j].lower not in self.data.name_particles \
                        and nxt.lower in self.data.definite_determiners:
                    # where nouns are capitalised, an article right after a name opens the next
                    # noun phrase, a genitive or dative object ("Karl Brenner der Presse")
                    break
                if self._common_noun_after_particles(j + 1):
                    break  # "Lena Brandt zu Recht …": the particle is a preposition before a common noun
                j += 1  # "Ilse von der Heide", "Karim ben Youssef"
                has_first_name = has_first_name or is_first_name(tokens[j].text)
            else:
                break
        return last

    def _closes_foreign_name(self, i: int, k: int, has_first_name: bool) -> bool:
        """Where nouns are capitalised, the word at token k ends a name of two or more words
        that are no common nouns and no person's ("die Nordic Sound Corporation"), though
        its ending is a common noun's: the document never writes it after an article, so it is
        the foreign name's last word, not a noun of the sentence."""
        if k - i < 2 or has_first_name or self.tokens[k].text in self.nouns:
            return False
        after = k + 1
        return after >= len(self.tokens) or not _is_capitalized(self.tokens[after])

    def _noun_after_bare_word(self, i: int, k: int) -> bool:
        """Where nouns are capitalised, the capitalised word at token ``k`` after the word at
        token ``i``, which no first name opens, is the next phrase, not the name's second word:
        ``i`` is a surname the document has already given with its first name ("Peer Kranich …
        hatte Kranich Positives zu melden"), or ``i`` is a noun and ``k`` a bare plural noun
        (``PLURAL_NOUN_ENDINGS``: "laut Ministerium Reparaturen an der Leitung"; a name's
        second word may end so too: "Ada Bekele")."""
        if not self.data.capitalized_nouns:
            return False
        first, word = self.tokens[i].text, self.tokens[k].text
        if first in self.surnames and word not in self.surnames and word not in self.named and not is_first_name(word):
            return True
        return first.isalpha() and (self._speaker_compound(first) or self._common_noun(first)) \
            and self._demonym(first, guess=True) is None and self._bare_plural(k)

    def _adjective_before_noun(self, i: int) -> bool:
        """Token ``i`` is a capitalised word with an adjective's ending (``ADJECTIVE_ENDINGS``)
        right after an article, where nouns are capitalised: "die Hamburger …", "die Deutsche …"."""
        tokens, data = self.tokens, self.data
        t = tokens[i]
        return bool(data.capitalized_nouns and data.adjective_endings) and i > 0 \
            and tokens[i - 1].lower in data.determiners and t.text.isalpha() \
            and t.lower.endswith(data.adjective_endings) and not is_first_name(t.text) \
            and self.doc.text[tokens[i - 1].end:t.start] == " "

    def _model_name(self, i: int, end: int, kind: str) -> MentionSpan | None:
        """A named entity given by a model backend: persons are names, the rest never speak as persons."""
        last = i
        while last + 1 < len(self.tokens) and self.tokens[last + 1].end <= end:
            last += 1
        name = self.doc.text[self.tokens[i].start:self.tokens[last].end]
        mention_kind = MentionKind.NAME if kind == "PER" else MentionKind.ORGANIZATION
        return self._span(i, last, mention_kind, None, False, name, place=kind == "LOC")

    def _common_noun_after_particles(self, k: int) -> bool:
        """The capitalised word after the particles from token k is a listed common word
        (``NON_NAMES``) or a common noun where nouns are capitalised: the particles are a
        preposition there, they open no name's part ("Lena Brandt zu Dank verpflichtet")."""
        tokens = self.tokens
        while k < len(tokens) and tokens[k].lower in self.data.name_particles:
            k += 1
        return k < len(tokens) and (tokens[k].text in self.non_names or self._common_noun(tokens[k].text))

    def _particles_then_name(self, k: int) -> bool:
        """Tokens from k are one or two particles followed by a capitalised word."""
        tokens = self.tokens
        for step in (1, 2):
            if k + step >= len(tokens):
                return False
            if _is_capitalized(tokens[k + step]):
                return all(tokens[k + s].lower in self.data.name_particles for s in range(step))
        return False

    def _sentence_case_end(self, last: int) -> int:
        """Extend a name over lower-case words and particles (at most four): "Toit d'abord"."""
        tokens = self.tokens
        if self.data.title_case_names:
            return last
        k = last
        while k + 1 < len(tokens) and k - last < 4:
            nxt = tokens[k + 1]
            gap = self.doc.text[tokens[k].end:nxt.start]
            if gap.strip() or "\n" in gap:
                break  # a name never runs over a line break
            if nxt.lower in self.data.name_particles or (nxt.text.isalpha() and self._plain_word(k + 1, allow_capital=True)):
                k += 1
            else:
                break
        while k > last and tokens[k].lower in self.data.name_particles:
            k -= 1
        return k

    def _complement(self, j: int, adjective: bool = False) -> tuple[int, str]:
        """A role's complement after token j: "de l'Otan", "du gouvernement", "russe de la Défense"."""
        tokens = self.tokens
        last = j
        key = ""
        k = j + 1
        words = 0
        if k < len(tokens) and self.doc.text[tokens[j].end:tokens[k].start] == " " and (
                self._place_genitive(k) or (adjective and self._genitive_name(k))):
            # "die Verteidiger Strauss-Kahns", "der Oberrabbiner Norwegens": whose, not who they are
            return k, tokens[k].lower
        if adjective and _is_capitalized(tokens[j]) and k + 2 < len(tokens) and _is_capitalized(tokens[k]) \
                and self.doc.text[tokens[j].end:tokens[k].start] == " " and not is_first_name(tokens[k].text) \
                and tokens[k + 1].text == "," and _is_capitalized(tokens[k + 2]):
            last = k  # "El Defensor Regional, Tomás Rivero": a capitalised role's adjective, then the name
            k += 1
        if adjective and k < len(tokens) and tokens[k].text.isupper() and tokens[k].text.isalpha() and len(tokens[k].text) > 1:
            last = k  # "le député LFI", "le sénateur LR": the party's acronym belongs to the role
            k += 1
        if adjective and k + 1 < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() and self._plain_word(k) \
                and tokens[k + 1].lower in self.prepositions:
            k += 1  # "une source proche du conseil municipal", "le vice-président chargé des finances"
        elif adjective and k + 1 < len(tokens) and tokens[k].text.isalpha() and tokens[k].text.islower() \
                and self._plain_word(k) and _is_capitalized(tokens[k + 1]) and is_first_name(tokens[k + 1].text):
            last = k  # "le conseiller régional Paul Durand": the role's adjective, then the person's name
            k += 1
        while k < len(tokens) and words < _COMPLEMENT_WORDS:
            # a field is capitalised, its adjective may not be: "per le Politiche giovanili e lo Sport"
            field_at = self._second_field(k) if _is_capitalized(tokens[last]) or (
                last > j and words and _is_capitalized(tokens[last - 1])) else None
            if field_at is not None:
                # "ministra de Obras y Transporte Público", "de l'Économie et des Finances": a
                # second field of the same office
                last = self._capitalized_run(field_at)
                key, k = tokens[field_at].lower, last + 1
                words += 1
                continue
            if self._acronym_before_complement(k):
                k += 3  # "das Komitee (KO) der Weltmeisterschaft": the acronym, then the complement
            t = tokens[k]
            low = t.lower
            if low in self.prepositions or low in self.data.locative_prepositions:
                k += 1
                while k < len(tokens) and tokens[k].lower in self.determiners:
                    k += 1
                if self.data.capitalized_nouns and low not in self.prepositions and k + 1 < len(tokens) \
                        and tokens[k].text.isalpha() and tokens[k].text.islower() \
                        and tokens[k].lower.endswith(self.data.adjective_endings) and self._plain_word(k) \
                        and tokens[k + 1].text in self.data.places:
                    k += 1  # "das Komitee im norwegischen Bergen": an adjective before the place
                if low not in self.prepositions and k < len(tokens) and not tokens[k].text[:1].isupper():
                    break  # "au Sénat" belongs to the role, "dans un communiqué" does not
                if low not in self.prepositions and k < len(tokens) \
                        and (self._common_noun(tokens[k].text) or tokens[k].text in self.non_names):
                    # where nouns are capitalised: "in Flensburg" belongs to it, "zu einer
                    # Notlandung" and a common noun of news prose ("in Zukunft") not
                    break
                if k + 1 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].lower in self.prepositions \
                        and tokens[k + 1].lower in self.determiners:
                    # "a report for 2019 of the ministry": a year, then the complement goes on
                    last, key, k = k, tokens[k].lower, k + 1
                    words += 1
                    continue
                if k + 1 < len(tokens) and tokens[k].text.isdigit() and tokens[k + 1].text.isalpha() \
                        and tokens[k + 1].text.islower() and k + 1 not in self.cue_starts:
                    # "un giovane di 24 anni", "une femme de 73 ans": an age describes the person
                    last, key, k = k + 1, tokens[k + 1].lower, k + 2
                    words += 1
                    continue
                if k < len(tokens) and tokens[k].text[:1].isalpha() and self._plain_word(k, allow_capital=True):
                    last = k
                    key = tokens[k].lower
                    k += 1
                    words += 1
                    if self.data.capitalized_nouns:
                        k = self._adjectives_before_noun(last, k)  # "der freien norwegischen Presse"
                        key = tokens[k - 1].lower
                        last = k - 1
                    if tokens[last].lower in self.data.place_nouns:
                        end = self._place_name_end(k)
                        if end >= k:
                            last, key, k = end, tokens[end].lower, end + 1  # "der Stadt Bad Kreuznach"
                            continue
                    if self.data.capitalized_nouns and k < len(tokens) and (tokens[last].text.islower() or (
                            tokens[last].lower.endswith(self.data.adjective_endings) and tokens[last].text.isalpha()
                            and not is_first_name(tokens[last].text))) \
                            and _is_capitalized(tokens[k]) and not is_first_name(tokens[k].text) \
                            and self.doc.text[tokens[last].end:tokens[k].start] == " " \
                            and self.cues.match_at(self.doc, k) is None:
                        last, key, k = k, tokens[k].lower, k + 1  # "der israelischen Streitkräfte", "der Afrikanischen Union"
                    run = self._capitalized_run(last) if _is_capitalized(tokens[last]) else last
                    if run > last:
                        last, k = run, run + 1  # "del Frente Cívico, Ana Ruiz": the party's name
                        continue
                    # one adjective or acronym may follow: "des Comptes publics", "du groupe RN"
                    # (not a verb with its object: "o presidente do clube deixou a reunião")
                    if k < len(tokens) and tokens[k].text.isalpha() and (
                            (tokens[k].text.islower() and self._plain_word(k) and not self.data.capitalized_nouns
                             and not (k + 1 < len(tokens) and tokens[k + 1].lower in self.determiners))
                            or (tokens[k].text.isupper() and len(tokens[k].text) > 1)):
                        last = k
                        k += 1
                    continue
                break
            break
        return self._lower_case_name_end(last), key

    def _acronym_before_complement(self, k: int) -> bool:
        """Tokens k to k + 2 are an acronym in parentheses ("(KO)") and a complement's preposition
        follows: the noun's complement goes on past the acronym it was given."""
        tokens = self.tokens
        if k + 3 >= len(tokens) or tokens[k].text != "(" or tokens[k + 2].text != ")":
            return False
        acronym = tokens[k + 1].text
        return acronym.isalpha() and acronym.isupper() and len(acronym) > 1 and tokens[k + 3].lower in self.prepositions

    def _place_name_end(self, k: int) -> int:
        """Last token of the place's name that starts at token k after a noun of ``PLACE_NOUNS``:
        capitalised words that are no first name, no common noun and no cue ("der Stadt Bad
        Kreuznach"); k - 1 when none starts there."""
        tokens = self.tokens
        j = k - 1
        while j + 1 < len(tokens) and j + 1 - k < _PLACE_NAME_WORDS:
            nxt = tokens[j + 1]
            if self.doc.text[tokens[j].end:nxt.start] != " " or not _is_capitalized(nxt) or is_first_name(nxt.text) \
                    or nxt.text in self.titles or (self._common_noun(nxt.text) and nxt.text not in self.data.places) \
                    or self.cues.match_at(self.doc, j + 1) is not None:
                break
            j += 1
        return j

    def _adjectives_before_noun(self, last: int, k: int) -> int:
        """Where nouns are capitalised, the token after the lower-case adjectives that follow the
        complement's adjective at ``last`` and come before its noun ("der freien norwegischen
        Presse"); ``k`` when no such chain leads to a capitalised word."""
        tokens = self.tokens
        endings = self.data.adjective_endings
        if not (tokens[last].text.isalpha() and tokens[last].text.islower() and tokens[last].lower.endswith(endings)):
            return k
        m = adjective_chain_end(tokens, k, self.data, self._plain_word, text=self.doc.text)
        if m > k and m < len(tokens) and _is_capitalized(tokens[m]) and not is_first_name(tokens[m].text) \
                and self.doc.text[tokens[m - 1].end:tokens[m].start] == " ":
            return m
        return k

    def _quoted_cue_subject(self, i: int) -> MentionSpan | None:
        """A title in quotation marks at token i in a cue's subject place: right after an inverted
        cue ("„…“, schrieb „Die Woche“ am Montag") or between a comment clause's conjunction
        and its cue ("Wie „nordnetz online“ berichtet, …"). Where the press names media so
        (``QUOTED_NAMES``), a medium, an organisation mention from mark to mark, not anyone's
        words; after the conjunction its name may open in lower case."""
        if not self.data.quoted_names or i == 0:
            return None
        before = i - 1
        after_cue = before in self.cue_ends
        if not after_cue and self.tokens[before].lower not in self.data.comment_conjunctions:
            return None
        last = self._quoted_title_end(before, lower=not after_cue)
        if last == before or (not after_cue and last + 1 not in self.finite_cue_starts and last + 1 not in self.cue_starts):
            return None
        after = self.doc.text[self.tokens[last].end:self.tokens[last].end + 1]
        if after and (after.isalnum() or after == "-"):
            return None
        name = self.doc.text[self.tokens[i + 1].start:self.tokens[last - 1].end]
        return self._span(i, last, MentionKind.ORGANIZATION, None, False, name.lower())

    def _quoted_title_end(self, last: int, lower: bool = False) -> int:
        """Last token of a title in quotation marks right after an organisation noun ("die Zeitung
        „Nordblatt“", "the magazine "Harbour""): the medium's own name, which the mention keeps.
        At most five words, opening on a capital, closed by the pair's own mark."""
        tokens = self.tokens
        k = last + 1
        if k + 2 >= len(tokens) or self.doc.text[tokens[last].end:tokens[k].start] != " ":
            return last
        closers = {close for open_, close in self.data.quote_pairs if open_ == tokens[k].text}
        if not closers or not (_is_capitalized(tokens[k + 1]) or (lower and tokens[k + 1].text[:1].isalnum())
                               or _WEB_DOMAIN.fullmatch(tokens[k + 1].text)):
            return last
        for j in range(k + 2, min(k + 7, len(tokens))):
            if tokens[j].text in closers:
                return j
            if not tokens[j].text[:1].isalnum() and tokens[j].text not in "-&'’" and not (lower and tokens[j].text == "."):
                return last
        return last

    def _marks_at(self, k: int, mark: str) -> int:
        """How many tokens from token k spell ``mark`` with nothing between them (0 when none do):
        a mark of two characters is two tokens ("''")."""
        tokens, text = self.tokens, self.doc.text
        start, j = tokens[k].start, k
        while j < len(tokens) and tokens[j].end - start <= len(mark):
            if text[start:tokens[j].end] == mark:
                return j - k + 1
            if j + 1 < len(tokens) and tokens[j + 1].start != tokens[j].end:
                return 0
            j += 1
        return 0

    def _title_marks_end(self, last: int) -> int:
        """Last token of a name between the language's ``TITLE_MARKS`` right after the
        organisation noun ``last`` ("die Zeitung ''Talpost''"): the medium's own name, which the
        mention keeps. At most five words, opening on a capital, closed by the pair's own mark."""
        tokens = self.tokens
        k = last + 1
        if k >= len(tokens) or self.doc.text[tokens[last].end:tokens[k].start] != " ":
            return last
        for opening, closing in self.data.title_marks:
            width = self._marks_at(k, opening)
            if not width or k + width >= len(tokens) or not _is_capitalized(tokens[k + width]):
                continue
            for j in range(k + width + 1, min(k + width + 6, len(tokens))):
                closed = self._marks_at(j, closing)
                if closed:
                    after = self.doc.text[tokens[j + closed - 1].end:tokens[j + closed - 1].end + 1]
                    return last if after.isalnum() or after == "-" else j + closed - 1
                if not tokens[j].text[:1].isalnum() and tokens[j].text not in "-&":
                    break
        return last

    def _joined_name_end(self, last: int) -> int:
        """Last token of an organisation's name that goes on over one of the language's
        ``NAME_JOINING_WORDS`` after the capitalised name ending at ``last`` ("die Gruppe Helfer
        ohne Zäune"): a capitalised word, no first name, title or cue, after the joining word."""
        tokens = self.tokens
        k = last + 2
        if k >= len(tokens) or tokens[last + 1].text not in self.data.name_joining_words \
                or not _is_capitalized(tokens[last]) or not _is_capitalized(tokens[k]) \
                or self.doc.text[tokens[last].end:tokens[last + 1].start] != " " \
                or self.doc.text[tokens[last + 1].end:tokens[k].start] != " " \
                or is_first_name(tokens[k].text) or tokens[k].text in self.titles \
                or self.cues.match_at(self.doc, k) is not None:
            return last
        return k

    def _lower_case_name_end(self, last: int) -> int:
        """Where nouns are capitalised, a name written in lower case right after the noun ``last``
        ("die Gewerkschaft ver.di", "des Senders k-tv", "der Sender al-Kahira", "die Firma eKauf"):
        the word opens in lower case yet is shaped like a name (an inner dot or hyphen, or a capital
        inside), which no lower-case word of the sentence is; the mention keeps it."""
        tokens = self.tokens
        k = last + 1
        if not self.data.capitalized_nouns or k >= len(tokens) or not _is_capitalized(tokens[last]) \
                or self.doc.text[tokens[last].end:tokens[k].start] != " ":
            return last
        word = tokens[k].text
        if not (word[:1].isalpha() and word[:1].islower()) or not word.replace(".", "").replace("-", "").isalnum():
            return last
        inner = word[1:-1]
        shaped = ("." in inner or "-" in inner or any(c.isupper() for c in word[1:]))
        tail = word.rsplit("-", 1)[-1]
        if not shaped or (tail.islower() and tail.endswith(self.data.adjective_endings) and "." not in word) \
                or self.cues.match_at(self.doc, k) is not None:
            return last  # "die pro-russischen …": a hyphenated adjective opens the next phrase
        return k

    def _quoted_name_after_marker(self, i: int) -> MentionSpan | None:
        """"laut „Talpost“ wurden …": a name in quotation marks right after a one-word source marker
        (where ``QUOTED_NAMES``) is the source, an organisation mention from mark to mark."""
        if i == 0 or self.tokens[i - 1].lower not in self.source_words:
            return None
        last = self._quoted_name_after_article(i - 1)
        if last is None:
            return None
        name = self.doc.text[self.tokens[i + 1].start:self.tokens[last - 1].end]
        return self._span(i, last, MentionKind.ORGANIZATION, None, False, name.lower())

    def _quoted_name_after_article(self, i: int) -> int | None:
        """Last token (the closing mark) of a name in quotation marks right after the article
        ``i``: "die „Nordblatt“ berichtete", "der „Kurier“ zitiert": where the press names media so
        (``QUOTED_NAMES``), a medium or a body named by its title, which the article makes a noun
        phrase of its own (a subject or a source), not a quotation. None when a word or hyphen is
        glued to the closing mark ("die „Kurier“-Leser")."""
        if not self.data.quoted_names:
            return None
        last = self._quoted_title_end(i)
        if last == i:
            return None
        after = self.doc.text[self.tokens[last].end:self.tokens[last].end + 1]
        if after and (after.isalnum() or after == "-"):
            return None
        return last

    def _title_case_end(self, last: int) -> int:
        """Last token of the capitalised words right after token ``last`` (at most three): the rest of
        an organisation's proper name that opens on a capitalised noun ("Guardia Nacional"); none
        that is a first name, a title or a cue (the name of a person may follow)."""
        tokens = self.tokens
        k = last
        while k + 1 < len(tokens) and k - last < 3:
            nxt = tokens[k + 1]
            if self.doc.text[tokens[k].end:nxt.start] != " " or not _is_capitalized(nxt) or nxt.text.isupper() \
                    or is_first_name(nxt.text) or nxt.text in self.titles or nxt.text in self.non_names \
                    or self.cues.match_at(self.doc, k + 1) is not None:
                break
            k += 1
        return k

    def _own_name_end(self, last: int) -> int:
        """Where nouns are capitalised, the one word after an organisation noun that names it
        ("die Presseagentur Kerro", "der Weltverband FIFA"), even one that is also a first name
        in some country: a single capitalised word that no capitalised word follows."""
        tokens = self.tokens
        k = last + 1
        if not self.data.capitalized_nouns or k >= len(tokens) or self.doc.text[tokens[last].end:tokens[k].start] != " ":
            return last
        nxt = tokens[k]
        if not _is_capitalized(nxt) or nxt.text in self.non_names or nxt.text in self.titles \
                or self._common_noun(nxt.text) or self.cues.match_at(self.doc, k) is not None \
                or (k + 1 < len(tokens) and _is_capitalized(tokens[k + 1])):
            return last
        return k

    def _second_field(self, k: int) -> int | None:
        """Token index of the capitalised field after a coordinator at token k ("y Seguridad",
        "et des Finances", "e della Famiglia"), or None."""
        tokens = self.tokens
        if not (tokens[k].text.islower() and tokens[k].lower in self.data.coordinators):
            return None
        j = k + 1
        while j < len(tokens) and j - k <= 2 and (tokens[j].lower in self.prepositions or tokens[j].lower in self.determiners):
            j += 1
        if self._opens_other_case(k + 1, j):
            return None
        if j < len(tokens) and _is_capitalized(tokens[j]) and not is_first_name(tokens[j].text) \
                and self._plain_word(j, allow_capital=True) and self.cues.match_at(self.doc, j) is None \
                and self._role_at(j, True) is None:
            return j  # "und dem Kardinal", "et le préfet": a second person, not a field
        return None

    def _opens_other_case(self, first: int, end: int) -> bool:
        """Where articles decline (``GENITIVE_DETERMINERS``), an article among tokens ``first`` to
        ``end`` that no genitive complement takes opens a phrase of its own: "der Demonstration und
        die Polizei" are two subjects, "der Demonstration und der Kundgebung" one complement."""
        return any(opens_other_case(t.lower, self.data) for t in self.tokens[first:end])

    def _member_list_end(self, last: int) -> int:
        """Last token of the list of names a group's complement enumerates ("i gruppi di Alfa
        Nuova, Lega Civica e Patto del Nord", "les syndicats Sud, FO et CGT"): names joined by
        commas and closed by a coordinator belong to the group's name; ``last`` when the
        complement's name is not the first of such a list, or a list item opens on a first name
        (persons are mentions of their own: "i legali di Anna Neri e Ugo Sala")."""
        tokens = self.tokens
        if not _is_capitalized(tokens[last]) or is_first_name(tokens[last].text):
            return last
        k = self._name_words_end(last)
        while k + 2 < len(tokens):
            sep, nxt = tokens[k + 1], tokens[k + 2]
            if not _is_capitalized(nxt) or is_first_name(nxt.text) or nxt.text in self.titles \
                    or self.cues.match_at(self.doc, k + 2) is not None:
                break
            if sep.text == ",":
                k = self._name_words_end(k + 2)
            elif sep.text.islower() and sep.lower in self.data.coordinators:
                return self._name_words_end(k + 2)
            else:
                break
        return last

    def _name_words_end(self, k: int) -> int:
        """Last token of the name starting at token k: capitalised words, with particles between
        them ("Fratelli d'Italia", "Patto del Nord")."""
        tokens = self.tokens
        j = k
        while j + 1 < len(tokens) and self.doc.text[tokens[j].end:tokens[j + 1].start] in ("", " "):
            if _is_capitalized(tokens[j + 1]) and self.cues.match_at(self.doc, j + 1) is None:
                j += 1
            elif tokens[j + 1].lower in self.data.name_particles and j + 2 < len(tokens) \
                    and _is_capitalized(tokens[j + 2]):
                j += 2
            else:
                break
        return j

    def _capitalized_run(self, k: int) -> int:
        """Last token of the organisation's name that starts at token k inside a role's complement
        ("de la Junta Regional Electoral, …"): capitalised words that are no first name, up
        to a comma or a preposition; k itself when the run ends anywhere else (a name may follow:
        "du Pérou Luis Morán a dit")."""
        tokens = self.tokens
        j = k
        while j + 1 < len(tokens) and j - k < 4:
            nxt = tokens[j + 1]
            if self.doc.text[tokens[j].end:nxt.start] != " " or not _is_capitalized(nxt) \
                    or is_first_name(nxt.text) or nxt.text in self.titles or self.cues.match_at(self.doc, j + 1) is not None:
                break
            j += 1
        if j > k and j + 1 < len(tokens) and (tokens[j + 1].text == "," or tokens[j + 1].lower in self.prepositions):
            return j
        return k

    def _demonym(self, word: str, guess: bool = False, plurals: bool = True) -> tuple[str | None] | None:
        """(gender,) when ``word`` is a demonym: listed, with ``plurals`` the plural of one
        ("Sénégalaises"), or, with ``guess``, capitalised with a demonym's ending ("Sarthois");
        None otherwise."""
        demonyms = self.data.demonyms
        if word in demonyms:
            return (demonyms[word],)
        for suffix in self.data.plural_suffixes if plurals else ():
            if word.endswith(suffix) and word[: -len(suffix)] in demonyms:
                return (demonyms[word[: -len(suffix)]],)
        if guess and word[:1].isupper() and word[1:].islower() and not is_first_name(word):
            for suffix in self.data.demonym_suffixes:
                if word.endswith(suffix) and len(word) >= len(suffix) + 3:
                    return (None,)
        return None

    def _opening_participle(self, word: str) -> bool:
        """A capitalised word ending like a participle (``OPENING_PARTICIPLE_SUFFIXES``: "Facing",
        "Alarmed"), longer than its ending by a stem, and no known first name."""
        low = word.lower()
        return word[1:].islower() and not is_first_name(word) and any(
            low.endswith(x) and len(low) >= len(x) + 3 for x in self.data.opening_participle_suffixes)

    def _function_word(self, k: int) -> bool:
        """A lower-case preposition, complementizer or determiner at token k: what follows a word
        that opens a sentence as a preposition or a verb ("Lors de", "Agregó que"), not a name."""
        t = self.tokens[k]
        low = t.lower
        return t.text.islower() and (low in self.prepositions or low in self.data.locative_prepositions
                                     or low in self.data.complementizers or low in self.determiners)

    def _verb_with_object(self, k: int) -> bool:
        """Token ``k`` reads as a verb: a determiner, a number or another plain word follows it
        ("the campaign distributed a sheet", "the party meets next week"), where a noun compound
        ends ("the police scanner that", "a court document,")."""
        if k + 1 >= len(self.tokens):
            return False
        nxt = self.tokens[k + 1]
        if nxt.lower in self.data.complementizers:
            return False  # "the police scanner that …"
        return nxt.lower in self.determiners or nxt.text[:1].isdigit() or nxt.lower in self.data.pronouns \
            or (nxt.text.isalpha() and self._plain_word(k + 1))

    def _plain_word(self, k: int, allow_capital: bool = False) -> bool:
        """Not a function word, an auxiliary, a cue, an adverb or a relative: a noun or adjective."""
        t = self.tokens[k]
        low = t.lower
        if not allow_capital and not t.text.islower():
            return False
        function_word = self.function_words.get(low)
        if function_word is None:
            function_word = self.function_words[low] = self._closed_class_word(low)
        return not (function_word or k in self.cue_starts or k in self.cue_particles)

    def _closed_class_word(self, low: str) -> bool:
        """``low`` is a function word, an auxiliary, a cue adverb or a relative (see
        :meth:`_plain_word`, which asks once per distinct word)."""
        return (low in self.data.stop_words or low in self.data.auxiliaries or low in self.data.cue_adverbs
                or low in self.data.passive_auxiliaries
                or low in self.prepositions or low in self.determiners or low in self.data.pronouns
                or low in self.data.locative_prepositions or low in self.data.gerund_markers
                or low in self.data.relative_pronouns or low in self.data.complementizers)

    def run(self) -> list[MentionSpan]:
        tokens = self.tokens
        out: list[MentionSpan] = []
        i = 0
        n = len(tokens)
        inside_quote, source_words = self._inside_quote, self.source_words
        # _at's early rejection of a lower-case word, read here first: most tokens are such words
        # or marks, and unless a source marker comes before them (a quoted name after "selon")
        # they open nothing, inside a quotation or not (no call per token)
        # (the rejection depends on the word alone, or on the word and whether a lead-in comes
        # before it: found once per distinct word, see _opening)
        _, lead_ins = self.lower_openers
        opening = self.openings
        opening_of = self._opening
        # a quoted title may name a cue's subject after these (see _quoted_cue_subject)
        title_leads = self.cue_ends if self.data.quoted_names else set()
        conjunctions = self.data.comment_conjunctions if self.data.quoted_names else frozenset()
        while i < n:
            tok = tokens[i]
            if i == 0 or tokens[i - 1].lower not in source_words:
                kind = opening.get(tok.text)
                if kind is None:
                    kind = opening[tok.text] = opening_of(tok)
                if kind == _OPENS_NOTHING and not (
                        i and not tok.text[:1].isalpha()
                        and (i - 1 in title_leads or tokens[i - 1].lower in conjunctions)) or (
                        kind == _OPENS_AFTER_LEAD_IN and (i == 0 or tokens[i - 1].lower not in lead_ins)):
                    i += 1
                    continue
            if not tok.text[:1].isalpha() or inside_quote(tok.start):
                # (the marker test of _quoted_name_after_marker first: most marks and quoted words
                # follow no source marker)
                quoted = self._quoted_name_after_marker(i) if i and tokens[i - 1].lower in source_words else None
                if quoted is None and i and (i - 1 in title_leads or tokens[i - 1].lower in conjunctions):
                    quoted = self._quoted_cue_subject(i)
                if quoted is not None:
                    out.append(quoted)
                    i = quoted.last + 1
                    continue
                i += 1  # marks and numbers open no mention
                continue
            mention = self._at(i)
            if mention is None:
                i += 1
                continue
            mention = self._through_elided_compound(mention)
            if self._after_cue(i):
                mention = attrs.evolve(mention, cue_subject=True)
            self.last_kind, self.last_end, self.last_place = mention.kind, mention.last, mention.place
            if mention.kind is MentionKind.NAME and mention.last > mention.first and is_first_name(tokens[mention.first].text):
                self.surnames.add(tokens[mention.last].text)  # "Mark Cuban": "Cuban" names him from now on
            out.append(mention)
            i = mention.last + 1
        keep_bounded(opening)
        keep_bounded(self.function_words)
        return out

    def _through_elided_compound(self, m: MentionSpan) -> MentionSpan:
        """Where nouns are capitalised, a compound whose shared part is left out ("Bundes- und
        Landespolizei", "Partei- und Fraktionskreise"): the first word ends on a hyphen glued to it,
        a coordinator and the full compound follow; the mention runs to the end of it."""
        tokens, text = self.tokens, self.doc.text
        k = m.last + 1
        if not self.data.capitalized_nouns or k + 2 >= len(tokens) or tokens[k].text != "-" \
                or tokens[k].start != tokens[m.last].end or tokens[k + 1].lower not in self.data.coordinators \
                or not _is_capitalized(tokens[k + 2]) or text[tokens[k].end:tokens[k + 2].start] != " " + tokens[k + 1].text + " ":
            return m
        last = k + 2
        name = text[m.start:tokens[last].end]
        return attrs.evolve(m, end=tokens[last].end, text=name, last=last,
                            head=name if m.kind is MentionKind.NAME else m.head)

    def _opening(self, tok: Token) -> int:
        """What :meth:`run` may skip of a token that follows no source marker, by its text alone:
        ``_OPENS_NOTHING`` (a mark, a number, a lower-case word that is no title, determiner or
        pronoun and that no role starts with: :meth:`_at` rejects it), ``_OPENS_AFTER_LEAD_IN``
        (a lower-case word that opens a role only after a comma or a preposition) or
        ``_MAY_OPEN`` (every other word: :meth:`_at` decides)."""
        initial = tok.text[:1]
        if not initial.isalpha():
            return _OPENS_NOTHING
        if not self.names and not initial.isupper():
            openers, _ = self.lower_openers
            low = tok.lower
            if tok.text not in openers and low not in openers:
                roleish = low in self.role_words or "-" in low or low in self.data.prenominal_words
                return _OPENS_AFTER_LEAD_IN if roleish else _OPENS_NOTHING
        return _MAY_OPEN

    def _after_cue(self, i: int) -> bool:
        """Token i follows an inverted cue, over its adverbs: "», declarou ontem o governador"."""
        k = i - 1
        while k >= 0 and self.tokens[k].lower in self.data.cue_adverbs and k not in self.cue_ends:
            k -= 1
        return k in self.cue_ends

    def _role_before_name(self, i: int) -> MentionSpan | None:
        """A lower-case role with no determiner of its own, then the name it describes: "do
        advogado Paulo Lima", "dal magistrato Gino Rossi" (the article is in the contraction), or
        past its complement and a comma: "do chefe da comissão, Carlos Tavares"."""
        tokens = self.tokens
        hit = self._match_words(i, self.role_words)
        if hit is None:
            return None
        role_last, gender = hit
        head, complement = _role_parts(self.doc.text[tokens[i].start:tokens[role_last].end], self.prepositions)
        nxt = role_last + 1
        if nxt < len(tokens) and _is_capitalized(tokens[nxt]) and tokens[nxt].text not in self.non_names \
                and self.doc.text[tokens[role_last].end:tokens[nxt].start] == " ":
            return self._span(i, role_last, MentionKind.ROLE, gender, False, head, complement)
        last, key = self._complement(role_last, adjective=True)
        if last > role_last and last + 2 < len(tokens) and tokens[last + 1].text == "," \
                and _is_capitalized(tokens[last + 2]) and is_first_name(tokens[last + 2].text):
            return self._span(i, last, MentionKind.ROLE, gender, False, head, key or complement)
        return None

    def _without_possessive(self, name: str) -> str:
        """A name without the possessive ending glued to it (``POSSESSIVE_ENDINGS``): "Kerr's
        testimony" names Kerr, the same person as a later "Kerr"."""
        for ending in self.data.possessive_endings:
            if name.endswith(ending) and len(name) > len(ending) and name[-len(ending) - 1].isalnum():
                return name[: -len(ending)]
        return name

    def _span(self, first: int, last: int, kind: MentionKind, gender: str | None, plural: bool,
              head: str, complement: str = "", linkable: bool = True, place: bool = False) -> MentionSpan:
        # every field at once: attrs.evolve afterwards costs a second construction and its lookups
        start, end = self.tokens[first].start, self.tokens[last].end
        if kind is MentionKind.NAME:
            head = self._without_possessive(head)
        return MentionSpan(start, end, self.doc.text[start:end], kind, gender, plural, head, complement, first, last,
                           linkable, False, place, first in self.title_case)

    def _at(self, i: int) -> MentionSpan | None:
        tokens = self.tokens
        tok = tokens[i]
        low = tok.lower
        if not tok.text[:1].isupper() and not self.names:
            # a word not capitalised opens a mention only as a title, a determiner or a pronoun,
            # or as a role after a comma or a preposition (the branches below): most words of a
            # text stop here instead of going through each branch's lookups
            # (a role opens on a word of the role lexicon, a prefixed role "ex-…", or after a
            # prenominal word: see _match_words)
            openers, lead_ins = self.lower_openers
            if tok.text not in openers and low not in openers and (
                    i == 0 or tokens[i - 1].lower not in lead_ins
                    or not (low in self.role_words or "-" in low or low in self.data.prenominal_words)):
                return None
        # a title before a capitalised name: "M. Stoltenberg", "Mme Martin"
        if tok.text in self.titles and i + 1 < len(tokens):
            # "M. Stoltenberg", "le comte de Valbreuse", "M. de Brissac": a particle may come first
            first = i + 1
            if tokens[first].lower in self.data.name_particles and first + 1 < len(tokens):
                first += 1
            if _is_capitalized(tokens[first]):
                last = self._name_end(first)
                name = self.doc.text[tokens[i + 1].start:tokens[last].end]
                return self._span(i, last, MentionKind.NAME, self.titles[tok.text], False, name)
        # determiner + (number or adjective) + role / demonym / organisation
        # ("au capitaine" is a complement, never a subject: contracted prepositions are skipped)
        if low in self.determiners and low not in self.data.locative_prepositions and i + 1 < len(tokens):
            gender, plural = self.determiners[low]
            quoted = self._quoted_name_after_article(i)
            if quoted is not None:
                return self._span(i, quoted, MentionKind.ORGANIZATION, gender, plural,
                                  self.doc.text[tokens[i + 2].start:tokens[quoted - 1].end].lower())
            j = i + 1
            # "les deux dirigeants", "un ancien agent immobilier", "la nouvelle présidente"
            if j + 1 < len(tokens) and (tokens[j].text.isdigit() or tokens[j].lower in self.data.prenominal_words) \
                    and (self._role_at(j + 1, plural) or self._role_at(j + 1, plural, self.org_words)):
                j += 1
            elif self.data.capitalized_nouns:
                # "ein örtlicher Mitarbeiter", "der ehemalige russische Präsident": inflected
                # adjectives before a capitalised role or organisation noun
                k = adjective_chain_end(tokens, j, self.data, self._plain_word, most=_MAX_ADJECTIVES, compounds=True)
                if k > j and k < len(tokens) and _is_capitalized(tokens[k]) \
                        and (self._role_at(k, plural) or self._role_at(k, plural, self.org_words)):
                    j = k
            place_first = j < len(tokens) and tokens[j].text in self.data.places and j + 1 < len(tokens) \
                and self._role_at(j + 1, plural) is not None
            # "the India skipper", "the Ohio governor": a place before the role is its complement
            hit = self._role_at(j + 1 if place_first else j, plural)
            if hit is not None and place_first:
                last, role_gender = hit
                head = self.doc.text[tokens[j + 1].start:tokens[last].end].lower()
                head, inner = _role_parts(head, self.prepositions)
                return self._span(i, last, MentionKind.ROLE, role_gender or gender, plural, head, tokens[j].lower)
            if hit is not None:
                last, role_gender = hit
                head = self.doc.text[tokens[j].start:tokens[last].end].lower()
                if last == j and _is_capitalized(tokens[j]) and self._match_words(j, self.org_words) is not None:
                    last = self._title_case_end(last)  # "a Guarda Portuária Municipal": an institution's name
                last, complement = self._complement(last, adjective=True)
                if plural:
                    last = self._member_list_end(last)
                head, inner = _role_parts(head, self.prepositions)
                if not plural and self._plural_role(i, j, hit[0], role_gender):
                    gender, role_gender, plural = None, None, True
                # a feminine determiner before a masculine noun form: "la procureur" is a woman
                if gender == "f" and role_gender == "m":
                    if low in self.data.plural_feminine_articles:
                        # "die Kritiker": the noun would mark a woman ("die Kritikerin"), the article the plural
                        gender, role_gender, plural = None, None, True
                    else:
                        role_gender = gender
                return self._span(i, last, MentionKind.ROLE, role_gender or gender, plural, head, complement or inner)
            demonym = self._demonym(tokens[j].text, guess=True, plurals=False) if j < len(tokens) else None
            if demonym is not None and self._adjective_before_noun(j) \
                    and not tokens[j].lower.endswith(self.data.demonym_plural_endings) \
                    and j + 1 < len(tokens) and _is_capitalized(tokens[j + 1]) and not is_first_name(tokens[j + 1].text) \
                    and tokens[j + 1].text.isalpha() and self.doc.text[tokens[j].end:tokens[j + 1].start] == " " and self.cues.match_at(self.doc, j + 1) is None:
                # "die Deutsche Welle": a capitalised adjective before its noun is a proper name's
                # (an adjective before a common noun is written in lower case); the name's other
                # capitalised words and its complement go on: "die Nordische Rundfunk Gesellschaft",
                # "die Deutsche Vereinigung für Bienenzucht"
                last, _ = self._complement(self._title_case_end(j + 1))
                return self._span(i, last, MentionKind.ORGANIZATION, gender, plural, tokens[j + 1].text.lower())
            if demonym is not None:
                if gender == "f" and demonym[0] == "m" and low in self.data.plural_feminine_articles:
                    return self._span(i, j, MentionKind.ROLE, None, True, tokens[j].text.lower())  # "die Kanadier"
                return self._span(i, j, MentionKind.ROLE, demonym[0] or gender, plural, tokens[j].text.lower())
            hit = self._role_at(j, plural, self.org_words)
            if hit is not None:
                last, _ = hit
                head = self.doc.text[tokens[j].start:tokens[last].end].lower()
                # an adjective may follow a common-noun head: "le ministère russe de la Défense"
                if tokens[j].text.islower() and last + 1 < len(tokens) and self._plain_word(last + 1) \
                        and (self.data.postposed_adjectives or not self._verb_with_object(last + 1)):
                    last += 1
                elif _is_capitalized(tokens[j]):
                    last = self._title_case_end(last)  # "a Guarda Portuária Municipal": a proper name
                    last = self._own_name_end(last)
                    if last > hit[0]:
                        last = self._joined_name_end(last)
                last, complement = self._complement(last)
                if plural:
                    last = self._member_list_end(last)
                last = self._quoted_title_end(last)
                last = self._title_marks_end(last)
                return self._span(i, last, MentionKind.ORGANIZATION, gender, plural, head, complement)
            if j < len(tokens) and tokens[j].text.isalpha() and tokens[j].text.islower() and self._plain_word(j):
                last = j
                # "un ancien agent immobilier", "les parties civiles": a few plain words
                # after an inverted cue the description may hold a capitalised word ("said one
                # former GOP aide"): nothing else can open there
                while last + 1 < len(tokens) and last - j < 3 and tokens[last + 1].text.isalpha() \
                        and self._plain_word(last + 1, allow_capital=i - 1 in self.cue_ends
                                             and not self.data.capitalized_nouns):
                    last += 1
                unlisted_noun = False
                if self.data.capitalized_nouns and last + 1 < len(tokens) and _is_capitalized(tokens[last + 1]) \
                        and not is_first_name(tokens[last + 1].text) and tokens[last + 1].text not in self.named \
                        and self.cues.match_at(self.doc, last + 1) is None:
                    last += 1  # "der aschkenasische Oberrabbiner": the adjectives' noun is capitalised
                    unlisted_noun = True
                last, complement = self._complement(last)
                if i - 1 in self.cue_ends or last + 1 in self.finite_cue_starts:
                    # a description next to a cue: "a estimé la conservatrice", "L'entourage de la maire assure"
                    # (after a cue, an inverted subject; before one, a free description: not linkable;
                    # nor after a cue when its noun is in no lexicon, "berichtet der britische
                    # Independent": a medium or a body as likely as a person)
                    return self._span(i, last, MentionKind.ROLE, gender, plural, tokens[j].lower, complement,
                                      linkable=i - 1 in self.cue_ends and not unlisted_noun)
            return None
        # a bare role in apposition after a comma: "Jens Stoltenberg, secrétaire général de l'Otan"
        if i > 0 and tokens[i - 1].text == "," and tok.text.islower():
            # "…, ancien secrétaire général de la CFDT,": the role may start one word on
            role_start = i + 1 if low in self.data.prenominal_words else i
            hit = self._match_words(role_start, self.role_words) if role_start < len(tokens) else None
            if hit is not None:
                last, role_gender = hit
                head = self.doc.text[tok.start:tokens[last].end].lower()
                last, complement = self._complement(last, adjective=True)
                head, inner = _role_parts(head, self.prepositions)
                return self._span(i, last, MentionKind.ROLE, _stated_gender(role_gender), False, head,
                                  complement or inner)
        if tok.text.islower() and i > 0 and (tokens[i - 1].lower in self.prepositions
                                             or tokens[i - 1].lower in self.data.locative_prepositions
                                             or tokens[i - 1].lower in self.data.cue_prepositions):
            role_mention = self._role_before_name(i)
            if role_mention is not None:
                return role_mention
        if low in self.data.pronouns and tok.text.replace("-", "").isalpha():  # "il", "celui-ci"
            gender, plural = self.data.pronouns[low]
            return self._span(i, i, MentionKind.PRONOUN, gender, plural, low)
        entity = self.names.get(tok.start)
        if entity is not None:
            return self._model_name(i, *entity)
        if _is_capitalized(tok) and tok.text not in self.non_names and tok.text not in self.titles:
            if tok.start in self.sentence_starts and (low in self.lower_words or low in self.data.cue_adverbs):
                return None
            if low in self.data.stop_words or low in self.data.locative_prepositions or low in self.determiners:
                return None  # a capitalised function word ("À Lodève", "Le") opens no name
            if i in self.title_case and low in self.lower_words:
                return None  # "Senator Wins State Primary": a headline's common word opens no name
            if self.cues.match_at(self.doc, i) is not None:
                return None
            if self._common_noun(tok.text) and not (i > 0 and tokens[i - 1].lower in self.determiners):
                return None  # "äußerte Vorbehalte": a common noun with no article is no speaker
            if self._abstract_noun(tok.text) and self._in_complement(i):
                return None  # "für die Ausarbeitung", "zur Besetzung der Siedlung": no speaker
            if self._demonym(tok.text) is not None and not is_first_name(tok.text) and tok.text not in self.surnames \
                    and not (i + 1 < len(tokens) and _is_capitalized(tokens[i + 1])):
                return None  # "le ministre des Affaires étrangères Péruviennes": an adjective, no name
            if tok.text.isupper() and tok.text.isalpha() and len(tok.text) > 1 and i + 1 < len(tokens) \
                    and _is_capitalized(tokens[i + 1]) and not tokens[i + 1].text.isupper():
                return None  # "le député PRV Marc Tessier": the party's acronym is not the name
            role = self._match_words(i, self.role_words)
            if role is not None and role[0] + 1 < len(tokens) and _is_capitalized(tokens[role[0] + 1]):
                # "Prime Minister Aidan Crowe", "Bundeskanzlerin Ilse Brandt": a role, then the name
                head, complement = _role_parts(self.doc.text[tok.start:tokens[role[0]].end], self.prepositions)
                return self._span(i, role[0], MentionKind.ROLE, role[1], False, head, complement)
            if role is not None and self.data.capitalized_nouns:
                # "Vertreter der Verbände warnten", "Experten sagen": a capitalised role with no
                # article and no name after it is a description, not a name
                head = self.doc.text[tok.start:tokens[role[0]].end].lower()
                last, complement = self._complement(role[0], adjective=True)
                if not (last + 1 < len(tokens) and _is_capitalized(tokens[last + 1])
                        and self.doc.text[tokens[last].end:tokens[last + 1].start] == " "):
                    # (not when a capitalised word runs on: the complement was cut inside a name)
                    return self._span(i, last, MentionKind.ROLE, role[1], False, head, complement)
            if tok.text in self.data.places and i + 2 < len(tokens) and tokens[i + 1].text.islower():
                role = self._match_words(i + 1, self.role_words)
                if role is not None and role[0] + 1 < len(tokens) and _is_capitalized(tokens[role[0] + 1]):
                    # "Kenya skipper David Otieno": the place and the role describe the person named next
                    head, _ = _role_parts(self.doc.text[tokens[i + 1].start:tokens[role[0]].end], self.prepositions)
                    return self._span(i, role[0], MentionKind.ROLE, role[1], False, head, low)
            last = self._name_end(i)
            if last == i and self._bare_plural(i):
                return None  # "äußerten Bedenken", "Anwohner berichten": a plural noun, no name
            if last == i and tok.start in self.sentence_starts and tok.text not in self.inner_capitals \
                    and i + 1 < len(tokens) and tokens[i + 1].text == ",":
                return None  # "Interdite, elle …": a lone capitalised word opening a sentence before a comma
            if last == i and tok.start in self.sentence_starts and tok.text not in self.inner_capitals \
                    and i + 1 < len(tokens) and self._function_word(i + 1):
                return None  # "Lors de …", "Agregó que …", "Insieme a lui": a word opening a sentence
            if last == i and tok.start in self.sentence_starts and tok.text not in self.inner_capitals \
                    and self._opening_participle(tok.text) and i + 1 < len(tokens) \
                    and not _is_capitalized(tokens[i + 1]):
                return None  # "Facing pressure, …", "Alarmed by …": a participle opening a sentence
            prev = tokens[i - 1].lower if i > 0 else ""
            org = self._match_words(i - 1, self.org_words) if i > 0 and tokens[i - 1].text.islower() else None
            after_org = i > 1 and tokens[i - 1].text == "," and self.last_kind is MentionKind.ORGANIZATION \
                and self.last_end == i - 2 and not self.last_place  # "In Dunmore, Corliss said": a place
            if org is not None and org[0] == i - 1:
                # "l'association Eaux vives d'Armor": an organisation's name runs in sentence case
                last = self._sentence_case_end(last)
            elif after_org:
                # the same name in apposition ("l'association, Eaux vives d'Armor,") ends the
                # apposition; a lower-case word with more words after it is the name's verb
                # ("at the university, Kerr opened with …")
                extended = self._sentence_case_end(last)
                after = extended + 1
                if after >= len(tokens) or not tokens[after].text[:1].isalnum() or after in self.cue_starts:
                    last = extended
            name = self.doc.text[tok.start:tokens[last].end]
            kind = MentionKind.ORGANIZATION if prev in self.determiners else MentionKind.NAME
            if name not in self.data.places:
                qualified = self._qualified_role(i - 1 if kind is MentionKind.ORGANIZATION else i, last)
                if qualified is not None:
                    return qualified
            if kind is MentionKind.NAME and last > i and (
                    self._match_words(i, self.org_words) is not None
                    or self._match_words(last, self.org_words) == (last, None)):
                # "da 2ª Vara Cível do TR", "il Tribunale delle Acque", "Kerr University": a
                # proper name that opens or closes on an institution's head noun names the
                # institution, not a person
                kind = MentionKind.ORGANIZATION
            if (prev in self.data.locative_prepositions and (last == i or not is_first_name(tok.text))) or (
                    prev in self.data.place_nouns and tokens[i - 1].text.islower()):
                # "à Amiens", "de Tours", "à Radio Nord Express": a place or a medium, never a
                # pronoun's antecedent; "à Jean Dupont" stays a person; "rue Victor Hugo", "in via
                # Carlo Alberto": the name after a noun of a kind of place is the place's, even
                # when it opens on a first name
                return self._span(i, last, MentionKind.ORGANIZATION, None, False, name, place=True)
            elif (kind is MentionKind.NAME or self.data.capitalized_nouns) and self._cut_before_first_name(last):
                # "Iowa Gov. Ann Pruitt", "House Minority Whip Dan Corliss": the capitalised
                # words before the first name describe the person named next
                return self._span(i, last, MentionKind.ROLE, None, False, name.lower())
            if name in self.data.places or (last == i and self._place_genitive(i)):
                # "India", "l'Afghanistan": a country or a city speaks through its government, it is
                # no person's name and no pronoun's antecedent; nor is its genitive ("Norwegens")
                return self._span(i, last, MentionKind.ORGANIZATION, None, False, name, place=True)
            if kind is MentionKind.ORGANIZATION and last == i and self.data.capitalized_nouns \
                    and i + 1 < len(tokens) and tokens[i + 1].lower in self.data.locative_prepositions \
                    and tokens[i + 1].lower not in self.prepositions and self._speaker_compound(tok.text):
                # "der Oppositionsparteien im Landtag": a compound of an organisation or role noun
                # after its article takes the complement that noun takes (not "die Quote in Ulm")
                complement_end, complement = self._complement(last)
                return self._span(i, complement_end, kind, None, False, name, complement)
            return self._span(i, last, kind, None, False, name)
        return None

    def _qualified_role(self, i: int, last: int) -> MentionSpan | None:
        """A name that qualifies the lower-case role noun right after it: "Kerr aides", "Liberal
        strategists", "Kerr campaign manager": the role, described by the name, is the mention
        (a group when the noun is plural), not the name."""
        tokens = self.tokens
        j = last + 1
        if j >= len(tokens) or not tokens[j].text.islower() or self.doc.text[tokens[last].end:tokens[j].start] != " ":
            return None
        if any(tokens[last].text.endswith(e) for e in self.data.possessive_endings):
            # "Kerr's campaign", "Kerr's office": what the possessor owns speaks for them
            org = self._match_words(j, self.org_words)
            if org is not None and j not in self.cue_starts:
                head = self.doc.text[tokens[j].start:tokens[org[0]].end].lower()
                return self._span(i, org[0], MentionKind.ORGANIZATION, None, False, head)
        hit = self._match_words(j, self.role_words)
        plural = False
        if hit is None:
            hit = self._role_at(j, True)
            plural = hit is not None
        else:
            word = tokens[hit[0]].lower
            plural = any(word.endswith(suffix) and word[: -len(suffix)] in self.data.role_nouns
                         for suffix in self.data.plural_suffixes)
        if hit is None or j in self.cue_starts:
            return None
        role_last, gender = hit
        head = self.doc.text[tokens[j].start:tokens[role_last].end].lower()
        last, complement = self._complement(role_last)  # "Acme deputy director of school transport"
        return self._span(i, last, MentionKind.ROLE, _stated_gender(gender), plural, head, complement)

    def _cut_before_first_name(self, last: int) -> bool:
        """The name that ends at token ``last`` was cut before a first name (see :meth:`_name_end`)."""
        tokens = self.tokens
        return last + 1 < len(tokens) and self.doc.text[tokens[last].end:tokens[last + 1].start] == " " \
            and _is_capitalized(tokens[last + 1]) and is_first_name(tokens[last + 1].text) \
            and tokens[last + 1].text not in self.non_names and not is_first_name(tokens[last].text)


def find_mentions(doc: Document, data: LanguageData, quotes: tuple[QuoteSpan, ...],
                  cues: list[CueMatch] | None = None) -> list[MentionSpan]:
    """Mentions left to right, never inside a quotation. ``cues``: the document's, if known."""
    if cues is None:
        cues = matcher_for(data).find_all(doc)
    return _MentionFinder(doc, data, quotes, cues).run()


def mentions_between(doc: Document, data: LanguageData, first: int, last: int) -> list[MentionSpan]:
    """Mentions in tokens ``first``..``last`` (exclusive), quotations included: for the speaker a
    quotation names inside another quotation ("« Le préfet m'a répondu : “…” »")."""
    return between_finder(doc, data)(first, last)


def between_finder(doc: Document, data: LanguageData,
                   capitalized: bool = False) -> Callable[[int, int], list[MentionSpan]]:
    """:func:`mentions_between` for many spans of one document: the finder's indexes of the
    document (words seen in lower case, inner capitals) are built once, not once per span.
    ``capitalized``: only the mentions that open on a capital (names, "Le ministère"), found in
    a fraction of the time, for callers that want proper names."""
    finder = _MentionFinder(doc, data, (), [])

    def between(first: int, last: int) -> list[MentionSpan]:
        found: list[MentionSpan] = []
        k = first
        while k < last:
            opens = doc.tokens[k].text[:1]
            m = finder._at(k) if opens.isalpha() and (opens.isupper() or not capitalized) else None
            if m is not None and m.last < last:
                found.append(m)
                k = m.last + 1
            else:
                k += 1
        return found

    return between
