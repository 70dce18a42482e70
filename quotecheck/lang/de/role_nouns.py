"""Role and function nouns that name a speaker: {role: gender or None}.

German nouns are capitalised; the engine lower-cases role phrases before matching. The feminine
form in -in is listed beside each masculine one. Nominalised adjectives ("der/die Vorsitzende",
"Abgeordnete") carry no gender of their own (the article gives it); their strong masculine form
without article ("Vorsitzender") is masculine. A few plurals that news text quotes ("Experten",
"Ermittler") are listed as well.
"""

# (masculine, feminine) pairs
_PAIRS = """
Bundeskanzler Kanzler Minister Innenminister Außenminister Finanzminister
Verteidigungsminister Gesundheitsminister Wirtschaftsminister Justizminister
Umweltminister Arbeitsminister Bildungsminister Landwirtschaftsminister Verkehrsminister
Bundesminister Staatsminister Bundespräsident Präsident Ministerpräsident Vizepräsident
Regierungschef Sprecher Regierungssprecher Polizeisprecher Pressesprecher Ministeriumssprecher
Parteichef Chef Trainer Bundestrainer Richter Bürgermeister Oberbürgermeister Generalsekretär
Botschafter Diplomat Ökonom Analyst Wissenschaftler Forscher Zeuge Anwohner Geschäftsführer
Vorstandschef Konzernchef Direktor Staatssekretär Fraktionschef Oppositionsführer Senator
Gouverneur Landrat Professor Historiker Autor Journalist Kommissar Unternehmer Spieler
Manager Vertreter Virologe Epidemiologe Ermittler Polizist Politiker Aktivist Kandidat
Gewerkschaftschef Gründer Eigentümer Berater Verhandlungsführer Kapitän Sportdirektor
Oberstaatsanwalt Staatsanwalt Anwalt Rechtsanwalt Experte Arzt König Bischof
""".split()

_FEMININE_FORMS = {
    # irregular feminines (umlaut or -e dropped)
    "Anwalt": "Anwältin", "Rechtsanwalt": "Rechtsanwältin", "Staatsanwalt": "Staatsanwältin",
    "Oberstaatsanwalt": "Oberstaatsanwältin", "Arzt": "Ärztin", "Experte": "Expertin",
    "Zeuge": "Zeugin", "Virologe": "Virologin", "Epidemiologe": "Epidemiologin",
    "Landrat": "Landrätin", "Bischof": "Bischöfin", "König": "Königin",
}

ROLE_NOUNS = {
    **{m: "m" for m in _PAIRS},
    **{_FEMININE_FORMS.get(m, m + "in"): "f" for m in _PAIRS},
    # nominalised adjectives: the article gives the gender
    "Vorsitzende": None, "Vorsitzender": "m",
    "Parteivorsitzende": None, "Fraktionsvorsitzende": None, "Vorstandsvorsitzende": None,
    "Abgeordnete": None, "Abgeordneter": "m", "Bundestagsabgeordnete": None,
    "Angeklagte": None, "Angeklagter": "m", "Beschuldigte": None, "Verletzte": None,
    "Angehörige": None, "Beamte": "m", "Beamtin": "f", "Beamter": "m",
    # neutral or one-gender nouns
    "Papst": "m", "Mutter": "f", "Vater": "m", "Sohn": "m", "Tochter": "f", "Witwe": "f",
    "Opfer": None, "Mitglied": None, "Staatsoberhaupt": None,
    # plurals quoted as a group
    "Experten": None, "Ermittler": "m", "Ärzte": None, "Anwohner": "m", "Zeugen": None,
    "Analysten": None, "Ökonomen": None, "Forscher": "m", "Behördenvertreter": "m",
}
