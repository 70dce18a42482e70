"""Words that make a quoted fragment someone's words: 'nannte den Plan „verantwortungslos“',
'bezeichnete ihn als „Verräter“', 'sprach von einem „Skandal“': {form: lemma}.

"als" itself introduces the qualification after bezeichnen/werten/sehen ("… als „Fehler“"): it is
listed as its own lemma, since the verb may stand far before it.
"""

# "genannt" is left out: "die so genannte „Tricolore“" marks a term, not someone's words; so is
# "nennt", which in news prose mostly names things ("nennt die Firma ihre Räder „Blitz“", "nennt
# sich „…“")
PARTIAL_CUES = {
    "nannte": "nennen", "nannten": "nennen", "nennen": "nennen",
    "bezeichnete": "bezeichnen", "bezeichneten": "bezeichnen", "bezeichnet": "bezeichnen",
    "bezeichnen": "bezeichnen",
    "sprach": "sprechen", "sprachen": "sprechen", "spricht": "sprechen",
    "gesprochen": "sprechen",
    "wertete": "werten", "wertet": "werten", "gewertet": "werten",
    "betitelte": "betiteln", "titulierte": "titulieren",
    "als": "als",
    # verbs of judging that take a quoted noun phrase as object: 'würdigte seinen „Einsatz für
    # …“', 'konstatierte einen „Mangel an Vertrauen“'. A German fragment starts with a
    # capital whenever it starts with a noun, and the engine takes a capitalised fragment for a
    # title unless a word of this list stands before it. Demanding and warning verbs ("fordert",
    # "warnt vor") are left out: what they take in quotes is most often a name or a title
    # ('warnt vor dem Schlafmittel „Sanft Ruhe“')
    "beklagte": "beklagen", "beklagten": "beklagen", "beklagt": "beklagen",
    "lobte": "loben", "lobten": "loben", "würdigte": "würdigen",
    "konstatierte": "konstatieren", "attestierte": "attestieren", "bescheinigte": "bescheinigen",
    "rede": "reden",  # 'ist von einer „Krise“ die Rede'
}
