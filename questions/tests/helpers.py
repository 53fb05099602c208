"""Small builders for question-type tests: a question as the answering pages see it."""

from responses.questions import Choice, Question


def make_question(kind: str, keys=(), *, coins: int = 0, allow_dont_know: bool = True) -> Question:
    return Question(
        id=f"q-{kind}",
        type=kind,
        area_key="home",
        area_name="Support in your own home",
        text="A question",
        hint_lines=(),
        picture=None,
        audio_url="",
        allow_dont_know=allow_dont_know,
        options=tuple(Choice(key, key.replace("_", " ").title()) for key in keys),
        coins=coins,
    )
