"""What the closed demo's generated people answered: one generator per question type.

Seed content, like organisations/demo_sessions.py's tallies: each generator gives an answer in its
type's stored shape (ADR 007), and `demo_answer` then puts it through the type's own participant
form, so every answer saved is one the answering page could have saved. The code that counts the
answers asks the registry; only this seed knows the types by name.

The weights make the results worth reading: Shared Lives wins the accommodation question and its
coins, Wellbeing Teams get the most "yes" votes, and people in each group lean a little
differently, so the per-group columns and the equal-voice view disagree with the pooled one.
"""

from __future__ import annotations

import random

from questions.options import DONT_KNOW
from questions.registry import question_type

from .questions import Question

# How often someone who may say "I do not know" says it.
DONT_KNOW_RATE = 0.04
# How often someone writes anything in an optional box for their own words.
WORDS_RATE = 0.35

# Weights by the option's place on the question, for each (area, type). Missing: all equal.
PREFERENCES = {
    ("home", "feelings"): [2, 5, 6, 5, 2],
    # In my own home, with a Shared Lives carer, with friends, in a care home.
    ("accommodation", "choice"): [6, 8, 4, 1],
    # Residential care, Shared Lives, KeyRing networks, Homeshare.
    ("accommodation", "coins"): [2, 6, 3, 2],
    # A paid job, art or music, learning, going out, time with friends.
    ("day_and_work", "choices"): [6, 3, 2, 4, 5],
    ("hospital", "yes_no"): [3, 7],
    # The five areas: home, where you live, the day and work, leaving hospital, community.
    ("community", "coins"): [4, 5, 3, 2, 3],
    ("community", "offer"): [4, 2, 1, 2],
}
# Each group's own lean, multiplied in: carers want help at home and breaks; people who use
# support want to live with a family or friends; care workers trust care homes a little more.
GROUP_LEANS = {
    "family_carer": {
        ("accommodation", "choice"): [3, 2, 1, 2],
        ("community", "coins"): [3, 1, 1, 1, 1],
    },
    "uses_support": {
        ("accommodation", "choice"): [1, 2, 3, 1],
        ("day_and_work", "choices"): [2, 1, 1, 1, 2],
    },
    "works_in_care": {
        ("accommodation", "coins"): [3, 1, 1, 1],
        ("home", "feelings"): [1, 2, 2, 1, 1],
    },
}
# Yes, no and not sure for each option of the "more of these?" vote: Wellbeing Teams, Help at
# home, Homeshare.
VOTE_WEIGHTS = [[7, 1, 2], [5, 2, 3], [3, 3, 4]]

WORDS = {
    "likes": [
        "My support worker knows me well.",
        "They help me cook my own food.",
        "Same faces most days.",
        "They listen to me.",
        "I can ring someone if I am worried.",
    ],
    "dislikes": [
        "Visits are too short. They are always in a rush.",
        "A different person comes every time.",
        "They come at 7 in the evening to put me to bed.",
        "Nobody tells me when they are late.",
        "Too many forms.",
    ],
    "good_life": [
        "A job in a cafe and time with my friends.",
        "Going to the football on Saturdays.",
        "Living near my family and choosing what I do.",
        "Being part of a choir.",
        "Having my own key and my own front door.",
    ],
    "tell_us": [
        "A nurse came home with me the first day.",
        "My sister stayed with me for a week.",
        "Someone phoned to check I was OK.",
        "I went home too soon. Nobody came.",
    ],
    "offer": [
        "I can help at the community garden.",
        "Our group has a hall people can use on Tuesdays.",
        "I can teach people to use a phone.",
        "We run a walking group.",
    ],
}


def _weights(question: Question, describes: tuple[str, ...]) -> list[float]:
    key = (question.area_key, question.type)
    base = PREFERENCES.get(key, [])
    weights = [base[i] if i < len(base) else 1 for i in range(len(question.options))]
    for answer in describes[:1]:
        lean = GROUP_LEANS.get(answer, {}).get(key, [])
        weights = [w * (lean[i] if i < len(lean) else 1) for i, w in enumerate(weights)]
    return weights


def _keys(question: Question) -> list[str]:
    return [option.key for option in question.options]


def _pick_one(rng, question, describes):
    return {"choice": rng.choices(_keys(question), _weights(question, describes))[0]}


def _pick_several(rng, question, describes):
    keys, weights = _keys(question), _weights(question, describes)
    chosen: list[str] = []
    for _ in range(rng.randint(1, question.max_choices or 3)):
        key = rng.choices(keys, weights)[0]
        if key not in chosen:
            chosen.append(key)
    return {"choices": chosen}


def _coins(rng, question, describes):
    keys = _keys(question)
    coins = dict.fromkeys(keys, 0)
    for key in rng.choices(keys, _weights(question, describes), k=question.coins):
        coins[key] += 1
    return {"coins": coins}


def _vote(rng, question, describes):
    votes = {}
    for i, key in enumerate(_keys(question)):
        weights = VOTE_WEIGHTS[i] if i < len(VOTE_WEIGHTS) else [1, 1, 1]
        votes[key] = rng.choices(["up", "down", "not_sure"], weights)[0]
    return {"votes": votes}


def _words(part):
    def answer(rng, question, describes):
        return {"text": rng.choice(WORDS[part])}

    return answer


def _likes_dislikes(rng, question, describes):
    return {"likes": rng.choice(WORDS["likes"]), "dislikes": rng.choice(WORDS["dislikes"])}


def _offer(rng, question, describes):
    keys, weights = _keys(question), _weights(question, describes)
    kinds = sorted(set(rng.choices(keys, weights, k=rng.randint(1, 2))), key=keys.index)
    text = rng.choice(WORDS["offer"]) if rng.random() < WORDS_RATE else ""
    return {"kinds": kinds, "text": text}


# Each type's answer, in its stored shape. Own-words types leave some people saying nothing.
ANSWERS = {
    "feelings": _pick_one,
    "choice": _pick_one,
    "yes_no": _pick_one,
    "choices": _pick_several,
    "coins": _coins,
    "vote": _vote,
    "likes_dislikes": _likes_dislikes,
    "good_life": _words("good_life"),
    "tell_us": _words("tell_us"),
    "offer": _offer,
}
OWN_WORDS = {"likes_dislikes", "good_life", "tell_us"}


def demo_answer(rng: random.Random, question: Question, describes: tuple[str, ...]) -> dict | None:
    """One person's answer, checked by the question type's own form, or None for no answer."""
    if question.type in OWN_WORDS and rng.random() >= WORDS_RATE:
        return None
    may_not_know = question.allow_dont_know and question.type not in OWN_WORDS
    if may_not_know and rng.random() < DONT_KNOW_RATE:
        value = {DONT_KNOW: True}
    else:
        value = ANSWERS[question.type](rng, question, describes)
    kind = question_type(question.type)
    form = kind.form(question, kind.form_class.initial_from(question, value))
    if not form.is_valid():
        raise ValueError(f"Demo answer for {question.type} is not valid: {form.errors.as_text()}")
    return form.answer()
