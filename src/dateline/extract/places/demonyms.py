"""Demonyms and nationality adjectives: "Syrian", "Americans", "Aleppan".

They name people or things of a place, not the place, so the geoparser keeps
them apart from place mentions; they still tell which country a document is
about.  Written for this project (country codes are ISO 3166-1 alpha-2).
"""
from __future__ import annotations

from typing import Optional

_TABLE = """
AF Afghan Afghans Afghani
AL Albanian Albanians
DZ Algerian Algerians
AO Angolan Angolans
AR Argentine Argentinian Argentinians Argentines
AM Armenian Armenians
AU Australian Australians Aussie
AT Austrian Austrians
AZ Azerbaijani Azerbaijanis Azeri Azeris
BH Bahraini Bahrainis
BD Bangladeshi Bangladeshis
BY Belarusian Belarusians
BE Belgian Belgians
BJ Beninese
BO Bolivian Bolivians
BA Bosnian Bosnians
BR Brazilian Brazilians
GB British Briton Britons English Scottish Welsh
BG Bulgarian Bulgarians
BF Burkinabe
MM Burmese Myanmarese
BI Burundian Burundians
KH Cambodian Cambodians
CM Cameroonian Cameroonians
CA Canadian Canadians
CF Centrafrican
TD Chadian Chadians
CL Chilean Chileans
CN Chinese
CO Colombian Colombians
CD Congolese
HR Croatian Croatians Croat Croats
CU Cuban Cubans
CY Cypriot Cypriots
CZ Czech Czechs
DK Danish Dane Danes
DJ Djiboutian Djiboutians
NL Dutch
EC Ecuadorian Ecuadorians
EG Egyptian Egyptians
SV Salvadoran Salvadorans
ER Eritrean Eritreans
EE Estonian Estonians
ET Ethiopian Ethiopians
FI Finnish Finn Finns
FR French Frenchman Frenchmen
GA Gabonese
GM Gambian Gambians
GE Georgian Georgians
DE German Germans
GH Ghanaian Ghanaians
GR Greek Greeks
GT Guatemalan Guatemalans
GN Guinean Guineans
HT Haitian Haitians
HN Honduran Hondurans
HU Hungarian Hungarians
IS Icelandic Icelander Icelanders
IN Indian Indians
ID Indonesian Indonesians
IR Iranian Iranians Persian
IQ Iraqi Iraqis
IE Irish Irishman
IL Israeli Israelis
IT Italian Italians
CI Ivorian Ivorians
JM Jamaican Jamaicans
JP Japanese
JO Jordanian Jordanians
KZ Kazakh Kazakhs Kazakhstani
KE Kenyan Kenyans
XK Kosovar Kosovars
KW Kuwaiti Kuwaitis
KG Kyrgyz
LA Lao Laotian Laotians
LV Latvian Latvians
LB Lebanese
LR Liberian Liberians
LY Libyan Libyans
LT Lithuanian Lithuanians
MK Macedonian Macedonians
MG Malagasy
MW Malawian Malawians
MY Malaysian Malaysians
ML Malian Malians
MR Mauritanian Mauritanians
MX Mexican Mexicans
MD Moldovan Moldovans
MN Mongolian Mongolians
ME Montenegrin Montenegrins
MA Moroccan Moroccans
MZ Mozambican Mozambicans
NA Namibian Namibians
NP Nepali Nepalese
NZ Kiwi
NI Nicaraguan Nicaraguans
NE Nigerien Nigeriens
NG Nigerian Nigerians
KP North-Korean
NO Norwegian Norwegians
OM Omani Omanis
PK Pakistani Pakistanis
PS Palestinian Palestinians
PA Panamanian Panamanians
PY Paraguayan Paraguayans
PE Peruvian Peruvians
PH Filipino Filipinos Philippine
PL Polish Pole Poles
PT Portuguese
QA Qatari Qataris
RO Romanian Romanians
RU Russian Russians
RW Rwandan Rwandans
SA Saudi Saudis
SN Senegalese
RS Serbian Serbians Serb Serbs
SL Sierra-Leonean
SG Singaporean Singaporeans
SK Slovak Slovaks Slovakian
SI Slovenian Slovenians Slovene
SO Somali Somalis Somalian
ZA South-African
KR South-Korean
SS South-Sudanese
ES Spanish Spaniard Spaniards
LK Sri-Lankan Sinhalese
SD Sudanese
SE Swedish Swede Swedes
CH Swiss
SY Syrian Syrians
TW Taiwanese
TJ Tajik Tajiks
TZ Tanzanian Tanzanians
TH Thai
TG Togolese
TN Tunisian Tunisians
TR Turkish Turk Turks
TM Turkmen
UG Ugandan Ugandans
UA Ukrainian Ukrainians
AE Emirati Emiratis
US American Americans
UY Uruguayan Uruguayans
UZ Uzbek Uzbeks
VE Venezuelan Venezuelans
VN Vietnamese
YE Yemeni Yemenis
ZM Zambian Zambians
ZW Zimbabwean Zimbabweans
"""

DEMONYMS: dict[str, str] = {}
for _line in _TABLE.strip().splitlines():
    _cc, *_words = _line.split()
    for _w in _words:
        DEMONYMS[_w.replace("-", " ")] = _cc
        DEMONYMS[_w] = _cc

# Of cities and regions: "Aleppan", "Damascene", "Kurdish" areas are not one place.
CITY_DEMONYMS: dict[str, str] = {"Aleppan": "Aleppo", "Aleppans": "Aleppo", "Damascene": "Damascus",
                                 "Damascenes": "Damascus", "Baghdadi": "Baghdad", "Beiruti": "Beirut",
                                 "Gazan": "Gaza", "Gazans": "Gaza", "Texan": "Texas", "Texans": "Texas",
                                 "Californian": "California", "Californians": "California",
                                 "New Yorker": "New York", "New Yorkers": "New York",
                                 "Floridian": "Florida", "Floridians": "Florida",
                                 "South Ossetian": "South Ossetia", "South Ossetians": "South Ossetia",
                                 "Abkhaz": "Abkhazia", "Abkhazian": "Abkhazia", "Chechen": "Chechnya",
                                 "Chechens": "Chechnya", "Crimean": "Crimea", "Darfuri": "Darfur",
                                 "Kashmiri": "Kashmir", "Kashmiris": "Kashmir"}


def demonym_country(word: str) -> Optional[str]:
    """ISO code of the country ``word`` is a demonym of, e.g. 'Syrian' -> 'SY'."""
    return DEMONYMS.get(word.strip())


def is_demonym(word: str) -> bool:
    w = word.strip()
    return w in DEMONYMS or w in CITY_DEMONYMS
