"""Frequent German function words, used to vote for the language of short texts.

Characteristic of German: words spelled the same and frequent in English, French, Spanish,
Italian or Portuguese are left out so that they do not blur the vote: "in", "so", "also", "an",
"am", "man", "was", "will", "war" (English), "des" (French), "es" (Spanish), "um" (Portuguese),
"alle" (Italian).
"""

_WORDS = """
der die das den dem ein eine einer eines einem einen und ist sind waren wird werden wurde
wurden hat haben hatte hatten sei seien habe nicht auch noch schon nur sich mit von vom zu
zum zur auf aus bei nach vor für über unter durch gegen ohne bis seit während wegen trotz
zwischen dass daß ob wenn weil als wie aber oder doch denn sondern jedoch dann damit dabei
dazu daher deshalb darauf darüber davon dafür dagegen hier dort jetzt heute gestern immer
wieder bereits sehr mehr viel viele wenig einige jeder jede jedes kein keine keinen nichts
etwas er sie wir ihr ihm ihn ihnen ihre ihren ihrem unser unsere sein seine seinen seinem
seiner dieser diese dieses diesen diesem jener welche welcher wer wo wann warum können kann
könne konnte müssen muss soll sollte sollen wollen worden gewesen zwei drei laut zufolge
sowie bzw etwa rund knapp
""".split()

STOP_WORDS = frozenset(_WORDS)
