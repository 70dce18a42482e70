"""Head nouns of organisations that speak: "das Ministerium teilte mit", "die Polizei sagte".

Capitalised like every German noun; the engine lower-cases them before matching.
"""

ORGANIZATION_NOUNS = frozenset({
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
})
