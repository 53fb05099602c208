"""Run every automatic easy-read rule over a text."""

from collections.abc import Callable, Iterable, Iterator

from .context import Context, build_context
from .findings import DEFAULT_ALLOWED, Finding, WordList
from .number_rules import hard_numbers, number_words, numeric_dates
from .rules import one_idea, passive, point_length, punctuation, sentence_length
from .text import Sentence, split_points
from .word_rules import (
    abbreviations,
    acronyms_and_capitals,
    contractions,
    rare_words,
    word_list,
)

WHOLE_SENTENCE_CODES = frozenset({"sentence-length", "one-idea"})

SentenceRule = Callable[[Sentence, Context], Iterator[Finding]]

# The word list runs first: where a word is on it, its advice is the most specific there is.
SENTENCE_RULES: tuple[SentenceRule, ...] = (
    word_list,
    sentence_length,
    one_idea,
    rare_words,
    acronyms_and_capitals,
    abbreviations,
    contractions,
    number_words,
    hard_numbers,
    numeric_dates,
    passive,
    punctuation,
)


def check_text(
    text: str,
    *,
    word_list: WordList | None = None,
    allowed_acronyms: frozenset[str] = DEFAULT_ALLOWED,
) -> list[Finding]:
    """Findings for one text, in the order they appear.

    The text is plain: paragraphs or points are separated by blank lines. Use
    ``text_from_html`` first for rich text.
    """
    return _check(text, build_context(word_list, allowed_acronyms))


def check_many(
    texts: Iterable[tuple[str, str]],
    *,
    word_list: WordList | None = None,
    allowed_acronyms: frozenset[str] = DEFAULT_ALLOWED,
) -> dict[str, list[Finding]]:
    """Findings for many texts, keyed by each text's path (such as "body.2.text").

    Only paths with findings are in the result, so an empty dict means all is well.
    """
    context = build_context(word_list, allowed_acronyms)
    results = {}
    for path, text in texts:
        findings = _check(text, context)
        if findings:
            results[path] = findings
    return results


def _check(text: str, context: Context) -> list[Finding]:
    points = split_points(text)
    context = context.with_names_from(points)
    findings: list[Finding] = []
    seen: set[tuple[str, str]] = set()

    def add(finding: Finding, key: str) -> None:
        if (finding.code, key) not in seen:
            seen.add((finding.code, key))
            findings.append(finding)

    for point in points:
        for finding in point_length(point):
            add(finding, point.text)
        for sentence in point.sentences:
            for rule in SENTENCE_RULES:
                for finding in rule(sentence, context):
                    # A finding about a whole sentence is told once per sentence: two long
                    # sentences that start the same way are still two. A finding about a word
                    # is told once, however often the word is used.
                    whole = finding.code in WHOLE_SENTENCE_CODES
                    add(finding, sentence.text if whole else finding.words.casefold())
    return findings
