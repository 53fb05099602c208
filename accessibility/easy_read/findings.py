"""What the checker returns, and what it is given besides the text."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

# Initials that readers of easy read know. Kept small on purpose: every extra entry is a word
# someone, somewhere, will not understand. A consultation adds its own through its word list.
DEFAULT_ALLOWED: frozenset[str] = frozenset({"NHS", "OK", "UK", "TV"})

# Stable codes, so callers can store, count or silence findings without matching on messages.
# The numbers are the rules in PRODUCT.md section 6.
RULES: dict[str, int] = {
    "sentence-length": 1,
    "one-idea": 2,
    "point-length": 3,
    "rare-word": 4,
    "acronym": 5,
    "abbreviation": 6,
    "contraction": 7,
    "number-word": 8,
    "hard-number": 9,
    "numeric-date": 10,
    "passive": 11,
    "punctuation": 12,
    "word-list": 13,
    "block-capitals": 15,
}


@dataclass(frozen=True)
class Finding:
    """One thing an editor should look at: which rule, which words, why, and how to fix it."""

    code: str
    words: str
    message: str
    suggestion: str
    # Advice is worth a look but does not hold up publishing (ADR 015).
    advice: bool = False
    # Filled from the code, so the number and the code can never disagree.
    rule: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rule", RULES[self.code])


@dataclass(frozen=True)
class WordList:
    """A consultation's own words (rule 13).

    ``preferred`` words always pass the rare-word and acronym rules. ``avoid`` maps a word or
    phrase to avoid to the word to use instead, for example ``{"GP": "doctor"}``.
    """

    preferred: frozenset[str] = frozenset()
    avoid: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Accept any iterable and mapping, so callers can pass model data straight in.
        object.__setattr__(self, "preferred", frozenset(self.preferred))
        object.__setattr__(self, "avoid", dict(self.avoid))

    @classmethod
    def from_pairs(
        cls, *, preferred: Iterable[str] = (), avoid: Iterable[tuple[str, str]] = ()
    ) -> "WordList":
        return cls(preferred=frozenset(preferred), avoid=dict(avoid))
