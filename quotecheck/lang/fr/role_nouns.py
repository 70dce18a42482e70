"""Nouns of office and function that describe a speaker: {role noun: gender or None}.

Lower case, multiword entries allowed ("premier ministre", "chef de l'État"); every entry with an
apostrophe is also given with the typographic one. Gender "m"/"f" when the form shows it
("directeur"/"directrice"), None when it is the same for women and men ("ministre", "juge",
"porte-parole") or when current usage keeps the masculine for women ("chef", "médecin").
"""

from ._resources import both_apostrophes_map

_GOVERNMENT = {
    "président": "m", "présidente": "f", "vice-président": "m", "vice-présidente": "f",
    "ex-président": "m", "ex-présidente": "f", "ancien président": "m", "ancienne présidente": "f",
    "président de la République": "m", "présidente de la République": "f",
    "chef de l'État": None, "cheffe de l'État": "f", "chef du gouvernement": None,
    "cheffe du gouvernement": "f", "premier ministre": "m", "première ministre": "f",
    "ancien premier ministre": "m", "ancienne première ministre": "f",
    "ministre": None, "ancien ministre": "m", "ancienne ministre": "f",
    "ministre de l'Intérieur": None, "ministre des Affaires étrangères": None,
    "ministre de la Défense": None, "ministre de l'Économie": None, "ministre de la Santé": None,
    "ministre de la Justice": None,
    "chef de la diplomatie": None, "cheffe de la diplomatie": "f",
    "secrétaire d'État": None, "secrétaire général": "m", "secrétaire générale": "f",
    "secrétaire": None, "sous-secrétaire": None,
    "porte-parole": None, "porte-parole du gouvernement": None,
    "chancelier": "m", "chancelière": "f", "vice-chancelier": "m",
    "gouverneur": "m", "gouverneure": "f", "préfet": "m", "préfète": "f", "sous-préfet": "m",
    "maire": None, "adjoint au maire": "m", "adjointe au maire": "f", "bourgmestre": None,
    "député": "m", "députée": "f", "eurodéputé": "m", "eurodéputée": "f", "sénateur": "m",
    "sénatrice": "f", "parlementaire": None, "élu": "m", "élue": "f", "conseiller": "m",
    "conseillère": "f", "conseiller municipal": "m", "conseillère municipale": "f",
    "conseiller régional": "m", "conseillère régionale": "f",
    "ambassadeur": "m", "ambassadrice": "f", "consul": "m", "consule": "f", "diplomate": None,
    "émissaire": None, "envoyé spécial": "m", "envoyée spéciale": "f", "négociateur": "m",
    "négociatrice": "f", "médiateur": "m", "médiatrice": "f",
    "commissaire": None, "commissaire européen": "m", "commissaire européenne": "f",
    "haut-commissaire": None, "haute-commissaire": "f", "haut représentant": "m",
    "haute représentante": "f", "rapporteur": "m", "rapporteuse": "f", "rapporteure": "f",
    "chef de l'Otan": None, "secrétaire général de l'Otan": "m", "secrétaire général de l'ONU": "m",
    "roi": "m", "reine": "f", "prince": "m", "princesse": "f", "monarque": None, "souverain": "m",
    "souveraine": "f", "pape": "m", "souverain pontife": "m", "émir": "m", "dirigeant": "m",
    "dirigeante": "f", "leader": None, "chef": None, "cheffe": "f", "candidat": "m",
    "candidate": "f", "opposant": "m", "opposante": "f", "militant": "m", "militante": "f",
    "activiste": None, "syndicaliste": None, "responsable": None, "haut responsable": "m",
    "haute responsable": "f", "haut fonctionnaire": "m", "haute fonctionnaire": "f",
    "fonctionnaire": None, "conseiller spécial": "m", "conseillère spéciale": "f",
    "chef de cabinet": None, "directeur de cabinet": "m", "directrice de cabinet": "f",
}

_JUSTICE_SECURITY = {
    "procureur": "m", "procureure": "f", "procureur de la République": "m",
    "procureure de la République": "f", "procureur général": "m", "procureure générale": "f",
    # the title keeps its masculine adjective after a feminine noun in court usage
    "procureure général": "f",
    "juge": None, "juge d'instruction": None, "magistrat": "m", "magistrate": "f",
    "avocat": "m", "avocate": "f", "avocat général": "m", "avocate générale": "f", "avocate général": "f",
    "bâtonnier": "m", "bâtonnière": "f", "enquêteur": "m", "enquêtrice": "f", "policier": "m",
    "policière": "f", "gendarme": None, "commandant": None, "colonel": None, "capitaine": None,
    "lieutenant": None, "général": None, "générale": "f", "amiral": None, "officier": "m",
    "chef d'état-major": None, "soldat": "m", "militaire": None, "témoin": None,
    "victime": None, "suspect": "m", "suspecte": "f", "accusé": "m", "accusée": "f",
    "prévenu": "m", "prévenue": "f", "plaignant": "m", "plaignante": "f",
}

_ECONOMY_SOCIETY = {
    "directeur": "m", "directrice": "f", "directeur général": "m", "directrice générale": "f",
    "PDG": None, "pdg": None, "président-directeur général": "m", "patron": "m",
    "patronne": "f", "fondateur": "m", "fondatrice": "f", "cofondateur": "m",
    "cofondatrice": "f", "gérant": "m", "gérante": "f", "entrepreneur": "m",
    "entrepreneuse": "f", "employé": "m", "employée": "f", "salarié": "m", "salariée": "f",
    "ouvrier": "m", "ouvrière": "f", "agriculteur": "m", "agricultrice": "f",
    "économiste": None, "analyste": None, "expert": "m", "experte": "f", "spécialiste": None,
    "chercheur": "m", "chercheuse": "f", "scientifique": None, "universitaire": None,
    "professeur": None, "professeure": "f", "enseignant": "m", "enseignante": "f",
    "historien": "m", "historienne": "f", "politologue": None, "sociologue": None,
    "juriste": None, "constitutionnaliste": None, "médecin": None, "infectiologue": None,
    "épidémiologiste": None, "virologue": None, "urgentiste": None, "chirurgien": "m",
    "chirurgienne": "f", "infirmier": "m", "infirmière": "f", "psychiatre": None,
    "journaliste": None, "invité": "m", "invitée": "f", "correspondant": "m", "correspondante": "f", "éditorialiste": None,
    "auteur": "m", "autrice": "f", "auteure": "f", "écrivain": "m", "écrivaine": "f",
    "artiste": None, "acteur": "m", "actrice": "f", "chanteur": "m", "chanteuse": "f",
    "réalisateur": "m", "réalisatrice": "f",
    "entraîneur": "m", "entraîneuse": "f", "entraineur": "m", "sélectionneur": "m",
    "sélectionneuse": "f", "coach": None, "entraîneur-chef": "m", "technicien": "m", "technicienne": "f",
    "manager": None, "attaquant": "m", "attaquante": "f", "gardien": "m", "gardienne": "f",
    "défenseur": "m", "buteur": "m", "buteuse": "f", "milieu de terrain": None, "meneur": "m",
    "capitaine de l'équipe": None, "joueur": "m", "joueuse": "f",
    "athlète": None, "champion": "m", "championne": "f", "arbitre": None,
    "habitant": "m", "habitante": "f", "riverain": "m", "riveraine": "f", "voisin": "m",
    "voisine": "f", "manifestant": "m", "manifestante": "f", "gréviste": None,
    "passant": "m", "passante": "f", "élève": None, "étudiant": "m", "étudiante": "f",
    "retraité": "m", "retraitée": "f", "proche": None, "ami": "m", "amie": "f",
    "survivant": "m", "survivante": "f", "rescapé": "m", "rescapée": "f", "réfugié": "m",
    "réfugiée": "f", "otage": None, "secouriste": None, "pompier": "m", "pompière": "f",
    "observateur": "m", "observatrice": "f", "représentant": "m", "représentante": "f",
    "délégué": "m", "déléguée": "f", "président du syndicat": "m", "secrétaire national": "m",
    "secrétaire nationale": "f", "trésorier": "m", "trésorière": "f", "membre": None,
    "cadre": None, "coordinateur": "m", "coordinatrice": "f", "organisateur": "m",
    "organisatrice": "f", "fondé de pouvoir": "m", "interlocuteur": "m", "interlocutrice": "f",
    "source": None, "source proche du dossier": None, "source diplomatique": None,
    "source gouvernementale": None, "source policière": None, "source judiciaire": None,
}

ROLE_NOUNS = both_apostrophes_map({**_GOVERNMENT, **_JUSTICE_SECURITY, **_ECONOMY_SOCIETY})
