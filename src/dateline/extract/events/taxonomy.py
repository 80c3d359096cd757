"""ACLED's event taxonomy (6 types, 25 sub-types) and the contract's extension types.

Sub-event types are the unit the classifier predicts; the event type follows
from the sub-type. The five extension types are their own type and sub-type.
"""
from __future__ import annotations

SUB_TO_TYPE: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

EXTENSION_TYPES: tuple[str, ...] = (
    "Natural disaster", "Man-made disaster", "Organized crime", "Diplomacy", "Claim of responsibility",
)
for _ext in EXTENSION_TYPES:
    SUB_TO_TYPE[_ext] = _ext

ALL_SUB_TYPES: tuple[str, ...] = tuple(SUB_TO_TYPE)

# Sub-types that are political violence or demonstrations: what ACLED itself
# codes. Strategic developments and the extension types are "softer" events,
# ranked below violence when several events compete for the first place.
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}

# CASE 2021 task 2 SubType codes -> ACLED sub-type names and extensions.
CASE_CODES: dict[str, str] = {
    "ARMED_CLASH": "Armed clash",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "CHEM_WEAP": "Chemical weapon",
    "AIR_STRIKE": "Air/drone strike",
    "SUIC_BOMB": "Suicide bomb",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "GRENADE": "Grenade",
    "SEX_VIOL": "Sexual violence",
    "ATTACK": "Attack",
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "PEACE_PROTEST": "Peaceful protest",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "VIOL_DEMONSTR": "Violent demonstration",
    "MOB_VIOL": "Mob violence",
    "AGREEMENT": "Agreement",
    "ARREST": "Arrests",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "DISR_WEAP": "Disrupted weapons use",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "ORG_CRIME": "Organized crime",
    "NATURAL_DISASTER": "Natural disaster",
    "MAN_MADE_DISASTER": "Man-made disaster",
    "DIPLO": "Diplomacy",
    "ATTRIB": "Claim of responsibility",
}

# Pre-2019 ACLED event types that name a modern sub-type one to one.
OLD_SCHEMA_SUB_TYPES: dict[str, str] = {
    "Battle-Government regains territory": "Government regains territory",
    "Battle-Non-state actor overtakes territory": "Non-state actor overtakes territory",
    "Battle-Non-state actors overtake territory": "Non-state actor overtakes territory",
    "Non-violent transfer of territory": "Non-violent transfer of territory",
    "Headquarters or base established": "Headquarters or base established",
}


def event_type_of(sub_event_type: str) -> str:
    return SUB_TO_TYPE.get(sub_event_type, "Strategic developments")
