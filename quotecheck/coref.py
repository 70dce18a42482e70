"""Entity linking: the mentions of one speaker become one entity, named by its fullest name.

Heuristics, most certain first (in the spirit of the Stanford multi-pass sieve, Raghunathan et
al. 2010, "A Multi-Pass Sieve for Coreference Resolution"):

1. apposition: ``Jens Stoltenberg, secrétaire général de l'Otan`` / ``le secrétaire général de
   l'Otan, Jens Stoltenberg`` / ``le Norvégien Jens Stoltenberg`` → one entity, the role kept as a
   description;
2. names: a surname or a titled surname (``M. Stoltenberg``) joins the full name that ends with it,
   seen before or after;
3. roles and demonyms: ``le chef de l'Otan`` joins the entity that holds the same role noun or the
   same complement (``… de l'Otan``), ``le Norvégien`` the one described so; otherwise the role is
   an entity of its own, named by its fullest description.

Pronouns are not linked here: they resolve at attribution time by agreement and salience.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable

import attrs
from attrs import define, field

from .claims import MentionKind, SpeakerKind
from .document import Document
from .gender import first_name_gender_in, is_first_name
from .lang import LanguageData
from .mentions import MentionSpan, place_genitive

__all__ = ["Entity", "link"]

#: the longest acronym spelled by the initials of the name before it
_ACRONYM_LETTERS = 8
#: a short parenthesis (a party, a state, an age) after a mention, the space before it included: between
#: a mention and its apposition here, between a name and its cue in :mod:`quotecheck.subjects`
PARENTHESIS = re.compile(r"\s*\([^()\n]{1,40}\)")
#: named persons looked at, nearest first, for a role known by no name
_NEAREST_STEPS = 8
#: mentions of a role, after its first, that may look back for a person named since
_ROLE_REPEATS = 2
#: how far after an inverted cue's role the speaker's name may come
_NAMED_LATER_CHARS = 400
#: the shortest surname matched despite one letter more or less (a typo: "Ferraretti" … "Ferrarretti")
_MISSPELT_SURNAME = 8
_GENITIVE_STEM = 3  # letters of a surname left once its genitive ending is cut
#: how far back a definite description looks for the indefinite one that brought its person in
_DESCRIPTION_REACH = 1500
_ROLE_MODIFIERS = 2  # lower-case words a role may run on past its mention before an apposed name


@define(eq=False)
class Entity:
    """One speaker: its mentions and what the text says of it (kept incrementally: O(1) reads)."""

    id: int
    mentions: list[MentionSpan] = field(factory=list)
    names: dict[str, None] = field(factory=dict)  #: an ordered set
    descriptions: dict[str, None] = field(factory=dict)
    role_heads: set[str] = field(factory=set)
    complements: set[str] = field(factory=set)
    gender: str | None = None
    plural: bool = False
    kind: SpeakerKind = SpeakerKind.UNKNOWN
    links: list[str] = field(factory=list)  #: how mentions were linked, for the evidence
    first_offset: int = 1 << 62
    #: the text shows this is a person: a title, a known first name before a surname, a role in
    #: apposition ("Omar Diallo, ministre …"); a capitalised pair alone may be a place or a headline
    person_evidence: bool = False
    #: the gender is only the usual one of the first name ("Omar"), not stated by the text
    gender_guessed: bool = False
    _best_name: str = ""
    #: the names written on a headline (``MentionSpan.headline``) and in running text
    _headline_names: set[str] = field(factory=set)
    _running_names: set[str] = field(factory=set)
    _best_description: str = ""
    #: every mention added so far is a place's name, kept as they are added (``place`` is read
    #: for every candidate of every claim; the mentions only grow, through ``add``)
    _all_places: bool = True

    @property
    def place(self) -> bool:
        """Every mention is a place's name (``MentionSpan.place``) and nothing shows a person."""
        return self._all_places and bool(self.mentions) and not self.person_evidence

    @property
    def name(self) -> str:
        """The fullest proper name, else the fullest description.

        A name found only on a headline whose last word ends no other name of the entity ran
        into the headline's words ("Ann Kerr Wins" for "Kerr"): the fullest other name is taken."""
        best = self._best_name
        if best in self._headline_names and best not in self._running_names \
                and sum(1 for n in self.names if n.split()[-1:] == best.split()[-1:]) < 2:
            others = [n for n in self.names if n != best]
            if others:
                best = max(others, key=lambda n: (len(n.split()), len(n)))
        return best or self._best_description or (self.mentions[0].text if self.mentions else "")

    def add(self, mention: MentionSpan, how: str, data: LanguageData) -> None:
        self.mentions.append(mention)
        if not mention.place:
            self._all_places = False
        self.first_offset = min(self.first_offset, mention.start)
        if mention.kind is MentionKind.NAME:
            name = mention.head or mention.text
            if name not in self.names:
                self.names[name] = None
                if (len(name.split()), len(name)) > (len(self._best_name.split()), len(self._best_name)):
                    self._best_name = name
            if name.split():
                if mention.headline:
                    self._headline_names.add(name)
                else:
                    self._running_names.add(name)
            if self.kind is SpeakerKind.UNKNOWN and (len(name.split()) > 1 or mention.gender):
                self.kind = SpeakerKind.PERSON
            if mention.gender or mention.text.split()[0] in data.titles:
                self.kind = SpeakerKind.PERSON
                self.person_evidence = True
            words = name.split()
            if len(words) > 1 and is_first_name(words[0]) and words[0].lower() not in data.determiners:
                self.person_evidence = True
        elif mention.kind in (MentionKind.ROLE, MentionKind.ORGANIZATION):
            description = _as_description(mention.text, data)
            if description not in self.descriptions:
                self.descriptions[description] = None
                if len(description) > len(self._best_description):
                    self._best_description = description
            self.role_heads.add(mention.head)
            if mention.complement:
                self.complements.add(mention.complement)
            if self.kind is SpeakerKind.UNKNOWN:
                self.kind = SpeakerKind.ORGANIZATION if mention.kind is MentionKind.ORGANIZATION else SpeakerKind.PERSON
        if mention.gender and (not self.gender or self.gender_guessed):
            self.gender, self.gender_guessed = mention.gender, False
        if not self.gender and mention.kind is MentionKind.NAME and mention.head.split():
            self.gender = first_name_gender_in(mention.head.split()[0], data.first_name_genders)
            self.gender_guessed = self.gender is not None
        self.plural = self.plural or mention.plural
        if how and len(self.links) < 8:
            self.links.append(f"{mention.text!r} {how}")


def _one_letter_less(word: str) -> set[str]:
    """``word`` without one of its letters, but its last: a letter added at the end is an ending
    (a genitive "Hassemers", a plural), not a typo."""
    return {word[:k] + word[k + 1:] for k in range(len(word) - 1)}


def _as_description(text: str, data: LanguageData) -> str:
    """"Le secrétaire général" at a sentence start is "le secrétaire général" anywhere else."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    elided = first[:2] if first[1:2] in ("'", "’") else first
    if elided.lower() in data.determiners and first[:1].isupper():
        return text[:1].lower() + text[1:]
    return text


class _Linker:
    def __init__(self, doc: Document, data: LanguageData, mentions: list[MentionSpan]) -> None:
        self.doc = doc
        self.data = data
        self.mentions = mentions
        self.entities: list[Entity] = []
        self.of: dict[int, Entity] = {}  # mention start → entity
        self.how_of: dict[int, str] = {}  # mention start → how it joined its entity
        # entity ids by the keys the lookups below match on, so that a lookup reads the few entities
        # sharing a key instead of every entity (a scan per mention made long texts quadratic).
        # Keys are only added: a lookup checks each candidate as it is now, so a stale key (after
        # _detach) costs one check, never a wrong link.
        self.by_name_word: dict[str, set[int]] = {}  # a word of a name (lower case)
        self.by_last_word: dict[str, set[int]] = {}  # the last word of a name
        self.by_surname_variant: dict[str, set[int]] = {}  # a full name's surname less one letter
        self.by_initials: dict[str, set[int]] = {}  # the initials of a description (see _initials)
        self.by_head: dict[str, set[int]] = {}  # a role head
        self.by_complement: dict[str, set[int]] = {}  # a role's complement
        self.small_words = data.complement_prepositions | frozenset(data.determiners)
        self.initials_of: dict[str, str] = {}
        self.mentions_ending = {m.end: m for m in mentions}  # mention end offset → mention

    def _new(self, mention: MentionSpan) -> Entity:
        entity = Entity(id=len(self.entities))
        self.entities.append(entity)
        self._add(entity, mention, "")
        return entity

    def _add(self, entity: Entity, mention: MentionSpan, how: str) -> None:
        """``entity.add``, and the keys it gained indexed."""
        names, descriptions = len(entity.names), len(entity.descriptions)
        entity.add(mention, how, self.data)
        for name in itertools.islice(reversed(entity.names), len(entity.names) - names):
            words = name.lower().split()
            for word in words:
                self.by_name_word.setdefault(word, set()).add(entity.id)
            words = _without_suffixes(words, self.data.name_suffixes)
            if words:
                self.by_last_word.setdefault(words[-1], set()).add(entity.id)
            if len(words) > 1 and len(words[-1]) >= _MISSPELT_SURNAME:
                for variant in _one_letter_less(words[-1]):
                    self.by_surname_variant.setdefault(variant, set()).add(entity.id)
        for description in itertools.islice(reversed(entity.descriptions), len(entity.descriptions) - descriptions):
            self.by_initials.setdefault(self._initials(description), set()).add(entity.id)
        if mention.head in entity.role_heads:
            self.by_head.setdefault(mention.head, set()).add(entity.id)
        if mention.complement in entity.complements:
            self.by_complement.setdefault(mention.complement, set()).add(entity.id)

    def _initials(self, description: str) -> str:
        """"la direction générale de l'Aviation civile" → "DGAC" (what _by_acronym compares)."""
        initials = self.initials_of.get(description)
        if initials is None:
            words = [w for w in description.replace("'", " ").replace("’", " ").split()
                     if len(w) > 1 and w.lower() not in self.small_words and w[:1].isalpha()]
            initials = self.initials_of[description] = "".join(w[0] for w in words).upper()
        return initials

    def _newest_first(self, ids: set[int]) -> list[Entity]:
        return [self.entities[i] for i in sorted(ids, reverse=True)]

    def _name_candidates(self, tokens: list[str]) -> list[Entity]:
        """Entities, newest first, that may hold a name matching ``tokens`` in :meth:`_by_name`:
        one with the same last word or holding all of ``tokens``, or one whose last word is among
        ``tokens`` (a name whose words are all among them)."""
        words = set(tokens)
        holding = [self.by_name_word.get(w, set()) for w in words]
        ids = set.intersection(*sorted(holding, key=len)) if all(holding) else set()
        for w in words:
            ids |= self.by_last_word.get(w, set())
        return self._newest_first(ids)

    def _role_candidates(self, mention: MentionSpan) -> list[Entity]:
        """Entities, newest first, holding the mention's role head or (for a role) its complement."""
        ids = set(self.by_head.get(mention.head, ()))
        if mention.kind is MentionKind.ROLE and mention.complement:
            ids |= self.by_complement.get(mention.complement, set())
        return self._newest_first(ids)

    def _appositive(self, a: MentionSpan, b: MentionSpan) -> bool:
        """b follows a as an apposition: adjacent, or separated by a comma only."""
        gap = PARENTHESIS.sub("", self.doc.text[a.end:b.start])  # "La procureure de Rouen (Eure), Anne Roy"
        if self.data.capitalized_nouns and not gap.strip() and self.doc.tokens[b.first].lower in self.data.determiners:
            return False  # a noun phrase right after, with its article, is its complement ("Klagen der Stadt")
        if self.data.capitalized_nouns and a.kind is MentionKind.ORGANIZATION and b.kind is MentionKind.NAME \
                and self._noun_complement(a):
            return False  # "Die Beauftragte der Stadt, Eva Roth": the name is the noun's, not the city's
        if "\n" in gap:
            return False
        if not gap.strip() and a.kind is MentionKind.ROLE and self._genitive_place(b):
            return False  # "der Oberrabbiner Israels": the place in the genitive is the role's complement
        return gap.strip() in ("", ",") or (a.kind is MentionKind.ROLE and b.kind is MentionKind.NAME
                                            and self._modifiers_then_comma(a, b))

    def _modifiers_then_comma(self, a: MentionSpan, b: MentionSpan) -> bool:
        """Between a role and a name, a comma after at most ``_ROLE_MODIFIERS`` lower-case words
        that the mention left out, none a function word or a verb: "le directeur académique,
        Hervé Lucas", "the head teacher, Ann Roy" still name the person the role describes."""
        tokens = self.doc.tokens
        words = tokens[a.last + 1 : b.first]
        if not 2 <= len(words) <= _ROLE_MODIFIERS + 1 or words[-1].text != ",":
            return False
        data = self.data
        return all(t.text.isalpha() and t.text.islower() and t.lower not in data.stop_words
                   and t.lower not in data.speech_verbs and t.lower not in data.auxiliaries
                   and t.lower not in data.determiners and t.lower not in data.complement_prepositions
                   for t in words[:-1])

    def _noun_complement(self, mention: MentionSpan) -> bool:
        """``mention`` opens with its article right after a capitalised word (where nouns are
        capitalised, a noun): it is that noun's genitive complement ("Klagen der Stadt")."""
        tokens = self.doc.tokens
        k = mention.first
        if k == 0 or tokens[k].lower not in self.data.determiners:
            return False
        before = tokens[k - 1]
        return self.doc.text[before.end:tokens[k].start] == " " and before.text[:1].isupper() \
            and before.text.isalpha()

    def _spells_initials(self, mention: MentionSpan) -> bool:
        """``mention`` is one word spelling the initials of the capitalised words before its
        parenthesis ("Office de Contrôle pour la Qualité de l'Air (Ocqa)")."""
        word = mention.text
        if not (2 <= len(word) <= _ACRONYM_LETTERS and word.isalpha() and word[:1].isupper()):
            return False
        tokens = self.doc.tokens
        k = mention.first - 2  # the token before "("
        initials: list[str] = []
        while k >= 0 and len(initials) < _ACRONYM_LETTERS and tokens[k].text[:1].isalpha():
            if tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
                initials.append(tokens[k].text[0])
            k -= 1
        spelled = "".join(reversed(initials)).upper()
        return spelled.endswith(word.upper()) and len(spelled) >= len(word)

    def _parenthesised(self, previous: MentionSpan, mention: MentionSpan) -> bool:
        """``mention`` stands alone in parentheses right after ``previous`` ("Rouen (Eure)")."""
        text = self.doc.text
        return text[previous.end:mention.start].strip() == "(" and text[mention.end:mention.end + 1] == ")"

    def _by_name(self, mention: MentionSpan) -> Entity | None:
        tokens = mention.head.lower().split()
        if not tokens:
            return None
        candidates = self._name_candidates(tokens)
        # the same surname first: "Kerr" is Ann Kerr's before it is the "Kerr Harbor Fund"'s
        suffixes = self.data.name_suffixes
        surname = _without_suffixes(tokens, suffixes)[-1:]
        for entity in candidates:
            if any(_without_suffixes(name.lower().split(), suffixes)[-1:] == surname for name in entity.names):
                return entity
        for entity in candidates:
            for name in entity.names:
                other = name.lower().split()
                if other and (set(tokens) <= set(other) or set(other) <= set(tokens)):
                    return entity
        return self._by_genitive(tokens) or self._by_misspelt_surname(tokens)

    def _by_genitive(self, tokens: list[str]) -> Entity | None:
        """A lone surname in the genitive ("nach Aussagen Gordons", ``GENITIVE_NAME_ENDINGS``):
        the person named in full with that surname, when exactly one is."""
        if len(tokens) != 1:
            return None
        word = tokens[0]
        for ending in self.data.genitive_name_endings:
            stem = word[: -len(ending)]
            if not word.endswith(ending) or len(stem) < _GENITIVE_STEM:
                continue
            found = [e for e in self._newest_first(self.by_last_word.get(stem, set()))
                     if e.kind is SpeakerKind.PERSON and not e.plural and any(len(n.split()) > 1 for n in e.names)]
            if len(found) == 1:
                return found[0]
        return None

    def _by_misspelt_surname(self, tokens: list[str]) -> Entity | None:
        """A lone long surname one letter longer or shorter than the surname of exactly one person
        named in full: the same person, misspelt (news copy is typed fast)."""
        if len(tokens) != 1 or len(tokens[0]) < _MISSPELT_SURNAME:
            return None
        word = tokens[0]
        ids = set(self.by_surname_variant.get(word, set()))
        for variant in _one_letter_less(word):
            ids |= {i for i in self.by_last_word.get(variant, set())
                    if any(len(n.split()) > 1 for n in self.entities[i].names)}
        found = [e for e in self._newest_first(ids) if e.kind is SpeakerKind.PERSON and e.person_evidence
                 and not e.plural]
        return found[0] if len(found) == 1 and len(ids) == 1 else None

    def _by_acronym(self, mention: MentionSpan) -> Entity | None:
        """The organisation whose description's initials spell this acronym (DGAC, CNRS)."""
        # "GPMu", "PSDU", "CoE": the capitals spell the initials, a lower-case letter may be added
        acronym = "".join(ch for ch in mention.text if ch.isupper())
        if not (2 <= len(mention.text) <= 8 and mention.text.isalpha() and len(acronym) >= 2
                and mention.text[:2].isupper() and len(acronym) * 2 > len(mention.text)):
            return None
        for entity in self._newest_first(self.by_initials.get(acronym, set())):
            for description in entity.descriptions:
                if self._initials(description) == acronym:
                    return entity
        return None

    def _by_role(self, mention: MentionSpan) -> Entity | None:
        for entity in self._role_candidates(mention):
            if entity.kind is SpeakerKind.ORGANIZATION and mention.kind is not MentionKind.ORGANIZATION:
                continue
            if entity.plural != mention.plural:
                continue
            if mention.gender and entity.gender and mention.gender != entity.gender:
                continue  # "la porte-parole du SDIV" is not "le chef du SDIV"
            same_complement = mention.kind is MentionKind.ROLE and mention.complement in entity.complements
            if mention.head in entity.role_heads and mention.complement and entity.complements \
                    and not same_complement and not self._names_a_complement(mention, entity):
                continue  # "le ministre de la Culture" is not "le ministre des Affaires étrangères"
            if mention.head in entity.role_heads or (mention.complement and same_complement):
                return entity
        return self._by_institution_alias(mention)

    def _by_institution_alias(self, mention: MentionSpan) -> Entity | None:
        """A bare common noun for an institution ("a autarquia") is the one named institution of a
        compatible head in the text ("a Câmara Municipal de X"): named means its complement names
        it; two such institutions leave the noun alone."""
        heads = self.data.institution_aliases.get(mention.head.lower())
        if not heads or mention.kind is not MentionKind.ORGANIZATION or mention.complement or mention.plural:
            return None
        ids = set().union(*(self.by_head.get(head, set()) for head in heads))
        found = [e for e in self._newest_first(ids) if e.kind is SpeakerKind.ORGANIZATION and e.complements
                 and not e.plural and e.role_heads & set(heads)]
        return found[0] if len(found) == 1 else None

    def _apposition_past_complement(self, name: MentionSpan, complement: MentionSpan, role: MentionSpan) -> bool:
        """``name, <preposition> complement, role``: a bare role (no determiner) after an
        institution that is itself a prepositional complement of the named person."""
        if role.kind is not MentionKind.ROLE or role.plural or complement.kind is not MentionKind.ORGANIZATION \
                or name.kind is not MentionKind.NAME or not self._appositive(complement, role) \
                or not self.doc.text[complement.end:role.start].strip() or name.start not in self.of:
            return False
        if self.doc.tokens[role.first].lower in self.data.determiners:
            return False
        gap = self.doc.text[name.end:complement.start]
        words = gap.strip().split()
        if "\n" in gap or not words or words[0] != "," or len(words) > 4:
            return False
        small = self.data.complement_prepositions | frozenset(self.data.determiners)
        return words[1:2] != [] and words[1].lower() in small

    def _apposition_after_complement(self, role: MentionSpan, complement: MentionSpan, name: MentionSpan) -> bool:
        """``role <preposition> complement [adjective], name``: a singular role whose complement
        names an institution or a place, then the person's name after a comma."""
        if role.kind is not MentionKind.ROLE or role.plural or name.kind is not MentionKind.NAME \
                or complement.kind is not MentionKind.ORGANIZATION or role.start not in self.of:
            return False
        lead = self.doc.text[role.end:complement.start].split()
        small = self.data.complement_prepositions | self.data.locative_prepositions | frozenset(self.data.determiners)
        if not lead or len(lead) > 2 or any(w.lower() not in small for w in lead) \
                or lead[0].lower() not in self.data.complement_prepositions | self.data.locative_prepositions:
            return False
        tail = self.doc.text[complement.end:name.start]
        words = tail.replace(",", " , ").split()
        return "\n" not in tail and words[-1:] == [","] and len(words) <= 3 \
            and all(w.isalpha() and w.islower() for w in words[:-1])

    def _genitive_place(self, mention: MentionSpan) -> bool:
        """A one-word name that is a place in the genitive (:func:`mentions.place_genitive`): "Norwegens"."""
        return mention.kind is MentionKind.NAME and " " not in mention.text and place_genitive(mention.text, self.data)

    def _apposition_after_genitive(self, role: MentionSpan, complement: MentionSpan, name: MentionSpan) -> bool:
        """``role complement, name``: a singular role, a place in the genitive right after it, then
        the person's name after a comma ("der Oberrabbiner Israels, Ari Stein")."""
        if role.kind is not MentionKind.ROLE or role.plural or name.kind is not MentionKind.NAME \
                or role.start not in self.of or not self._genitive_place(complement):
            return False
        text = self.doc.text
        return not text[role.end:complement.start].strip() and text[complement.end:name.start].strip() == ","

    def _role_before_named_role(self, role: MentionSpan, named_role: MentionSpan, name: MentionSpan,
                                complement: MentionSpan | None = None) -> bool:
        """``role [complement], named_role name,``: a singular role (its place in the genitive after
        it), a comma, a role with its article and the name right after it, then the comma that
        closes the apposition."""
        if role.kind is not MentionKind.ROLE or role.plural or named_role.kind is not MentionKind.ROLE \
                or named_role.plural or name.kind is not MentionKind.NAME \
                or self.doc.tokens[named_role.first].lower not in self.data.determiners:
            return False
        text = self.doc.text
        after = text[name.end:name.end + 3].lstrip(". ")
        role_end = complement.end if complement is not None else role.end
        return text[role_end:named_role.start].strip() == "," and not text[named_role.end:name.start].strip() \
            and after.startswith(",") and "\n" not in text[role.end:name.end]

    def _subject_after_complement(self, previous: MentionSpan, mention: MentionSpan) -> bool:
        """A name after an organisation and a comma that runs on into its clause ("At the
        university, Kerr opened with …"): the subject after a fronted complement, no apposition,
        which a name closes ("the association, Toit d'abord, said")."""
        if previous.kind is not MentionKind.ORGANIZATION or mention.kind is not MentionKind.NAME:
            return False
        tokens = self.doc.tokens
        after = mention.last + 1
        return after < len(tokens) and tokens[after].text[:1].isalnum() \
            and self.doc.text.find("\n", mention.end, tokens[after].start) == -1

    @staticmethod
    def _names_a_complement(mention: MentionSpan, entity: Entity) -> bool:
        """The mention's words include one of the entity's complements: "le ministre des Affaires
        étrangères du Pérou" for "le ministre des Affaires étrangères" (complement words are few)."""
        words = set(mention.text.lower().replace("'", " ").replace("’", " ").split())
        return any(c in words for c in entity.complements)

    def run(self) -> list[Entity]:
        previous: MentionSpan | None = None
        before: MentionSpan | None = None  # the mention before ``previous``
        earlier: MentionSpan | None = None  # the mention before ``before``
        for mention in self.mentions:
            entity = None
            how = ""
            if mention.kind is MentionKind.PRONOUN:
                earlier, before, previous = before, previous, mention
                continue
            if previous is not None and previous.kind is not MentionKind.PRONOUN and self._appositive(previous, mention):
                prev_entity = self.of.get(previous.start)
                kinds = {previous.kind, mention.kind}
                # an organisation noun may take a name ("l'association Toit d'abord"), a place may not
                place = any(m.kind is MentionKind.ORGANIZATION and not m.head[:1].islower() for m in (previous, mention))
                # a plural description is a group, never one named person ("des ouvriers du verrier Valdor")
                group = any(m.plural for m in (previous, mention))
                # "Paul Verne, ex-ministre de la Santé, nouveau ministre des Transports": a role in
                # apposition to a role apposed to a name describes the same person
                chain = kinds == {MentionKind.ROLE} and prev_entity is not None and bool(prev_entity.names) \
                    and self.how_of.get(previous.start, "").startswith("apposition") and not group
                # "un altro agente, capopattuglia di 46 anni": a bare role after a comma describes
                # the person the description before it names
                bare = kinds == {MentionKind.ROLE} and prev_entity is not None and not prev_entity.names \
                    and not group and self.doc.text[previous.end:mention.start].strip() == "," \
                    and self.doc.tokens[mention.first].lower not in self.data.determiners
                if chain or bare:
                    entity, how = prev_entity, f"apposition to {previous.text!r}"
                elif prev_entity is not None and MentionKind.NAME in kinds and len(kinds) == 2 and not place and not group \
                        and not self._subject_after_complement(previous, mention):
                    entity, how = prev_entity, f"apposition to {previous.text!r}"
                    if mention.kind is MentionKind.NAME:
                        # the name may already have an entity of its own (seen earlier)
                        named = self._by_name(mention)
                        if named is not None and named is not prev_entity:
                            entity = named if self._merge(named, prev_entity) else None
                        elif prev_entity.names and not _same_person(prev_entity.names, mention.head or mention.text):
                            # one entity is one person: "Ivo Marten, porte-parole du secrétaire général,
                            # Lars Brenner" names a second person; a role the entity got by a mere
                            # shared role or complement goes with the name it stands next to
                            entity = None
                            # ("Sur Radio X, la ministre de la Santé, Anne Roy": a role with its
                            # article introduces the name after it, whatever stands before)
                            if previous.kind is MentionKind.ROLE and (
                                    not self.how_of.get(previous.start, "").startswith("apposition")
                                    or self.doc.tokens[previous.first].lower in self.data.determiners):
                                self._detach(prev_entity, previous)
                                entity = self._new(previous)
                                self.of[previous.start] = entity
                    if entity is not None and MentionKind.ROLE in kinds:
                        entity.person_evidence = True
            if entity is None and previous is not None and self._relative_predicate(previous, mention):
                # "Ugo Neri, che sarà anche il candidato della coalizione": the role is the name's
                entity, how = self.of.get(previous.start), f"predicate of a relative on {previous.text!r}"
            if entity is None and before is not None and previous is not None \
                    and self._apposition_past_complement(before, previous, mention):
                # "Rui Tavares, da 2ª Vara Cível do TR, autor do parecer": the role is in
                # apposition to the person, past the institution they belong to
                entity, how = self.of.get(before.start), f"apposition to {before.text!r}"
            if entity is None and before is not None and previous is not None \
                    and self._apposition_after_complement(before, previous, mention):
                # "O secretário da Cultura e do Turismo do Estado do Pará, Rui Lopes": the name is in apposition
                # to the role, past the institution its complement names
                entity, how = self.of.get(before.start), f"apposition to {before.text!r}"
            if entity is None and before is not None and previous is not None \
                    and self._apposition_after_genitive(before, previous, mention):
                # "der Oberrabbiner Israels, Ari Stein": the name is in apposition to the role
                entity, how = self.of.get(before.start), f"apposition to {before.text!r}"
            if entity is None and previous is not None and self._parenthesised(previous, mention) \
                    and self._spells_initials(mention) and previous.start in self.of:
                # "l'Office de Contrôle des Eaux (Ocde)": the acronym in parentheses is an alias
                entity, how = self.of[previous.start], "acronym"
                mention = attrs.evolve(mention, kind=MentionKind.ORGANIZATION)
            if entity is None and mention.kind in (MentionKind.NAME, MentionKind.ORGANIZATION):
                entity = self._by_acronym(mention)
                if entity is not None:
                    # "la direction générale de l'Aviation civile (DGAC)": the acronym is an alias
                    mention = attrs.evolve(mention, kind=MentionKind.ORGANIZATION)
                    how = "acronym"
                elif mention.kind is MentionKind.NAME or mention.place:
                    entity = self._by_name(mention)
                    how = "same name" if entity else ""
                    if entity is not None and mention.place:
                        if entity.kind is SpeakerKind.PERSON:
                            # "Roberto Lima … Lima": a person's surname that is also a city's name
                            mention = attrs.evolve(mention, kind=MentionKind.NAME, place=False, head=mention.text)
                        elif not entity.place:
                            entity, how = None, ""
            if entity is None and mention.kind in (MentionKind.ROLE, MentionKind.ORGANIZATION):
                entity = self._by_role(mention)
                how = "same role" if entity else ""
            if entity is None:
                entity = self._new(mention)
            else:
                self._add(entity, mention, how)
            self.of[mention.start] = entity
            self.how_of[mention.start] = how
            role = earlier if earlier is not None and before is not None and self._genitive_place(before) \
                and not self.doc.text[earlier.end:before.start].strip() else before
            if role is not None and previous is not None and self.of.get(previous.start) is entity \
                    and self._role_before_named_role(role, previous, mention, before if role is earlier else None):
                # "Das Oberhaupt des Bundes, die Präsidentin Eva Roth, bat …": the first role is in
                # apposition to the second, and both describe the person named there (a place
                # in the genitive may stand after the first: "Das Oberhaupt Kanadas, die …")
                described = self.of.get(role.start)
                if described is not None and described is not entity and not described.names:
                    self._merge(entity, described, f"apposition to {previous.text!r}")
            if previous is not None and self._parenthesised(previous, mention):
                continue  # a gloss in parentheses: an apposition may still follow what it glosses
            earlier, before, previous = before, previous, mention
        self._link_roles()
        self._link_descriptions()
        return [e for e in self.entities if e.mentions]

    def _link_descriptions(self) -> None:
        """A person the text brings in by an indefinite description ("un giovane di 24 anni") and
        goes on to describe as a private person, definitely ("l'uomo", "il collega"), is one
        person: each such later description, named by no one, joins the nearest description of
        agreeing gender and number that brought a person in before it, within a few paragraphs
        (definite descriptions point back to a known referent: Poesio & Vieira 1998)."""
        private, indefinite = self.data.descriptive_roles, self.data.indefinite_determiners
        if not private or not indefinite:
            return
        tokens = self.doc.tokens

        def unnamed(e: Entity) -> bool:
            return bool(e.mentions) and not e.names and e.kind is SpeakerKind.PERSON

        firsts = {e.id: min(e.mentions, key=lambda m: m.start) for e in self.entities if unnamed(e)}
        introduced = sorted((firsts[i].start, i) for i in firsts if tokens[firsts[i].first].lower in indefinite)
        starts = [start for start, _ in introduced]
        for entity in list(self.entities):
            first = firsts.get(entity.id)
            if first is None or not unnamed(entity) or not entity.role_heads <= private \
                    or tokens[first.first].lower not in self.data.definite_determiners:
                continue
            k = bisect.bisect_left(starts, first.start) - 1
            while k >= 0 and first.start - starts[k] < _DESCRIPTION_REACH:
                intro = self.entities[introduced[k][1]]
                if intro is not entity and unnamed(intro) and intro.plural == entity.plural \
                        and (entity.gender is None or intro.gender in (None, entity.gender)):
                    self._merge(intro, entity, "definite description of a person brought in before")
                    break
                k -= 1

    def _link_roles(self) -> None:
        """A person known only by a role ("l'entraîneur", "le technicien") is a named person.

        First the named person who holds the same role elsewhere in the text; otherwise, for a
        definite singular role, the nearest named person before it (news name a speaker, then
        describe them); when the text opens on the role and names the person later ("Le procureur
        a requis … Jean Martin a ajouté … Le procureur a rappelé"), the nearest named person before
        a later mention of the role, if that person holds no other role; or right after it when the
        role is the subject of an inverted cue and the text names the speaker next.

        A named person is never one spoken of in a noun's complement ("la mort de X"), nor a noun
        of their own clause ("X a jugé l'erreur de ce témoin"); roles that find the same person by
        nearness compete for it, the nearest first (Binding Theory's principle C, and the
        salience of the person the text has just introduced).
        """
        named = [e for e in self.entities if e.names and e.kind is SpeakerKind.PERSON and not e.plural]
        # the mentions of people the text shows to be named persons, in text order: an index to
        # find the nearest one before or after an offset by bisection
        # a name inside a noun's complement ("le départ de Lucie Marand", "la troupe de Jean Roy") is
        # spoken of, not the person the article goes on to describe
        marks = sorted((m.start, e.id) for e in named if e.person_evidence for m in e.mentions
                       if not self._in_noun_complement(m))
        starts = [start for start, _ in marks]
        by_id = {e.id: e for e in named}
        # the first named person (in ``named`` order) holding each role head, kept up to date as
        # roles join them: the holder of a role without a scan of every named person
        position = {e.id: k for k, e in enumerate(named)}
        first_holder: dict[str, int] = {}
        for k, e in enumerate(named):
            for head in e.role_heads:
                first_holder.setdefault(head, k)

        def merge(holder: Entity, entity: Entity, how: str) -> None:
            if self._merge(holder, entity, how):
                k = position[holder.id]
                for head in holder.role_heads:
                    if first_holder.get(head, k) >= k:
                        first_holder[head] = k

        # roles that find their person by nearness compete for it: the nearest role wins, and a
        # person who then holds a role takes no other one found past that role's first mention
        nearest: list[tuple[int, int, Entity, Entity, bool]] = []
        for entity in list(self.entities):
            if entity.names or not entity.mentions or entity.kind is not SpeakerKind.PERSON or entity.plural \
                    or not all(m.linkable for m in entity.mentions):
                continue
            first = min(entity.mentions, key=lambda m: m.start)
            held = [first_holder[head] for head in entity.role_heads if head in first_holder]
            holder = named[min(held)] if held else None
            if holder is not None:
                merge(holder, entity, "same role as a named person")
            elif self.doc.tokens[first.first].lower in self.data.definite_determiners:
                found = self._nearest_named(entity, first, marks, starts, by_id)
                if found is not None:
                    nearest.append((found[1], entity.id, entity, found[0], found[2]))
        for _, _, entity, holder, later in sorted(nearest, key=lambda p: p[:2]):
            if later and holder.role_heads - entity.role_heads:
                continue
            if self._describes_no_office_holder(entity, holder) or self._completed_by(entity, holder):
                continue
            merge(holder, entity, "role of the nearest named person")

    def _relative_predicate(self, name: MentionSpan, role: MentionSpan) -> bool:
        """``name, <relative pronoun> <copula> [adverbs] role``: a singular role given to the named
        person by a relative clause right after the name ("Ugo Neri, che è anche il sindaco")."""
        data = self.data
        if not data.copulas or name.kind is not MentionKind.NAME or role.kind is not MentionKind.ROLE \
                or role.plural or name.start not in self.of:
            return False
        words = self.doc.tokens[name.last + 1:role.first]
        if len(words) < 3 or words[0].text != "," or words[1].lower not in data.relative_pronouns:
            return False
        rest = words[2:]
        if not rest or rest[0].lower not in data.copulas:
            return False
        return all(w.lower in data.copulas or w.lower in data.cue_adverbs for w in rest)

    def _completed_by(self, entity: Entity, holder: Entity) -> bool:
        """The role's complement names ``holder`` ("der Arzt Lahms", "l'avocat de Dupont"): the
        role is someone related to that person, never the person."""
        surnames = {n.lower().split()[-1] for n in holder.names if n.split()}
        return any(c == s or (c.startswith(s) and c[len(s):] in self.data.genitive_name_endings)
                   for c in entity.complements for s in surnames)

    def _describes_no_office_holder(self, entity: Entity, holder: Entity) -> bool:
        """``entity`` is only described as a private person ("l'anziana", "la vittima") and
        ``holder`` holds an office ("la pm Anna Neri"): the description is someone else."""
        private = self.data.descriptive_roles
        return bool(private) and bool(entity.role_heads) and entity.role_heads <= private \
            and bool(holder.role_heads - private)

    def _in_noun_complement(self, mention: MentionSpan) -> bool:
        """``mention`` follows a noun and a complement preposition ("la visite de X"), maybe with a
        determiner and a role in between ("de l'ingénieure suédoise X")."""
        tokens = self.doc.tokens
        k = mention.first - 1
        before = self.mentions_ending.get(tokens[k].end) if k >= 0 else None
        if before is not None and before.kind is MentionKind.ROLE:
            k = before.first - 1  # the name is in apposition to a role: look before the role
        if k >= 0 and tokens[k].lower in self.data.determiners and tokens[k].lower not in self.data.complement_prepositions:
            k -= 1
        if k < 1 or tokens[k].lower not in self.data.complement_prepositions:
            return False
        noun = tokens[k - 1]
        return noun.text[:1].isalpha() and noun.lower not in self.data.speech_verbs

    def _nearest_named(self, entity: Entity, first: MentionSpan, marks: list[tuple[int, int]], starts: list[int],
                       by_id: dict[int, Entity]) -> tuple[Entity, int, bool] | None:
        """The named person a role stands for, how far from it, and whether found past the role's
        first mention."""
        gender = entity.gender

        def compatible(e: Entity) -> bool:
            return gender is None or e.gender in (None, gender)

        for index, m in enumerate(sorted(entity.mentions, key=lambda m: m.start)):
            if index > _ROLE_REPEATS:
                break  # a role said again and again before any name stands for no one named later
            k = bisect.bisect_left(starts, m.start) - 1
            sentence = self.doc.sentence_index(m.start)
            for step in range(_NEAREST_STEPS):
                if k - step < 0:
                    break
                e = by_id[marks[k - step][1]]
                if self.doc.sentence_index(marks[k - step][0]) == sentence:
                    continue  # "X a qualifié l'erreur de ce témoin": a person is no noun of their own clause
                if m is first and _private_for_office(e.role_heads, entity.role_heads, self.data.descriptive_roles):
                    break  # "the son, X, … The prosecutor said": the nearest person is described privately only
                # past the role's first mention, a person described otherwise is someone else
                if e.mentions and compatible(e) and (m is first or not e.role_heads - entity.role_heads):
                    if m is first and first.cue_subject and e.role_heads - entity.role_heads:
                        # "…, annonce le président. « … », a dit Paul Durand": a speaker named as
                        # the next cue's subject, rather than a person described otherwise before
                        later = self._named_later(first, marks, starts, by_id, compatible, speaking=True)
                        if later is not None:
                            return later
                    return e, m.start - marks[k - step][0], m is not first
        if first.cue_subject:
            # "« … », a lâché l'entraîneur. Jean-Baptiste Esquerré …": the speaker is named later
            return self._named_later(first, marks, starts, by_id, compatible)
        return None

    def _named_later(self, first: MentionSpan, marks: list[tuple[int, int]], starts: list[int],
                     by_id: dict[int, Entity], compatible: Callable[[Entity], bool], speaking: bool = False
                     ) -> tuple[Entity, int, bool] | None:
        """The named person mentioned next after ``first`` and how far; with ``speaking``, only as a
        cue's subject."""
        k = bisect.bisect_right(starts, first.start)
        for step in range(_NEAREST_STEPS):
            if k + step >= len(marks) or marks[k + step][0] - first.end >= _NAMED_LATER_CHARS:
                break
            at = marks[k + step][0]
            if self.doc.paragraph_index(at) != self.doc.paragraph_index(first.start) \
                    and self.doc.sentence_index(at) > self.doc.sentence_index(first.start) + 1:
                break  # named paragraphs later: another person
            if self._after_preposition(at):
                continue  # "…, dirigé par X": a name in a complement is someone else
            if self._another_turn(first.start, at):
                break  # "– …, annonce l'agente. ⏎ – …, demande Hugo": the next turn is the other speaker
            e = by_id[marks[k + step][1]]
            if speaking and not any(m.start == at and m.cue_subject for m in e.mentions):
                continue
            # the role's stated gender outweighs a guess from the first name ("dit la ministre
            # … Nom"): the text names this speaker next
            if e.mentions and (compatible(e) or e.gender_guessed):
                return e, at - first.end, False
        return None

    def _another_turn(self, a: int, b: int) -> bool:
        """Offsets ``a`` and ``b`` lie in two paragraphs that each open with a dialogue dash."""
        doc = self.doc
        pa, pb = doc.paragraph_index(a), doc.paragraph_index(b)
        if pa == pb or not self.data.dialogue_dashes:
            return False
        return all(doc.text[doc.paragraphs[p][0]:doc.paragraphs[p][1]].lstrip()[:1] in self.data.dialogue_dashes
                   for p in (pa, pb))

    def _after_preposition(self, offset: int) -> bool:
        """The mention starting at ``offset`` follows a preposition (past its determiners)."""
        k = self.doc.token_index(offset) - 1
        while k >= 0 and self.doc.tokens[k].lower in self.data.determiners:
            k -= 1
        if k < 0:
            return False
        low = self.doc.tokens[k].lower
        return low in self.data.complement_prepositions or low in self.data.locative_prepositions \
            or low in self.data.cue_prepositions

    def _merge(self, keep: Entity, gone: Entity, how: str = "merged") -> bool:
        """Move ``gone``'s mentions into ``keep``, unless they name two different people."""
        if keep.names and any(not _same_person(keep.names, name) for name in gone.names):
            return False
        for m in gone.mentions:
            self._add(keep, m, how)
            self.of[m.start] = keep
        keep.person_evidence = keep.person_evidence or gone.person_evidence
        gone.mentions.clear()
        gone._all_places = True  # no mention left (what ``place`` reads, kept with the mentions)
        return True

    def _detach(self, entity: Entity, mention: MentionSpan) -> None:
        """Take ``mention`` out of ``entity``: what the entity knows is rebuilt from the rest."""
        fresh = Entity(id=entity.id)
        for m in entity.mentions:
            if m is not mention:
                fresh.add(m, "", self.data)
        fresh.links = [link for link in entity.links if not link.startswith(repr(mention.text))]
        fresh.person_evidence = entity.person_evidence
        for attribute in attrs.fields(Entity):
            setattr(entity, attribute.name, getattr(fresh, attribute.name))


def _private_for_office(held: set[str], role: set[str], private: frozenset[str]) -> bool:
    """A person described only as a private person (``LanguageData.descriptive_roles``: kin, sex,
    what befell them) for a role that is an office: the office is held by someone else."""
    return bool(private) and bool(held) and held <= private and bool(role) and not role & private


def _without_suffixes(words: list[str], suffixes: frozenset[str]) -> list[str]:
    """A name's words without the generational suffixes closing it ("Ann Kerr Jr." → "Ann Kerr")."""
    end = len(words)
    while end > 1 and words[end - 1] in suffixes:
        end -= 1
    return words if end == len(words) else words[:end]


def _same_person(names: dict[str, None] | list[str], name: str) -> bool:
    """``name`` may be the person already named ``names``: the same surname, or words of one in the other."""
    words = name.lower().split()
    for other_name in names:
        other = other_name.lower().split()
        if not words or not other or other[-1] == words[-1] or set(words) <= set(other) or set(other) <= set(words):
            return True
    return False


def link(doc: Document, data: LanguageData, mentions: list[MentionSpan]) -> tuple[list[Entity], dict[int, Entity], list[MentionSpan]]:
    """Entities, the entity of each mention (by start offset), and the mentions themselves."""
    linker = _Linker(doc, data, mentions)
    entities = linker.run()
    return entities, linker.of, mentions
