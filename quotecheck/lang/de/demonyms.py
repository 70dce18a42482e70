"""Demonyms that name a speaker after a determiner: "der Norweger", "die 34-jährige Französin".

Capitalised, masculine and feminine forms with their gender. Nominalised adjectives ("der/die
Deutsche") take the article's gender: None.
"""

# masculine forms whose feminine is regular (+ "in")
_REGULAR = """
Norweger Amerikaner US-Amerikaner Engländer Italiener Spanier Niederländer Holländer Belgier
Schweizer Österreicher Luxemburger Ungar Ukrainer Palästinenser Syrer Iraker Iraner Ägypter
Japaner Koreaner Inder Pakistaner Kanadier Mexikaner Brasilianer Argentinier Kolumbianer
Venezolaner Kubaner Australier Europäer Afrikaner Nigerianer Kenianer Südafrikaner
Marokkaner Tunesier Algerier Litauer Georgier Armenier Isländer Neuseeländer
""".split()

# (masculine, feminine) where the feminine drops the final -e or changes the stem
_IRREGULAR = {
    "Franzose": "Französin", "Russe": "Russin", "Brite": "Britin", "Schotte": "Schottin",
    "Ire": "Irin", "Portugiese": "Portugiesin", "Schwede": "Schwedin", "Däne": "Dänin",
    "Finne": "Finnin", "Pole": "Polin", "Tscheche": "Tschechin", "Slowake": "Slowakin",
    "Slowene": "Slowenin", "Rumäne": "Rumänin", "Bulgare": "Bulgarin", "Grieche": "Griechin",
    "Türke": "Türkin", "Serbe": "Serbin", "Kroate": "Kroatin", "Bosnier": "Bosnierin",
    "Albaner": "Albanerin", "Belarusse": "Belarussin", "Weißrusse": "Weißrussin",
    "Lette": "Lettin", "Este": "Estin", "Libanese": "Libanesin", "Afghane": "Afghanin",
    "Chinese": "Chinesin", "Vietnamese": "Vietnamesin", "Asiate": "Asiatin",
    "Jemenit": "Jemenitin", "Israeli": "Israelin", "Katarer": "Katarerin",
    "Chilene": "Chilenin", "Kasache": "Kasachin", "Kurde": "Kurdin",
}

DEMONYMS = {
    **{m: "m" for m in _REGULAR},
    **{m + "in": "f" for m in _REGULAR},
    **{m: "m" for m in _IRREGULAR},
    **{f: "f" for f in _IRREGULAR.values()},
    # nominalised adjectives: the article decides
    "Deutsche": None, "Deutscher": "m", "Saudi": None,
}

#: "-er" ("der Berliner") is also the ending of countless nouns and surnames: none listed
DEMONYM_SUFFIXES: tuple[str, ...] = ()

#: "die Deutschen", "die Schweizern": after an article, a demonym with this ending names the people
DEMONYM_PLURAL_ENDINGS = ("n",)
