"""Run the easy-read checker over everything a participant reads on a consultation's pages."""

from collections.abc import Iterator
from dataclasses import dataclass

from accessibility.easy_read import Finding, WordList, check_many, text_from_html

# Block types whose words are for professionals, not participants.
STANDARD_ENGLISH_BLOCKS = {"more_detail"}


@dataclass(frozen=True)
class FieldFindings:
    label: str
    text: str
    findings: list[Finding]


def _stream_texts(stream, label: str) -> Iterator[tuple[str, str]]:
    for index, block in enumerate(stream, start=1):
        where = f"{label}, part {index}"
        value = block.value
        match block.block_type:
            case "point":
                yield f"{where}: easy-read point", value["text"]
            case "heading":
                yield f"{where}: heading", str(value)
            case "hard_word":
                yield f"{where}: meaning of '{value['word']}'", value["meaning"]
            case "audio":
                yield f"{where}: audio label", value["label"]
            case block_type if block_type in STANDARD_ENGLISH_BLOCKS:
                continue
            case _:
                if isinstance(value, str):
                    yield where, text_from_html(value)


def _question_texts(questions) -> Iterator[tuple[str, str]]:
    for index, block in enumerate(questions, start=1):
        where = f"Question {index}"
        yield f"{where}: question", block.value["question"]
        if block.value.get("hint"):
            yield f"{where}: hint", block.value["hint"]
        for number, option in enumerate(block.block.options(block.value), start=1):
            yield f"{where}: option {number}", option.label


def page_texts(page) -> list[tuple[str, str]]:
    """(label, text) for every participant-facing text on a consultation or area page."""
    from .models import AreaPage, ConsultationPage

    page = page.specific
    texts: list[tuple[str, str]] = [("Title", page.title)]
    if isinstance(page, ConsultationPage):
        texts.append(("Shared goal", page.goal_statement))
        texts += _stream_texts(page.introduction, "Introduction")
        if page.help_other:
            texts.append(("Other help", page.help_other))
    elif isinstance(page, AreaPage):
        texts += _stream_texts(page.body, "Easy reading")
        for link in page.support_models.all():
            model = link.support_model
            texts.append((f"Model {model.name}: easy-read name", model.public_name))
            texts.append((f"Model {model.name}: description", model.easy_read_description))
        texts += _question_texts(page.questions)
    elif hasattr(page, "easy_read_texts"):
        # Other page types in a consultation ("you said, we did", ADR 025) say what they show.
        texts += page.easy_read_texts()
    return texts


def page_word_list(page) -> WordList:
    from .models import ConsultationPage

    page = page.specific
    consultation = page if isinstance(page, ConsultationPage) else None
    if consultation is None and page.pk:
        parent = page.get_parent()
        consultation = parent.specific if parent else None
    if not isinstance(consultation, ConsultationPage):
        return WordList()
    word_list = consultation.word_list()
    # A word explained by a "hard word" block is fine to use on that page.
    explained = {
        block.value["word"]
        for stream in (getattr(page, "body", []), getattr(page, "introduction", []))
        for block in stream
        if block.block_type == "hard_word"
    }
    return WordList(preferred=word_list.preferred | explained, avoid=word_list.avoid)


def page_findings(page) -> list[FieldFindings]:
    texts = page_texts(page)
    by_label = dict(texts)
    results = check_many(texts, word_list=page_word_list(page))
    return [FieldFindings(label, by_label[label], findings) for label, findings in results.items()]


def page_findings_count(page) -> int:
    """Findings that hold up publishing. Advice, such as a 16-word sentence, does not (ADR 015)."""
    return sum(
        1 for section in page_findings(page) for finding in section.findings if not finding.advice
    )
