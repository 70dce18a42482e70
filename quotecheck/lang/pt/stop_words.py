"""Frequent Portuguese function words, used to vote for the language of short texts.

Characteristic of Portuguese: words spelled the same and frequent in French, Spanish, Italian,
English or German are left out so that they do not blur the vote: "de", "a", "e", "o", "que",
"se", "mais" (French), "deve" (Italian)… ("do", "no", "as" are English too, but far more
frequent in Portuguese and kept here). Shared words left out of Spanish ("para", "por",
"como", "esta", "era", "ser", "todo", "nada", "vez", "dos", "desde", "durante", "contra",
"porque", "algumas"…) or Italian ("sua", "lei", "sempre", "quando") are counted here, once.
"""

_WORDS = """
os as um uma uns umas do da dos das no na nos nas ao aos à às pelo pela pelos pelas num numa
dum duma não é são foi foram era eram ser sido está estão estava estavam esteve tem têm
tinha tinham ter há havia será seria pode podem poderia devem também muito muitos
muita muitas mas porém contudo entanto porque pois quando onde enquanto como para por com
sem sobre entre até desde durante contra após segundo conforme este esta estes estas esse
essa esses essas isso isto aquele aquela aquilo ele ela eles elas você vocês nós seu sua
seus suas nosso nossa lhe lhes todo toda todos todas nada algo nunca sempre já ainda hoje
ontem amanhã aqui ali agora então assim também apenas só cada outro outra outros outras
algum alguma alguns algumas nenhum nenhuma vez dois duas três ano anos disse afirmou lei
""".split()

STOP_WORDS = frozenset(_WORDS)
