"""Wire-style sentences in our own words, one or more per CAMEO root, read end to end.

These guard generalisation beyond the evaluation sets: each is phrased the way dispatches
phrase the act ("lashed out at", "recalled its ambassador", "Saudi-led airstrikes on"),
and runs through the whole pipeline (actor layer included), as held-out news would.
A case passes when some event of the expected CAMEO root has the expected source and
target country ("IGO" for an international body; None = any).
"""
from __future__ import annotations

import pytest

# (sentence, CAMEO root, source country, target country)
CASES = [
    ("The Indian government on Monday welcomed Pakistan's decision to reopen the border crossing.", '01', 'IND', 'PAK'),
    ('Germany urged Turkey to release the detained journalists.', '02', 'DEU', 'TUR'),
    ('The Kenyan president appealed to Britain for help in fighting the drought.', '02', 'KEN', 'GBR'),
    ('Poland called on the European Union to tighten sanctions against Belarus.', '02', 'POL', 'IGO'),
    ('Japan pledged $50 million in aid to the Philippines after the typhoon.', '03', 'JPN', 'PHL'),
    ('China promised to help Pakistan build two new nuclear reactors.', '03', 'CHN', 'PAK'),
    ('Brazil offered to mediate between Venezuela and Colombia.', '03', 'BRA', None),
    ('French President Emmanuel Macron met Chinese President Xi Jinping in Beijing on Tuesday.', '04', 'FRA', 'CHN'),
    ('Indonesia and Malaysia held talks on the disputed maritime boundary.', '04', 'IDN', 'MYS'),
    ('The Nigerian foreign minister arrived in Ghana for a two-day official visit.', '04', 'NGA', 'GHA'),
    ('Russia hosted Syrian officials in Moscow for talks on the ceasefire.', '04', 'RUS', 'SYR'),
    ('Argentina hailed Chile for its role in the regional trade pact.', '05', 'ARG', 'CHL'),
    ('Mexico and Canada signed an agreement on seasonal workers.', '05', 'MEX', 'CAN'),
    ("Sweden praised Finland's handling of the refugee crisis.", '05', 'SWE', 'FIN'),
    ('Norway will share intelligence with Denmark on cross-border smuggling.', '03', 'NOR', 'DNK'),
    ('Vietnam and Thailand agreed to hold joint naval exercises next month.', '03', 'VNM', 'THA'),
    ('The United States sent humanitarian aid to Haiti after the earthquake.', '07', 'USA', 'HTI'),
    ('Saudi Arabia gave Yemen $500 million in economic assistance.', '07', 'SAU', 'YEM'),
    ('Turkey granted asylum to dozens of Afghan soldiers.', '07', 'TUR', 'AFG'),
    ('Israel released 20 Palestinian prisoners on Sunday.', '08', 'ISR', 'PSE'),
    ('Armenia withdrew its troops from the disputed border villages.', '08', 'ARM', None),
    ('Zimbabwe lifted its ban on South African poultry imports.', '08', 'ZWE', 'ZAF'),
    ('Spanish police launched an investigation into Moroccan smuggling networks.', '09', 'ESP', 'MAR'),
    ('Kenya is investigating Ugandan officials over the missing funds.', '09', 'KEN', 'UGA'),
    ('Iran demanded that Britain release the seized oil tanker.', '10', 'IRN', 'GBR'),
    ('Ukraine demanded compensation from Russia for the damaged ships.', '10', 'UKR', 'RUS'),
    ("Beijing slammed Washington's decision to sell fighter jets to Taiwan.", '11', 'CHN', 'USA'),
    ('Pakistan accused India of violating the ceasefire in Kashmir.', '11', 'PAK', 'IND'),
    ('Greek officials lashed out at Turkey over the drilling plans.', '11', 'GRC', 'TUR'),
    ('Russia filed a complaint against Georgia at the United Nations.', '11', 'RUS', 'GEO'),
    ("North Korea rejected South Korea's offer of talks.", '12', 'PRK', 'KOR'),
    ("Ethiopia refused Egypt's request to delay filling the dam.", '12', 'ETH', 'EGY'),
    ('Turkey threatened to launch a military operation against Kurdish fighters in Syria.', '13', 'TUR', None),
    ('Washington warned Tehran of severe consequences if it resumed enrichment.', '13', 'USA', 'IRN'),
    ('Thousands of Armenians protested outside the Turkish embassy.', '14', 'ARM', 'TUR'),
    ('Kenyan doctors went on strike over unpaid wages.', '14', 'KEN', None),
    ('Russia mobilised troops along its border with Ukraine.', '15', 'RUS', 'UKR'),
    ('India put its forces on high alert after the attack.', '15', 'IND', None),
    ('Saudi Arabia recalled its ambassador to Canada.', '16', 'SAU', 'CAN'),
    ('Morocco severed diplomatic ties with Iran on Tuesday.', '16', 'MAR', 'IRN'),
    ('The United States expelled two Cuban diplomats.', '16', 'USA', 'CUB'),
    ("Australia imposed new sanctions on Myanmar's military leaders.", '16', 'AUS', 'MMR'),
    ('Chinese authorities detained two Canadian citizens.', '17', 'CHN', 'CAN'),
    ('Indian police arrested three Nepalese nationals near the border.', '17', 'IND', 'NPL'),
    ('Italy deported a Tunisian man suspected of terrorism.', '17', 'ITA', 'TUN'),
    ('Iranian forces seized a British tanker in the Strait of Hormuz.', '17', 'IRN', 'GBR'),
    ('Israeli warplanes struck targets in Gaza overnight.', '19', 'ISR', 'PSE'),
    ('Indian and Pakistani troops clashed along the Line of Control.', '19', 'IND', 'PAK'),
    ('Saudi-led airstrikes on Yemen killed dozens of civilians.', '19', 'SAU', 'YEM'),
    ('Azerbaijani forces shelled Armenian positions overnight.', '19', 'AZE', 'ARM'),
    ("Myanmar's army carried out a campaign of ethnic cleansing against the Rohingya.", '20', 'MMR', None),
    # a second set, written after the coder's changes for the first and read once before any further change
    ('The Philippine foreign ministry summoned the Chinese ambassador over the collision in the South China Sea.', '11', 'PHL', 'CHN'),
    ("Venezuela's president lashed out at Colombia on Sunday, accusing it of plotting a coup.", '11', 'VEN', 'COL'),
    ('Kenya and Somalia agreed to restore diplomatic relations.', '03', 'KEN', 'SOM'),
    ('Qatar hosted talks between Afghan government negotiators and the Taliban.', '04', 'QAT', None),
    ('The German chancellor telephoned the French president on Wednesday to discuss the crisis.', '04', 'DEU', 'FRA'),
    ('Lithuania expelled three Russian diplomats for spying.', '16', 'LTU', 'RUS'),
    ('South Korea lodged a formal protest with Japan over the textbook.', '11', 'KOR', 'JPN'),
    ('Thousands of Georgians rallied in Tbilisi against the government.', '14', 'GEO', 'GEO'),
    ('The European Union extended its sanctions against Russia by six months.', '16', 'IGO', 'RUS'),
    ('Chad closed its border with Sudan after the clashes.', '17', 'TCD', 'SDN'),
    ('Egyptian security forces arrested 40 Muslim Brotherhood supporters in Cairo.', '17', 'EGY', 'EGY'),
    ('Turkish jets bombed Kurdish militant positions in northern Iraq.', '19', 'TUR', 'IRQ'),
    ("Ethiopia rejected Sudan's proposal for international mediation.", '12', 'ETH', 'SDN'),
    ('China warned the United States against interfering in Hong Kong.', '13', 'CHN', 'USA'),
    ('Britain pledged 100 million pounds to help Ukraine rebuild its power grid.', '03', 'GBR', 'UKR'),
    ('India provided food aid to Sri Lanka during its economic crisis.', '07', 'IND', 'LKA'),
    ('Colombian troops killed five FARC rebels in a clash near the Venezuelan border.', '18', 'COL', None),
    ('North Korea fired two ballistic missiles into the sea off Japan.', '19', 'PRK', 'JPN'),
    ('Israel freed 30 Palestinian prisoners as part of the truce.', '08', 'ISR', 'PSE'),
    ('Serbia recalled its ambassador from Montenegro.', '16', 'SRB', 'MNE'),
    ('The Iraqi prime minister praised Iran for its support in the fight against militants.', '05', 'IRQ', 'IRN'),
    ("Mali's junta ordered French troops to leave the country.", '10', 'MLI', 'FRA'),
    ('Azerbaijan accused Armenia of shelling its positions.', '11', 'AZE', 'ARM'),
    ('The United Nations called on Myanmar to release detained journalists.', '02', 'IGO', 'MMR'),
    ("Pakistan's army chief met Afghan officials in Kabul to discuss border security.", '04', 'PAK', 'AFG'),
    # argument shapes: loyalty, possessives, agentive nouns, passives, appositions, gerunds, refusals
    ('Troops loyal to the Libyan government attacked Tunisian smugglers near the border.', '19', 'LBY', 'TUN'),
    ("Sudan's forces shelled villages in South Sudan.", '19', 'SDN', 'SSD'),
    ('The attack by Somali militants on a Kenyan army base killed 20 soldiers.', '19', 'SOM', 'KEN'),
    ('Ten Malian soldiers were killed by French forces in an airstrike.', '18', 'FRA', 'MLI'),
    ("Jordan's King Abdullah, a close ally of Washington, criticised Israel's settlement policy.", '11', 'JOR', 'ISR'),
    ('Nepal was accused by India of harbouring smugglers.', '11', 'IND', 'NPL'),
    ('An Ethiopian court sentenced two Eritrean spies to death.', '17', 'ETH', 'ERI'),
    ('Hundreds of Lebanese protesters stormed the Syrian embassy in Beirut.', '14', 'LBN', 'SYR'),
    ("Bolivia's decision to expel the American ambassador angered Washington.", '16', 'BOL', 'USA'),
    ('Fighting between Armenian and Azerbaijani forces erupted on Sunday.', '19', 'ARM', 'AZE'),
    ('Peru and Ecuador signed a peace accord in Brasilia.', '05', 'PER', 'ECU'),
    ('Uganda deployed troops to South Sudan to protect its citizens.', '15', 'UGA', 'SSD'),
    ('Iraqi authorities extradited a Turkish suspect to Ankara.', '06', 'IRQ', 'TUR'),
    ('The Cuban foreign minister said Havana would never accept American demands.', '12', 'CUB', 'USA'),
    ('Algeria imposed a blockade on Moroccan shipping.', '19', 'DZA', 'MAR'),
    # a fourth set, read once before the changes it prompted
    ('Indian Prime Minister Narendra Modi will visit Bangladesh next week.', '03', 'IND', 'BGD'),
    ('The Russian foreign minister held a phone conversation with his Turkish counterpart on Friday.', '04', 'RUS', 'TUR'),
    ('Vietnam welcomed a delegation of Cambodian lawmakers in Hanoi.', '04', 'VNM', 'KHM'),
    ('The two leaders discussed trade and security during the meeting between Brazil and Argentina.', '04', 'BRA', 'ARG'),
    ('Australia and New Zealand vowed to deepen defence cooperation.', '03', 'AUS', 'NZL'),
    ('The Dutch government apologised to Indonesia for colonial-era violence.', '05', 'NLD', 'IDN'),
    ('Norway agreed to mediate between the Colombian government and the rebels.', '03', 'NOR', 'COL'),
    ('The World Bank approved a $300 million loan to Ghana.', '07', 'IGO', 'GHA'),
    ('Egypt reopened the Rafah crossing with Gaza on Saturday.', '08', 'EGY', 'PSE'),
    ('Colombia handed over two captured Venezuelan soldiers to Caracas.', '08', 'COL', 'VEN'),
    ("Senegal's president urged the Gambian leader to step down.", '02', 'SEN', 'GMB'),
    ("Human rights groups condemned Bahrain's crackdown on opposition activists.", '11', None, 'BHR'),
    ('Malaysia blamed North Korea for the killing at the airport.', '11', 'MYS', 'PRK'),
    ('Moscow dismissed the allegations by London as absurd.', '12', 'RUS', 'GBR'),
    ('Israel vowed to retaliate against Hezbollah for the rocket attacks.', '13', 'ISR', None),
    ('Greece warned Turkey that it would defend its sovereignty.', '13', 'GRC', 'TUR'),
    ("Opposition supporters marched through Nairobi to protest against President Ruto's government.", '14', 'KEN', 'KEN'),
    ('Chinese warships conducted drills near Taiwan.', '15', 'CHN', 'TWN'),
    ('Ukraine cut diplomatic ties with Iran over the drone supplies.', '16', 'UKR', 'IRN'),
    ('The United States froze the assets of Venezuelan officials.', '16', 'USA', 'VEN'),
    ('Moroccan coast guards intercepted 200 Senegalese migrants.', '17', 'MAR', 'SEN'),
    ('Nigerian soldiers killed 30 Boko Haram fighters in Borno state.', '18', 'NGA', None),
    ('Ethiopian troops clashed with Sudanese forces in the border region.', '19', 'ETH', 'SDN'),
    ('Russian forces captured the Ukrainian town of Soledar.', '19', 'RUS', 'UKR'),
    ('Kosovo police raided Serb-run offices in the north.', '17', 'XKX', 'SRB'),
    # a fifth set, with attributions, titles and dates as dispatches give them; read once before its fixes
    ('Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan met in Sochi on Monday, the Kremlin said.', '04', 'RUS', 'TUR'),
    ('U.S. Secretary of State Antony Blinken arrived in Cairo on Tuesday for talks with Egyptian officials.', '04', 'USA', 'EGY'),
    ("Iran's foreign ministry on Sunday condemned the attack on its embassy in Damascus, blaming Israel.", '11', 'IRN', 'ISR'),
    ('China on Thursday imposed sanctions on two American defence companies over arms sales to Taiwan.', '16', 'CHN', 'USA'),
    ('Pakistan has expelled the Indian envoy and suspended bilateral trade, its foreign minister said.', '16', 'PAK', 'IND'),
    ('The Saudi government said on Wednesday it had agreed to restore diplomatic ties with Iran.', '03', 'SAU', 'IRN'),
    ('Police in Uganda arrested an opposition leader on Tuesday, his lawyer said.', '17', 'UGA', None),
    ("Hungary's prime minister criticised the European Union for withholding funds.", '11', 'HUN', 'IGO'),
    ('Algeria recalled its ambassador to France for consultations on Saturday.', '16', 'DZA', 'FRA'),
    ('Israeli troops shot dead a Palestinian man in the occupied West Bank, the health ministry said.', '19', 'ISR', 'PSE'),
    ('The Japanese government lodged a protest with Beijing after Chinese coast guard ships entered its waters.', '11', 'JPN', 'CHN'),
    ('Germany will provide Ukraine with additional air defence systems, the defence ministry said.', '03', 'DEU', 'UKR'),
    ('Somali forces, backed by U.S. airstrikes, recaptured a town from al-Shabaab militants.', '19', 'SOM', None),
    ("The United Nations Security Council condemned North Korea's latest missile launch.", '11', 'IGO', 'PRK'),
    ('Bangladesh asked Myanmar to take back the Rohingya refugees.', '02', 'BGD', 'MMR'),
    ("Thousands of Israelis protested in Tel Aviv against the government's judicial overhaul.", '14', 'ISR', 'ISR'),
    ("Sudan's army accused the paramilitary forces of attacking civilians in Khartoum.", '11', 'SDN', None),
    ("Turkey said it would not approve Sweden's NATO membership bid.", '12', 'TUR', 'SWE'),
    ('Indian and Chinese troops disengaged from the friction point in Ladakh, the two sides said.', '08', 'IND', 'CHN'),
    ('France pledged to continue its military support for Ukraine.', '03', 'FRA', 'UKR'),
    # a sixth set, read once before the changes it prompted
    ('Jordanian King Abdullah received the visiting Iraqi prime minister in Amman on Sunday.', '04', 'JOR', 'IRQ'),
    ('Poland will send 200 soldiers to Lithuania, the defence minister announced.', '15', 'POL', 'LTU'),
    ('Venezuela released six jailed American oil executives on Saturday.', '08', 'VEN', 'USA'),
    ("Niger's military rulers revoked the military agreements with France.", '16', 'NER', 'FRA'),
    ('Kazakhstan offered to host the next round of talks between Armenia and Azerbaijan.', '03', 'KAZ', None),
    ('An Indonesian court jailed a Malaysian man for smuggling drugs.', '17', 'IDN', 'MYS'),
    ("Sri Lanka's navy arrested 12 Indian fishermen for poaching.", '17', 'LKA', 'IND'),
    ('Tanzania condemned the killing of its peacekeepers in Congo.', '11', 'TZA', None),
    ("The Philippines protested China's use of water cannon against its vessels.", '11', 'PHL', 'CHN'),
    ('Houthi rebels fired a missile at a Saudi oil facility.', '19', 'YEM', 'SAU'),
    ("Iraq summoned the Turkish charge d'affaires over the air strikes.", '11', 'IRQ', 'TUR'),
    ('Britain granted asylum to a Russian defector.', '07', 'GBR', 'RUS'),
    ("Myanmar's junta freed thousands of prisoners in an amnesty.", '08', 'MMR', 'MMR'),
    ("Georgia's president vetoed a law on foreign agents.", '12', 'GEO', None),
    ('Syrian government forces regained control of the city of Aleppo.', '19', 'SYR', None),
    ("Brazil's foreign minister criticised the sanctions imposed by Washington on Cuba.", '11', 'BRA', 'USA'),
    ('Indian and Pakistani officials resumed talks on water sharing.', '04', 'IND', 'PAK'),
    ('Thousands of Kenyans took to the streets to protest against new taxes.', '14', 'KEN', None),
    ('Mexico deployed 10,000 National Guard troops to its southern border.', '15', 'MEX', None),
    ('Morocco and Israel agreed to reopen their liaison offices.', '03', 'MAR', 'ISR'),
    # a seventh set, in the older wire style of the PLOVER records; read once before its fixes
    ('Zambian President Frederick Chiluba on Tuesday dissolved parliament and called early elections.', '08', 'ZMB', None),
    ('The Kenyan government has banned all opposition rallies in Nairobi, police said on Friday.', '17', 'KEN', 'KEN'),
    ('Angolan rebels shot down a government transport plane over the central highlands, state radio reported.', '19', 'AGO', 'AGO'),
    ('Tanzania agreed on Monday to repatriate 5,000 Burundian refugees, a UN official said.', '03', 'TZA', 'BDI'),
    ('Greek and Turkish foreign ministers will meet in Geneva next month to discuss the Cyprus dispute.', '03', 'GRC', 'TUR'),
    ('Iraq on Sunday rejected a UN demand to allow weapons inspectors into presidential sites.', '12', 'IRQ', 'IGO'),
    ('Bangladeshi police fired tear gas at opposition supporters in Dhaka.', '17', 'BGD', 'BGD'),
    ("Nigeria's military government on Wednesday freed 20 political detainees.", '08', 'NGA', 'NGA'),
    ('Thousands of Albanians demonstrated in Tirana demanding the resignation of President Sali Berisha.', '14', 'ALB', 'ALB'),
    ('Colombian guerrillas kidnapped a Venezuelan rancher near the border.', '18', 'COL', 'VEN'),
    ('Ecuador accused Peru of violating the ceasefire along their disputed border.', '11', 'ECU', 'PER'),
    ('The United States urged India and Pakistan to exercise restraint after the nuclear tests.', '02', 'USA', 'IND'),
    ('Syria deployed additional troops along its border with Turkey.', '15', 'SYR', 'TUR'),
    ('Malaysia deported hundreds of Indonesian illegal workers.', '17', 'MYS', 'IDN'),
    ('Israel closed the West Bank and Gaza Strip after the suicide bombing.', '17', 'ISR', 'PSE'),
    ("Sudan's government expelled the British ambassador on Monday.", '16', 'SDN', 'GBR'),
    ('North Korea threatened to pull out of the nuclear non-proliferation treaty.', '13', 'PRK', None),
    ("Chad's president praised France for its military support.", '05', 'TCD', 'FRA'),
    ('Cuba released 30 political prisoners at the request of the Pope.', '08', 'CUB', 'CUB'),
    ('Russian troops withdrew from the Chechen capital Grozny on Sunday.', '08', 'RUS', 'RUS'),
]
KNOWN_GAPS = {
    # the Rohingya are no actor of the knowledge base, and "a campaign of ethnic cleansing"
    # nests the event noun under a light verb's non-event object
    "Myanmar's army carried out a campaign of ethnic cleansing against the Rohingya.",
    # "bomb" is coded as a bombing (183) whoever drops the bombs; by aircraft CAMEO files it under 195
    "Turkish jets bombed Kurdish militant positions in northern Iraq.",
    # the lexicon files sentencing with finding guilty (116); CAMEO's dictionaries file it under 172
    "An Ethiopian court sentenced two Eritrean spies to death.",
    # 'welcome' is coded as a statement of welcome (018), not as hosting (043)
    'Vietnam welcomed a delegation of Cambodian lawmakers in Hanoi.',
    # a meeting named only in passing is not coded (precision first)
    'The two leaders discussed trade and security during the meeting between Brazil and Argentina.',
    # unnamed rights groups are no actor
    "Human rights groups condemned Bahrain's crackdown on opposition activists.",
    # 'opposition supporters' get no country from the actor layer
    "Opposition supporters marched through Nairobi to protest against President Ruto's government.",
    # 'Serb-run' is no actor mention
    'Kosovo police raided Serb-run offices in the north.',
    # an announced deployment is coded as a threat of force (138), even to an ally
    'Poland will send 200 soldiers to Lithuania, the defence minister announced.',
    # prisoners named without a nationality give no domestic target
    "Myanmar's junta freed thousands of prisoners in an amnesty.",
    # dissolving parliament has no entry (CAMEO gives it no clear code)
    'Zambian President Frederick Chiluba on Tuesday dissolved parliament and called early elections.',
    # Nairobi is no actor mention, so the ban has no domestic target
    'The Kenyan government has banned all opposition rallies in Nairobi, police said on Friday.',
    # detainees named without a nationality give no domestic target
    "Nigeria's military government on Wednesday freed 20 political detainees.",
    # a bare 'close' has no entry (too many senses)
    'Israel closed the West Bank and Gaza Strip after the suicide bombing.',
    # prisoners named without a nationality give no domestic target
    'Cuba released 30 political prisoners at the request of the Pope.',
    # Grozny and 'Chechen' are no actor mentions
    'Russian troops withdrew from the Chechen capital Grozny on Sunday.',
}
# Sentences that must give no event of the root: unattributed violence (no source actor),
# hearsay, conditions, questions, denials and refusals of the act itself.
NO_EVENT = [
    ("A suicide bomber killed 12 Afghan soldiers in Kandahar.", "18"),
    ("Gunmen abducted three Nigerian aid workers.", "18"),
    ("Egypt denied reports that it had shipped weapons to Libya.", "06"),
    ("Egypt denied reports that it had shipped weapons to Libya.", "07"),
    ("Officials fear that Sudan could attack Chad if the talks fail.", "19"),
    ("Will Peru impose sanctions on Chile?", "16"),
    ("Ghana did not expel the Togolese diplomats.", "17"),
    ("Argentina refused to sign the agreement with Uruguay.", "05"),
]


def _side(ref):
    if ref is None:
        return None
    return "IGO" if (ref.code or "").startswith("IGO") else ref.country


def _coded(nlp, text):
    doc = nlp(text)
    return [(e.cameo[:2], _side(e.source), _side(e.target)) for e in doc._.events if not e.negated]


@pytest.mark.model
@pytest.mark.parametrize("text,root,source,target", [
    pytest.param(*case, marks=pytest.mark.xfail(reason="known gap", strict=True)) if case[0] in KNOWN_GAPS else case
    for case in CASES
])
def test_wire_sentence(nlp, text, root, source, target):
    coded = _coded(nlp, text)
    assert any(r == root and (source is None or s == source) and (target is None or t == target)
               for r, s, t in coded), coded


@pytest.mark.model
@pytest.mark.parametrize("text,root", NO_EVENT)
def test_wire_sentence_without_event(nlp, text, root):
    assert not [c for c in _coded(nlp, text) if c[0] == root]


# Idioms whose words, read one by one, name a different act ("traded accusations" is no trade)
IDIOMS = [
    ("India and Pakistan traded accusations over the attack.", "11", "IND", "PAK"),
    ("Iran hit back at France over the remarks.", "11", "IRN", "FRA"),
    ("Beijing called Washington's decision a provocation.", "11", "CHN", "USA"),
    ("Peru withdrew from the fisheries treaty with Chile.", "12", "PER", "CHL"),
]


@pytest.mark.model
@pytest.mark.parametrize("text,root,source,target", IDIOMS)
def test_wire_idiom(nlp, text, root, source, target):
    coded = _coded(nlp, text)
    assert (root, source, target) in coded, coded
    assert not [c for c in coded if c[0] == "06"], coded
