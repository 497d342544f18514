"""Whom a figure is about (issue 19, round h1): the owner of the figure by grammar, or None when the
clause does not say. Sentences of the project's own making."""

import pytest
from claims_helpers import subject_of


@pytest.mark.parametrize("text, figure, subject", [
    # a rate, harvest or deficit belongs to its possessor (rounds h1 and the trafilatura texts label it so)
    ("Velmar’s jobless rate fell to 5.2 per cent in March.", "5.2 per cent", "Velmar"),
    ("Ostrava's budget deficit is expected to reach 7% of output.", "7%", "Ostrava"),
    # an actor keeps its possessor: the bank raised the rate, not Velmar
    ("Velmar’s central bank holds 9.5% of the debt.", "9.5%", "Velmar’s central bank"),
])
def test_a_quantity_gives_its_possessor(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure", [
    # a pronoun is the clause's subject: who it is the sentence does not say here
    ("Dock workers also claim she takes a 5 percent cut of every cargo.", "5 percent"),
    ("Her brother earns about $20 an hour at a depot.", "$20"),
    # a verb inside the phrase: the capitalised words open another clause
    ("On Friday, Ruiz agreed to delay planned 10% levies on grain.", "10%"),
    ("The tribunal heard the driver had 4 earlier convictions.", "4 earlier convictions"),
    # a reporting verb reveals a figure, it does not own it
    ("The mayor also revealed that 12 more stalls had closed.", "12 more stalls"),
    # a figure after "in" is where, not what the subject has
    ("Flooding was reported in 30 villages along the river.", "30 villages"),
    # a figure that describes the clause's object ("the 40m mast") is the object's
    ("The storm bent the 40m mast of the ferry.", "40m"),
    # a named object between verb and figure: the figure is the object's, not the subject's
    ("The city then started charging Portline $5,000 for every day of delay.", "$5,000"),
    # "3 per cent of the land" is a share of the land, not the land's
    ("Cities fill only 2 per cent of the Earth’s surface.", "2 per cent"),
])
def test_no_owner_when_the_clause_does_not_give_one(text, figure):
    assert subject_of(text, figure) is None


@pytest.mark.parametrize("text, figure, subject", [
    # a title is no part of the owner's name; the surname resolves to the full name
    ("Dr. Ana Ruiz has given 7 tips to sleep better.", "7 tips", "Ana Ruiz"),
    ("Chief Tomas Peete runs the quarry. Chief Peete receives 3 percent of every load.", "3 percent", "Tomas Peete"),
    # an adverb after the owner is no part of it
    ("The company alone accounted for 140 cases.", "140 cases", "The company"),
])
def test_an_owner_without_title_or_adverb(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a quantity's owner stays through "from ... to" (d1's labels) and a progressive verb
    ("Household debt increased from 40 percent to 55 percent of income.", "40 percent", "Household debt"),
    ("Velmar is spending nearly $80 million on roads.", "$80 million", "Velmar"),
])
def test_the_owner_of_a_change_or_an_ongoing_act(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a possessive right before the figure owns it
    ("Over a third of Velmar's 35 clinics are closed.", "35 clinics", "Velmar"),
    # a common noun's ("the port’s") stands for a name not resolved here: say nothing
    ("Half of the port’s 12 cranes stand idle.", "12 cranes", None),
    ("The polls put Ruiz on 40 percent against Okafor’s 31.6 percent.", "31.6 percent", "Okafor"),
    # a pronoun says nothing of whose
    ("She posted it to her 9,000 followers.", "9,000 followers", None),
    # "have made", "has built": a perfect tense the subject did
    ("Police have made 378 arrests since Sunday.", "378 arrests", "Police"),
    # an organisation's acronym before the counted noun owns the count
    ("Last year the agency fired nine VWS staff members.", "nine VWS staff members", "VWS"),
    # a country's is where, not whose ("15 UK jobs")
    ("The plant opened on Monday, safeguarding 15 UK jobs.", "15 UK jobs", None),
])
def test_owners_named_next_to_the_figure(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a dateline's dash opens the clause
    ("OSTRAVA (Reuters) — The port handled 40 ships in May.", "40 ships", "The port"),
    # "a 40% increase in orders" is the orders' increase, not the recorder's
    ("Portline recorded a 40% increase in orders from Velmar buyers.", "40%", None),
    ("The new deal includes a 25% raise in base pay.", "25%", None),
])
def test_clause_openings_and_changes_of_something_else(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # an aside between the owner and its verb
    ("Portline’s team, by contrast, has $40 million in reserve.", "$40 million", "Portline’s team"),
    ("Local 12, based mostly in Velmar, has six more contracts to sign.", "six more contracts", "Local 12"),
    # a relative clause's verb is its antecedent's
    ("It was a hard week for Ana Ruiz, who saved three match points in the final.", "three match points", "Ana Ruiz"),
    ("Velmar, which shares a 900-mile border with Ostrava, joined in May.", "900-mile", "Velmar"),
    ("They studied Tomas Peete, a farmer who kept 40 goats.", "40 goats", "Tomas Peete"),
    # a relative clause of a common noun names no owner the rules can resolve
    ("They met the farmer, who kept 40 goats.", "40 goats", None),
])
def test_owners_behind_an_aside_or_a_relative_clause(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_a_place_before_which_names_no_owner():
    text = "Portline sold $4 million of grain in the Velmar Valley, which represents a growth of 10% on May."
    assert subject_of(text, "10%") is None


@pytest.mark.parametrize("text, figure, subject", [
    # irregular past tenses the subject did, and a place's height or latitude
    ("In 2019, the port sent 450 containers abroad.", "450 containers", "the port"),
    ("Velmar Budget 2026 set aside $1.1 billion for roads.", "$1.1 billion", "Velmar Budget 2026"),
    ("Ostrava sits at 48 degrees north.", "48 degrees", "Ostrava"),
    # "has a population of", "recorded a sales volume of"
    ("Velmar has a population of 864,652.", "864,652", "Velmar"),
    ("Portline recorded a sales volume of over 140 million euros.", "over 140 million euros", "Portline"),
    # an apposition that holds the figure
    ("Ships dock at Duqm, a fishing village 165 kilometers from the capital.", "165 kilometers", "Duqm"),
])
def test_more_verbs_and_appositions_that_give_an_owner(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a future or planned act is the subject's too
    ("The railway will buy 20 new locomotives.", "20 new locomotives", "The railway"),
    ("The company plans to drill 30 new wells.", "30 new wells", "The company"),
    # any perfect tense the subject did, and plain "have"
    ("Donors have delivered 1,400 generators since May.", "1,400 generators", "Donors"),
    ("Farmers have sown about 11.2 million hectares of wheat.", "11.2 million hectares", "Farmers"),
    ("Both parties have $40 million for the final weeks.", "$40 million", "Both parties"),
    # an aside that opens with "the" or a participle
    ("Portline, the largest carrier in Velmar, lost 238,000 customers.", "238,000 customers", "Portline"),
    ("The Velmar plant, occupied since March, has six reactors.", "six reactors", "The Velmar plant"),
    # a speaker's "will" is no owner of the figure in the clause it reports
    ("Ana Ruiz said it will cut 500 jobs.", "500 jobs", None),
])
def test_future_perfect_and_asides(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a participle after the owner is no part of it
    ("The ferries delivered in 2024 have carried 300 trucks.", "300 trucks", "The ferries"),
    # a supposition owns nothing
    ("The cheapest plan would cost about $2,000 a month.", "$2,000", None),
])
def test_participles_and_suppositions(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a participle or "with" phrase after the clause is the clause subject's
    ("On Monday, Velmar struck a depot near the border, killing at least 13.", "at least 13", "Velmar"),
    ("Officials say Velmar attacked six sites, killing eight people and injuring 38 others.", "38", "Velmar"),
    ("Portline made record profits in 2022, bringing in $100 billion in revenue.", "$100 billion", "Portline"),
    # not a "with" phrase, nor the damage a strike does to a place
    ("The fair is a target, with ten members of the group arrested.", "ten members", None),
    ("Missiles fired from Velmar struck sites across Ostrava, damaging four mosques.", "four mosques", None),
    # a pronoun's clause says nothing
    ("It struck a depot, killing at least 13.", "at least 13", None),
])
def test_a_trailing_participle_is_the_clause_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a figure coordinated with an owned one has its owner
    ("Air defences destroyed 549 drones and 55 missiles overnight.", "55 missiles", "Air defences"),
    ("The convoy included 60 trucks and 9 tankers.", "9 tankers", "The convoy"),
    # more verbs of having
    ("Portline’s team also boasts 300 offices in the region.", "300 offices", "Portline’s team"),
    # the first figure has no owner: nor has the second
    ("The update listed 14 tanks and 9 trucks.", "9 trucks", None),
])
def test_coordinated_figures_share_an_owner(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a price before a named thing is the thing's, not the possessor's
    ("It happened in Ruiz’s $7 million Velmar mansion.", "$7 million", None),
])
def test_a_priced_thing_is_not_its_possessors(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "added" right before a figure is a gain, not a report
    ("The revised plan added about $300 million for schools.", "$300 million", "The revised plan"),
    # "added that" still reports
    ("The mayor added that 12 stalls had closed.", "12 stalls", None),
])
def test_added_before_a_figure_is_a_gain(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "X said it has lost 18 soldiers": the pronoun is the speaker
    ("Velmar has said it has lost 18 soldiers since Friday.", "18 soldiers", "Velmar"),
    ("The ministry said it had distributed 150,000 doses.", "150,000 doses", "The ministry"),
    ("Portline’s campaign on Tuesday said it also has 100 offices.", "100 offices", "Portline’s campaign"),
    # "they" after a group's report is not always the group
    ("Officials said it was hit by 12 drones.", "12 drones", None),
])
def test_a_speakers_it_is_the_speaker(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # an indefinite phrase names no owner: which locker, which inspectors, the sentence does not say
    ("A shared locker costs $40 a month at the depot.", "$40", None),
    ("A dozen inspectors visited 30 farms near Velmar.", "30 farms", None),
    ("An early trial in Ostrava raised the panels 4 meters above the crops.", "4 meters", None),
    # a definite one still does
    ("The depot costs $40 a month to run.", "$40", "The depot"),
])
def test_an_indefinite_phrase_owns_nothing(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a document ranks or reports figures, it owns none
    ("Portline has released its annual Harbour Safety Report, which ranks all 40 ports on six factors.",
     "40 ports", None),
    # a technical name before the counted noun is what kind, not whose
    ("The adapter adds ten USB ports to the board.", "ten USB ports", None),
    ("The tower carries 12 LED panels on each side.", "12 LED panels", None),
    # an organisation's people or offices are still its own
    ("Last year the agency fired nine VWS staff members.", "nine VWS staff members", "VWS"),
])
def test_documents_and_technical_names_own_nothing(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a share of a group is the group's (the spec: "62% of farmers said": the farmers are the subject)
    ("Last year 38% of rural households owned a car.", "38%", "rural households"),
    ("Only 12% of Velmar voters back the harbour plan.", "12%", "Velmar voters"),
    ("- 26% of night-shift nurses work more than one job.", "26%", "night-shift nurses"),
    ("The share is lower than in Ostrava, where it reaches 41% of all tenants.", "41%", "tenants"),
    # a share of a quantity, of a thing named with "the", or of a group a clause goes on to define: none
    ("In May, 40% of exports went by rail.", "40%", None),
    ("Last year 31.7% of the cargo went by rail.", "31.7%", None),
    ("About 15% of dockers who work nights are union members.", "15%", None),
    ("Nearly 20% of dollars raised went to legal fees.", "20%", None),
    ("Only 52.3% of ballots were cast by post.", "52.3%", None),
])
def test_a_share_of_a_group_is_the_groups(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "Among X, N% ...": the group the sentence opens with
    ("Among part-time dockers, 44% want a second job.", "44%", "part-time dockers"),
    ("- Among tenants who rent through an agent, 61.2% pay a deposit; 2.4% pay none.", "61.2%",
     "tenants who rent through an agent"),
    ("Among those polled, 52% backed the plan.", "52%", "those polled"),
    # "N% ... among other things" names no group
    ("Among other things, 30 stalls were closed.", "30 stalls", None),
])
def test_among_a_group_the_share_is_the_groups(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a quantified group with its share in parentheses
    ("Most night-shift nurses (61%) work a second job.", "61%", "night-shift nurses"),
    ("Nearly half of Velmar tenants (48%) pay more than a third of their income in rent.", "48%", "Velmar tenants"),
    ("The largest share of borrowers (30.9%) owes less than $5,000.", "30.9%", "borrowers"),
    # the next group in the same list
    ("Most night-shift nurses (61%) and day nurses (44%) work a second job.", "44%", "day nurses"),
    ("Most retirees (61%) and Gen Zers (44%) rent.", "44%", "Gen Zers"),
    # a share in parentheses after a thing, not a group
    ("The top goal is an emergency fund (25%).", "25%", None),
])
def test_a_quantified_group_before_its_share(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # an honorific and a surname resolve to the name the article gave in full
    ("Ana Ruiz runs a farm near Velmar. Ms Ruiz owns 40 goats.", "40 goats", "Ana Ruiz"),
    # a place the article named alone before is not a longer name that ends with it
    ("Velmar has closed its border. Ostrava Front Velmar is a militant group. Velmar has allocated $70 million "
     "to the army.", "$70 million", "Velmar"),
    # a surname the article introduced in full first still resolves
    ("Tomas Peete bought the mill in May. Peete has sold 300 tonnes since.", "300 tonnes", "Tomas Peete"),
])
def test_a_subject_at_its_fullest_name(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_a_clause_subject_before_a_share_owns_it():
    assert subject_of("Portline carried 12% of passengers last year.", "12%") == "Portline"


@pytest.mark.parametrize("text, figure, subject", [
    # an adjective alone stands for a noun the clause does not give
    ("The smallest is 150 square feet.", "150 square feet", None),
    ("The Velmar plant, occupied since March, has six reactors.", "six reactors", "The Velmar plant"),
])
def test_an_adjective_alone_owns_nothing(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # the subject's own quantity changed by the figure: "its", "their" point back at the subject
    ("Portline increased its bookings on the island by 84% last year.", "84%", "Portline"),
    ("The ferry operators cut their fares to $12 in May.", "$12", "The ferry operators"),
    # two names joined by "and" own the figure together
    ("Velmar and Ostrava have around 1,800 houses between them.", "1,800 houses", "Velmar and Ostrava"),
    # a verb phrase joined by "and" keeps the clause's subject
    ("Portline was founded in Velmar in 1988 and now has roughly 4,500 ferries.", "4,500 ferries", "Portline"),
])
def test_the_subjects_own_quantity_and_joined_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # money given to a body is the body's
    ("Finance minister Ana Ruiz has allocated $4 billion to the Velmar Revenue Service (VRS) this year.",
     "$4 billion", "the Velmar Revenue Service"),
    ("The council granted $40,000 to Ostrava Youth Theatre.", "$40,000", "Ostrava Youth Theatre"),
])
def test_money_given_to_a_body_is_the_bodys(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a named player or team with its figure in parentheses
    ("Does anyone have an answer for Velmar junior Tomas Peete (29.5 tackles for loss)?", "29.5 tackles",
     "Tomas Peete"),
    ("Now the Cougars must contend with high-scoring Ostrava-Lakes (38.4 points/game).", "38.4 points",
     "Ostrava-Lakes"),
    # a share in parentheses after a capitalised word is not a stat of it
    ("Sources of light are Electricity (5.4%) and candles (2.6%).", "5.4%", None),
    # products listed with their prices: each whole name, the brand's acronym and a second brand word too
    ("Left to right: ASOS Woven Floral Tee ($26), Velmar's Secret Cocoon Coat ($109), Iris & Ink Crop Straight "
     "Leg Trousers ($85), Mossimo Leather Belt ($23)", "$109", "Velmar's Secret Cocoon Coat"),
    ("Left to right: ASOS Woven Floral Tee ($26), Velmar's Secret Cocoon Coat ($109)", "$26", "ASOS Woven Floral Tee"),
    ("Coat ($109), Iris & Ink Crop Straight Leg Trousers ($85), Mossimo Leather Belt ($23)", "$85",
     "Iris & Ink Crop Straight Leg Trousers"),
    ("Coat ($109), Iris & Ink Crop Straight Leg Trousers ($85), Mossimo Leather Belt ($23)", "$23",
     "Mossimo Leather Belt"),
    # a place a listed thing comes from
    ("Carricante, Italy ($19.99) is crisp.", "$19.99", None),
])
def test_a_named_owner_before_its_figure_in_parentheses(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a player after the position's acronym
    ("Nobody stops Velmar QB Tomas Peete (39 touchdowns) this year.", "39 touchdowns",
     "Tomas Peete"),
    # a product whose name opens in lower case
    ("For notes there is iA Writer ($4.99), a plain editor.", "$4.99", "iA Writer"),
    # a listed thing's origin, a unit and a model number are no owners
    ("Portline Reserve 2024 Carricante, Velmar ($19.99) is a crisp white.", "$19.99", None),
    ("It cut the air temperature by 0.1 degrees Celsius (0.18 degrees Fahrenheit).", "0.18 degrees", None),
    # a relative clause's "and has" is the antecedent's, not the main clause's
    ("Lawmakers have raised concerns about Portline, which is owned by Velmar Holdings and has more than "
     "4,000 ferries.", "4,000 ferries", None),
])
def test_parenthesis_and_joined_verbs_stay_precise(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_people_joined_by_and_resolve_one_by_one():
    text = "Ana Ruiz and Tomas Peete founded the lab. Ruiz and Peete have 60 patents."
    assert subject_of(text, "60 patents") == "Ana Ruiz and Tomas Peete"


@pytest.mark.parametrize("text, figure, subject", [
    # a clause opened by a conjunction after a comma still has its subject
    ("Most stalls are rented, but Portline Velmar has about 10 corporate stalls.", "about 10", "Portline Velmar"),
    ("The port is small, and Ostrava has 40 berths.", "40 berths", "Ostrava"),
    # a spelled-out figure coordinated with the next one shares its owner
    ("The Hive has four private offices and five shared desks.", "five shared desks", "The Hive"),
])
def test_conjunctions_and_spelled_out_coordination(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "the city", "the state", "the center" stand for a place the article named: not the name, so none
    ("Duqm lies on the coast. By 2040, planners say, the city will house 250,000 people.", "250,000 people", None),
    ("Ostrava topped the list again. The state alone accounted for 140 cases.", "140 cases", None),
    ("The Velmar Hub is built for water firms. The center has eight reserved desks.", "eight reserved desks", None),
    # a body or an event described so is still the labellers' subject
    ("The company has 40 stores.", "40 stores", "The company"),
    ("The attack killed 12 people.", "12 people", "The attack"),
])
def test_a_place_noun_stands_for_a_name_not_given(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "That AUV", "This unit" point back at something named before: not its name, so none
    ("Sales per store reached $2.8 million. That figure has grown to $3 million this year.", "$3 million", None),
    ("This unit has 40 beds.", "40 beds", None),
    # "those surveyed" is a group
    ("Among those surveyed, 52% backed the plan.", "52%", "those surveyed"),
])
def test_a_demonstrative_points_back_at_an_owner_not_named(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "from X to Y": the second figure is the first one's quantity, with its owner
    ("Household debt increased from 63 percent to 94 percent of income.", "94 percent", "Household debt"),
    ("Portline raised its fares from $10 to $12 in May.", "$12", "Portline"),
    ("Dock fees rose from 40 percent to 55 percent, and Velmar increased its levy from 2% to 3%.", "3%", "Velmar"),
    # a plural subject's present tense
    ("Cable households pay $74 billion a year to the networks.", "$74 billion", "Cable households"),
    ("Velmar ports employ 4,000 dockers.", "4,000 dockers", "Velmar ports"),
])
def test_from_to_and_plural_present_verbs(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # ", with N things" closing a clause: the things are the clause subject's
    ("Portline is the largest carrier on the coast, with over 500 ferries.", "over 500 ferries", "Portline"),
    ("Velmar is the largest investor in Ostrava, with a $65 billion port project.", "$65 billion", "Velmar"),
    # not a "with" phrase whose figure something else is done to
    ("The fair is a target, with ten members of the group arrested.", "ten members", None),
    ("The fair is a target, with ten members arrested.", "ten members", None),
])
def test_a_closing_with_phrase_is_the_clause_subjects(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # an auxiliary after the group is its verb
    ("About 40% of dockers are union members.", "40%", "dockers"),
    ("Nearly 40% of night-shift dockers have two jobs.", "40%", "night-shift dockers"),
    ("Some 40% of dockers do not own a car.", "40%", "dockers"),
    # a preposition goes on to say which of them
    ("Last year 60% of structures throughout the valley were damaged.", "60%", None),
])
def test_a_share_of_a_group_before_an_auxiliary(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # "the company" is the company the round went to, not an investor named after "led by" or "including"
    ("Ferry startup Portline raised $9 million on Monday. Harbor Capital led the round with participation from "
     "investors including Dune Ventures and Ostrava Partners. The company has raised $30 million to date.",
     "$30 million", "Portline"),
    ("Tessaly Labs raised $5 million in a round led by Velmar Ventures. The company has raised $12 million so far.",
     "$12 million", "Tessaly Labs"),
    # a name that opens a sentence and recurs is the company an investor list follows
    ("Portline sells ferry tickets online. Investors include Dune Ventures. Portline, which was founded in "
     "2010, is based in Velmar. The company has raised $62 million to date.", "$62 million", "Portline"),
])
def test_the_company_is_no_investor_in_it(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a description glued before a name is no part of it
    ("Ferry ticketing startup Portline raised $22 million on Tuesday.", "$22 million", "Portline"),
    ("Velmar rival Portline, which runs ferries, raised $120 million.", "$120 million", "Portline"),
    ("Harbor Capital-backed Portline raised $18 million.", "$18 million", "Portline"),
    # a name's own lower-case words stay
    ("The Velmar nuclear plant produced 40 megawatts.", "40 megawatts", "The Velmar nuclear plant"),
])
def test_a_description_before_a_name_drops_off(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure", [
    # a described place or event stands for the name the article gave it
    ("Velmar is the ferry capital of the coast. The Ostravan city has built a $3.1 billion port.", "$3.1 billion"),
    ("The four-day annual conference, which began on Sunday, has 3,500 participants.", "3,500 participants"),
    ("The nonprofit center is backed by $10 million from a foundation.", "$10 million"),
    # the rest of a name in parentheses is no subject
    ("Ferry company Portline (Portline Holdings, Inc.) today announced that it has secured $18 million.",
     "$18 million"),
    # a clause, not a noun phrase, before the verb-like noun: "prep costs by 60%"
    ("Staff train every week, and the company reduced certification prep costs by 60% in a quarter.", "60%"),
])
def test_no_owner_in_a_description_or_a_broken_phrase(text, figure):
    assert subject_of(text, figure) is None


@pytest.mark.parametrize("text, figure, subject", [
    # investors listed before "participated" are none of the company's
    ("Spark Capital led the round, and Dune Ventures (née Dune Partners) and Ana Ruiz participated.\n\n"
     "The Tessaly, a website that sells ferry tickets, raised $40 million. The company raised $123 million "
     "since its launch.", "$123 million", "Tessaly"),
])
def test_the_company_after_a_list_of_investors(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_an_investment_in_a_company_is_neither_the_investors_nor_named_its():
    # whose money "a $30 million investment in" counts, the clause leaves open
    assert subject_of("Harbor Capital led a $30 million investment in the ferry ticketing service.",
                      "$30 million") is None


def test_a_name_keeps_no_description_glued_on_from_another_mention():
    # the article's "Tessa Varga Fund-backed Portline" is no fuller name of Portline
    text = ("Tessa Varga Fund-backed Portline sells ferry tickets.\n\nIn 2014, Ana Ruiz co-founded the ticketing firm "
            "Portline, which has since raised over $180 million from investors.")
    assert subject_of(text, "$180 million") == "Portline"


@pytest.mark.parametrize("text, figure, subject", [
    # "up from" / "down from" gives the earlier value of the same quantity: the same owner
    ("In 2021, 42% of dockers reported back pain, up from 28% in 2011.", "28%", "dockers"),
    ("In 2022, Velmar ports handled 49% of the coast's freight – a record – down from 63% in 2018.", "63%",
     "Velmar ports"),
    # a share with no group of its own after "and" is the earlier share's group
    ("In 2023, 21% of dockers reported back pain in the past two weeks and 17% reported knee pain.", "17%",
     "dockers"),
    # not when the share has a group of its own
    ("In 2023, 21% of dockers reported back pain and 17% of pilots reported knee pain.", "17%", "pilots"),
])
def test_an_earlier_value_or_a_second_share_keeps_the_owner(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a company reporting its own results owns them
    ("Portline reported diluted earnings per share (EPS) of $0.21 for fiscal 2023.", "$0.21", "Portline"),
    ("In fiscal 2025, Velmar Foods reported free cash flow of $884.1 million.", "$884.1 million", "Velmar Foods"),
    # a document reports figures it does not own
    ("The survey reported average rents of $1,200.", "$1,200", None),
])
def test_a_company_reporting_its_results_owns_them(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a listed company's row: its name and ticker, then its figures
    ("Cloud stocks to watch:\n\n- Velmar Foods (NYSE:VFD) - Market cap: $24.5 billion - Dividend yield: 0.64%\n"
     "- Portline (NASDAQ:PRT) - Market cap: $4.3 billion - Dividend yield: 0.00%", "$4.3 billion", "Portline"),
    ("Cloud stocks to watch:\n\n- Velmar Foods (NYSE:VFD) - Market cap: $24.5 billion - Dividend yield: 0.64%",
     "0.64%", "Velmar Foods"),
    # not past the sentence the ticker is in
    ("Portline (NASDAQ:PRT) is a ferry operator. A ticket costs $40.", "$40", None),
])
def test_a_listed_companys_row_is_its_own(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a speaker's aside between the subject and its verb
    ("Portline, Ruiz said, hosts more than 4,500 ferries.", "4,500 ferries", "Portline"),
    # "one in four" names a share of a group, an acronym's plural a group
    ("One in four CIOs (26%) plan to cut degree requirements.", "26%", "CIOs"),
    ("One in three dockers (33%) work nights.", "33%", "dockers"),
])
def test_a_speakers_aside_and_one_in_four(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_an_earlier_value_with_a_hedge_keeps_the_owner():
    assert subject_of("Velmar is one of Portline’s 500 ports of call, up from just 60 a year ago.", "60") == "Portline"


@pytest.mark.parametrize("text, figure, subject", [
    # after "(N%) and", things counted are no group of people
    ("In 2021, higher shares of night-shift dockers reported back pain (45% vs. 15%) and knee injuries (22% vs. 6%) "
     "compared to pilots.", "22%", None),
    ("Most Velmar nurses (61%) and Ostrava dockers (40%) back the plan.", "40%", "Ostrava dockers"),
])
def test_a_second_share_in_parentheses_needs_a_group_of_people(text, figure, subject):
    assert subject_of(text, figure) == subject


def test_a_phrase_in_a_named_place_keeps_its_words():
    # "across Velmar" says which traffic: no description before a name
    assert subject_of("Ferry traffic across Velmar rose 12% in May.", "12%") == "Ferry traffic across Velmar"


@pytest.mark.parametrize("text, figure, subject", [
    # a company's funding "it" raised or received is the company's, not its investors'
    ("Portline Labs sells ferry tickets. In June 2014, it raised another $9.2 million from Dune Ventures and "
     "Harbor Capital. Last year, it got $7.5 million from Velmar Partners.", "$7.5 million", "Portline Labs"),
    ("Portline Labs sells ferry tickets. It has received $20 million in funding to date.", "$20 million",
     "Portline Labs"),
    # no company named near: no owner
    ("The weather was fine. It has received $20 million in funding to date.", "$20 million", None),
])
def test_a_companys_funding_it_raised(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a valuation the money was raised at is the raiser's
    ("Ferry startup Portline raised $120 million at a $320 million valuation.", "$320 million", "Portline"),
    # a total a round gives a named company is that company's
    ("This round gives Portline around $150 million in total funding.", "around $150 million", "Portline"),
    # a company announcing that it raised money
    ("Ferry startup Portline exited stealth and announced that it has raised a $12.5 million round.",
     "$12.5 million", "Portline"),
])
def test_a_valuation_a_total_given_and_an_announced_round(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a place in an aside between the subject and its verb
    ("Portline, on Harbour Road, has three ferries.", "three ferries", "Portline"),
    # a line giving a named thing's price, when the article names the thing in its prose too
    ("The Velmar Mini carries two bags.\n\nVelmar Mini: $2,475\nVelmar Plus: $3,475", "$2,475", "Velmar Mini"),
    # a label alone names nothing
    ("Most Recent Rating: 4 stars\n\nMost Recent Rating: 3 stars", "3 stars", None),
])
def test_an_aside_of_place_and_a_named_line(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a share in parentheses right after "among" or "followed by" a group of people is that group's
    ("In 2022, injury rates were highest among night-shift dockers (22%) followed by Velmar pilots (7%).", "7%",
     "Velmar pilots"),
    ("Injury rates were highest among Velmar and Ostrava dockers (22%).", "22%", "Velmar and Ostrava dockers"),
    # things counted are no group of people
    ("Injury rates were highest among forklifts (22%).", "22%", None),
])
def test_a_rate_after_among_a_group(text, figure, subject):
    assert subject_of(text, figure) == subject


@pytest.mark.parametrize("text, figure, subject", [
    # a surname resolves to the name given first in a possessive ("Ana Ruiz's March campaign"), after an opening
    # preposition
    ("Following Ana Ruiz's March 2011 campaign, which cost 40 jobs, Ruiz won 7 medals.", "7 medals", "Ana Ruiz"),
    # "the 28-year-old" is the person named last
    ("Tomas Berg was traded on Friday. The 28-year-old owns 4 boats.", "4 boats", "Tomas Berg"),
    ("The 28-year-old owns 4 boats.", "4 boats", None),
    # "each" and "every" are no part of what they quantify
    ("Each household would pay $8,000 upfront.", "$8,000", "household"),
    # "the following" and "some ..." name no owner
    ("The following are five tips for charities.", "five tips", None),
    ("Some long-ago impact carved out this 150-km-wide pit.", "150-km", None),
])
def test_references_back_and_quantifiers(text, figure, subject):
    assert subject_of(text, figure) == subject
