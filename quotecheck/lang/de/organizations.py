"""Head nouns of organisations that speak: "das Ministerium teilte mit", "die Polizei sagte".

Capitalised like every German noun; the engine lower-cases them before matching. Sources are
named in the genitive after "nach Angaben", "laut Angaben", "nach Ansicht" ("nach Angaben des
Ministeriums", "aus Sicht des Verbandes"), so the genitive of the masculine and neuter heads is
generated too (feminine nouns do not change).
"""

_ORGANIZATION_NOUNS = frozenset({
    "Regierung", "Bundesregierung", "Landesregierung", "Ministerium", "Bundesministerium",
    "Innenministerium", "Außenministerium", "Finanzministerium", "Verteidigungsministerium",
    "Gesundheitsministerium", "Auswärtiges Amt", "Kanzleramt", "Bundeskanzleramt", "Polizei",
    "Bundespolizei", "Staatsanwaltschaft", "Bundesanwaltschaft", "Unternehmen", "Konzern",
    "Firma", "Partei", "Fraktion", "Gewerkschaft", "Verband", "Bundesamt", "Behörde",
    "Behörden", "Gericht", "Bundesverfassungsgericht", "Landgericht", "Amtsgericht",
    "Kommission", "EU-Kommission", "Bundeswehr", "Armee", "Militär", "Kreml", "Weißes Haus",
    "Weiße Haus", "Pentagon", "Verein", "Klub", "Club", "Stadt", "Stadtverwaltung", "Senat",
    "Bundestag", "Bundesrat", "Feuerwehr", "Klinik", "Krankenhaus", "Universität", "Institut",
    "Stiftung", "Bank", "Zentralbank", "Bundesbank", "Botschaft", "Sender", "Zeitung",
    "Agentur", "Vorstand", "Aufsichtsrat", "Rathaus", "Landratsamt", "Ministerien",
    # media that speak as a group: "berichteten lokale Medien", "Wie die Nachrichtenagentur meldet"
    "Medien", "Presse", "Nachrichtenagentur", "Tageszeitung", "Zeitschrift", "Magazin",
    "Nachrichtenmagazin", "Fernsehsender", "Radiosender", "Rundfunk",
    # documents quoted as sources: "Die Studie besagt, dass …", "so der Bericht", "laut dem Urteil"
    "Bericht", "Studie", "Erklärung", "Mitteilung", "Pressemitteilung", "Stellungnahme",
    "Gutachten", "Umfrage", "Urteil",
    # more bodies: "das Parlament", "die Opposition", "die Koalition", "die Organisation"
    "Parlament", "Opposition", "Koalition", "Organisation", "Hilfsorganisation",
    "Menschenrechtsorganisation", "Vereinte Nationen", "Vereinten Nationen", "Justiz",
    "Staatsanwaltschaften", "Ermittlungsbehörden", "Sicherheitsbehörden", "Gesundheitsbehörden",
    "Geheimdienst", "Rettungsdienst", "Gemeinderat", "Stadtrat", "Landtag", "Kabinett",
    "Zentralrat", "Rat", "Ausschuss", "Komitee", "Gremium", "Kommission", "Verwaltung",
    # bodies named by a collective noun with an abstract noun's suffix (see ABSTRACT_NOUN_ENDINGS)
    "Führung", "Leitung", "Geschäftsführung", "Vertretung", "Vereinigung", "Bewegung", "Versammlung",
    "Redaktion", "Delegation", "Mission", "Direktion", "Administration", "Verteidigung",
    # parties and camps named by a common noun or adjective: "fordern die Linken, dass …"
    "Grünen", "Grüne", "Linke", "Linken", "Linkspartei", "Union", "Unionsparteien",
    "Sozialdemokraten", "Christdemokraten", "Liberalen", "Konservativen", "Republikaner",
    "Demokraten", "Rebellen", "Aufständischen", "Separatisten",
    # parties by their initials, as speakers after an article ("die SPD"; see NON_NAMES)
    "SPD", "CDU", "CSU", "FDP", "AfD", "PDS", "NPD", "WASG", "ÖVP", "SPÖ", "FPÖ", "BZÖ", "SVP",
})

# masculine and neuter heads: their genitive ends in -s, or -es after a sibilant
_MASCULINE_OR_NEUTER = """
Ministerium Bundesministerium Innenministerium Außenministerium Finanzministerium
Verteidigungsministerium Gesundheitsministerium Kanzleramt Bundeskanzleramt Unternehmen Konzern
Verband Bundesamt Gericht Bundesverfassungsgericht Landgericht Amtsgericht Militär Kreml
Pentagon Verein Klub Club Senat Bundestag Bundesrat Krankenhaus Institut Sender Vorstand
Aufsichtsrat Rathaus Landratsamt Magazin Nachrichtenmagazin Fernsehsender Radiosender
Rundfunk Bericht Gutachten Urteil Parlament Geheimdienst Rettungsdienst Gemeinderat Stadtrat
Landtag Kabinett Zentralrat Rat Ausschuss Komitee Gremium
""".split()


def _genitives(noun: str) -> set[str]:
    """"Ausschuss" → Ausschusses; "Ministerium" → Ministeriums; "Verband" → Verbands, Verbandes."""
    if noun.endswith(("s", "ß", "z", "x")):
        return {noun + "es"}
    if noun.endswith(("d", "t", "g", "k")) and not noun.endswith(("ent", "ment")):
        return {noun + "s", noun + "es"}
    return {noun + "s"}


ORGANIZATION_NOUNS = _ORGANIZATION_NOUNS.union(*(_genitives(n) for n in _MASCULINE_OR_NEUTER))


# a lower-case preposition inside an organisation's own name, between two capitalised nouns, after
# an organisation noun ("die Hilfsgruppe Helfer ohne Zäune", "der Verein Lehrer ohne Pult"):
# "ohne" opens no complement of the organisation noun, so the name goes on over it
NAME_JOINING_WORDS = frozenset({"ohne"})
