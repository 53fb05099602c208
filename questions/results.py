"""Results of one question, built from participants' answers and group tallies. Plain Python.

Each question type says how one answer, or one group's tally, adds to these (see registry.py).
Options are counted by their stable keys, so reordering options never moves a count.
"""

from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Ballot:
    """One coin ballot: the share each option got, adding up to 1.

    `people` is how many people it stands for: 1 for a person, more for a group's totals.
    """

    shares: dict[str, float]
    people: int = 1


@dataclass
class Results:
    question_id: str
    question_type: str
    people: int = 0  # everyone counted, including "I do not know" and group members
    dont_know: int = 0
    counts: Counter = field(default_factory=Counter)  # option key: how many chose it
    votes: dict[str, Counter] = field(default_factory=dict)  # option key: {"up": 3, ...}
    ballots: list[Ballot] = field(default_factory=list)
    scores: Counter = field(default_factory=Counter)  # feelings score (1 to 5): how many
    texts: dict[str, list[str]] = field(default_factory=dict)  # "likes", "text"...: own words

    def vote(self, key: str, vote: str, count: int = 1) -> None:
        self.votes.setdefault(key, Counter())[vote] += count

    def add_times(self, other: "Results", times: int) -> None:
        """Add ``other`` (one answer's results) as if ``times`` people had given that answer.

        Results read many identical answers in one database row with their count, so each
        distinct answer goes through its question type once, not once per person.
        """
        self.people += other.people * times
        self.dont_know += other.dont_know * times
        for key, count in other.counts.items():
            self.counts[key] += count * times
        for key, votes in other.votes.items():
            for vote, count in votes.items():
                self.vote(key, vote, count * times)
        for score, count in other.scores.items():
            self.scores[score] += count * times
        self.ballots.extend(Ballot(b.shares, b.people * times) for b in other.ballots)
        for part, texts in other.texts.items():
            self.texts.setdefault(part, []).extend(texts * times)

    def text(self, part: str, words: str) -> None:
        if words.strip():
            self.texts.setdefault(part, []).append(words)

    @property
    def mean_score(self) -> float | None:
        total = sum(self.scores.values())
        if not total:
            return None
        return sum(score * count for score, count in self.scores.items()) / total

    def mean_shares(self) -> dict[str, float]:
        """Each option's share of all coins, every person counting the same."""
        people = sum(ballot.people for ballot in self.ballots)
        if not people:
            return {}
        totals: Counter = Counter()
        for ballot in self.ballots:
            for key, share in ballot.shares.items():
                totals[key] += share * ballot.people
        return {key: total / people for key, total in totals.items()}


def coin_shares(coins: dict[str, int]) -> dict[str, float]:
    """Coins per option as shares adding up to 1. Empty when no coins were given."""
    total = sum(count for count in coins.values() if count > 0)
    if not total:
        return {}
    return {key: count / total for key, count in coins.items() if count > 0}
