"""Settings for one run of the checker, prepared once so many texts can share them."""

import re
from dataclasses import dataclass, field, replace

from .findings import DEFAULT_ALLOWED, WordList
from .text import WORD, Point, is_initialism
from .words import HARD_PHRASES, plain_letters


@dataclass(frozen=True)
class PhraseRule:
    pattern: re.Pattern[str]
    phrase: str
    instead: str


@dataclass(frozen=True)
class Context:
    allowed_acronyms: frozenset[str] = DEFAULT_ALLOWED
    # Plain letters of every preferred word, and of every word the word list prefers instead.
    preferred: frozenset[str] = frozenset()
    avoid: tuple[PhraseRule, ...] = ()
    # Plain letters of single words to avoid, so other rules leave them to the word list.
    avoided_words: frozenset[str] = frozenset()
    hard_phrases: tuple[PhraseRule, ...] = ()
    # Capitalised words used mid-sentence somewhere in the text: names, such as "Shared Lives".
    names: frozenset[str] = field(default_factory=frozenset)
    # Plain letters of words and initials the text itself explains: "DoLS means ...",
    # "Care Quality Commission (CQC)". Readers are told what they mean, so they pass.
    explained: frozenset[str] = field(default_factory=frozenset)

    def with_names_from(self, points: list[Point]) -> "Context":
        names = set()
        explained = set()
        for point in points:
            for sentence in point.sentences:
                for match in _MEANS.finditer(sentence.masked):
                    explained.add(plain_letters(match.group("word")))
                for match in _NAME_THEN_INITIALS.finditer(sentence.masked):
                    if is_initialism(match.group("initials")):
                        explained.add(plain_letters(match.group("initials")))
                for index, match in enumerate(WORD.finditer(sentence.masked)):
                    word = match.group()
                    if index > 0 and word[0].isupper() and not word.isupper():
                        names.add(word)
        return replace(self, names=frozenset(names), explained=frozenset(explained))


# "Respite means a short break", "'DoLS' means ...".
_MEANS = re.compile(r"(?<![\w'’-])(?P<word>[A-Za-z][A-Za-z'’-]{0,40})[\"'’”]?\s+means\b")
# A capitalised name, then its initials in brackets: "Care Quality Commission (CQC)".
_NAME_THEN_INITIALS = re.compile(r"\b[A-Z][a-z]{1,40}\s+\((?P<initials>[A-Z][A-Za-z]{1,7})\)")


def phrase_pattern(phrase: str) -> re.Pattern[str]:
    """Whole words or phrases, any case, with an optional plural or possessive ending."""
    words = [re.escape(word) for word in phrase.split()]
    return re.compile(
        r"(?<![\w'’-])" + r"\s+".join(words) + r"(?:s|es|['’]s)?(?![\w'’-])", re.IGNORECASE
    )


def build_context(
    word_list: WordList | None, allowed_acronyms: frozenset[str] = DEFAULT_ALLOWED
) -> Context:
    word_list = word_list or WordList()
    preferred_phrases = [*word_list.preferred, *word_list.avoid.values()]
    preferred = {plain_letters(word) for phrase in preferred_phrases for word in phrase.split()}
    # Longest first, so "social worker" is reported rather than "worker" inside it.
    avoid = sorted(word_list.avoid.items(), key=lambda item: -len(item[0]))
    return Context(
        allowed_acronyms=frozenset(word.upper() for word in allowed_acronyms),
        preferred=frozenset(preferred) - {""},
        avoid=tuple(PhraseRule(phrase_pattern(a), a, b) for a, b in avoid if a.strip()),
        avoided_words=frozenset(plain_letters(a) for a in word_list.avoid if " " not in a.strip()),
        hard_phrases=tuple(
            PhraseRule(phrase_pattern(a), a, b) for a, b in sorted(HARD_PHRASES.items())
        ),
    )
