"""Capitalised words that start sentences (or headlines) but are not names.

Function words, sentence adverbs, days and months (Portuguese writes them in lower case; the
capitalised forms appear at a sentence or headline start).
"""

_FUNCTION = """
O A Os As Um Uma Uns Umas Este Esta Estes Estas Esse Essa Esses Essas Isso Isto Aquele
Aquela Aquilo Ele Ela Eles Elas Você Vocês Nós Eu Seu Sua Seus Suas Nosso Nossa E Ou Mas
Porém Contudo Todavia Entretanto Porque Pois Quando Onde Enquanto Se Que Como Segundo
Conforme Para Por Pelo Pela Com Sem Sobre Entre Em No Na Nos Nas De Do Da Dos Das Ao Aos À
Até Desde Durante Contra Após Ante Além Também Ainda Já Então Assim Depois Antes Agora Hoje
Ontem Amanhã Aqui Ali Lá Sempre Nunca Nada Algo Tudo Todo Toda Todos Todas Cada Alguns
Algumas Muitos Muitas Outro Outra Outros Outras Não Sim Quem Qual Quais Quanto Apenas Só
Inclusive Finalmente Primeiro Dois Duas Três Há Foi Era É São Está Estão Tem Têm Mesmo
Afinal Aliás Talvez Logo Ademais Portanto
""".split()

_DAYS = "Segunda-feira Terça-feira Quarta-feira Quinta-feira Sexta-feira Sábado Domingo".split()
_MONTHS = """
Janeiro Fevereiro Março Abril Maio Junho
Julho Agosto Setembro Outubro Novembro Dezembro
""".split()

NON_NAMES = frozenset(_FUNCTION + _DAYS + _MONTHS)
