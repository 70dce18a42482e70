"""Endings that make a capitalised German word a common noun, never a person's name.

German capitalises every noun, so "äußerte Vorbehalte" or "Seine Zuversicht gründet sich" put a
capitalised word where a subject could stand. Two kinds of ending say "noun":

* derivational suffixes (-ung, -heit, -keit, -schaft, -tion, -ität, -ismus, -nis …) and their
  plurals: "Rechtsauffassung", "Uninformiertheit", "Gleichstellung";
* the frequent common nouns of news prose (``non_names._NOUNS``, five letters or more) as the
  last part of a compound: "Wahlkampfthemen", "Regierungssprecherposten" end in listed nouns.

The engine requires a stem of at least ``_MIN_STEM`` letters before the ending, so a short
surname that happens to end like a noun ("Jung", "Ort") is no compound; a word the document also
writes after a first name or a title ("Peter Hartung") stays a name whatever its ending.
"""

from .non_names import _NOUNS

_SUFFIXES = """
ung ungen heit heiten keit keiten schaft schaften tion tionen ität itäten ismus ismen
nis nisse nissen tümer ierung ierungen
""".split()

# the last part of a compound: nouns of five letters or more (shorter ones end too many names:
# "Tor" in "Viktor", "Rat" in "Konrad", "Land" in "Roland")
_HEADS = [n.lower() for n in _NOUNS if len(n) >= 5]

# compound heads that close names too often ("Albrecht", "Hildebrand"); for the same reason the
# suffixes leave out -ur, -ment, -enz, -anz ("Arthur", "Clement", "Lorenz", "Franz")
_NAME_ENDINGS = {"recht", "brand"}

COMMON_NOUN_ENDINGS = tuple(sorted(set(_SUFFIXES) | set(_HEADS) - _NAME_ENDINGS))

# plural endings of nouns that a speaker standing alone takes far less often than a common noun
# ("Bedenken", "Vorbehalte", "Maßnahmen"); "-er" is left out, it ends too many surnames
# ("Müller", "Schröder") that the document may give with a role only
PLURAL_NOUN_ENDINGS = ("en", "e")

# derivational suffixes of abstract nouns (an act, a state, a quality: "Ausarbeitung",
# "Krankheit", "Aktion", "Ereignis"), which in a complement name no one who speaks even with their
# article ("für die Ausarbeitung", "des Gefängnisses"); a word that ends in a role or organisation noun
# ("Regierung", "Kommission", "Parteiführung") stays a speaker. "-schaft" is left out: it forms
# collectives that speak ("Gewerkschaft", "Belegschaft", "Ärzteschaft"), and so is "-tum", which
# ends place names the gazetteer may lack as often as nouns ("Eigentum").
ABSTRACT_NOUN_ENDINGS = tuple("""
ung ungen heit heiten keit keiten tion tionen ität itäten ismus ismen nis nisse nissen nisses
""".split())
