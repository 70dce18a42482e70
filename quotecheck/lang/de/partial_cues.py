"""Words that make a quoted fragment someone's words: 'nannte den Plan „verantwortungslos“',
'bezeichnete ihn als „Verräter“', 'sprach von einem „Skandal“': {form: lemma}.

"als" itself introduces the qualification after bezeichnen/werten/sehen ("… als „Fehler“"): it is
listed as its own lemma, since the verb may stand far before it.
"""

PARTIAL_CUES = {
    "nannte": "nennen", "nannten": "nennen", "nennt": "nennen", "nennen": "nennen",
    "genannt": "nennen",
    "bezeichnete": "bezeichnen", "bezeichneten": "bezeichnen", "bezeichnet": "bezeichnen",
    "bezeichnen": "bezeichnen",
    "sprach": "sprechen", "sprachen": "sprechen", "spricht": "sprechen",
    "gesprochen": "sprechen",
    "wertete": "werten", "wertet": "werten", "gewertet": "werten",
    "betitelte": "betiteln", "titulierte": "titulieren",
    "als": "als",
}
