"""Demonyms that name a speaker after a determiner: "the Norwegian", "the 34-year-old Briton".

English demonyms are capitalised and carry no grammatical gender, except the few compounds in
-man/-woman. Single words only: the engine compares one token.
"""

_NEUTRAL = """
American Briton British English Scot Scottish Welsh Irish French German Italian Spaniard
Spanish Portuguese Dutch Belgian Swiss Austrian Luxembourger Norwegian Swede Swedish Dane
Danish Finn Finnish Icelander Pole Polish Czech Slovak Slovakian Hungarian Romanian Bulgarian
Greek Cypriot Turk Turkish Russian Ukrainian Belarusian Lithuanian Latvian Estonian Serb
Serbian Croat Croatian Bosnian Slovenian Albanian Georgian Armenian Azerbaijani Israeli
Palestinian Lebanese Syrian Iraqi Iranian Saudi Emirati Qatari Kuwaiti Yemeni Jordanian
Egyptian Libyan Tunisian Algerian Moroccan Nigerian Kenyan Ethiopian Ghanaian Senegalese
Congolese Sudanese Somali Chinese Japanese Korean Indian Pakistani Afghan Bangladeshi
Indonesian Thai Vietnamese Filipino Malaysian Singaporean Australian Canadian Mexican
Brazilian Argentine Argentinian Chilean Colombian Peruvian Venezuelan Cuban European African
Asian Kazakh Uzbek Mongolian Nepali Taiwanese Haitian Jamaican
""".split()

DEMONYMS = {
    **{word: None for word in _NEUTRAL},
    "Frenchman": "m", "Frenchwoman": "f",
    "Englishman": "m", "Englishwoman": "f",
    "Irishman": "m", "Irishwoman": "f",
    "Dutchman": "m", "Dutchwoman": "f",
    "Scotsman": "m", "Scotswoman": "f",
    "Welshman": "m", "Welshwoman": "f",
    "Latino": "m", "Latina": "f",
}

#: demonyms are written in lower case here ("the Texan" aside): no ending makes a capitalised word one
DEMONYM_SUFFIXES: tuple[str, ...] = ()
