"""Printable easy-read letters, one page per person who chose post, as one PDF (ADR 026).

fpdf2 draws the pages itself, so no browser or system library is needed. Its built-in fonts
cover Latin-1 only; a name or address outside it switches the batch to DejaVu Sans (Debian's
fonts-dejavu-core), which covers most scripts.
"""

from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

from decisions.promise import long_date

from .content import Message, message_for
from .models import Notice, Route, State

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# Easy read asks for big text: 16 point is the usual minimum for printed easy read.
BODY_SIZE = 16
HEADING_SIZE = 20
LINE = 9  # millimetres per line of body text


def letter_notices(round):
    """The round's letters: people who chose post and gave an address, in a stable order."""
    return (
        Notice.objects.filter(
            round=round, route=Route.POST, state__in=[State.PENDING, State.POSTED]
        )
        .exclude(response__contact_details__postal_address="")
        .filter(response__contact_details__isnull=False)
        .select_related("response__contact_details")
        .order_by("pk")
    )


def _latin1(texts) -> bool:
    try:
        for text in texts:
            text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


class _Letters:
    def __init__(self, message: Message, *, unicode: bool, compress: bool):
        self.message = message
        self.pdf = FPDF(format="A4")
        self.pdf.set_compression(compress)
        self.pdf.set_auto_page_break(auto=True, margin=20)
        self.pdf.set_margins(20, 20, 20)
        self.pdf.set_title(message.subject)
        if unicode and (DEJAVU / "DejaVuSans.ttf").exists():
            self.pdf.add_font("body", "", str(DEJAVU / "DejaVuSans.ttf"))
            self.pdf.add_font("body", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
            self.font = "body"
        else:
            self.font = "helvetica"

    def _lines(self, lines, *, size=BODY_SIZE, style=""):
        self.pdf.set_font(self.font, style, size)
        for line in lines:
            self.pdf.multi_cell(0, LINE if size == BODY_SIZE else LINE + 2, line)
            self.pdf.ln(2)

    def add(self, name: str, address: str, today) -> None:
        pdf = self.pdf
        pdf.add_page()
        # The address block sits where a window envelope shows it.
        self._lines([name, *[line for line in address.splitlines() if line.strip()]])
        pdf.ln(6)
        self._lines([long_date(today)])
        pdf.ln(4)
        self._lines([_("Hello %(name)s,") % {"name": name or _("there")}])
        self._lines(self.message.opening)
        for point in self.message.points:
            pdf.ln(3)
            self._lines([point.heading], size=HEADING_SIZE, style="B")
            self._lines(point.lines)
        pdf.ln(3)
        closing = list(self.message.closing)
        if self.message.link:
            closing.insert(1, self.message.link)
        self._lines(closing)

    def output(self) -> bytes:
        return bytes(self.pdf.output())


def letters_pdf(round, *, compress: bool = True) -> tuple[bytes, int]:
    """(PDF bytes, number of letters) for every letter of the round."""
    message = message_for(round)
    people = [
        (n.response.contact_details.name.strip(), n.response.contact_details.postal_address)
        for n in letter_notices(round)
    ]
    texts = [message.subject, *message.opening, *message.closing, message.link]
    texts += [text for point in message.points for text in (point.heading, *point.lines)]
    texts += [text for person in people for text in person]
    letters = _Letters(message, unicode=not _latin1(texts), compress=compress)
    today = timezone.localdate()
    for name, address in people:
        letters.add(name, address, today)
    if not people:
        return b"", 0
    return letters.output(), len(people)
