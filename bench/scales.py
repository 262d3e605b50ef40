"""How much data each benchmark scale builds."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Scale:
    """``pairings`` include the 50 mentees (fewer at tiny scale) of the first mentor, whose
    dashboard the page benchmark measures."""

    trainees: int
    mentors: int
    courses: int  # each in three languages
    lessons_per_course: int
    assessments_per_course: int
    attempts: int
    certificates: int
    articles: int
    pairings: int
    #: One assessment of this many questions, for the quiz-submission measurement.
    long_quiz_questions: int = 50


SCALES = {
    # CI's smoke test: proves the generator still runs.
    "tiny": Scale(20, 2, 2, 3, 1, 40, 5, 6, 6, long_quiz_questions=10),
    # The Academy's network today: hundreds of trainees.
    "small": Scale(500, 30, 6, 20, 2, 5_000, 300, 50, 100),
    # A national scale.
    "large": Scale(10_000, 300, 60, 20, 2, 100_000, 5_000, 500, 2_000),
}
