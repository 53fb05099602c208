"""Show disclosed numbers on staff screens: the number, or the words that say why not."""

from django import template
from django.utils.translation import gettext as _

from results.disclosure import Cell, Reason, Status

register = template.Library()


@register.filter
def cell_text(cell: Cell | None) -> str:
    """ "12", "7 (indicative only)" or "fewer than 5 people", never a symbol."""
    if cell is None:
        return ""
    if cell.status is Status.SUPPRESSED:
        if cell.reason is Reason.PROTECTS_ANOTHER:
            return _("Hidden so that a small number cannot be worked out")
        return _(cell.words).capitalize()
    if cell.words:
        return f"{cell.value} ({_(cell.words)})"
    return str(cell.value)


@register.filter
def percent(share: float | None) -> str:
    """A share as a whole percentage, or "not shown"."""
    if share is None:
        return _("Not shown")
    return f"{round(share * 100)}%"


@register.filter
def percent1(share: float | None) -> str:
    """A coin share to one decimal place: small differences matter when moving money."""
    if share is None:
        return _("Not shown")
    return f"{share * 100:.1f}%"


@register.filter
def index(sequence, position):
    """``sequence[position]``, for reading the same option's figure from parallel lists."""
    if sequence is None:
        return None
    return sequence[position]


@register.filter
def get_item(mapping, key):
    return mapping.get(key, key) if mapping else key
