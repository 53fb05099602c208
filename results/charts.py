"""Server-drawn bar charts (SVG from a template, no JavaScript): the geometry and the words.

R10: the table is the content and the chart an extra, so the SVG is hidden from screen readers
(``aria-hidden``) and the table beside it says everything. Each chart has a headline title (the
message), a subtitle with who, n and when, and its value written at the end of every bar, so no
meaning is carried by colour alone. Bars start at zero. A hidden number has no bar, only its
words; an "indicative only" bar is hatched and says so in words too.

The drawing is 300 units wide with text at 14 units, so at 320 CSS pixels it is drawn at about
full size and the text stays readable; CSS caps its width on wide screens.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from results.disclosure import Cell, Status

WIDTH = 300
LABEL_HEIGHT = 18
BAR_HEIGHT = 18
GAP = 12
BAR_SPACE = 200  # the rest of the width is for the value's words after the bar
ROW = LABEL_HEIGHT + BAR_HEIGHT + GAP


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    length: float  # 0 to BAR_SPACE
    indicative: bool
    hidden: bool
    label_y: float
    bar_y: float

    @property
    def text_x(self) -> float:
        return self.length + 6


@dataclass(frozen=True)
class Chart:
    title: str
    subtitle: str
    bars: tuple[Bar, ...]
    height: float
    key: str = "chart"  # unique on the page, for the hatching pattern's id
    width: int = WIDTH
    bar_height: int = BAR_HEIGHT


def subtitle(consultation, total: Cell, *, who: str | None = None) -> str:
    when = date_format(timezone.localdate(), "j F Y")
    people = total.value if not total.hidden else _(total.words)
    return _("%(who)s, %(consultation)s. n = %(n)s. Sent responses as at %(when)s.") % {
        "who": who or _("Everyone who answered"),
        "consultation": consultation.title,
        "n": people,
        "when": when,
    }


def _value_text(cell: Cell | None, share: float | None, as_share: bool) -> str:
    if cell is not None and cell.status is Status.SUPPRESSED:
        return _("not shown")
    if as_share:
        return _("not shown") if share is None else f"{round(share * 100)}%"
    text = str(cell.value)
    if cell.status is Status.INDICATIVE:
        text += " " + _("(indicative only)")
    return text


def draw(
    title: str,
    sub: str,
    items: list[tuple[str, Cell | None, float | None]],
    *,
    as_share: bool,
    key: str = "chart",
) -> Chart:
    """Lay out bars for (label, cell, share) items; the length is the share, or the count."""
    sizes = []
    for _label, cell, share in items:
        if as_share:
            sizes.append(share or 0.0)
        else:
            sizes.append(0.0 if cell is None or cell.hidden else float(cell.value or 0))
    top = max(sizes, default=0.0) or 1.0
    scale = 1.0 if as_share else top
    bars = []
    for index, ((label, cell, share), size) in enumerate(zip(items, sizes, strict=True)):
        hidden = (cell is not None and cell.hidden) or (as_share and share is None)
        bars.append(
            Bar(
                label=label,
                value_text=_value_text(cell, share, as_share),
                length=0.0 if hidden else BAR_SPACE * size / scale,
                indicative=cell is not None and cell.status is Status.INDICATIVE,
                hidden=hidden,
                label_y=index * ROW + 14,
                bar_y=index * ROW + LABEL_HEIGHT,
            )
        )
    return Chart(title, sub, tuple(bars), height=max(len(bars) * ROW, ROW), key=key)


def bar_chart(*, title: str, subtitle: str, bars, total: Cell, key: str = "chart") -> Chart:
    """Counts, with the headline naming the biggest shown bar."""
    items = [(label, cell, None) for label, cell in bars]
    shown = [(cell.value, label) for label, cell in bars if not cell.hidden and cell.value]
    if shown:
        value, label = max(shown)
        title = _("%(title)s: most were %(label)s") % {"title": title, "label": label}
    return draw(title, subtitle, items, as_share=False, key=key)


def table_chart(table, consultation, *, view: str, key: str) -> Chart:
    """One question's table as bars: everyone's counts, or the equal-voice shares."""
    equal = view == "equal-voice"
    items = [
        (line["label"], None if equal else line["pooled"], line["equal_voice"] if equal else None)
        for line in table.lines
    ]
    ranked = [
        (share if equal else (cell.value if cell and not cell.hidden else None), label)
        for label, cell, share in items
    ]
    ranked = [(value, label) for value, label in ranked if value]
    headline = table.caption
    if ranked:
        headline = _("%(caption)s: most chose %(label)s") % {
            "caption": table.caption,
            "label": max(ranked)[1],
        }
    who = _("Equal voice: each group counts the same") if equal else None
    sub = subtitle(consultation, table.table.total, who=who)
    return draw(headline, sub, items, as_share=equal, key=key)


def coins_chart(question, result, consultation, *, view: str) -> Chart:
    """Independent Markets shares for everyone or in the equal-voice view."""
    figures = result.equal_voice if view == "equal-voice" else result.pooled
    shares = figures.independent_markets
    items = [
        (option.label, None, None if shares is None else shares[index])
        for index, option in enumerate(question.options)
    ]
    headline = _("Fair shares of the coins")
    if shares:
        best = max(range(len(shares)), key=lambda index: shares[index])
        headline = _("Fair shares of the coins: the biggest share goes to %(label)s") % {
            "label": question.options[best].label
        }
    who = _("Equal voice: each group counts the same") if view == "equal-voice" else None
    sub = subtitle(consultation, figures.n, who=who)
    return draw(headline, sub, items, as_share=True, key=f"coins-{question.id}")
