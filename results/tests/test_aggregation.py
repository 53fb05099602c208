"""Results from real saved answers, checked against numbers worked out by hand."""

from fractions import Fraction

import pytest

from results import presenters, queries
from results.aggregate import DONT_KNOW_ROW, NOT_GIVEN
from results.disclosure import PUBLIC, STAFF, Reason, Status

from .people import question_of

pytestmark = pytest.mark.django_db

USES = ["uses_support"]
CARER = ["family_carer"]
WORKER = ["works_in_care"]


def _results(consultation, question):
    groups = queries.consultation_groups(consultation)
    aggregate = queries.question_results(consultation, [question], groups)[question.id]
    return groups, aggregate


def test_choices_are_counted_for_everyone_and_per_group_from_sent_answers(riverside, people):
    where = question_of(riverside, "choice")
    home, shared_lives, friends, care_home = (option.key for option in where.options)
    people.send([(where, {"choice": home})], describes=USES, count=6)
    people.send([(where, {"choice": shared_lives})], describes=USES + CARER, count=5)
    people.send([(where, {"choice": care_home})], describes=CARER, count=5)
    people.send([(where, {"dont_know": True})], count=5)

    groups, aggregate = _results(riverside, where)
    view = presenters.question_view(where, aggregate, groups, profile=STAFF)

    (table,) = view.tables
    assert [key for key, _label in table.rows] == [
        home,
        shared_lives,
        friends,
        care_home,
        DONT_KNOW_ROW,
    ]
    # Someone who uses support and is a carer is counted once, with people who use support.
    assert [cell.value for cell in table.table.pooled] == [6, 5, 0, 5, 5]
    assert table.table.total.value == 21
    columns = {column.key: column for column in table.table.groups}
    assert set(columns) == {"people-who-use-support", "carers", NOT_GIVEN}
    assert columns["people-who-use-support"].n.value == 11
    assert [cell.value for cell in columns["carers"].cells] == [0, 0, 0, 5, 0]
    assert columns["carers"].n.status is Status.INDICATIVE
    # Equal voice: each group's share, averaged with every group counting the same.
    # Home: 6/11, 0/5, 0/5 -> 2/11; care home: 0, 5/5, 0 -> 1/3; "I do not know": 0, 0, 1 -> 1/3.
    assert table.equal_voice[0] == pytest.approx(2 / 11)
    assert table.equal_voice[3] == pytest.approx(1 / 3)
    assert table.equal_voice[4] == pytest.approx(1 / 3)


def test_drafts_are_not_counted(riverside, people):
    from responses.models import Channel
    from responses.services import answer_save, response_enter

    where = question_of(riverside, "choice")
    draft = response_enter(consultation=riverside, channel=Channel.STAFF_INTERVIEW, entered_by=None)
    answer_save(response=draft, question=where, value={"choice": where.options[0].key})
    _groups, aggregate = _results(riverside, where)
    assert aggregate.pooled.people == 0


def test_a_total_that_would_reveal_a_hidden_count_is_not_enough_to_work_it_out(riverside, people):
    where = question_of(riverside, "choice")
    home, shared_lives = where.options[0].key, where.options[1].key
    people.send([(where, {"choice": home})], describes=USES, count=10)
    people.send([(where, {"choice": shared_lives})], describes=USES, count=1)

    groups, aggregate = _results(riverside, where)
    (table,) = presenters.question_view(where, aggregate, groups, profile=STAFF).tables
    pooled = table.table.pooled
    # 1 is hidden; with 11 shown as the total, 10 would give it away, so 10 is hidden too.
    assert table.table.total.value == 11
    assert pooled[1].hidden and pooled[1].reason is Reason.SMALL
    assert pooled[0].hidden and pooled[0].reason is Reason.PROTECTS_ANOTHER
    assert table.equal_voice[0] is None and table.equal_voice[1] is None


@pytest.mark.parametrize(
    ("answered", "public_n", "staff_status"),
    [(9, None, Status.INDICATIVE), (10, 10, Status.SHOWN), (11, 11, Status.SHOWN)],
)
def test_9_10_and_11_people(riverside, people, answered, public_n, staff_status):
    feelings = question_of(riverside, "feelings")
    people.send([(feelings, {"choice": "good"})], describes=CARER, count=answered)
    groups, aggregate = _results(riverside, feelings)

    public = presenters.question_view(feelings, aggregate, groups, profile=PUBLIC)
    staff = presenters.question_view(feelings, aggregate, groups, profile=STAFF)

    assert public.people.value == public_n
    assert public.feelings.hidden is (public_n is None)
    assert staff.people.status is staff_status
    assert staff.feelings.value == 4.0  # "good" scores 4 out of 5


def test_votes_are_counted_per_option(riverside, people):
    vote = question_of(riverside, "vote")
    first, second = vote.options[0].key, vote.options[1].key
    people.send([(vote, {"votes": {first: "up", second: "down"}})], describes=USES, count=6)
    people.send([(vote, {"votes": {first: "not_sure"}})], describes=USES, count=5)

    groups, aggregate = _results(riverside, vote)
    view = presenters.question_view(vote, aggregate, groups, profile=STAFF)
    by_caption = {table.caption: table for table in view.tables}
    votes_first = by_caption[f"Votes for {vote.options[0].label}"]
    assert [cell.value for cell in votes_first.table.pooled] == [6, 0, 5]
    votes_second = by_caption[f"Votes for {vote.options[1].label}"]
    assert [cell.value for cell in votes_second.table.pooled] == [0, 6, 0]


def test_own_words_keep_their_channel_and_whether_the_person_was_supported(riverside, people):
    from responses.models import Channel

    tell = question_of(riverside, "tell_us")
    people.send([(tell, {"text": "The nurse was kind"})], supported=True)
    people.send([(tell, {"text": "Going home fast"})], channel=Channel.GROUP_SESSION)
    groups = queries.consultation_groups(riverside)
    words = []
    queries.question_results(riverside, [tell], groups, own_words=words)
    assert {(w.words, w.channel, w.supported) for w in words} == {
        ("The nurse was kind", Channel.STAFF_INTERVIEW, True),
        ("Going home fast", Channel.GROUP_SESSION, None),
    }


def _coins(question, first, second):
    keys = [option.key for option in question.options]
    value = dict.fromkeys(keys, 0)
    value[keys[0]], value[keys[1]] = first, second
    return {"coins": value}


def test_coins_become_independent_markets_shares_beside_the_plain_mean(riverside, people):
    coins = question_of(riverside, "coins")  # 10 coins between 4 ways to live
    people.send([(coins, _coins(coins, 10, 0))], describes=USES, count=3)
    people.send([(coins, _coins(coins, 5, 5))], describes=CARER)
    people.send([(coins, _coins(coins, 0, 10))], describes=CARER)

    groups, aggregate = _results(riverside, coins)
    result, _names = presenters.coins_view(coins, aggregate, groups, profile=STAFF)

    # Mean: (1 + 1 + 1 + 0.5 + 0) / 5 = 0.7 and 0.3. Independent Markets: at t = 1/5 the phantoms
    # are 1, 0.8, 0.6, 0.4, 0.2, 0; the medians of the 11 values are 0.6 and 0.4, adding up to 1.
    # The 3 people who put every coin on one option cannot pull the fair share past 0.6.
    assert result.pooled.mean == pytest.approx((0.7, 0.3, 0, 0))
    assert result.pooled.independent_markets == pytest.approx((0.6, 0.4, 0, 0))
    assert sum(result.pooled.independent_markets) == pytest.approx(1)
    assert result.pooled.status is Status.INDICATIVE  # 5 people: indicative only
    # Groups of 3 and 2 are too small alone: combined into one column of 5.
    (column,) = result.groups
    assert set(column.members) == {"people-who-use-support", "carers"}
    intervals = result.pooled.intervals.independent_markets
    assert all(i.lower - 1e-9 <= i.estimate <= i.upper + 1e-9 for i in intervals)


def test_equal_voice_gives_each_group_the_same_weight(riverside, people):
    coins = question_of(riverside, "coins")
    people.send([(coins, _coins(coins, 10, 0))], describes=USES, count=10)
    people.send([(coins, _coins(coins, 0, 10))], describes=CARER, count=5)

    groups, aggregate = _results(riverside, coins)
    result, names = presenters.coins_view(coins, aggregate, groups, profile=STAFF)

    # Everyone: 10 of 15 people chose the first, so both rules give 2/3 and 1/3.
    assert result.pooled.independent_markets[:2] == pytest.approx(
        (float(Fraction(2, 3)), float(Fraction(1, 3)))
    )
    assert result.pooled.mean[:2] == pytest.approx((2 / 3, 1 / 3))
    # Equal voice: each group weighs the same, so 1/2 each, and as each group is unanimous,
    # resampling within groups never moves it: the 95% interval is exactly 1/2 to 1/2.
    assert result.equal_voice.independent_markets[:2] == pytest.approx((0.5, 0.5))
    assert result.equal_voice.mean[:2] == pytest.approx((0.5, 0.5))
    first = result.equal_voice.intervals.independent_markets[0]
    assert (first.lower, first.upper) == pytest.approx((0.5, 0.5))
    by_key = {column.key: column for column in result.groups}
    assert by_key["people-who-use-support"].independent_markets[:2] == pytest.approx((1, 0))
    assert by_key["carers"].status is Status.INDICATIVE
    assert [name for name, _n in names] == ["People who use support", "Family carers"]
    # The pooled interval covers its estimate and stays within 0 to 1.
    pooled = result.pooled.intervals.independent_markets[0]
    assert 0 <= pooled.lower <= 2 / 3 <= pooled.upper <= 1
