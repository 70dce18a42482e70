"""Frequent Spanish function words, used to vote for the language of short texts.

Characteristic of Spanish: words spelled the same and frequent in French, Portuguese, Italian,
English or German are left out so that they do not blur the vote: "de", "la", "que", "en", "a",
"se", "no", "le", "un", "o", "e" (French, Italian, Portuguese), "es" (German), "lo", "una",
"del", "al", "su", "mi", "tu", "con", "poco", "solo", "cada" (Italian), "para", "por",
"como", "este", "esta", "estas", "está", "era", "ser", "sido", "será", "todo", "toda",
"todos", "todas", "nada", "algo", "nunca", "vez", "dos", "desde", "durante", "contra",
"porque", "algunos", "algunas" (Portuguese).
"""

_WORDS = """
el los las y unos unas sus ese esa esos esas aquel aquella esto eso ello él ella ellos ellas
nosotros usted ustedes yo mis nuestro nuestra nuestros también muy más pero sino aunque pues
cuando donde mientras hasta según tras bajo hacia está están estaba estaban fue fueron eran
siendo hay había han habían hubo serán sería tiene tienen tenía tenían hace hacer hecho
puede pueden podría debe deben sólo ya aún todavía siempre tampoco además así entonces luego
ahora hoy ayer mañana aquí allí mucho mucha muchos muchas otro otra otros otras algún alguna
ningún ninguna qué quién quienes cuál cuáles cuánto cómo dónde cuándo sí tres año años veces
estos ello dijo afirmó señaló
""".split()

STOP_WORDS = frozenset(_WORDS)
