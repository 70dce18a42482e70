"""Check-worthiness hints: what in a claim's words a fact-checker triages on.

Each hint is typed (:class:`~quotecheck.claims.HintKind`), carries its offsets and, when it has one,
a normalised value; none is a score. They are read from the language's data (``lang/<code>/hints.py``:
number words, scales, currencies, months, duration units, comparison, hedge and commitment
markers) by one regular expression per kind and language, compiled once. A claim is read token by
token: a token tries only the kinds it may start (a digit, a currency symbol, the first word of a
marker: a set lookup), so most words cost one lookup and the cost is linear in the claim's
length. Entities are the names, organisations and places of the mention layer
(:func:`quotecheck.mentions.between_finder`, or the document's mentions outside quotations).

Offsets index the text the stages read (NFC, one window); ``api.py`` maps them back to the
caller's text with the claim's own offsets (:func:`quotecheck.normalize.map_claim`,
:class:`quotecheck.windows.Reassembler`).

Examples:
    >>> from quotecheck import extract_claims
    >>> claim, = extract_claims("« Nous allons baisser les impôts de 3 % en 2025 », a promis Jeanne Martin.",
    ...                         language="fr")
    >>> [(h.kind.value, h.text, h.value) for h in claim.hints]
    [('commitment', 'Nous allons', None), ('percentage', '3 %', '3'), ('date', '2025', '2025')]
"""

from __future__ import annotations

import bisect
import functools
from decimal import Decimal, InvalidOperation
from typing import Callable, Iterable, Mapping, Sequence

import attrs
import regex

from .claims import Claim, ClaimKind, Hint, HintKind, MentionKind
from .document import Document, Token
from .gender import is_first_name
from .lang import LanguageData
from .memos import keep_bounded
from .mentions import MentionSpan, between_finder, inner_capitals

__all__ = ["annotate", "find_hints", "hint_kinds"]

#: the kinds read by pattern, in the order they are tried at a word (entities come from mentions)
_KINDS = ("money", "percentage", "date", "duration", "number", "comparison", "hedge", "commitment")
#: a number as written: digits grouped by thousands ("1 234", "1,234", "1.234", "1'234") or not,
#: then a decimal part; the language's decimal mark tells "1,234" (fr: 1.234) from "1,234" (en: 1234)
_NUM = r"(?:\d{1,3}(?:[ \u00a0\u202f.,'’]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_YEAR = r"(?:1[89]|20)\d\d(?!\d)"
_END = r"(?!\w)"
#: a hint starts a word, and not the minutes of a time or the decimals of a number ("9:48", "3.5")
_START = r"(?<!\w)(?<!\d[:.,])"
_NEVER = r"(?!)"
_GROUPING = str.maketrans("", "", " \u00a0\u202f'’")


def _alternation(words: Iterable[str]) -> str:
    """Words and phrases as one group, longest first: spaces match any run of spaces, an apostrophe
    either apostrophe, a trailing "*" the rest of a word."""
    parts = []
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        wild = word.endswith("*")
        body = word[:-1] if wild else word
        escaped = r"\s+".join(regex.escape(piece) for piece in body.split())
        escaped = regex.sub(r"\\?['’]", "['’]", escaped)  # either apostrophe, escaped or not
        parts.append(escaped + (r"\w*" if wild else ""))
    return "(?:" + "|".join(parts) + ")" if parts else _NEVER


@functools.lru_cache(maxsize=None)
def _parts(data: LanguageData) -> dict[str, str]:
    """The pattern of each hint kind (a named group each), in the order they are tried."""
    number_words = _alternation(data.number_words)
    scales = _alternation(data.number_scales)
    scale = rf"(?P<scale>{scales}(?:\s+{scales})*)"
    currency = f"(?P<cur>{_alternation(data.currencies)})"
    links = _alternation(data.amount_links)
    amount = rf"(?:(?P<num>{_NUM})|(?P<nword>{number_words}))"
    day = rf"(?P<day>{_DAY})(?:{_alternation(data.day_suffixes)})?"
    months = _alternation(data.months)
    month = f"(?P<month>{months})"
    preps = _alternation(data.year_prepositions)
    year = f"(?P<year>{_YEAR})"
    date_link = rf"(?:{_alternation(data.date_links)}\s+)?"
    money = (rf"{currency}\s?(?P<num>{_NUM})(?:\s?{scale})?{_END}"
             rf"|{amount}(?:\s?{scale})?\s?(?:{links}\s*)?{currency}(?!\w)")
    percentage = rf"{amount}\s?(?:%|{_alternation(data.percent_words)}{_END})"
    date = (rf"{day}\s+{date_link}{month}(?:,?\s+{date_link}{year})?{_END}"
            rf"|{month}\s+{day}(?:,?\s+{year})?{_END}"
            rf"|{month}\s+{date_link}{year}{_END}"
            rf"|(?P<numeric>\d{{1,2}}[/.]\d{{1,2}}[/.](?:\d{{4}}|\d{{2}}))(?![\d/])"
            rf"|(?P<iso>\d{{4}}-\d{{2}}-\d{{2}})(?!\d)"
            rf"|{year}(?<=(?<!\w){preps}\s*\d{{4}}){_END}"
            rf"|{month}(?<=(?<!\w){preps}\s+{months}){_END}")
    duration = rf"{amount}[\s-]?(?P<unit>{_alternation(data.duration_units)}){_END}"
    number = rf"{amount}(?:\s?{scale})?{_END}"
    endings = _alternation(data.commitment_endings)
    if data.commitment_endings and data.commitment_subjects:
        pledge_form = rf"|{_alternation(data.commitment_subjects)}\s*(?:\w{{1,4}}['’]?\s*)?(?P<form>\w*{endings})"
    elif data.commitment_endings:
        pledge_form = rf"|(?P<form>\w{{2,}}{endings})"
    else:
        pledge_form = ""
    parts = {
        "money": money, "percentage": percentage, "date": date, "duration": duration, "number": number,
        "comparison": _alternation(data.comparison_markers) + _END, "hedge": _alternation(data.hedge_markers) + _END,
        "commitment": f"(?:{_alternation(data.commitment_markers)}{pledge_form}){_END}",
    }
    return {name: f"(?P<{name}>{parts[name]})" for name in _KINDS}


@functools.lru_cache(maxsize=None)
def _pattern(data: LanguageData) -> regex.Pattern[str]:
    """Every kind in one pattern, for :func:`find_hints` over any text: at each word start the
    first kind that matches wins."""
    return regex.compile(rf"{_START}(?:{'|'.join(_parts(data).values())})", regex.IGNORECASE | regex.VERSION0)


class _KindPatterns(dict[str, "regex.Pattern[str]"]):
    """{kind: its pattern}, each compiled when a token first tries that kind: compiling all eight
    took most of the first call, and a short text tries few of them."""

    def __init__(self, data: LanguageData) -> None:
        super().__init__()
        self._data = data

    def __missing__(self, kind: str) -> regex.Pattern[str]:
        pattern = self[kind] = regex.compile(rf"{_START}{_parts(self._data)[kind]}", regex.IGNORECASE | regex.VERSION0)
        return pattern


@functools.lru_cache(maxsize=None)
def _kind_patterns(data: LanguageData) -> dict[str, regex.Pattern[str]]:
    """One pattern per kind, for :func:`_token_hints`: a token tries only the kinds it may start."""
    return _KindPatterns(data)


def find_hints(text: str, data: LanguageData, start: int = 0, end: int | None = None) -> list[Hint]:
    """The hints of ``text[start:end]`` read from the language's data, offsets into ``text``
    (entities aside: they need the document's tokens, see :func:`annotate`).

    >>> from quotecheck import lang
    >>> [(h.kind.value, h.value) for h in find_hints("5 millions d'euros en mars 2024", lang.load("fr"))]
    [('money', '5000000 EUR'), ('date', '2024-03')]
    """
    end = len(text) if end is None else end
    found = []
    for m in _pattern(data).finditer(text, start, end):
        hint = _hint(next(k for k in _KINDS if m.start(k) >= 0), m, data)  # not lastgroup: an inner group
        if hint is not None:
            found.append(hint)
    return found


_NUMERIC_KINDS = ("money", "percentage", "date", "duration", "number")
_AMOUNT_KINDS = ("money", "percentage", "duration", "number")


@functools.lru_cache(maxsize=None)
def _triggers(data: LanguageData) -> tuple[dict[str, tuple[str, ...]], tuple[tuple[str, str], ...],
                                          tuple[str, ...], frozenset[str]]:
    """What a token must be for a hint to start there, and the kinds it may start: ({first word:
    kinds}, ((word prefix, kind), ...), commitment endings, currency symbols' first characters).
    A claim is matched token by token at these only: most words start no hint."""
    words: dict[str, list[str]] = {}

    def add(phrases: Iterable[str], *kinds: str) -> None:
        for phrase in phrases:
            parts = phrase.lower().replace("’", "'").split()
            first = parts[0].rstrip("*") if parts else ""
            heads = {first}
            for mark in "'-$":  # "d'après", "peut-être", "R$": the tokenizer may cut there
                if mark in first[1:]:
                    heads.add(first[: first.index(mark, 1) + (mark == "'")])
            for head in heads:
                known = words.setdefault(head, [])
                known.extend(k for k in kinds if k not in known)

    add(data.currencies, "money")
    add(data.number_words, *_AMOUNT_KINDS)
    add(data.months, "date")
    add(data.comparison_markers, "comparison")
    add(data.hedge_markers, "hedge")
    add((*data.commitment_markers, *data.commitment_subjects), "commitment")
    ordered = {w: tuple(k for k in _KINDS if k in kinds) for w, kinds in words.items()}
    ordered |= {w.replace("'", "’"): kinds for w, kinds in ordered.items() if "'" in w}  # both apostrophes
    prefixes = tuple((p.lower().rstrip("*"), kind) for kind, markers in
                     (("comparison", data.comparison_markers), ("hedge", data.hedge_markers))
                     for p in markers if p.endswith("*"))
    endings = () if data.commitment_subjects else tuple(data.commitment_endings)
    symbols = frozenset(key[0] for key in data.currencies if not key[0].isalnum())
    return ordered, prefixes, endings, symbols


def _kinds_of(token: Token, data: LanguageData) -> tuple[str, ...]:
    """The hint kinds a token may start, in the order they are tried (:func:`_triggers`)."""
    words, prefixes, endings, symbols = _triggers(data)
    head = token.text[:1]
    low = token.lower
    kinds = words.get(low, ())
    if head.isdigit():
        kinds = _NUMERIC_KINDS
    elif head in symbols:
        kinds = ("money", *kinds)
    if prefixes:
        kinds = (*kinds, *(kind for prefix, kind in prefixes if low.startswith(prefix) and kind not in kinds))
    if endings and low.endswith(endings) and "commitment" not in kinds:
        kinds = (*kinds, "commitment")
    return tuple(sorted(kinds, key=_KINDS.index)) if len(kinds) > 1 else kinds


@functools.lru_cache(maxsize=None)
def _kinds_memo(data: LanguageData) -> dict[str, tuple[str, ...]]:
    """{a token's text: :func:`_kinds_of`'s answer} for one language, kept from one document to
    the next (the kinds depend on the text alone; see :mod:`quotecheck.memos`)."""
    return {}


def _trigger_tokens(doc: Document, data: LanguageData, spans: Iterable[tuple[int, int]],
                    memo: dict[str, tuple[str, ...]]) -> list[int]:
    """The indices, in order, of the tokens that may start a hint (:func:`_kinds_of` not empty)
    in the union of the token spans ``first``..``last`` (exclusive): each token is looked at
    once, however many claims cover it (nested quotations cover the same words two to six
    times). ``memo``: the kinds by token text (filled here)."""
    tokens = doc.tokens
    out: list[int] = []
    reach = 0  # the end of the union so far
    for first, last in sorted(spans):
        for k in range(max(first, reach), last):
            token = tokens[k]
            kinds = memo.get(token.text)
            if kinds is None:
                kinds = memo[token.text] = _kinds_of(token, data)
            if kinds:
                out.append(k)
        reach = max(reach, last)
    return out


def _token_hints(doc: Document, data: LanguageData, first: int, last: int, end: int,
                 memo: dict[str, tuple[str, ...]] | None = None,
                 triggers: Sequence[int] | None = None) -> list[Hint]:
    """:func:`find_hints` of the span that tokens ``first``..``last`` (exclusive) cover, up to
    ``end``: each token tries only the kinds it may start (:func:`_kinds_of`), in their order.
    ``memo``: the kinds by token text, shared by the claims of a document (they depend on the
    text alone, and a document repeats its words). ``triggers``: the tokens that may start a
    hint (:func:`_trigger_tokens` of spans covering this one), when known: only those are read."""
    patterns, text, tokens = _kind_patterns(data), doc.text, doc.tokens
    if memo is None:
        memo = {}
    found = []
    reached = 0  # the end of the last hint: a hint never starts inside another
    ks = range(first, last) if triggers is None else \
        triggers[bisect.bisect_left(triggers, first):bisect.bisect_left(triggers, last)]
    for k in ks:
        token = tokens[k]
        if token.start < reached:
            continue
        kinds = memo.get(token.text)
        if kinds is None:
            kinds = memo[token.text] = _kinds_of(token, data)
        for kind in kinds:
            m = patterns[kind].match(text, token.start, end)
            hint = _hint(kind, m, data) if m is not None else None
            if hint is not None:
                found.append(hint)
                reached = hint.end
                break
    return found


def _hint(kind: str, m: regex.Match[str], data: LanguageData) -> Hint | None:
    form = m.group("form") if kind == "commitment" and "form" in m.re.groupindex else None
    if form and form.lower() in data.commitment_exclusions:
        return None
    return Hint(kind, m.group(), m.start(), m.end(), _value(HintKind(kind), m, data))


def _value(kind: HintKind, m: regex.Match[str], data: LanguageData) -> str | None:
    """The normalised reading of a match, or None (markers, vague quantities)."""
    if kind in (HintKind.COMPARISON, HintKind.HEDGE, HintKind.COMMITMENT):
        return None
    if kind is HintKind.DATE:
        return _date(m, data)
    amount = _amount(m, data)
    if kind is HintKind.MONEY:
        code = _lookup(data.currencies, m.group("cur"))
        return None if amount is None or not isinstance(code, str) else f"{_decimal(amount)} {code}"
    if kind is HintKind.DURATION:
        found = _lookup(data.duration_units, m.group("unit"))
        unit = found if isinstance(found, str) else ""
        time, unit = unit.startswith("T"), unit.lstrip("T")
        factor = Decimal(unit[:-1] or 1)
        if amount is None or not unit:
            return None
        return f"P{'T' if time else ''}{_decimal(amount * factor)}{unit[-1]}"
    return None if amount is None else _decimal(amount)


def _key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def _lookup(table: Mapping[str, object], text: str) -> object:
    """A table's value for a matched word, whichever apostrophe it was written with."""
    key = _key(text)
    return table.get(key, table.get(key.replace("'", "’")))


def _amount(m: regex.Match[str], data: LanguageData) -> Decimal | None:
    if m.group("num"):
        amount = _number(m.group("num"), data.decimal_mark)
    else:
        word = _lookup(data.number_words, m.group("nword"))
        amount = Decimal(word) if isinstance(word, int) else None
    scale = m.group("scale") if "scale" in m.re.groupindex else None
    if amount is not None and scale:
        for word in scale.split():
            factor = _lookup(data.number_scales, word)
            amount *= Decimal(factor) if isinstance(factor, int) else 1
    return amount


def _number(written: str, decimal_mark: str) -> Decimal | None:
    """ "1 234,5" → 1234.5: spaces and apostrophes group; of "," and ".", the last one written is
    the decimal mark when both are; one mark is the language's decimal mark when it is, or when
    it does not sit before exactly three digits."""
    digits = written.translate(_GROUPING)
    marks = [c for c in ",." if c in digits]
    if len(marks) == 2:
        point = max(marks, key=digits.rindex)
        other = "," if point == "." else "."
        digits = digits.replace(other, "").replace(point, ".")
    elif marks:
        mark = marks[0]
        grouping = digits.count(mark) > 1 or (mark != decimal_mark and len(digits) - digits.index(mark) - 1 == 3)
        digits = digits.replace(mark, "") if grouping else digits.replace(mark, ".")
    try:
        return Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only lets digits and marks through
        return None


def _decimal(value: Decimal) -> str:
    """A decimal without exponent or trailing zeros: "5000000", "2.5"."""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f")


def _date(m: regex.Match[str], data: LanguageData) -> str | None:
    """ISO 8601: "2024-03-12", "2024-03", "--03-12" (no year), "--03" (a month), "2024"; None when
    impossible."""
    if m.group("iso"):
        return m.group("iso")
    if m.group("numeric"):
        parts = regex.split(r"[/.]", m.group("numeric"))
        first, second, y = int(parts[0]), int(parts[1]), int(parts[2])
        d, mo = (second, first) if data.numeric_date_order == "mdy" else (first, second)
        if mo > 12 >= d:  # "03/25/2024" in a day-first language: only one reading is a date
            d, mo = mo, d
        if len(parts[2]) == 2:
            y += 2000 if y <= 50 else 1900
        return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else None
    year = m.group("year")
    month_number = _lookup(data.months, m.group("month")) if m.group("month") else None
    day = f"{int(m.group('day')):02d}" if m.group("day") else None
    month = f"{month_number:02d}" if isinstance(month_number, int) else None
    if month is None:
        return year
    if day is None:
        return f"{year}-{month}" if year else f"--{month}"
    return f"{year}-{month}-{day}" if year else f"--{month}-{day}"


#: marks after which a capitalised word is inside its sentence ("…, Macron")
_INSIDE_SENTENCE = frozenset({",", ";", "&", "'", "’", "-"})

#: mention kinds that are named entities (a role or a pronoun names no one checkable)
_ENTITY_KINDS = (MentionKind.NAME, MentionKind.ORGANIZATION)


def annotate(doc: Document, data: LanguageData, claims: Iterable[Claim],
             mentions: Sequence[MentionSpan] | None = None) -> list[Claim]:
    """``claims`` of ``doc`` with their :attr:`~quotecheck.claims.Claim.hints`; the document's
    mention indexes are built once, for all of them. ``mentions``: the document's mentions outside
    quotations (``Context.mentions``), when known: the entities of an indirect claim are taken
    from them instead of being looked for again."""
    claims = list(claims)
    if not claims:
        return claims
    names = _Names(doc, data, mentions)
    kinds = _kinds_memo(data)  # the hint kinds of each word, for every claim and document
    out = []
    spans = [_claim_tokens(doc, claim) for claim in claims]
    triggers = _trigger_tokens(doc, data, spans, kinds)
    for claim, (first, last) in zip(claims, spans):
        found = _token_hints(doc, data, first, last, claim.end, kinds, triggers)
        taken = [(h.start, h.end) for h in found]
        for hint in names.within(first, last, claim.kind is ClaimKind.INDIRECT):
            if not any(s < hint.end and hint.start < e for s, e in taken):
                found.append(hint)
        found.sort(key=lambda h: (h.start, h.end))
        out.append(attrs.evolve(claim, hints=tuple(found)) if found else claim)
    keep_bounded(kinds)
    return out


def _claim_tokens(doc: Document, claim: Claim) -> tuple[int, int]:
    """The tokens ``first``..``last`` (exclusive) inside the claim's offsets."""
    # (the document's own token starts: no list of them built again per call)
    first = doc.token_index(claim.start)
    last = doc.token_index(claim.end)
    while last > first and doc.tokens[last - 1].end > claim.end:
        last -= 1
    return first, last


@functools.lru_cache(maxsize=None)
def _introducing_words(data: LanguageData) -> frozenset[str]:
    """The determiners and organisation nouns in lower case: words that open a mention before
    its name ("la mairie de Lyon"), skipped by :class:`_Names`."""
    return frozenset({w.lower() for w in data.determiners} | {w.lower() for w in data.organization_nouns})


class _Names:
    """The proper names inside a span: the mention layer's names and organisations
    (:func:`quotecheck.mentions.between_finder`), cut down to their capitalised words ("la mairie
    de Lyon" → "Lyon", "Aceros Lumbre perdió" → "Aceros Lumbre"). A lone capitalised word is a
    name when it is a place, a first name, an acronym, follows an organisation noun or a title
    inside the mention ("die Firma Kesselbach"), or, where only names are capitalised, when it
    does not open a sentence unless the document also capitalises it inside one ("Inflation fell"
    is no name); where every noun is capitalised (``CAPITALIZED_NOUNS``), only the first four are."""

    def __init__(self, doc: Document, data: LanguageData, mentions: Sequence[MentionSpan] | None) -> None:
        self.doc, self.data = doc, data
        self._between: Callable[[int, int], list[MentionSpan]] | None = None
        self.outside = None if mentions is None else sorted(mentions, key=lambda m: m.first)
        self.outside_firsts = [m.first for m in self.outside or ()]
        self.sentence_starts = {s for s, _ in doc.sentences}
        self._inner_capitals: set[str] | None = None
        self.skipped = _introducing_words(data)

    def mentions(self, first: int, last: int, unquoted: bool) -> list[MentionSpan]:
        """The mentions in tokens ``first``..``last``: the document's own outside quotations, else
        those the finder reads (built on first need: a quotation's words are no mentions of it)."""
        if unquoted and self.outside is not None:
            k = bisect.bisect_left(self.outside_firsts, first)
            found = []
            while k < len(self.outside) and self.outside[k].first < last:
                if self.outside[k].last < last:
                    found.append(self.outside[k])
                k += 1
            return found
        if self._between is None:
            self._between = between_finder(self.doc, self.data, capitalized=True)
        return self._between(first, last)

    def within(self, first: int, last: int, unquoted: bool = False) -> list[Hint]:
        tokens, text = self.doc.tokens, self.doc.text
        found = []
        for m in self.mentions(first, last, unquoted):
            if m.kind not in _ENTITY_KINDS:
                continue
            k, end = m.first, m.last
            introduced = False  # an organisation noun or a title opens the mention
            while k <= end and (not tokens[k].text[:1].isupper() or tokens[k].lower in self.skipped
                                or tokens[k].text in self.data.titles):
                introduced = introduced or tokens[k].lower in self.skipped or tokens[k].text in self.data.titles
                k += 1
            while end >= k and not tokens[end].text[:1].isupper():
                end -= 1
            if k > end:
                continue  # "the central bank", "un gouvernement": a description, no name
            name = text[tokens[k].start:tokens[end].end]
            place = m.place or name in self.data.places
            if k == end and not (place or introduced or self._lone_name(k)):
                continue
            value = "place" if place else "organization" if m.kind is MentionKind.ORGANIZATION else "name"
            found.append(Hint(HintKind.ENTITY, name, tokens[k].start, tokens[end].end, value))
        return found

    def _lone_name(self, k: int) -> bool:
        """The one capitalised word at token ``k`` is a name (see the class)."""
        tokens = self.doc.tokens
        word = tokens[k].text
        if (word.isupper() and len(word) > 1) or is_first_name(word):
            return True
        if self.data.capitalized_nouns:
            return False
        # a sentence opens here, or a quotation, a dash line, a parenthesis: « Normalement, … »
        opening = tokens[k].start in self.sentence_starts or k == 0 or (
            not tokens[k - 1].text[:1].isalnum() and tokens[k - 1].text not in _INSIDE_SENTENCE)
        return not opening or word in self.inner_capitals()

    def inner_capitals(self) -> set[str]:
        """Capitalised words the document writes inside a sentence (built on first need)."""
        if self._inner_capitals is None:
            self._inner_capitals = inner_capitals(self.doc, self.data)
        return self._inner_capitals


_PLURALS = {HintKind.ENTITY: "entities", HintKind.MONEY: "money"}


def hint_kinds(kinds: str | HintKind | Iterable[str | HintKind]) -> frozenset[HintKind]:
    """Hint kinds from ``"numbers,money"``, one kind, or a collection; singular and plural names
    ("number", "numbers", "entities") both work. An unknown name raises ``ValueError``."""
    if isinstance(kinds, HintKind):
        kinds = (kinds,)
    elif isinstance(kinds, str):
        kinds = [k for k in (part.strip() for part in kinds.split(",")) if k]
    elif isinstance(kinds, (bytes, bytearray)) or not isinstance(kinds, Iterable):
        raise TypeError(f"hint kinds must be a str or a collection of str, got {type(kinds).__name__}")
    names = {k.value: k for k in HintKind} | {_PLURALS.get(k, k.value + "s"): k for k in HintKind}
    chosen = set()
    for kind in kinds:
        if not isinstance(kind, str):
            raise TypeError(f"a hint kind must be a str or a HintKind, got {type(kind).__name__}")
        found = names.get(kind.strip().lower())
        if found is None:
            raise ValueError(f"unknown hint kind {kind[:20]!r}; kinds: {', '.join(k.value for k in HintKind)}")
        chosen.add(found)
    if not chosen:
        raise ValueError("no hint kind given; kinds: " + ", ".join(k.value for k in HintKind))
    return frozenset(chosen)
