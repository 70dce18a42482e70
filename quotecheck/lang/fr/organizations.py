"""Head nouns and names that make a speaker mention an organisation, not a person.

"le ministère a indiqué", "l'Élysée a fait savoir", "selon le parquet". Common nouns are lower
case; institutions known by a proper name keep their capital. Multiword entries are allowed and
every entry with an apostrophe is also given with the typographic one.
"""

from ._resources import both_apostrophes

_COMMON_NOUNS = """
ministère gouvernement présidence cabinet administration commission conseil assemblée sénat
parlement chambre cour tribunal parquet police gendarmerie préfecture mairie municipalité
région département collectivité armée état-major ambassade consulat délégation mission
agence autorité office institut observatoire fondation organisation organisme entreprise
groupe société compagnie firme banque constructeur opérateur fabricant laboratoire syndicat
parti formation mouvement coalition majorité opposition association ONG fédération
confédération club équipe direction rédaction journal quotidien hebdomadaire chaîne radio
université école hôpital clinique secrétariat bureau service régie alliance
""".split()

_MULTIWORD = (
    "ministère de la Défense", "ministère de l'Intérieur", "ministère des Affaires étrangères",
    "ministère de la Santé", "ministère de l'Économie", "ministère de la Justice",
    "ministère des Armées", "Quai d'Orsay", "place Beauvau", "Union européenne",
    "Downing Street", "Banque de France", "Cour des comptes", "Conseil d'État",
    "Conseil constitutionnel", "Cour de cassation", "Pôle emploi", "France Travail",
    "Maison Blanche", "Nations unies", "Banque mondiale", "Banque centrale européenne",
    "Parlement européen", "Commission européenne", "Conseil européen", "Assemblée nationale",
)

_PROPER_NAMES = """
Élysée Matignon Kremlin Maison-Blanche Pentagone Bercy Beauvau Commission Conseil Parlement
Sénat Assemblée Otan OTAN ONU UE BCE FMI OMS OMC Unesco Unicef HCR CICR Croix-Rouge Interpol
Europol Frontex Vatican Saint-Siège Bundestag Congrès Knesset Douma Insee CNIL Arcom SNCF
RATP EDF AFP Reuters CGT CFDT Medef Hamas Hezbollah Tsahal
""".split()

ORGANIZATION_NOUNS = frozenset(both_apostrophes([*_COMMON_NOUNS, *_MULTIWORD, *_PROPER_NAMES]))
