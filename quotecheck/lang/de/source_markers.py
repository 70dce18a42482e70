"""Expressions that introduce a source without a speech verb (lower case, as matched).

* "laut" + name/role: "Laut Polizei …", "laut dem Minister".
* "zufolge" is a postposition: "dem Minister zufolge" puts the source BEFORE it. The engine
  looks for the source after a marker, so "zufolge" only helps where it is followed by one
  ("zufolge des Berichts" is rare); it is listed so that the cue is recorded.
* "nach Angaben", "nach Ansicht", "nach Auffassung", "nach Einschätzung", "nach Worten" ("nach
  Angaben des Ministeriums", "nach den Worten der Ministerin").
* "so" + name/role after a quotation: "„…“, so der Minister." "so" is also a very frequent
  adverb; the engine only takes it as a source when a name or role follows at once.
* "gemäß" + source: "Gemäß einem Bericht der Zeitung …".
* "aus Sicht" + source: "aus Sicht der Verbände".
* "laut Angaben" is listed BEFORE "laut": markers are tried in order, and "laut" alone would
  take "Angaben" for the source instead of the police or agency named after it.
* The noun after "nach" varies ("nach Informationen der Zeitung", "nach Aussagen von Zeugen",
  "nach Darstellung der Regierung", "nach ersten Angaben der Polizei"); the source follows it.
  Compounds that hold their source ("nach Polizeiangaben") and "nach eigenen Angaben" (the
  source is the clause's subject) are left out: the words after them are no source.
* "wie … sagte" needs a verb: left to the cue patterns.
* "nach Angaben von" + source: "von" in place of a genitive article is part of the marker.
* "heißt es in" + source: the impersonal report names its source in the phrase after it ("…, heißt
  es in der Mitteilung der Stadt", "…, hieß es vom Sprecher der Polizei"); the content is before.
"""

SOURCE_MARKERS: tuple[str, ...] = (
    "laut angaben",
    "laut",
    "zufolge",
    "gemäß",
    "nach angaben",
    "nach ersten angaben",
    "nach offiziellen angaben",
    "nach inoffiziellen angaben",
    "nach bisherigen angaben",
    "nach jüngsten angaben",
    "nach ersten erkenntnissen",
    "nach bisherigen erkenntnissen",
    "nach neuesten erkenntnissen",
    "nach schätzung",
    "nach einem bericht",
    "nach einer stellungnahme",
    "nach einer mitteilung",
    "nach informationen",
    "nach aussagen",
    "nach aussage",
    "nach darstellung",
    "nach auskunft",
    "nach schätzungen",
    "nach erkenntnissen",
    "nach berichten",
    "nach überzeugung",
    "aus sicht",
    "nach ansicht",
    "nach auffassung",
    "nach einschätzung",
    "nach meinung",
    "nach den worten",
    "nach worten",
    # the impersonal report with its source after it: "…, heißt es in einem Bericht der Kommission"
    # (a bare "…, hieß es." names nobody and is no marker)
    "heißt es in", "heißt es im", "heißt es auf", "heißt es bei", "heißt es von", "heißt es vom",
    "hieß es in", "hieß es im", "hieß es auf", "hieß es bei", "hieß es von", "hieß es vom",
    "so",
)

# "nach Angaben von Europol", "aus Sicht von Fachleuten": "von" stands for the genitive article,
# the source is the words after it. The marker with "von" is longer and so tried first.
SOURCE_MARKERS += tuple(m + " von" for m in SOURCE_MARKERS if m.startswith(("nach ", "laut angaben", "aus sicht")))

# "nach Zeugenaussagen", "nach Behördenangaben": the source is the first part of one compound noun
# after the preposition, whose last part is one of these nouns (the bare noun, "nach Angaben der
# Polizei", stays a marker of SOURCE_MARKERS whose source follows)
COMPOUND_SOURCE_MARKERS = {
    "nach": ("angaben", "aussagen", "berichten", "meinung", "schätzungen", "informationen", "erkenntnissen"),
}

# "so" and "zufolge" are taken only when a name or role follows at once ("…“, so der Minister"):
# otherwise the words after them would be read as a loose description of a source
NAMED_SOURCE_MARKERS = frozenset({"so", "zufolge"})

# markers that follow their source, a postposition ("dem Bericht zufolge"); empty where none
POSTPOSED_SOURCE_MARKERS: frozenset[str] = frozenset({"zufolge"})

# markers that close their sentence, the source after them and the content before ("…, heißt es in
# einer Mitteilung der Stadt", "…, hieß es vom Sprecher der Polizei"); each is in SOURCE_MARKERS too
CLOSING_SOURCE_MARKERS = frozenset(m for m in SOURCE_MARKERS if m.startswith(("heißt es ", "hieß es ")))

# a relative pronoun right after a source marker ("secondo il quale"): the antecedent is the source
RELATIVE_SOURCE_PRONOUNS: tuple[str, ...] = ()
