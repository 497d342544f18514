"""Attribution round h35 (hyperpartisan news and opinion) got wrong on unseen text (issue 19), from sentences of
the project's own making: a police force is named at its fullest, the department the article names anywhere
("Ostrava police" -> "Ostrava Police Department"), and "police" alone is the one department it names."""

from claims_helpers import source_of


def test_a_force_named_by_its_place_is_its_department():
    text = "Ostrava police say they arrested three men. The Ostrava Police Department said the march was over."
    assert source_of(text, "three men") == "Ostrava Police Department"


def test_police_alone_is_the_one_department_named():
    text = "A woman left her children, police said. She faces four charges. The Velmar Police Department said so."
    assert source_of(text, "four charges") == "Velmar Police Department"


def test_police_of_two_departments_stay_police():
    text = "The Ostrava Police Department and the Velmar Police Department met. Police said 4 men were held."
    assert source_of(text, "4 men") == "Police"
