"""Frequent Italian function words, used to vote for the language of short texts.

Characteristic of Italian: words spelled the same and frequent in French, Spanish, Portuguese,
English or German are left out so that they do not blur the vote: "la", "le", "a", "e", "in",
"un", "una", "se", "ne", "qui", "là", "mai" (French), "ha", "era", "si", "uno", "cosa",
"durante" (Spanish), "sua", "lei", "sempre", "quando" (Portuguese), "state" (English). Some
words are shared with a neighbour and kept here only ("il" left out of French, "lo", "del",
"solo" out of Spanish, "alle" out of German), so each is counted for one language.
"""

_WORDS = """
il lo gli della dello delle degli dei del nel nella nello nelle negli nei sul sulla sullo
sulle sugli sui dal dalla dalle dagli dai allo alla alle agli ai col che chi cui non è sono
erano stato stata stati essere hanno aveva avevano avere sarà sarebbe fa fare può possono
deve devono anche ancora già più molto molti molte poi però quindi ovvero oppure perché
poiché mentre dove come questo questa questi queste quello quella quelli quelle suo suoi sue
loro nostro nostra lui noi voi io ci due tre tutto tutti tutte ogni altro altra altri altre
stesso stessa senza dopo prima contro verso secondo circa oggi ieri domani solo soltanto
ossia cioè infatti tuttavia comunque inoltre invece anno anni detto
""".split()

STOP_WORDS = frozenset(_WORDS)
