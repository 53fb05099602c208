"""The easy-read checker: PRODUCT.md section 6, rules 1 to 13 and 15.

Pure Python, with no Django imports, so it is quick to test and can run anywhere: on save in
Wagtail, in ``manage.py check_easy_read``, or in a script.
"""

from .checker import check_many, check_text
from .findings import DEFAULT_ALLOWED, RULES, Finding, WordList
from .text import text_from_html

__all__ = [
    "DEFAULT_ALLOWED",
    "RULES",
    "Finding",
    "WordList",
    "check_many",
    "check_text",
    "text_from_html",
]
