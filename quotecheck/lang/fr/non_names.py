"""Capitalised words that open French sentences or headlines but are not names.

Compared with the token as written. Titles ("Madame", "Monsieur") live in titles.py; demonyms
and role nouns have their own tables. "Dieu" is deliberately absent: it can be a speaker in
fiction and quoted scripture.
"""

from ._resources import both_apostrophes

_ARTICLES_PRONOUNS = """
Le La Les L' Un Une Des Du Au Aux De D' Ce Cet Cette Ces Ceci Cela Ça Celui Celle Ceux Celles
Il Elle Ils Elles On Je J' Tu Nous Vous Moi Toi Lui Eux Soi Y En C' N' S' Qu' M' T'
Mon Ma Mes Ton Ta Tes Son Sa Ses Notre Nos Votre Vos Leur Leurs
Qui Que Quoi Quel Quelle Quels Quelles Lequel Laquelle Dont Où
Tout Tous Toute Toutes Rien Personne Chacun Chacune Aucun Aucune Nul Nulle Certains Certaines
Plusieurs Quelques Chaque Autre Autres Même Mêmes Tel Telle Tels Telles
""".split()

_CONJUNCTIONS_PREPOSITIONS = """
Mais Et Ou Donc Or Ni Car Si Quand Comme Lorsque Lorsqu' Puisque Puisqu' Parce Tandis Bien
Alors Ainsi Puis Enfin Ensuite Aussi Pourtant Cependant Toutefois Néanmoins Certes Sinon
Dans Pour Par Sur Sous Chez Entre Contre Sans Avec Vers Selon Après Avant Depuis Pendant
Malgré Grâce Face Outre Dès Durant Hormis Parmi Jusqu' Jusque Concernant Quant Via Suite
""".split()

_ADVERBS_INTERJECTIONS = """
Aujourd'hui Hier Demain Désormais Maintenant Déjà Encore Toujours Jamais Souvent Parfois
Ici Là Voilà Voici Oui Non Si Pas Plus Moins Très Trop Beaucoup Peu Assez Presque Environ
Ah Oh Eh Hé Ha Bah Ben Bon Bref Hélas Allez Tiens Merci Bravo Bonjour Bonsoir Pardon Adieu
Comment Pourquoi Combien Seul Seule Seuls Seules Surtout Notamment Également Enfin D'abord
D'ailleurs Ailleurs Ensemble Vraiment Peut-être Heureusement Malheureusement Évidemment
Finalement Récemment Actuellement Longtemps Aussitôt Tantôt Naguère Jadis Autrefois
""".split()

_CALENDAR = """
Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche
Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre
""".split()

# participles and nouns that head news sentences: "Interrogé par…", "Invitée sur…"
_SENTENCE_OPENERS = """
Interrogé Interrogée Interrogés Interrogées Invité Invitée Invités Questionné Questionnée
Contacté Contactée Contactés Sollicité Sollicitée Joint Jointe Cité Citée Reçu Reçue
Contrairement Conformément Concrètement Officiellement Selon Interrogation Réaction Photo
Vidéo Lire Voir Mise Source Sources Info Exclusif Urgent Direct Alerte Mise-à-jour
""".split()

NON_NAMES = frozenset(both_apostrophes(
    _ARTICLES_PRONOUNS + _CONJUNCTIONS_PREPOSITIONS + _ADVERBS_INTERJECTIONS + _CALENDAR
    + _SENTENCE_OPENERS
))
