"""Question types that share a shape of answer: pick one, pick several, and own words.

A type module subclasses one of these and adds its own block; a type with an answer of its own
shape (votes, coins) subclasses QuestionType directly.
"""

from .forms import ChoicesForm, SingleChoiceForm, TextForm
from .registry import ContentLookup, QuestionType
from .results import Results
from .tally import NotesTallyForm, OptionCountsTallyForm, SeveralCountsTallyForm


def labels_of(question) -> dict[str, str]:
    return {option.key: option.label for option in question.options}


def chosen(tally: dict) -> dict[str, int]:
    """A stored tally's options that at least 1 person chose, with how many."""
    return {key: count for key, count in tally.get("counts", {}).items() if count}


def listed_content(item: dict, content: ContentLookup) -> list[dict]:
    """Seed content options as ListBlock items, each with the id that becomes its identity."""
    import uuid

    return [
        {
            "type": "item",
            "value": {"label": label, "picture": content.picture(picture)},
            "id": str(uuid.uuid4()),
        }
        for label, picture in item["options"]
    ]


class PickOneType(QuestionType):
    form_class = SingleChoiceForm
    template = "questions/pick.html"
    tally_form_class = OptionCountsTallyForm

    def lines(self, question, value):
        labels = labels_of(question)
        return [labels[value["choice"]]] if value.get("choice") in labels else []

    def count(self, results: Results, value: dict) -> None:
        if value.get("choice"):
            results.counts[value["choice"]] += 1

    def count_tally(self, results, value) -> None:
        results.counts.update(chosen(value))

    def used_keys(self, value):
        return {value["choice"]} if value.get("choice") else set()


class PickSeveralType(QuestionType):
    form_class = ChoicesForm
    template = "questions/pick.html"
    tally_form_class = SeveralCountsTallyForm

    def lines(self, question, value):
        labels = labels_of(question)
        return [labels[key] for key in value.get("choices", []) if key in labels]

    def count(self, results: Results, value: dict) -> None:
        results.counts.update(value.get("choices", []))

    def count_tally(self, results, value) -> None:
        results.counts.update(chosen(value))

    def used_keys(self, value):
        return set(value.get("choices", []))


class OwnWordsType(QuestionType):
    form_class = TextForm
    template = "questions/own_words.html"
    tally_form_class = NotesTallyForm

    def lines(self, question, value):
        return [value["text"]] if value.get("text") else []

    def count(self, results: Results, value: dict) -> None:
        results.text("text", value.get("text", ""))

    def count_tally(self, results, value) -> None:
        for part, words in value.get("notes", {}).items():
            results.text(part, words)

    def value_from_content(self, item, content):
        return super().value_from_content(item, content) | {
            "max_length": item.get("max_length", 1000)
        }
