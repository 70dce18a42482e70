"""Words that may sit inside a cue without breaking it: "sagte auch", "hat am Montag erklärt",
"erklärte zudem" (lower case: the engine compares lower-cased tokens).

"am" is kept for "am Montag", "am Abend"; the time nouns are lower-cased too.
"""

_ADVERBS = """
auch zudem außerdem ebenfalls ebenso weiter weiters ferner bereits schon dann später danach
zuvor vorher damals jedoch allerdings aber nun jetzt noch erneut nochmals abermals wiederum
zuletzt kürzlich jüngst gestern heute vorgestern morgen abends ausdrücklich deutlich wörtlich
dazu demnach daraufhin gleichzeitig zugleich offen öffentlich sichtlich am
""".split()

_TIMES = """
montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
wochenende vormittag mittag nachmittag abend
""".split()

CUE_ADVERBS = frozenset(_ADVERBS + _TIMES)
