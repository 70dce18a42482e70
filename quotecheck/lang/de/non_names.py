"""Capitalised words that start sentences (or headlines) but are not names.

German capitalises every noun, so a capital says little; only function words, sentence
adverbs and time words are listed here (nouns are kept out of names by the mention finder's
other tests, not by this list).
"""

_FUNCTION = """
Der Die Das Den Dem Des Ein Eine Einer Eines Einem Einen Er Sie Es Wir Ich Ihr Man Dieser
Diese Dieses Diesen Jene Jener Alle Viele Einige Mehrere Kein Keine Nach Am Im Laut Zufolge In
An Auf Aus Bei Mit Von Vom Vor Zu Zum Zur Für Gegen Ohne Um Über Unter Seit Bis Durch Trotz
Wegen Während Zwischen Hinter Neben Dabei Dazu Damit Daher Deshalb Darum Doch Aber Und Oder
Denn Sondern Auch Noch Nun Jetzt Heute Gestern Morgen Dann Danach Zudem Außerdem Allerdings
Jedoch Zuvor Später Bereits Schon Wie Was Wer Wo Wann Warum Weshalb Weil Wenn Als Ob Dass Daß
Obwohl Nachdem Bevor Sobald Solange Seine Sein Ihre Unser Unsere So Hier Dort Da Zwar Immer
Sogar Erst Vielleicht Nur Nicht Nichts Etwas Jeder Jede Jedes Mehr Ja Nein Bitte Danke Hinzu
Ebenfalls Ebenso Trotzdem Dennoch Inzwischen Mittlerweile Zunächst Schließlich Letztlich
Immerhin Offenbar Angeblich Demnach Gleichzeitig Zugleich Insgesamt Derzeit Damals
""".split()

_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag".split()
_MONTHS = """
Januar Februar März April Mai Juni
Juli August September Oktober November Dezember
""".split()

NON_NAMES = frozenset(_FUNCTION + _DAYS + _MONTHS)
