"""Words that may sit inside a cue without breaking it: "sagte auch", "hat am Montag erklärt",
"erklärte zudem" (lower case: the engine compares lower-cased tokens).

"am" is kept for "am Montag", "am Abend"; the time nouns are lower-cased too. Adjectives of
time ("am vergangenen Freitag") and the reflexive "sich" are listed for the same reason.
"""

_ADVERBS = """
auch zudem außerdem ebenfalls ebenso weiter weiters ferner bereits schon dann später danach
zuvor vorher damals jedoch allerdings aber nun jetzt noch erneut nochmals abermals wiederum
zuletzt kürzlich jüngst gestern heute vorgestern morgen abends ausdrücklich deutlich wörtlich
dazu demnach daraufhin gleichzeitig zugleich offen öffentlich sichtlich am
dabei darüber hingegen dagegen indes indessen inzwischen mittlerweile unterdessen bislang
bisher weiterhin abschließend anschließend zunächst erst selbst gleichfalls seinerseits
ihrerseits persönlich schriftlich telefonisch mündlich ebenso ähnlich genauso
vergangenen letzten kommenden heutigen frühen späten
""".split()

# German puts its reflexive after the finite verb: "äußerte sich der Minister", "hat sich am
# Montag geäußert", "zeigte sich zuversichtlich"; the cue and its subject are split by it
_REFLEXIVE = ["sich"]

_DAYS = "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag".split()
_PARTS = "morgen vormittag mittag nachmittag abend nacht".split()

# "am Montag", "am Dienstagabend", "am Wochenende", "am vergangenen Freitag" (the adjectives are
# in _ADVERBS): each word is one token, and the engine skips only listed tokens
_TIMES = _DAYS + [day + part for day in _DAYS for part in _PARTS] + """
wochenende vormittag mittag nachmittag abend
""".split()

CUE_ADVERBS = frozenset(_ADVERBS + _REFLEXIVE + _TIMES)
