"""Frequent French function words, used to vote for the language of short texts.

Chosen to be characteristic of French: words about as frequent in English, Spanish, Italian,
Portuguese or German ("a", "de", "la", "que", "en", "se", "un", "il", "on", "y", "ou", "non",
"son", "nos", "entre", "hier", "car") are left out so that they do not blur the vote. Elided pairs
that the detector reads as one word ("c'est", "qu'il") are strongly French and are kept, with
both apostrophes.
"""

from ._resources import both_apostrophes

_WORDS = """
le les des du au aux une et est sont ont été était étaient sera seront serait avait avaient
aurait avoir être fait faire pas ne plus moins très trop aussi déjà encore toujours jamais
rien tout tous toute toutes qui quoi dont où lequel laquelle lesquels quand comme mais donc
puis alors ainsi cependant pourtant toutefois néanmoins lorsque puisque parce
dans pour par sur sous chez sans avec vers selon après avant depuis pendant malgré dès parmi
ce cet cette ces ceci cela ça celui celle ceux celles
je nous vous ils elle elles leur leurs eux moi toi soi
mon mes ton ta tes sa ses notre votre
même mêmes autre autres chaque plusieurs quelques certains aucun aucune
oui bien peu beaucoup assez ici là voici voilà demain
""".split()

_ELIDED = """
c'est c'était qu'il qu'elle qu'ils qu'elles qu'on qu'un qu'une d'un d'une d'autres l'on
n'est n'a n'ont n'était s'est s'était j'ai aujourd'hui jusqu'à lorsqu'il puisqu'il
""".split()

STOP_WORDS = frozenset(both_apostrophes(_WORDS + _ELIDED))
