"""Frequent Italian function words, used to vote for the language of short texts.

Characteristic of Italian: words spelled the same and frequent in French, Spanish, Portuguese,
English or German are left out so that they do not blur the vote: "di" (rare elsewhere, kept),
"la", "le", "a", "e", "in", "un", "una", "se", "non" (French), "que"… Italian spells "che", "il",
"per", "gli", "della", "sono" its own way, and those carry the vote.
"""

_WORDS = """
il lo gli della dello delle degli dei del nel nella nello nelle negli nei sul sulla sullo
sulle sugli sui dal dalla dalle dagli dai allo alla alle agli ai col che chi cui non è sono
era erano stato stata stati state essere ha hanno aveva avevano avere sarà sarebbe fa fare
può possono deve devono anche ancora già più molto molti molte poi però quindi ovvero oppure
perché poiché quando mentre dove come cosa questo questa questi queste quello quella quelli
quelle suo sua suoi sue loro nostro nostra lui lei noi voi io ci ne si gli uno due tre
tutto tutti tutte ogni altro altra altri altre stesso stessa senza dopo prima durante contro
verso secondo circa oggi ieri domani sempre mai solo soltanto ossia cioè infatti tuttavia
comunque inoltre invece qui lì là anno anni della dell dell' nell' all' sull'
""".split()

STOP_WORDS = frozenset(_WORDS)
