"""Inhabitants of countries, regions and cities: {demonym: gender or None}.

Only the masculine singular is listed; the feminine is derived by the usual spelling rules
(``_feminine``) with explicit exceptions. A demonym ending in -e is the same for both
("Russe", "Belge", "Suisse") and gets gender None. "le Norvégien" names a speaker already
introduced ("Jens Stoltenberg … a déclaré le Norvégien").
"""

_MASCULINE = """
Français Allemand Britannique Anglais Écossais Gallois Irlandais Nord-Irlandais Américain
Canadien Québécois Mexicain Italien Espagnol Portugais Belge Néerlandais Hollandais Luxembourgeois
Suisse Autrichien Danois Suédois Norvégien Finlandais Islandais Estonien Letton Lituanien Polonais
Tchèque Slovaque Hongrois Roumain Moldave Bulgare Grec Chypriote Maltais Albanais Kosovar Serbe
Croate Bosnien Slovène Monténégrin Macédonien Russe Ukrainien Biélorusse Géorgien Arménien
Azerbaïdjanais Azéri Turc Kazakh Ouzbek Turkmène Kirghize Tadjik Afghan Pakistanais Indien
Bangladais Sri-Lankais Népalais Bhoutanais Birman Thaïlandais Laotien Cambodgien Vietnamien
Malaisien Singapourien Indonésien Philippin Chinois Taïwanais Hongkongais Japonais Coréen
Sud-Coréen Nord-Coréen Mongol Tibétain Ouïghour Australien Néo-Zélandais Israélien Palestinien
Gazaoui Libanais Syrien Jordanien Irakien Iranien Saoudien Koweïtien Qatari Émirati Bahreïni
Omanais Yéménite Égyptien Libyen Tunisien Algérien Marocain Mauritanien Sahraoui Malien
Sénégalais Gambien Guinéen Bissau-Guinéen Sierra-Léonais Libérien Ivoirien Ghanéen Togolais
Béninois Burkinabè Nigérien Nigérian Tchadien Camerounais Centrafricain Gabonais Congolais
Équato-Guinéen Angolais Zambien Zimbabwéen Mozambicain Malawite Tanzanien Kényan Ougandais
Rwandais Burundais Éthiopien Érythréen Djiboutien Somalien Soudanais Sud-Soudanais Sud-Africain
Namibien Botswanais Malgache Mauricien Comorien Seychellois Cap-Verdien Brésilien Argentin Chilien
Uruguayen Paraguayen Bolivien Péruvien Équatorien Colombien Vénézuélien Guyanien Surinamais
Panaméen Costaricien Nicaraguayen Hondurien Salvadorien Guatémaltèque Cubain Haïtien Dominicain
Jamaïcain Portoricain Européen Africain Asiatique Maghrébin Sud-Américain Latino-Américain
Nord-Américain Occidental Kurde Tchétchène Catalan Basque Corse Breton Alsacien Lorrain
Normand Provençal Savoyard Auvergnat Francilien Guyanais Martiniquais Guadeloupéen Réunionnais
Mahorais Calédonien Néo-Calédonien Tahitien Polynésien Wallon Flamand Bavarois Sicilien Sarde
Andalou Galicien Texan Californien Floridien Parisien Marseillais Lyonnais Toulousain Niçois
Nantais Strasbourgeois Montpelliérain Bordelais Lillois Rennais Grenoblois Stéphanois Rouennais
Londonien Berlinois Madrilène Barcelonais Romain Milanais Napolitain Vénitien Bruxellois
Genevois Lausannois Zurichois Montréalais New-Yorkais Moscovite Pétersbourgeois Kiévien
Pékinois Shanghaïen Tokyoïte
""".split()

# feminine forms that the rules below would get wrong
_EXCEPTIONS = {
    "Grec": "Grecque",
    "Turc": "Turque",
    "Andalou": "Andalouse",
    "Burkinabè": "Burkinabè",  # invariable
    "Ouzbek": "Ouzbèke",
}

# feminine forms besides the epicene one ("une Suisse" and "une Suissesse")
_EXTRA = {"Suissesse": "f"}

# (masculine ending, feminine ending), most specific first
_RULES = (
    ("en", "enne"),   # Norvégien, Coréen, Libyen, Shanghaïen
    ("on", "onne"),   # Breton, Letton, Wallon
    ("ais", "aise"),
    ("ois", "oise"),
    ("ain", "aine"),
    ("an", "ane"),
    ("in", "ine"),
    ("and", "ande"),
    ("al", "ale"),
    ("ol", "ole"),
)


def _feminine(masculine: str) -> str | None:
    """The feminine singular of a masculine demonym, None when it is epicene (ends in -e)."""
    if masculine in _EXCEPTIONS:
        return _EXCEPTIONS[masculine]
    if masculine.endswith("e"):
        return None
    for ending, feminine in _RULES:
        if masculine.endswith(ending):
            return masculine[: -len(ending)] + feminine
    return masculine + "e"  # Kazakh → Kazakhe, Qatari → Qatarie, Kosovar → Kosovare


def _build() -> dict[str, str | None]:
    table: dict[str, str | None] = {}
    for masculine in _MASCULINE:
        feminine = _feminine(masculine)
        if feminine is None or feminine == masculine:
            table[masculine] = None
        else:
            table[masculine] = "m"
            table[feminine] = "f"
    table.update(_EXTRA)
    return table


DEMONYMS = _build()

#: endings of demonyms the list above lacks ("le Sarthois", "la Vendéenne", "les Lorientais"):
#: a capitalised word so ending after a determiner is a person from there, not an organisation
DEMONYM_SUFFIXES = ("ois", "oise", "ais", "aise", "ien", "ienne", "éen", "éenne", "ain", "aine")
