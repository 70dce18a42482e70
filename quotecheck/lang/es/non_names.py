"""Capitalised words that start sentences (or headlines) but are not names.

Function words, sentence adverbs, days and months. Spanish writes days and months in lower
case; the capitalised forms appear at a sentence or headline start.
"""

_FUNCTION = """
El La Los Las Lo Un Una Unos Unas Este Esta Estos Estas Ese Esa Esos Esas Aquel Aquella Esto
Eso Él Ella Ellos Ellas Nosotros Usted Ustedes Yo Su Sus Mi Mis Nuestro Nuestra Y E O U Pero
Sino Aunque Porque Pues Cuando Donde Mientras Si Que Como Según Para Por Con Sin Sobre Entre
En De Del Al A Ante Bajo Contra Desde Durante Hacia Hasta Tras Además Asimismo También
Tampoco Así Entonces Luego Después Antes Ahora Hoy Ayer Mañana Anoche Aquí Allí Ya Aún
Todavía Siempre Nunca Nada Algo Todo Toda Todos Todas Cada Algunos Algunas Muchos Muchas
Otro Otra Otros Otras No Sí Qué Quién Quiénes Cuál Cómo Dónde Cuándo Incluso Finalmente
Tanto Primero Segundo Dos Tres Hay Fue Era Es Son Está Están
Ha Han Había Respecto Sólo Solo Apenas Casi Quizás Quizá Tal
""".split()

_DAYS = "Lunes Martes Miércoles Jueves Viernes Sábado Domingo".split()
_MONTHS = """
Enero Febrero Marzo Abril Mayo Junio
Julio Agosto Septiembre Setiembre Octubre Noviembre Diciembre
""".split()

NON_NAMES = frozenset(_FUNCTION + _DAYS + _MONTHS)
