"""The one place user HTML is cleaned. Swap bleach for another sanitiser here and nowhere else."""

import bleach
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "b", "a", "ul", "ol", "li", "h2", "h3", "h4", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": ["href", "title"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto", "tel"})


def clean_html(html: str) -> SafeString:
    """Keep simple structure and safe links; drop scripts, styles, events and other markup."""
    cleaned = bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
        strip_comments=True,
    )
    return mark_safe(cleaned)  # bleach has just removed everything unsafe
