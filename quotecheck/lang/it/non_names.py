"""Capitalised words that start sentences (or headlines) but are not names.

Function words, sentence adverbs, days and months (Italian writes them in lower case; the
capitalised forms appear at a sentence or headline start).
"""

_FUNCTION = """
Il Lo La I Gli Le Un Uno Una Questo Questa Questi Queste Quello Quella Quelli Quelle Quel
Lui Lei Egli Ella Loro Noi Voi Io Esso Essa Suo Sua Suoi Sue Nostro Nostra E Ed O Ma Però
Anche Ancora Già Poi Quindi Inoltre Invece Tuttavia Comunque Infatti Mentre Quando Dove Come
Perché Poiché Se Che Chi Cosa Cui Secondo Per Con Senza Su Sul Sulla Tra Fra Di Del Della
Dei Degli Delle Da Dal Dalla A Al Alla Ai Agli Alle In Nel Nella Nei Negli Nelle Dopo Prima
Durante Contro Verso Circa Oggi Ieri Domani Ora Adesso Sempre Mai Solo Soltanto Non Sì No
Tutto Tutti Tutte Ogni Altro Altra Altri Altre Molti Molte Alcuni Alcune Nessuno Niente
Qui Lì Là Così Cioè Ossia Oppure Ovvero Infine Intanto Frattanto Insomma Anzi Eppure
Stamattina Stasera Due Tre Ecco Ha Hanno È Sono Era Erano
""".split()

_DAYS = "Lunedì Martedì Mercoledì Giovedì Venerdì Sabato Domenica".split()
_MONTHS = """
Gennaio Febbraio Marzo Aprile Maggio Giugno
Luglio Agosto Settembre Ottobre Novembre Dicembre
""".split()

NON_NAMES = frozenset(_FUNCTION + _DAYS + _MONTHS)
