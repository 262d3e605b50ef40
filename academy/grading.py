"""Scoring one answer to one question: pure functions, no database.

Answers are JSON as the attempt stores them: single ``{"choice": id}``, multiple
``{"choices": [id, ...]}``, true/false ``{"value": bool}``, short answer ``{"text": str}``,
matching ``{"pairs": {left_id: right_id}}``, essay ``{"text": str}``.
"""

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

CENT = Decimal("0.01")
TRAILING_PUNCTUATION = ".,;:!?…"
WHITESPACE = re.compile(r"\s+")
MANUALLY_GRADED = {"essay"}


def normalise(text) -> str:
    """Case, width, surrounding punctuation, repeated spaces and ё/е do not matter."""
    text = unicodedata.normalize("NFKC", str(text)).casefold().replace("ё", "е")
    return WHITESPACE.sub(" ", text).strip().strip(TRAILING_PUNCTUATION).strip()


#: Answers past 10**99 are not numbers a quiz asks for; 1e999999999 made the comparison
#: overflow Decimal's range and fail the submission.
MAX_ADJUSTED_EXPONENT = 99


def as_number(text):
    """The number a short answer holds (a decimal comma is fine), or None."""
    candidate = normalise(text).replace(" ", "").replace(",", ".")
    try:
        number = Decimal(candidate)
    except InvalidOperation:
        return None
    if not number.is_finite() or number.adjusted() > MAX_ADJUSTED_EXPONENT:
        return None
    return number


def points_of(value) -> Decimal:
    return Decimal(str(value["points"]))


def _share(points, fraction) -> Decimal:
    return (points * fraction).quantize(CENT, rounding=ROUND_HALF_UP)


def choice_ids(value):
    return [child.id for child in value["choices"].bound_blocks]


def correct_choice_ids(value):
    return {child.id for child in value["choices"].bound_blocks if child.value["correct"]}


def pair_ids(value):
    return [child.id for child in value["pairs"].bound_blocks]


def score_single(value, answer):
    chosen = (answer or {}).get("choice")
    return points_of(value) if chosen in correct_choice_ids(value) else Decimal(0)


def score_multiple(value, answer):
    """Partial credit: right picks minus wrong picks over the right choices; never below 0."""
    selected = set((answer or {}).get("choices") or [])
    correct = correct_choice_ids(value)
    if not correct:
        return Decimal(0)
    fraction = Decimal(len(selected & correct) - len(selected - correct)) / len(correct)
    return _share(points_of(value), max(Decimal(0), fraction))


def score_true_false(value, answer):
    given = (answer or {}).get("value")
    return points_of(value) if given is not None and given == value["answer"] else Decimal(0)


def score_short(value, answer):
    text = (answer or {}).get("text") or ""
    if not text.strip():
        return Decimal(0)
    tolerance = value.get("tolerance")
    given_number = as_number(text) if tolerance is not None else None
    for accepted in value["accepted"]:
        if normalise(accepted) == normalise(text):
            return points_of(value)
        expected_number = as_number(accepted)
        if (
            given_number is not None
            and expected_number is not None
            and abs(given_number - expected_number) <= Decimal(str(tolerance))
        ):
            return points_of(value)
    return Decimal(0)


def score_matching(value, answer):
    given = (answer or {}).get("pairs") or {}
    pairs = pair_ids(value)
    if not pairs:
        return Decimal(0)
    right = sum(1 for pair in pairs if given.get(pair) == pair)
    return _share(points_of(value), Decimal(right) / len(pairs))


SCORERS = {
    "single_choice": score_single,
    "multiple_choice": score_multiple,
    "true_false": score_true_false,
    "short_answer": score_short,
    "matching": score_matching,
}


def score(block_type, value, answer):
    """Points earned for the answer, or None when a person must grade it (essays)."""
    if block_type == "essay":
        return None
    return SCORERS[block_type](value, answer)
