"""Words that may sit inside a cue without breaking it: "disse também", "afirmou ontem",
"tem dito repetidamente" (lower case: the engine compares lower-cased tokens)."""

_ADVERBS = """
também ainda ontem hoje anteontem recentemente posteriormente anteriormente novamente
repetidamente publicamente claramente expressamente textualmente finalmente depois antes
então já logo entretanto contudo porém ainda nesta neste esta este
""".split()

_DAYS = """
segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo
segunda terça quarta quinta sexta
""".split()

CUE_ADVERBS = frozenset(_ADVERBS + _DAYS)
