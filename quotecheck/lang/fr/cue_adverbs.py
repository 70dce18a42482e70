"""Words that may sit inside a cue: between the auxiliary and the participle ("a également
annoncé", "a-t-il encore ajouté", "a jeudi affirmé") or right after the verb ("ajoute-t-il
aussitôt", "a déclaré mardi soir"). Single tokens only, lower case. Negations ("pas", "jamais")
are left out on purpose: "n'a pas précisé" reports no statement.
"""

from ._resources import both_apostrophes

_CONNECTIVES = """
également aussi toutefois encore ensuite enfin alors déjà pourtant notamment cependant néanmoins
plus ainsi seulement surtout d'ailleurs d'abord donc puis même toujours souvent longtemps
désormais maintenant depuis auparavant précédemment entre-temps peut-être certes plutôt
tout bien vraiment volontiers parfois
""".split()

_TIME = """
hier aujourd'hui demain récemment dernièrement lundi mardi mercredi jeudi vendredi samedi
dimanche soir matin midi après-midi dernier prochain aussitôt immédiatement rapidement vite
""".split()

_MANNER = """
publiquement clairement fermement vivement calmement doucement froidement sèchement simplement
franchement ouvertement longuement brièvement laconiquement sobrement prudemment solennellement
fièrement amèrement tristement discrètement personnellement officiellement formellement
explicitement catégoriquement gravement posément tranquillement lentement fortement haut
ironiquement sérieusement sincèrement directement spontanément lui-même elle-même
eux-mêmes elles-mêmes
""".split()

CUE_ADVERBS = frozenset(both_apostrophes(_CONNECTIVES + _TIME + _MANNER))

# "dit vivement Mathurine", "répondit tranquillement la maraîchère": manner adverbs in -ment
ADVERB_SUFFIXES = ("ment",)
