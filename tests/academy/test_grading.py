"""Every question type scores exactly: a table per type, partial credit and normalisation."""

from decimal import Decimal

import pytest
from wagtail.blocks import StreamValue

from academy.blocks import QuestionStreamBlock
from academy.grading import normalise, score
from tests.factories.academy import (
    essay,
    matching,
    multiple_choice,
    short_answer,
    single_choice,
    true_false,
)


def question(raw):
    stream = StreamValue(QuestionStreamBlock(), [raw], is_lazy=True)
    block = stream[0]
    return block.block_type, block.value


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"choice": "q-a"}, "2"),
        ({"choice": "q-b"}, "0"),
        ({}, "0"),
        (None, "0"),
        ({"choice": "other-question-a"}, "0"),
    ],
)
def test_single_choice(answer, expected):
    assert score(*question(single_choice("q", points=2)), answer) == Decimal(expected)


@pytest.mark.parametrize(
    ("selected", "expected"),
    [
        (["q-a", "q-b"], "2.00"),  # both right
        (["q-a"], "1.00"),  # half the right ones
        (["q-a", "q-c"], "0.00"),  # one right, one wrong cancel out
        (["q-a", "q-b", "q-c"], "1.00"),  # two right minus one wrong, over two
        (["q-c", "q-d"], "0.00"),  # all wrong: floored at zero, never negative
        (["q-a", "q-b", "q-c", "q-d"], "0.00"),  # ticking everything earns nothing
        ([], "0.00"),
    ],
)
def test_multiple_choice_partial_credit_with_a_floor(selected, expected):
    value = question(multiple_choice("q", correct=("a", "b"), points=2))
    assert score(*value, {"choices": selected}) == Decimal(expected)


def test_multiple_choice_thirds_round_to_cents():
    value = question(multiple_choice("q", correct=("a", "b", "c"), points=1))
    assert score(*value, {"choices": ["q-a"]}) == Decimal("0.33")
    assert score(*value, {"choices": ["q-a", "q-b"]}) == Decimal("0.67")


@pytest.mark.parametrize(
    ("correct", "given", "expected"),
    [(True, True, "1"), (True, False, "0"), (False, False, "1"), (False, None, "0")],
)
def test_true_false(correct, given, expected):
    answer = {} if given is None else {"value": given}
    assert score(*question(true_false("q", answer=correct)), answer) == Decimal(expected)


@pytest.mark.parametrize(
    ("accepted", "tolerance", "given", "expected"),
    [
        (["Presumption of innocence"], None, "presumption of innocence", "1"),
        (["Presumption of innocence"], None, "  PRESUMPTION   of  innocence. ", "1"),
        (["презумпция невиновности"], None, "Презумпция Невиновности", "1"),
        (["ещё раз"], None, "еще раз", "1"),
        (["еще раз"], None, "ЕЩЁ РАЗ", "1"),
        (["кінәсіздік презумпциясы"], None, "Кінәсіздік презумпциясы!", "1"),
        (["presumption of innocence"], None, "presumption", "0"),
        (["presumption of innocence"], None, "", "0"),
        (["44"], Decimal("0"), "44", "1"),
        (["44"], Decimal("0"), "44.0", "1"),
        (["44"], Decimal("0"), "45", "0"),
        (["3.14"], Decimal("0.01"), "3,15", "1"),
        (["3.14"], Decimal("0.01"), "3.16", "0"),
        (["44"], None, "44.0", "0"),  # without a tolerance the text must match
        (["44"], Decimal("1"), "forty-four", "0"),
        (["8", "eight"], Decimal("0"), "Eight", "1"),
    ],
)
def test_short_answer_normalisation_and_numbers(accepted, tolerance, given, expected):
    value = question(short_answer("q", accepted=accepted, tolerance=tolerance))
    assert score(*value, {"text": given}) == Decimal(expected)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"q-a": "q-a", "q-b": "q-b", "q-c": "q-c"}, "3.00"),
        ({"q-a": "q-a", "q-b": "q-c", "q-c": "q-b"}, "1.00"),
        ({"q-a": "q-b"}, "0.00"),
        ({}, "0.00"),
    ],
)
def test_matching_credit_per_pair(given, expected):
    assert score(*question(matching("q", points=3)), {"pairs": given}) == Decimal(expected)


def test_essay_waits_for_a_person():
    assert score(*question(essay("q")), {"text": "My essay"}) is None


def test_normalise():
    assert normalise("  Ёлка\tИ   ЁЖ… ") == "елка и еж"
