"""Resume codes: how a participant with no account comes back to their answers (ADR 005).

Pure Python, no Django imports. Of each pair of characters that look or sound alike, the
alphabet keeps one: no O or 0, no I, L or 1, no Z (2), S (5), G (6), B (8), and no Q, U or V.
Nine characters from 24 give about 41 bits, shown as 3 groups of 3 that are easy to read aloud.
"""

import math
import re
import secrets
from dataclasses import dataclass

ALPHABET = "ACDEFHJKMNPRTWXY23456789"
LENGTH = 9
GROUP = 3
ENTROPY_BITS = LENGTH * math.log2(len(ALPHABET))

# A character the alphabet leaves out, read as the one it keeps: Z as 2, S as 5, G as 6, B as 8.
# O and 0, and I, L and 1, are all left out, so there is nothing sure to read them as: the
# wrong-code message names them instead (resume_code_problem).
LOOK_ALIKES = str.maketrans("ZSGB", "2568")

# People copy codes with spaces, dashes of any kind, dots or underscores between the groups.
_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015_.]+")


def resume_code_new() -> str:
    """A new random code, in its normal form: 9 upper-case characters, no spaces."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def resume_code_from_bytes(seed: bytes) -> str:
    """A code made from random-looking bytes (at least 9), for codes that must be repeatable."""
    if len(seed) < LENGTH:
        raise ValueError(f"Need at least {LENGTH} bytes, not {len(seed)}.")
    return "".join(ALPHABET[byte % len(ALPHABET)] for byte in seed[:LENGTH])


def resume_code_normalise(typed: str) -> str:
    """What someone typed, with spaces, dashes and letter case ignored, and look-alike
    characters read as the ones codes use (a code read aloud or copied by hand still works)."""
    return _SEPARATORS.sub("", typed or "").upper().translate(LOOK_ALIKES)


@dataclass(frozen=True)
class CodeProblem:
    """What is wrong with a code as typed, so the message can say exactly that."""

    length: int  # letters and numbers typed, not counting other signs
    never_used: tuple[str, ...] = ()  # letters or numbers codes never have, as typed
    has_signs: bool = False  # characters that are neither letters nor numbers

    @property
    def wrong_length(self) -> bool:
        return self.length != LENGTH


def resume_code_problem(normal: str) -> CodeProblem | None:
    """None for a well-formed code; otherwise what is wrong with it."""
    if resume_code_is_well_formed(normal):
        return None
    never_used = tuple(
        sorted({c for c in normal if c.isascii() and c.isalnum() and c not in ALPHABET})
    )
    letters_and_numbers = sum(1 for c in normal if c.isascii() and c.isalnum())
    has_signs = letters_and_numbers != len(normal)
    return CodeProblem(letters_and_numbers, never_used, has_signs)


def resume_code_is_well_formed(normal: str) -> bool:
    return len(normal) == LENGTH and all(character in ALPHABET for character in normal)


def resume_code_display(normal: str) -> str:
    """Groups of 3, easier to read aloud and to copy: 'K7F 4RM 9XH'."""
    return " ".join(normal[i : i + GROUP] for i in range(0, len(normal), GROUP))
