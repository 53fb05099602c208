"""Settings for one run of the checker, prepared once so many texts can share them."""

import re
from dataclasses import dataclass, field, replace

from .findings import DEFAULT_ALLOWED, WordList
from .text import WORD, Point
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

    def with_names_from(self, points: list[Point]) -> "Context":
        names = set()
        for point in points:
            for sentence in point.sentences:
                for index, match in enumerate(WORD.finditer(sentence.masked)):
                    word = match.group()
                    if index > 0 and word[0].isupper() and not word.isupper():
                        names.add(word)
        return replace(self, names=frozenset(names))


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
