"""Capitalised words that start sentences (or headlines) but are not names.

German capitalises every noun, so a capital says little: the mention finder takes any
capitalised word it does not know for a name ("hatte vor kurzer Zeit bemerkt" made "Zeit"
the speaker; "Nach Angaben der Polizei" made "Angaben der Polizei" one name and hid the source
after the marker). Besides function words, sentence adverbs and time words, the frequent common
nouns of news prose are therefore listed (_NOUNS), with their plural and genitive forms.

Left out on purpose: role nouns and organisation nouns (they are speakers: "Laut Polizei …"),
compounds naming a source ("Polizeiangaben", "Medienberichten": the speaker of "laut
Polizeiangaben"), nouns that speak as a group ("Medien", "Presse") and nouns that end or are
proper names often ("Bank", "Haus", "Bund", "Grenzen" in "Ärzte ohne Grenzen", the "Welt").
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
Insbesondere Besonders Darin Darauf Daraus Davon Dafür Dagegen Darüber Hierzu Hierbei
Hingegen Indes Unterdessen Stattdessen Ferner Weiterhin Bislang Bisher Zuletzt Anschließend
Daraufhin Sinngemäß Entscheidend Weiteren Eigentlich Tatsächlich Möglicherweise Wahrscheinlich
Vermutlich Offensichtlich Grundsätzlich Ursprünglich Erstmals Lediglich Allein Gerade Somit
Folglich Dementsprechend Andernfalls Ansonsten Gemäß Welche Welcher Jenes Solche Beide Beiden
Manche Andere Anderen Weitere Ihm Ihn Ihnen Dies Außer Zukünftig Künftig Mal
""".split()

_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag".split()
_MONTHS = """
Januar Februar März April Mai Juni
Juli August September Oktober November Dezember
""".split()

# frequent common nouns of news text, grouped by theme (singular, plural, genitive)
_NOUNS = """
Angabe Angaben Ansicht Ansichten Auffassung Einschätzung Einschätzungen Meinung Meinungen
Worte Worten Wort Aussage Aussagen Äußerung Äußerungen Erklärung Erklärungen Mitteilung
Stellungnahme Begründung Informationen Information Darstellung Auskunft Schätzung Schätzungen
Vernehmen Sicht Überzeugung Vermutung Vorwurf Vorwürfe Vorwürfen Kritik Forderung Forderungen
Dank Frage Fragen Antwort Antworten Rede Gespräch Gespräche Gesprächen Interview Interviews
Brief Briefe Schreiben Bericht Berichte Berichten Berichts Berichtes Meldung Meldungen Artikel
Nachricht Nachrichten Ankündigung Aufruf Appell Warnung Hinweis Hinweise Angebot Vorschlag
Zeit Zeiten Jahr Jahre Jahren Jahres Monat Monate Monaten Monats Woche Wochen Tag Tage Tagen
Tages Nacht Stunde Stunden Minute Minuten Anfang Beginn Ende Mitte Zukunft Vergangenheit
Zeitpunkt Zeitraum Vorjahr Jahrhundert Frühjahr Sommer Herbst Winter Abend Uhr
Kind Kinder Kindern Mensch Menschen Leute Person Personen
Familie Familien Eltern Bevölkerung Öffentlichkeit Mehrheit Minderheit
Land Landes Länder Ländern Staat Staaten Staates Stadt Städte Region Regionen Gebiet Gebiete
Gebiets Ort Orte Erde Grenze Straße Straßen Insel Küste Norden Süden Osten Westen
Nähe Umgebung Hauptstadt Provinz Gemeinde Dorf Ausland Inland Zentrum
Teil Teile Fall Fälle Fällen Falles Zahl Zahlen Anzahl Seite Seiten Weg Wege Ziel Ziele Grund
Gründe Gründen Folge Folgen Lage Situation Problem Probleme Problemen Thema Themen Ergebnis
Ergebnisse Entscheidung Entscheidungen Einsatz Einsätze Gesetz Gesetze Gesetzes Recht Rechte
Gewalt Krieg Krieges Frieden Sicherheit Gefahr Gefahren Risiko Schutz Hilfe Unterstützung
Zusammenhang Zusammenarbeit Rahmen Bereich Bereiche Beispiel Möglichkeit Möglichkeiten
Entwicklung Ursache Ursachen Angriff Angriffe Anschlag Anschläge Unfall Unfälle Tod Tote Toten
Opfern Verletzte Verletzten Schaden Schäden Brand Feuer Explosion Absturz Flug Flugzeug
Maschine Fahrzeug Auto Zug Schiff Boot Gebäude Wohnung Häuser Schule Schulen Kirche
Geld Millionen Milliarden Prozent Euro Dollar Preis Preise Kosten Steuer Steuern Markt Handel
Wirtschaft Arbeit Arbeitsplätze Plan Pläne Projekt Programm Maßnahme Maßnahmen Reform
Politik Wahl Wahlen Wahlkampf Abstimmung Stimmen Sitzung Sitzungen Treffen Konferenz Gipfel
Verhandlungen Vertrag Verträge Abkommen Beschluss Urteil Urteils Prozess Prozesses Verfahren
Ermittlungen Untersuchung Untersuchungen Verdacht Haft Festnahme Anklage Strafe Tat
Demonstration Demonstrationen Protest Proteste Protesten Streik Unruhen Kampf Kämpfe
Spiel Spiele Spiels Tor Tore Sieg Niederlage Saison Mannschaft Runde Platz Titel Rennen
Studie Studien Forschung Daten Liste Höhe Art Weise Rolle Spitze Hälfte Stelle
Leben Geschichte Namen Name Ausgabe Internet Website Film Buch Musik Kultur Sprache Glauben
Veröffentlichung Berichterstattung Pressekonferenz Pressemitteilung Sendung
Rücktritt Rückkehr Besuch Reise Start Landung Notlandung Flucht Suche Auftrag Aufgabe Pflicht
Ansprüche Interesse Interessen Erfolg Erfolge Bedeutung Verantwortung Kontrolle Macht Druck
Einfluss Wert Werte Qualität Tatsache Wahrheit Lösung Chance Chancen Ausnahme Vergleich
""".split()

# German news writes a politician's party in parentheses after the name ("Ministerin Ilse
# Brandtner (SPD) sagte"): as a bare word the party is that apposition, and taking it for a name
# made it the subject of the cue. The party as a speaker comes with its article ("die SPD
# fordert"), which ORGANIZATION_NOUNS catch.
_PARTIES = "SPD CDU CSU FDP AfD PDS NPD WASG ÖVP SPÖ FPÖ BZÖ SVP FDP/DVP CDU/CSU".split()

NON_NAMES = frozenset(_FUNCTION + _DAYS + _MONTHS + _NOUNS + _PARTIES)
