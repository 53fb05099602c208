"""Display logic for money facts: words and simple pictures, never percentages (PRODUCT.md 6.9)."""

from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _


def money_words(amount: Decimal | int) -> str:
    """A rounded amount in words people know: '£12 million', '£450 thousand'.

    Easy read avoids decimals and numbers of 1,000 or more, so big amounts become words.
    """
    amount = Decimal(amount)
    if amount >= 10_000_000:
        return f"£{round(amount / 1_000_000)} million"
    if amount >= 1_000_000:
        whole, half = divmod(round(amount / 500_000), 2)
        return f"£{whole} and a half million" if half else f"£{whole} million"
    if amount >= 1_000:
        return f"£{round(amount / 1_000)} thousand"
    return f"£{amount:.0f}"


def share_in_tens(part: Decimal | int, whole: Decimal | int) -> int:
    """How many of every 10 pounds go to this part: a count people can see as coins."""
    if not whole:
        return 0
    return int((Decimal(part) * 10 / Decimal(whole)).quantize(Decimal(1)))


def change_words(now: Decimal | int, later: Decimal | int) -> str:
    if not now:
        return "new money"
    ratio = Decimal(later) / Decimal(now)
    if ratio > Decimal("1.05"):
        return "more money"
    if ratio < Decimal("0.95"):
        return "less money"
    return "about the same money"


@dataclass(frozen=True)
class ModelMoney:
    name: str
    picture: object
    description_lines: list[str]
    spend_now: Decimal
    spend_expected: Decimal
    now_words: str
    expected_words: str
    coins_now: int
    change: str

    @property
    def share_text(self) -> str:
        # The model's name is the heading above, so the sentence stays short however long the
        # name is (easy-read rule 1; issue 14.8).
        if self.coins_now == 0:
            return _("It gets less than 1 of every 10 pounds now.")
        return _("It gets about %(coins)d of every 10 pounds now.") % {"coins": self.coins_now}

    @property
    def coin_row(self) -> list[str]:
        """Icon suffixes for a row of 10 coins: filled for this share, empty for the rest."""
        return [""] * self.coins_now + ["-empty"] * (10 - self.coins_now)


class AreaMoneyPresenter:
    def __init__(self, area_page, consultation):
        self.consultation = consultation
        links = list(area_page.support_models.select_related("support_model__picture"))
        self.total_now = sum((link.spend_now for link in links), Decimal(0))
        self.total_expected = sum((link.spend_expected for link in links), Decimal(0))
        self.models = [
            ModelMoney(
                name=link.support_model.public_name,
                picture=link.support_model.picture,
                description_lines=link.support_model.description_lines(),
                spend_now=link.spend_now,
                spend_expected=link.spend_expected,
                now_words=money_words(link.spend_now),
                expected_words=money_words(link.spend_expected),
                coins_now=share_in_tens(link.spend_now, self.total_now),
                change=change_words(link.spend_now, link.spend_expected),
            )
            for link in links
        ]
        self.support_models = [link.support_model for link in links]

    @property
    def total_now_words(self) -> str:
        return money_words(self.total_now)

    @property
    def total_expected_words(self) -> str:
        return money_words(self.total_expected)

    @property
    def is_example(self) -> bool:
        return self.consultation.budget_is_example


@dataclass(frozen=True)
class IconPoint:
    icon: str  # a file in site/static/images/icons/
    text: str


# The home page's introduction is plain lines of text, so each line gets the picture of the first
# idea it names, and no picture stands for two lines (issue 14.2). Most particular first.
IDEAS = (
    ("good life", "good-life.svg"),
    ("listen", "listen.svg"),
    ("decide", "letter.svg"),
    ("have your say", "speech.svg"),
    ("money", "money.svg"),
    ("support", "helper.svg"),
    ("answer", "questions.svg"),
    ("code", "code.svg"),
)
PLAIN_POINT = "read.svg"


def points_with_pictures(lines: list[str]) -> list[IconPoint]:
    """A picture for each line from the idea it names, never one picture for two lines."""
    used: set[str] = set()
    points = []
    for line in lines:
        lowered = line.lower()
        icon = next(
            (icon for idea, icon in IDEAS if idea in lowered and icon not in used), PLAIN_POINT
        )
        used.add(icon)
        points.append(IconPoint(icon, line))
    return points


def long_date(day) -> str:
    """Dates with the month as a word: 'Monday 3 March 2027' (easy-read rule 10)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def promise_text(consultation) -> str:
    """The promise made on the landing page and again when answers are sent."""
    return _("We will tell you what we decided by %(date)s.") % {
        "date": long_date(consultation.promise_date)
    }


class ConsultationPresenter:
    def __init__(self, consultation):
        self.consultation = consultation

    @property
    def run_by_text(self) -> str:
        return f"This is run by {self.consultation.commissioner.public_name}."

    @property
    def dates_text(self) -> str:
        c = self.consultation
        return f"You can answer from {long_date(c.opens_on)} to {long_date(c.closes_on)}."

    @property
    def promise_text(self) -> str:
        return promise_text(self.consultation)

    # Millions of pounds are hard to picture (easy-read rule 9), so the points say "a lot" and
    # whether it goes up or down; the amounts are in "More detail about the money" below them.
    @property
    def budget_now_text(self) -> str:
        return _("%(place)s spends a lot of money on support each year.") % {
            "place": self.consultation.place
        }

    @property
    def budget_later_text(self) -> str:
        c = self.consultation
        change = change_words(c.budget_now, c.budget_year_3)
        return _("In 3 years it expects to spend %(change)s.") % {"change": change}
