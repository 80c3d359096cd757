"""Word lists used by place recognition: capitalised common words, group names
that NER tags as places, and the words of civil institutions' names."""
from __future__ import annotations

# Capitalised words that are towns somewhere but almost never one in English news.
COMMON_CAPITALISED = frozenset("""
police mobile reading bath nice split independence commerce liberty union hope victory opportunity
justice friendship harmony enterprise progress unity freedom providence concord eureka republic
university college church hospital school court home office fire river lake park county city state
north south east west central national international federal general president minister governor
man woman day news post times herald sun star tribune general lieutenant mr mrs ms dr
army navy congress senate house parliament government council department agency ministry
center centre bank chamber act air metro human law time drug area market gold dome green story
leader town federation reserve spring eagle hall ski casino superior northwest northeast southwest
toyota kbr liberal valley titan
southeast white black red blue lincoln bell titan wal mart hamas toyota honda
but and or if when then however also yet so as while after before since because although though
during until unless where who what which why how there here this that these those they we you he she
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december god christ christmas easter jesus allah islam
""".split())


# Group and religion words NER tags as NORP or GPE that are not places.
NOT_PLACES = frozenset("""Arab Arabs Kurd Kurds Kurdish Democrat Democrats Democratic Republican Republicans
Christian Christians Muslim Muslims Jewish Jew Jews Sunni Sunnis Shia Shiite Shiites Alawite Alawites Druze
Catholic Catholics Protestant Protestants Baptist Methodist Mormon Hindu Hindus Buddhist Sikh Western
Eastern Northern Southern Islamic Islamist Islamists Baha'i Baha’i Hispanic Latino Latinos Black White
Asian Asians European Europeans African Africans Marines Yazidi Yazidis Turkmen Assyrian Armenian
White House Olympic Olympics Hamas Hezbollah Taliban U.N U.N. UN United Nations NATO
""".split())


# Words of the names of civil institutions, whose place word names a jurisdiction
# ("Ohio Department of Transportation", "Paris Police Department", "Gainesville
# Times").  Armed and political groups ("Syrian Army", "Free Syrian Army",
# "Syrian Observatory for Human Rights") are actors, and their names are left whole.
CIVIL_INSTITUTION_WORDS = frozenset("""department police sheriff sheriff's court courts commission county city
school schools library board times news post herald gazette tribune journal association bureau office
authority agency service services utilities hospital college chamber museum zoo park patrol highway
fire census supreme house senate legislature assembly township village town port airport railroad
transit lottery fair festival symphony orchestra center centre foundation society committee conference
consortium depot refuge library education church diocese cathedral mosque club league
""".split())
