"""The easy-read public results page: words and counts from a frozen snapshot, no percentages.

Everything comes from the snapshot's payload, which was made under the PUBLIC profile, so counts
under 10 are already hidden; free text was never in it. Words follow ``results.easy_read``.
"""

from __future__ import annotations

from dataclasses import dataclass

from results.disclosure import PUBLIC
from results.easy_read import Band, share_in_words, tenths


@dataclass(frozen=True)
class Line:
    label: str
    words: str
    count_text: str


@dataclass(frozen=True)
class PublicQuestion:
    text: str
    area: str
    people_words: str
    lines: tuple[Line, ...]


def _people_words(n) -> str:
    if n is None:
        return PUBLIC.suppressed_words.capitalize() + " answered."
    return f"{n} people answered."


def public_questions(payload: dict) -> list[PublicQuestion]:
    shown = []
    for question in payload["questions"]:
        labels = {option["id"]: option["label"] for option in question["options"]}
        lines = []
        if question.get("independent_markets") and question.get("n"):
            for option, share in zip(
                question["options"], question["independent_markets"], strict=True
            ):
                lines.append(Line(option["label"], _coin_words(share), ""))
        tables = question.get("tables", [])
        for table in tables:
            total = table.get("total")
            for row, count in zip(table["rows"], table["counts"], strict=True):
                if count is None or not total:
                    continue
                words = share_in_words(count, total, profile=PUBLIC)
                if words.band in (Band.TOO_FEW, Band.NOT_SHOWN):
                    continue
                label = labels.get(row["id"], row["label"])
                if len(tables) > 1:
                    label = f"{table['caption']}: {label}"
                lines.append(Line(label, words.text.capitalize(), words.count_text))
        if lines or question.get("n") is None:
            shown.append(
                PublicQuestion(
                    question["text"],
                    question.get("area", ""),
                    _people_words(question.get("n")),
                    tuple(lines),
                )
            )
    return shown


def _coin_words(share: float) -> str:
    """A fair share of the coins in words: "about 4 in 10 of the coins"."""
    n = tenths(round(share * 1000), 1000)
    if n == 0:
        return "Fewer than 1 in 10 of the coins"
    if n >= 10:
        return "Almost all of the coins"
    return f"About {n} in 10 of the coins"
