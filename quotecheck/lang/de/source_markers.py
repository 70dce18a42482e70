"""Expressions that introduce a source without a speech verb (lower case, as matched).

* "laut" + name/role: "Laut Polizei …", "laut dem Minister".
* "zufolge" is a postposition: "dem Minister zufolge" puts the source BEFORE it. The engine
  looks for the source after a marker, so "zufolge" only helps where it is followed by one
  ("zufolge des Berichts" is rare); it is listed so that the cue is recorded.
* "nach Angaben", "nach Ansicht", "nach Auffassung", "nach Einschätzung", "nach Worten" ("nach
  Angaben des Ministeriums", "nach den Worten der Ministerin").
* "so" + name/role after a quotation: "„…“, so der Minister." "so" is also a very frequent
  adverb; the engine only takes it as a source when a name or role follows at once.
* "wie … sagte" needs a verb: left to the cue patterns.
"""

SOURCE_MARKERS = (
    "laut",
    "zufolge",
    "nach angaben",
    "nach ansicht",
    "nach auffassung",
    "nach einschätzung",
    "nach meinung",
    "nach den worten",
    "nach worten",
    "so",
)

# "so" and "zufolge" are taken only when a name or role follows at once ("…“, so der Minister"):
# otherwise the words after them would be read as a loose description of a source
NAMED_SOURCE_MARKERS = frozenset({"so", "zufolge"})
