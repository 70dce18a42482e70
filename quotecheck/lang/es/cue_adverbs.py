"""Words that may sit inside a cue without breaking it: "ha dicho también", "afirmó ayer",
"ha asegurado este lunes" (lower case: the engine compares lower-cased tokens)."""

_ADVERBS = """
también además asimismo igualmente luego después antes entonces ya todavía aún ayer hoy
anoche recientemente posteriormente previamente nuevamente reiteradamente públicamente
claramente expresamente textualmente finalmente incluso este esta
pasado pasada
""".split()

_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()

CUE_ADVERBS = frozenset(_ADVERBS + _DAYS)
