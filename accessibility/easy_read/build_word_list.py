"""Regenerate data/common_words_en.tsv from wordfreq.

The checker itself never imports wordfreq: it reads the committed file, so it works offline
and needs no 58 MB dependency at run time (docs/adr/004-word-frequency-list.md). Run this only
to rebuild the list, with the optional "wordlist" dependencies installed:

    python -m accessibility.easy_read.build_word_list
"""

import math
import re
from pathlib import Path

# Words below this Zipf value are "rare" for easy read; keeping only the common ones makes the
# file small. Zipf 3.0 is about once in a million words.
ZIPF_FLOOR = 3.0
OUTPUT = Path(__file__).with_name("data") / "common_words_en.tsv"
HEADER = """\
# Common English words with their Zipf frequency (log10 of uses per billion words).
# Derived from wordfreq 3.1.1 (Robyn Speer), "large" English list, words with Zipf >= {floor}.
# Data licence: Creative Commons Attribution-ShareAlike 4.0. See data/README.md.
# Regenerate with: python -m accessibility.easy_read.build_word_list
"""


def build() -> int:
    from wordfreq import get_frequency_dict

    rows = []
    for word, frequency in get_frequency_dict("en", wordlist="large").items():
        zipf = math.log10(frequency) + 9
        # Letters only: numbers, contractions and symbols are handled by their own rules.
        if zipf >= ZIPF_FLOOR and re.fullmatch(r"[a-z]+", word):
            rows.append(f"{word}\t{zipf:.2f}")
    rows.sort()
    OUTPUT.write_text(HEADER.format(floor=ZIPF_FLOOR) + "\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


if __name__ == "__main__":
    print(f"Wrote {build()} words to {OUTPUT}")  # noqa: T201
