"""Per-language data, found by convention and loaded lazily.

Each supported language is a subpackage ``quotecheck/lang/<iso-639-1>/`` whose ``__init__`` only
wires UPPER_CASE data constants (spaCy's layout). Adding a language means adding one folder: no
central list is edited. :func:`load` imports a language on first use and caches it; an unknown code
raises :class:`UnsupportedLanguage` naming the supported ones (dateparser's policy).

The constants a language module may define (all optional except ``CODE``; missing ones fall back
to the empty/generic default below):

``QUOTE_PAIRS``            ((open, close), ...) quote marks in order of preference; a mark may
                           open in one pair and close in another (German „ … “ vs English “ … ”).
``DIALOGUE_DASHES``        dash characters that open a dialogue/interview line.
``STOP_WORDS``             frequent function words, for the short-text language vote.
``SPEECH_VERBS``           {inflected form (lower case): lemma}, generated, never typed form by form.
``AUXILIARIES``            {form: plural?} auxiliaries of compound tenses ("a", "ont", "has", "hat").
``INVERTED_SUBJECTS``      {suffix: (gender, plural)} for inverted cues: "-t-il", "-elle".
``CUE_ADVERBS``            words that may sit inside a cue ("également", "also", "jeudi").
``SOURCE_MARKERS``         ("selon", "d'après", "according to", ...) that introduce a source.
``PARTIAL_CUES``           {form: lemma} of words that make a quoted fragment someone's words
                           ("qualifiées", "voit", "évoque", "parle").
``COMPLEMENTIZERS``        ("que", "qu'") opening a reported content clause.
``PRONOUNS``               {pronoun: (gender, plural)} subject pronouns ("il": ("m", False)).
``TITLES``                 {title: gender or None} civilities and honorifics before a name ("M.", "Mme").
``ROLE_NOUNS``             {role noun: gender or None}: "président", "ministre", "porte-parole".
``DEMONYMS``               {demonym: gender or None}: "Norvégien", "Norvégienne".
``DEMONYM_SUFFIXES``       endings of capitalised demonyms not listed ("le Sarthois", "la Lilloise"):
                           after a determiner, such a word is a person described by where they are
                           from; empty where demonyms are written in lower case.
``ORGANIZATION_NOUNS``     head nouns of organisations as speakers: "ministère", "gouvernement".
``DETERMINERS``            {determiner: (gender, plural)}: "le", "la", "les", "l'".
``NAME_PARTICLES``         lower-case words allowed inside a proper name: "de", "van", "von", "al-".
``NON_NAMES``              capitalised words that start sentences but are not names.
``REFLEXIVE_PRONOUNS``     ("se", "s'") that may precede a reflexive speech verb.
``INTERVIEW_MARKERS``      ("Q", "R") that open an interview line as direct speech.
``RELATIVE_PRONOUNS``      ("qui", "dont") that, after an incise, mean narration goes on.
``PARTICIPLE_SUFFIXES``    ("ant",): a word ending so after an incise means narration goes on.
``GERUND_MARKERS``         ("en",) before a participle, same use.
``PAST_PARTICIPLE_AGREEMENT``  {ending: (gender, plural)} of past participles that agree with the
                           person they describe ("interrogée", "preguntada"): a speech verb's bare
                           participle opening a sentence ("Preguntada por X, …") is a lead-in whose
                           person is the speaker; empty where participles do not agree.
``INFINITIVE_SUFFIXES``    ("er", "ir", "re"): reported speech "X a assuré avoir …".
``INFINITIVE_MARKERS``     ("de", "à"): the word right before a reported infinitive that follows an
                           object or a request ("a invité les riverains à rester", "ha chiesto di").
``IMPERSONAL_SUBJECTS``    ("il", "it"): the expletive subject of an impersonal clause; empty where the
                           language drops it.
``IMPERSONAL_VERBS``       ("faut", "est", "cabe", "bisogna"): after the impersonal subject, an infinitive
                           cue ("Il est bon de préciser que", "il faut rappeler que") reports nobody.
``COORDINATORS``           ("et", "mais"): before a second cue or complementizer, the first content
                           clause ends ("a dit que … et que …", "… pero rechazó que …").
``OBJECT_CLITICS``         ("lui", "me", "leur") that may sit between a subject and its cue.
``LOCATIVE_PREPOSITIONS``  ("à", "de", "en") before a one-word name that make it a place.
``PRENOMINAL_WORDS``       numerals and adjectives between a determiner and a role: "deux", "ancien".
``DEFINITE_DETERMINERS``   ("le", "la", "l'"): a definite role ("le technicien") refers to someone known.
``PASSIVE_AUXILIARIES``    être-like forms: without a reflexive before a speech verb, a passive, no cue.
``NEGATIONS``              ("ne", "n'", "pas"): "a dit ne pas croire …" keeps them in the content.
``POSTPOSED_SOURCE_MARKERS``  source markers that follow their source, a postposition ("dem Bericht
                           zufolge"): the noun phrase before is the source, the clause around it the content.
``RELATIVE_SOURCE_PRONOUNS``  relative pronouns right after a source marker ("secondo il quale",
                           "según el cual"): the source is the relative's antecedent, before the comma.
``NAMED_SOURCE_MARKERS``   source markers ("pour") accepted only before a name or a known role.
``STRESSED_PRONOUNS``      {pronoun: (gender, plural)} after a source marker: "selon lui".
``CUE_PHRASES``            {last word: (lemma, forms of the words before it)}: "fait savoir", "fait
                           valoir"; a form may hold two words ("prend la" parole, "mostrado" tajante).
``INCISE_VERBS``           {form: lemma} that speak only in an incise inside a quote: "fit-il".
``CLAUSE_AFTER_COMMA``     True when reported speech may follow a cue and a comma with no
                           complementizer ("Er sagte, die Regierung habe …").
``CLAUSE_AFTER_CUE``       True when a reported clause may follow the cue directly ("said the
                           bridge would reopen").
``SOURCE_WITHOUT_COMMA``   True when a source marker may run straight into its clause ("Laut
                           Polizei wurden …"); otherwise a comma closes the source.
``ADVERB_SUFFIXES``        ("ment",): "dit précipitamment Louisa" has an adverb before the subject.
``REPORTED_MOOD_FORMS``    verb forms that report speech by their mood alone (German Konjunktiv I:
                           "sei", "habe"): such a sentence after a claim continues it.
``COMPLEMENT_PREPOSITIONS``  ("de", "du", "d'") that attach a complement to a role: "chef de l'Otan".
``ABBREVIATIONS``          ("etc", "cf", "z.B"): a period after them does not end a sentence (titles
                           count too).
``PLURAL_SUFFIXES``        ("s", "x"): "les dirigeants" is the plural of the role "dirigeant".
``INTERVIEW_MARKERS``      (question marker, answer marker, ...) in that order.
``INTERVIEWER_MARKERS``    ("propos recueillis par",) naming who asks the questions.
``NULL_SUBJECT``           True when a finite verb may go without its subject (pro-drop: "…",
                           dijo.): a cue with no subject mention then has a dropped pronoun.
``CUE_PREPOSITIONS``       prepositions opening a complement of a speech verb ("à", "to", "gegenüber"):
                           a mention right after one is no subject ("a déclaré à l'AFP, X").
``ANAPHORIC_OPENERS``      words that open a sentence whose cue points back at the quotation just
                           before it: "C'est ce qu'a affirmé X", "Lo ha detto X", "So sagte X".
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from types import ModuleType
from typing import Any, Mapping

from attrs import field, frozen

__all__ = ["LanguageData", "UnsupportedLanguage", "load", "supported_languages"]


class UnsupportedLanguage(ValueError):
    """The caller asked for a language the library has no data for."""

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(
            f"unsupported language {code!r}; supported: {', '.join(supported_languages())}"
        )


def _frozen_dict(value: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return dict(value or {})


@frozen(eq=False)  # identity equality: one cached instance per language, usable as a cache key
class LanguageData:
    """Everything the engine knows about one language; the engine never names a language."""

    code: str
    quote_pairs: tuple[tuple[str, str], ...] = field(default=(), converter=tuple)
    dialogue_dashes: tuple[str, ...] = field(default=("—", "–"), converter=tuple)
    stop_words: frozenset[str] = field(default=frozenset(), converter=frozenset)
    speech_verbs: Mapping[str, str] = field(factory=dict, converter=_frozen_dict)
    auxiliaries: Mapping[str, bool] = field(factory=dict, converter=_frozen_dict)
    inverted_subjects: Mapping[str, tuple[str | None, bool]] = field(factory=dict, converter=_frozen_dict)
    cue_adverbs: frozenset[str] = field(default=frozenset(), converter=frozenset)
    source_markers: tuple[str, ...] = field(default=(), converter=tuple)
    partial_cues: Mapping[str, str] = field(factory=dict, converter=_frozen_dict)
    complementizers: tuple[str, ...] = field(default=(), converter=tuple)
    pronouns: Mapping[str, tuple[str | None, bool]] = field(factory=dict, converter=_frozen_dict)
    titles: Mapping[str, str | None] = field(factory=dict, converter=_frozen_dict)
    role_nouns: Mapping[str, str | None] = field(factory=dict, converter=_frozen_dict)
    demonyms: Mapping[str, str | None] = field(factory=dict, converter=_frozen_dict)
    demonym_suffixes: tuple[str, ...] = field(default=(), converter=tuple)
    organization_nouns: frozenset[str] = field(default=frozenset(), converter=frozenset)
    determiners: Mapping[str, tuple[str | None, bool]] = field(factory=dict, converter=_frozen_dict)
    name_particles: frozenset[str] = field(default=frozenset(), converter=frozenset)
    non_names: frozenset[str] = field(default=frozenset(), converter=frozenset)
    reflexive_pronouns: tuple[str, ...] = field(default=(), converter=tuple)
    interview_markers: tuple[str, ...] = field(default=(), converter=tuple)
    relative_pronouns: frozenset[str] = field(default=frozenset(), converter=frozenset)
    participle_suffixes: tuple[str, ...] = field(default=(), converter=tuple)
    gerund_markers: frozenset[str] = field(default=frozenset(), converter=frozenset)
    past_participle_agreement: Mapping[str, tuple[str | None, bool]] = field(factory=dict, converter=_frozen_dict)
    infinitive_suffixes: tuple[str, ...] = field(default=(), converter=tuple)
    infinitive_markers: frozenset[str] = field(default=frozenset(), converter=frozenset)
    impersonal_subjects: frozenset[str] = field(default=frozenset(), converter=frozenset)
    impersonal_verbs: frozenset[str] = field(default=frozenset(), converter=frozenset)
    coordinators: frozenset[str] = field(default=frozenset(), converter=frozenset)
    object_clitics: frozenset[str] = field(default=frozenset(), converter=frozenset)
    locative_prepositions: frozenset[str] = field(default=frozenset(), converter=frozenset)
    plural_suffixes: tuple[str, ...] = field(default=(), converter=tuple)
    clause_after_comma: bool = False
    clause_after_cue: bool = False
    source_without_comma: bool = False
    adverb_suffixes: tuple[str, ...] = field(default=(), converter=tuple)
    complement_prepositions: frozenset[str] = field(default=frozenset(), converter=frozenset)
    abbreviations: frozenset[str] = field(default=frozenset(), converter=frozenset)
    reported_mood_forms: frozenset[str] = field(default=frozenset(), converter=frozenset)
    incise_verbs: Mapping[str, str] = field(factory=dict, converter=_frozen_dict)
    stressed_pronouns: Mapping[str, tuple[str | None, bool]] = field(factory=dict, converter=_frozen_dict)
    cue_phrases: Mapping[str, tuple[str, tuple[str, ...]]] = field(factory=dict, converter=_frozen_dict)
    named_source_markers: frozenset[str] = field(default=frozenset(), converter=frozenset)
    postposed_source_markers: frozenset[str] = field(default=frozenset(), converter=frozenset)
    relative_source_pronouns: tuple[str, ...] = field(default=(), converter=tuple)
    negations: frozenset[str] = field(default=frozenset(), converter=frozenset)
    passive_auxiliaries: frozenset[str] = field(default=frozenset(), converter=frozenset)
    definite_determiners: frozenset[str] = field(default=frozenset(), converter=frozenset)
    prenominal_words: frozenset[str] = field(default=frozenset(), converter=frozenset)
    interviewer_markers: tuple[str, ...] = field(default=(), converter=tuple)
    null_subject: bool = False
    cue_prepositions: frozenset[str] = field(default=frozenset(), converter=frozenset)
    anaphoric_openers: frozenset[str] = field(default=frozenset(), converter=frozenset)

    @classmethod
    def from_module(cls, module: ModuleType) -> LanguageData:
        """Read the UPPER_CASE constants of a ``lang/<code>`` module."""
        kwargs = {}
        for attribute in cls.__attrs_attrs__:  # type: ignore[attr-defined]
            constant = attribute.name.upper()
            if hasattr(module, constant):
                kwargs[attribute.name] = getattr(module, constant)
        return cls(**kwargs)


#: Conventions used when a text's language has no data: every common mark, no lexicon.
GENERIC_QUOTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("«", "»"),
    ("“", "”"),
    ("„", "“"),
    ("»", "«"),
    ("‹", "›"),
    ("‘", "’"),
    ("‚", "‘"),
    ("「", "」"),
    ("『", "』"),
    ('"', '"'),
)


@functools.lru_cache(maxsize=None)
def supported_languages() -> tuple[str, ...]:
    """ISO 639-1 codes that have a data package under ``quotecheck/lang``."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if m.ispkg and len(m.name) == 2))


@functools.lru_cache(maxsize=None)
def load(code: str) -> LanguageData:
    """The data of language ``code``, imported on first use and cached.

    >>> load("fr").code
    'fr'
    """
    if not isinstance(code, str):
        raise TypeError(f"language must be a str, got {type(code).__name__}")
    code = code.lower().strip()
    if code not in supported_languages():
        raise UnsupportedLanguage(code)
    module = importlib.import_module(f".{code}", __name__)
    return LanguageData.from_module(module)


@functools.lru_cache(maxsize=None)
def generic() -> LanguageData:
    """Data for a language we have no lexicon for: quotes are still segmented, nobody is attributed."""
    return LanguageData(code="und", quote_pairs=GENERIC_QUOTE_PAIRS)
