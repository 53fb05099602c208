import pytest
from django.core.exceptions import ValidationError

from consultations.areas import AREA_KEYS
from consultations.models import AreaPage
from consultations.question_blocks import QuestionStreamBlock
from questions.types.choice import ChoiceQuestionBlock
from questions.types.coins import CoinsQuestionBlock
from questions.types.vote import VoteQuestionBlock

from .factories import make_consultation, make_image, make_support_model

pytestmark = pytest.mark.django_db


def _question(kind: str, text: str, **extra) -> dict:
    value = {"question": text, "hint": "", "picture": None, "audio": None, "allow_dont_know": True}
    value.update(extra)
    return {"type": kind, "value": value}


def test_question_identity_survives_reordering_and_rewording():
    consultation = make_consultation()
    area = AreaPage.objects.child_of(consultation).get(area_key="home")
    area.questions = [
        _question("feelings", "How do you feel about help at home?"),
        _question("yes_no", "Do you get help at home?"),
    ]
    area.save_revision().publish()
    area = AreaPage.objects.get(pk=area.pk)
    ids = {block.value["question"]: block.id for block in area.questions}

    raw = list(area.questions.raw_data)
    raw.reverse()
    raw[0]["value"]["question"] = "Do you get any help at home now?"
    area.questions = raw
    area.save_revision().publish()

    area = AreaPage.objects.get(pk=area.pk)
    assert [block.id for block in area.questions] == [
        ids["Do you get help at home?"],
        ids["How do you feel about help at home?"],
    ]
    assert area.questions[0].value["question"] == "Do you get any help at home now?"


def _choice_value(count: int):
    picture = make_image("Option")
    block = ChoiceQuestionBlock()
    return block, block.to_python(
        {
            "question": "Where would you like to live?",
            "options_list": [
                {
                    "label": f"Place {i}",
                    "picture": {"image": picture.pk, "decorative": True, "alt_text": ""},
                }
                for i in range(count)
            ],
        }
    )


@pytest.mark.parametrize("count", [1, 6])
def test_choice_needs_two_to_five_options(count):
    block, value = _choice_value(count)
    with pytest.raises(ValidationError):
        block.clean(value)


def test_choice_with_three_options_is_valid_and_keys_options_by_their_list_item_ids():
    block, value = _choice_value(3)
    cleaned = block.clean(value)
    ids = [child.id for child in cleaned["options_list"].bound_blocks]
    assert [option.key for option in block.options(cleaned)] == ids
    assert len(set(ids)) == 3


def test_coins_need_between_two_and_six_models():
    model = make_support_model()
    block = CoinsQuestionBlock()
    value = block.to_python(
        {
            "question": "Share out your coins",
            "coins": 10,
            "options_from": "models",
            "support_models": [model.pk],
        }
    )
    with pytest.raises(ValidationError) as error:
        block.clean(value)
    assert "between 2 and 6 models" in str(error.value.block_errors["support_models"])


@pytest.mark.parametrize("coins", [0, -3])
def test_coins_must_be_positive(coins):
    block = CoinsQuestionBlock()
    value = block.to_python(
        {
            "question": "Share out your coins",
            "coins": coins,
            "options_from": "areas",
            "support_models": [],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_coins_between_the_five_areas_offer_every_area():
    block = CoinsQuestionBlock()
    value = block.clean(
        block.to_python(
            {
                "question": "Share out your coins",
                "coins": 10,
                "options_from": "areas",
                "support_models": [],
            }
        )
    )
    assert [o.key for o in block.options(value)] == [f"area-{key}" for key in AREA_KEYS]


def test_vote_option_needs_a_model_or_a_named_idea_with_a_picture():
    block = VoteQuestionBlock()
    value = block.to_python(
        {
            "question": "Should we do more of these?",
            "options_list": [{"support_model": None, "label": "A new idea", "picture": None}],
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


def test_every_question_type_has_a_block():
    assert set(QuestionStreamBlock.base_blocks) == {
        "feelings",
        "choice",
        "choices",
        "yes_no",
        "tell_us",
        "good_life",
        "likes_dislikes",
        "vote",
        "coins",
        "offer",
        "idea",
    }
