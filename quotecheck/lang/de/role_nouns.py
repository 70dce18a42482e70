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
Premierminister Premier Staatschef Staatspräsident Außenamtssprecher
Parteisprecher Fraktionssprecher Unternehmenssprecher Konzernsprecher Armeesprecher
Militärsprecher Behördensprecher Leiter Chefredakteur Redakteur Reporter Korrespondent
Moderator Intendant Herausgeber Verleger Generalstaatsanwalt Bundesanwalt Verteidiger Kläger
Polizeipräsident Polizeichef Einsatzleiter Feuerwehrsprecher Kommandeur General Oberbefehlshaber
Offizier Soldat Generaldirektor Präsidentschaftskandidat
Spitzenkandidat Herausforderer Amtsinhaber Amtsvorgänger Nachfolger Vorgänger Parlamentspräsident
Bundestagspräsident Landtagspräsident Bezirksbürgermeister
Regierungsvertreter Parlamentarier Mitarbeiter Beobachter Kritiker Befürworter Gegner Anhänger
Organisator Veranstalter Teilnehmer Augenzeuge Bewohner Nachbar Besitzer Inhaber Passant
Demonstrant Entführer Täter Pilot Fahrer Schiedsrichter Torwart
Vereinspräsident Klubchef Vereinschef Teamchef Pfarrer
Mediziner Psychologe Soziologe Politologe Politikwissenschaftler Wirtschaftsexperte
Jurist Ingenieur Techniker Meteorologe Geologe Seismologe Astronom Biologe Chemiker Physiker
Verbraucherschützer Datenschützer Umweltschützer Menschenrechtler Tierschützer Ombudsmann
Student Schüler Passagier Randalierer Funktionär
Gewerkschaftsfunktionär Parteifunktionär Wahlleiter Bundeswahlleiter
Landeswahlleiter Generalanwalt Linkspolitiker Grünenpolitiker Sänger
Musiker Schauspieler Regisseur Schriftsteller Komponist Dirigent Stürmer
Torhüter Pastor Mönch Patient
""".split()

_FEMININE_FORMS = {
    # irregular feminines (umlaut or -e dropped)
    "Anwalt": "Anwältin", "Rechtsanwalt": "Rechtsanwältin", "Staatsanwalt": "Staatsanwältin",
    "Oberstaatsanwalt": "Oberstaatsanwältin", "Arzt": "Ärztin", "Experte": "Expertin",
    "Zeuge": "Zeugin", "Virologe": "Virologin", "Epidemiologe": "Epidemiologin",
    "Landrat": "Landrätin", "Bischof": "Bischöfin", "König": "Königin",
    "Augenzeuge": "Augenzeugin", "Psychologe": "Psychologin", "Soziologe": "Soziologin",
    "Politologe": "Politologin", "Meteorologe": "Meteorologin", "Geologe": "Geologin",
    "Seismologe": "Seismologin", "Biologe": "Biologin", "Wirtschaftsexperte": "Wirtschaftsexpertin",
    "Bundesanwalt": "Bundesanwältin", "Generalstaatsanwalt": "Generalstaatsanwältin",
    "Ombudsmann": "Ombudsfrau",
}

# German builds most offices as compounds on a few heads ("Bundesbildungsministerin",
# "Fraktionsvorsitzender", "Polizeisprecherin"); the engine matches whole tokens, so the frequent
# compounds are generated here from their parts (generated, not typed one by one)
_COMPOUNDS = {
    "minister": """Bundes Landes Außen Innen Justiz Familien Bildungs Forschungs Umwelt Verkehrs
        Gesundheits Wirtschafts Finanz Arbeits Sozial Agrar Landwirtschafts Entwicklungs Kultur
        Kultus Wissenschafts Verteidigungs Europa Integrations Bau Energie Verbraucherschutz
        Ernährungs Informations Erziehungs Bundesaußen Bundesinnen Bundesjustiz Bundesfamilien
        Bundesbildungs Bundesumwelt Bundesverkehrs Bundesgesundheits Bundeswirtschafts
        Bundesfinanz Bundesarbeits Bundesverteidigungs Bundesentwicklungs Bundesagrar
        Bundesforschungs Bundesverbraucherschutz Landesinnen Landesjustiz Landeswirtschafts
        Landesfinanz Landesumwelt Landesverkehrs Landeskultus""",
    "sprecher": """Regierungs Polizei Presse Ministeriums Partei Fraktions Unternehmens Konzern Armee
        Militär Behörden Feuerwehr Außenamts Gerichts Klinik Krankenhaus Flughafen Bahn Vereins
        Verbands Gewerkschafts Staatsanwaltschafts Vize Kreml Vatikan Regierungsvize""",
    "chef": """Partei Fraktions Regierungs Konzern Vorstands Gewerkschafts Polizei Armee Geheimdienst
        Verbands Unternehmens Bahn Team Vereins Klub Staats Kanzleramts Kommissions Delegations
        Missions Landes Bundes Vize Sport""",
    "präsident": """Bundes Minister Vize Staats Parlaments Bundestags Landtags Polizei Gerichts
        Verbands Vereins Kommissions Landes""",
    "experte": """Wirtschafts Sicherheits Klima Finanz Rechts Verkehrs Energie Umwelt Gesundheits
        Innen Außen Terrorismus Militär Nahost Russland""",
    "direktor": "General Polizei Museums Verwaltungs Sport Finanz Klinik Programm Landes",
    "leiter": """Abteilungs Einsatz Projekt Studien Behörden Polizei Bereichs Delegations Missions
        Pressestellen Grabungs Expeditions Schul Instituts Ermittlungs Demonstrations Versammlungs""",
    "vorsitzende": """Partei Fraktions Vorstands Aufsichtsrats Landes Bundes Gewerkschafts
        Ausschuss Verbands Betriebsrats Bezirks Kreis""",
}


def _compound_roles() -> dict[str, str | None]:
    roles: dict[str, str | None] = {}
    for head, prefixes in _COMPOUNDS.items():
        for prefix in prefixes.split():
            word = prefix + head
            if head == "vorsitzende":  # a nominalised adjective: the article gives the gender
                roles[word] = None
                roles[word + "r"] = "m"
            elif head == "experte":
                roles[word] = "m"
                roles[word[:-1] + "in"] = "f"
            else:
                roles[word] = "m"
                roles[word + "in"] = "f"
    return roles


# weak masculine nouns take -en (or -n) outside the nominative: "des Präsidenten", "des Experten"
# (the same form as their plural)
_WEAK_ENDINGS = ("ent", "ant", "ist", "at", "oge", "nom", "ot", "e")


def _genitive(noun: str) -> str:
    """The genitive singular of a masculine role: "des Ministers", "des Präsidenten"."""
    if noun.endswith("ender"):  # nominalised adjective: "des Vorsitzenden"
        return noun[:-1] + "n"
    if noun.endswith("e"):
        return noun + "n"
    if noun.endswith(_WEAK_ENDINGS):
        return noun + "en"
    if noun.endswith(("s", "ß", "z", "x")):
        return noun + "es"
    return noun + "s"


def _genitives(roles: dict[str, str | None]) -> dict[str, str | None]:
    """Sources are named in the genitive after "nach Angaben des", "laut Angaben des", "nach
    Ansicht des": the masculine roles in that case (feminine nouns do not change)."""
    # weak nouns are left out: their -en form is also the plural ("die Experten"), which must
    # not read as one man
    return {_genitive(m): "m" for m, gender in roles.items()
            if gender == "m" and not _genitive(m).endswith("en")}


def _plurals(roles: dict[str, str | None]) -> dict[str, str | None]:
    """The plurals a rule gives ("die Präsidenten", "die Autoren", "die Ministerinnen"): a weak
    noun's -en form (also its singular outside the nominative, "des Präsidenten": the article
    tells them apart), -or nouns' -oren, and every feminine -in's -innen. Plurals spelt like their
    singular ("die Minister") need no entry; irregular ones ("Ärzte") are listed below."""
    plurals: dict[str, str | None] = {}
    for noun, gender in roles.items():
        if gender == "f" and noun.endswith("in"):
            plurals[noun + "nen"] = "f"
        elif gender == "m" and noun.endswith("or"):
            plurals[noun + "en"] = None
        elif gender == "m" and noun.endswith(_WEAK_ENDINGS) and not noun.endswith("ende"):
            plurals[noun + ("n" if noun.endswith("e") else "en")] = None
    return plurals


_SINGULARS = {
    **_compound_roles(),
    **{m: "m" for m in _PAIRS},
    **{_FEMININE_FORMS.get(m, m + "in"): "f" for m in _PAIRS},
}
_RULE_PLURALS = _plurals(_SINGULARS)

ROLE_NOUNS = {
    **_RULE_PLURALS,
    **_genitives({**_compound_roles(), **{m: "m" for m in _PAIRS}}),
    **_compound_roles(),
    **{m: "m" for m in _PAIRS},
    **{_FEMININE_FORMS.get(m, m + "in"): "f" for m in _PAIRS},
    # nominalised adjectives: the article gives the gender
    "Vorsitzende": None, "Vorsitzender": "m",
    "Parteivorsitzende": None, "Fraktionsvorsitzende": None, "Vorstandsvorsitzende": None,
    "Abgeordnete": None, "Abgeordneter": "m", "Bundestagsabgeordnete": None,
    "Angeklagte": None, "Angeklagter": "m", "Beschuldigte": None, "Verletzte": None,
    "Angehörige": None, "Beamte": "m", "Beamtin": "f", "Beamter": "m",
    "Regierungsbeamte": None, "Regierungsbeamter": "m", "Fluggast": None,
    "Landesvorsitzende": None, "Bundesvorsitzende": None, "Parteivorsitzender": "m",
    "Beauftragte": None, "Beauftragter": "m", "Gesandte": None, "Abgesandte": None,
    "Häftling": "m", "Verdächtige": None, "Tatverdächtige": None, "Überlebende": None,
    "Betroffene": None,
    # neutral or one-gender nouns
    "Papst": "m", "Kardinal": "m", "Imam": "m", "Mutter": "f", "Vater": "m", "Sohn": "m",
    "Tochter": "f", "Witwe": "f",
    "Opfer": None, "Mitglied": None, "Staatsoberhaupt": None,
    # people described by sex or deed only: "ein Mann sagte", "die Frau gab an"
    "Mann": "m", "Frau": "f",
    # plurals quoted as a group (those spelt like their singular, "die Kritiker", "die
    # Veranstalter", are the masculine entries above)
    "Experten": None, "Ermittler": "m", "Ärzte": None, "Anwohner": "m", "Zeugen": None,
    "Analysten": None, "Ökonomen": None, "Forscher": "m", "Behördenvertreter": "m",
    "Augenzeugen": None, "Demonstranten": None, "Soldaten": None, "Polizisten": None,
    "Organisatoren": None, "Einwohner": None, "Bürger": None, "Helfer": None,
    "Rettungskräfte": None, "Einsatzkräfte": None, "Sanitäter": None, "Aktivisten": None,
    "Abgeordneten": None, "Medienvertreter": None, "Diplomaten": None, "Anwälte": None,
}


# role nouns spelt only as a plural (lower case): after a plural article (``PLURAL_ROLE_ARTICLES``)
# they name a group, never one person ("die Anwälte des Klägers", "den Diplomaten")
ROLE_PLURALS = frozenset({
    "experten", "ärzte", "zeugen", "analysten", "ökonomen", "augenzeugen", "demonstranten", "soldaten",
    "polizisten", "organisatoren", "rettungskräfte", "einsatzkräfte", "aktivisten", "abgeordneten",
    "diplomaten", "anwälte", "rechtsanwälte",
    *(noun.lower() for noun in _RULE_PLURALS),
})


#: nouns that describe a private person (kin, sex, what befell them or what they are accused
#: of), not an office: such a person is not the one an office names ("der Sohn, X" is not "der
#: Staatsanwalt"), nor does such a description stand for a named office holder
DESCRIPTIVE_ROLES = frozenset({
    "mutter", "vater", "sohn", "tochter", "bruder", "schwester", "witwe", "witwer", "ehefrau",
    "ehemann", "mann", "frau", "opfer", "angeklagte", "angeklagter", "beschuldigte", "verletzte",
    "angehörige", "häftling", "verdächtige", "tatverdächtige", "überlebende", "betroffene",
})

# role nouns shorter than the engine's shortest compound head (six letters: "-sprecher" heads a
# compound, "-mann" ends "Hartmann") that head one all the same: no surname ends in "-chef"
# ("Sportchef", "Deutschlandchef", "Landeschefin")
SHORT_COMPOUND_HEADS = ("chef", "chefin")
